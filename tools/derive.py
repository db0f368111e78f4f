"""Derive the project's OpenAPI document from Veeam's published one.

    python -m tools.derive [SOURCE] [--output PATH]

SOURCE is a revision ("1.3-rev2": its facts file in openapi/veeam/) or the path of the JSON
document a VBR server serves; by default the newest facts file. The result is the published
Agents section of that revision, read so that every older revision's payloads fit too, with
the project's declared changes (DELIBERATE_CHANGES below, each one general rule) and our own
descriptions (openapi/intent.yaml). Nothing in the output is written by hand.
"""

from __future__ import annotations

import argparse
import copy
import pathlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from .examples import example_errors, published_examples, schema_validator
from .marks import SCHEMAS, property_holders, read_every_revision
from .spec import (
    DOCUMENT,
    INTENT,
    Json,
    agents_section,
    load,
    operations,
    published_revisions,
    ref_name,
    revision_key,
)

# -- the project's deliberate changes ----------------------------------------------------------
# Each is one general rule; its docstring's first line is listed at the top of the document.


def split_discriminated_families(document: Json, intent: Json) -> None:
    """A base schema whose oneOf lists children that are allOf the base itself is split in two.

    Veeam publishes polymorphic families as that cycle, which the generator cannot follow and
    JSON Schema validators recurse on forever. The base keeps its fields, required list and
    discriminator; the oneOf moves to a new schema (the base's name without "Model", else
    "Any" + the name), which every other reference to the base now points to. Each child says
    which discriminator value it answers to in `x-discriminated-by`, for our union template.
    """
    schemas = document["components"]["schemas"]
    for name, base in list(schemas.items()):
        children = [ref_name(member["$ref"])[1] for member in base.get("oneOf", []) if "$ref" in member]
        if not children or not all(_extends(schemas[child], name) for child in children):
            continue
        union_name = name.removesuffix("Model") if name.endswith("Model") else f"Any{name}"
        schemas[union_name] = {"oneOf": base.pop("oneOf"), "discriminator": base["discriminator"]}
        field = base["discriminator"]["propertyName"]
        for value, ref in base["discriminator"].get("mapping", {}).items():
            schemas[ref_name(ref)[1]]["x-discriminated-by"] = {field: value}
        for node in _ref_holders(document):
            if node["$ref"] == SCHEMAS + name and not any(
                node is part for c in children for part in schemas[c]["allOf"]
            ):
                node["$ref"] = SCHEMAS + union_name


def keep_single_parent_models(document: Json, intent: Json) -> None:
    """An allOf of one reference gains an empty object, so the generator keeps it a model of its own.

    Published so (e.g. the Cluster entity), the generator would fold the child into its base and
    the discriminator value would have no class to land in.
    """
    for schema in document["components"]["schemas"].values():
        if [set(part) for part in schema.get("allOf", [])] == [{"$ref"}]:
            schema["allOf"].append({"type": "object"})


def declare_bad_request(document: Json, intent: Json) -> None:
    """Every operation declares 400: VBR answers it to a missing x-api-version or a bad query value."""
    for _, _, operation in operations(document):
        if "400" not in operation["responses"]:
            operation["responses"]["400"] = {"$ref": "#/components/responses/BadRequest"}
            operation["responses"] = dict(sorted(operation["responses"].items()))


def declare_not_found_for_ids(document: Json, intent: Json) -> None:
    """Every operation on an object named in its path declares 404: VBR answers it for an unknown ID.

    Veeam's document leaves it out for some (the recovery appliances); a client must still read it
    as NotFoundError, and a conformant fake must be allowed to send it.
    """
    for path, _, operation in operations(document):
        if "{" in path and "404" not in operation["responses"]:
            operation["responses"]["404"] = {"$ref": "#/components/responses/NotFound"}
            operation["responses"] = dict(sorted(operation["responses"].items()))


def relax_what_examples_omit(document: Json, intent: Json) -> None:
    """A field that Veeam's own examples (of any revision) leave out is not required.

    The examples are the best evidence of what servers send; a client that refused them would
    refuse real answers. Checked with the OpenAPI 3.0 schema validator, following discriminators.
    """
    owners = {id(node): node for node in _dicts(document["components"]["schemas"])}
    for example, schema in published_examples(document, intent["_revisions"]):
        for error in example_errors(schema_validator(document, schema), example):
            if error.validator == "required" and id(error.schema) in owners:
                missing = error.message.split("'")[1]
                required = owners[id(error.schema)]["required"]
                if missing in required:
                    required.remove(missing)
    for node in _dicts(document["components"]["schemas"]):
        if node.get("required") == []:
            del node["required"]


def mark_secrets(document: Json, intent: Json) -> None:
    """Credentials get `x-secret: true` by rule (`format: password`, or a name that says secret), to be hidden.

    Every object schema is walked, at any depth (inline allOf parts, nested objects, list items),
    and the document holds every revision's properties, so a field any revision has is judged.
    intent.yaml `secrets` only lists the rule's exceptions, each with its reason: `add` for a
    secret whose name does not say so, `remove` for a name that says so wrongly.
    """
    exceptions = intent.get("secrets", {})
    added, removed = exceptions.get("add", {}), exceptions.get("remove", {})
    for schema_name, schema in _named_schemas(document):
        for holder in _object_schemas(schema):
            for name, prop in holder.get("properties", {}).items():
                secret = secret_by_rule(name, prop)
                if name in added.get(schema_name, {}):
                    secret = True
                if name in removed.get(schema_name, {}):
                    secret = False
                if secret and "$ref" not in prop:
                    prop["x-secret"] = True


def stale_secret_exceptions(document: Json, intent: Json) -> list[str]:
    """The `secrets` exceptions of intent.yaml that change nothing: a property no schema of that
    name has, an `add` the rule already marks, a `remove` it does not. Each needs its reason."""
    stale: list[str] = []
    schemas = document["components"]["schemas"]
    for kind, rule_says in (("add", False), ("remove", True)):
        for schema_name, fields in intent.get("secrets", {}).get(kind, {}).items():
            for name, reason in fields.items():
                if not isinstance(reason, str) or not reason.strip():
                    raise ValueError(f"intent.yaml: secrets/{kind}/{schema_name}/{name} needs its reason")
                props = [
                    holder["properties"][name]
                    for holder in _object_schemas(schemas.get(schema_name, {}))
                    if name in holder.get("properties", {})
                ]
                if not props or any("$ref" in prop or secret_by_rule(name, prop) != rule_says for prop in props):
                    stale.append(f"secrets/{kind}/{schema_name}/{name}")
    return stale


SECRET_WORDS = frozenset({"password", "passwd", "passphrase", "secret", "token", "credential"})
"""Head words that name a secret: rootPassword, passphrase, clientSecret, refresh_token, recoveryToken."""

SECRET_KEYS = frozenset({"private", "secret", "access", "api", "shared", "signing", "encryption"})
"""Words that make a following "key" a secret one: privateKey, secretKey, accessKey, apiKey."""

VALUE_WORDS = frozenset({"value", "hash", "data", "text", "encoded", "encrypted", "base64"})
"""Trailing words that say how a secret is held, not what the field is: tokenValue, passwordHash."""

_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def secret_name(name: str) -> bool:
    """Whether a property name says it holds a secret, case-insensitively, in camelCase,
    snake_case or with acronyms: its head word (the last, once words of VALUE_WORDS are dropped;
    a plural counts as its singular) is one of SECRET_WORDS, or "key" after one of SECRET_KEYS.

    The head word decides, as in English compounds: `tokenType`, `token_type`, `expires_in`,
    `passwordExpirationDate` and `use_short_term_refresh` name a type, a lifetime, a date and a
    flag, not a secret; `publicKey` and `verificationPhrase` are meant to be shown.
    """
    words = [word.lower() for word in _WORDS.findall(name)]
    while len(words) > 1 and words[-1] in VALUE_WORDS:
        words.pop()
    if not words:
        return False
    head = words[-1].removesuffix("s") if words[-1].removesuffix("s") in SECRET_WORDS | {"key"} else words[-1]
    return head in SECRET_WORDS or (head == "key" and len(words) > 1 and words[-2] in SECRET_KEYS)


def secret_by_rule(name: str, schema: Json) -> bool:
    """Whether the rule marks a property secret: it is `format: password`, or its name says so
    (`secret_name`) and it can hold text (a string, a list of strings, or any value). A flag
    (`hasPassword`), a number or an object cannot; an object's own fields are judged instead."""
    if "$ref" in schema:
        return False
    return schema.get("format") == "password" or (secret_name(name) and _holds_text(schema))


def _holds_text(schema: Json) -> bool:
    if schema.get("type") == "array":
        return _holds_text(schema.get("items", {}))
    if "type" in schema:
        return bool(schema["type"] == "string")
    return not {"$ref", "properties", "allOf", "oneOf", "anyOf", "items"} & set(schema)


def _named_schemas(document: Json) -> Iterator[tuple[str, Json]]:
    """(component name, schema) for every component schema, and ("", schema) for every schema
    written inline in an operation (parameters, bodies, answers)."""
    yield from document["components"]["schemas"].items()
    for _, _, operation in operations(document):
        for node in _dicts({key: operation.get(key) for key in ("parameters", "requestBody", "responses")}):
            if isinstance(node.get("schema"), dict):
                yield "", node["schema"]


def _object_schemas(schema: Json) -> Iterator[Json]:
    """The schema and every schema inside it (allOf/oneOf/anyOf parts, properties, list items,
    additionalProperties), at any depth; a `$ref` is not followed (its component is walked itself)."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    yield schema
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key, []):
            yield from _object_schemas(part)
    for prop in schema.get("properties", {}).values():
        yield from _object_schemas(prop)
    for key in ("items", "additionalProperties", "not"):
        yield from _object_schemas(schema.get(key))


def type_filters_by_their_spec(document: Json, intent: Json) -> None:
    """A string query filter takes the enum its filter schema (x-veeam-spec), or the field it filters, names.

    Veeam writes each list filter twice: as a query parameter, some of them plain strings, and as
    a field of the filter schema it names, which lists the values; where that field is a string
    too, the field of the listed items the filter is named after (packageBitnessFilter:
    packageBitness) lists them. Typed, a caller's typo fails before any request, and the list
    call's keyword filters are declared once, from here.
    """
    schemas = document["components"]["schemas"]
    for _, _, operation in operations(document):
        items = _listed_items(schemas, operation)
        for parameter in operation.get("parameters", []):
            spec_ref = parameter.get("x-veeam-spec", {}).get("$ref")
            if parameter.get("in") != "query" or parameter.get("schema") != {"type": "string"} or not spec_ref:
                continue
            name = parameter["name"]
            for field in (
                _model_field(schemas, ref_name(spec_ref)[1], name),
                _model_field(schemas, items, name.removesuffix("Filter")) if items else None,
            ):
                if field is not None and "$ref" in field and "enum" in schemas[ref_name(field["$ref"])[1]]:
                    parameter["schema"] = {"$ref": field["$ref"]}
                    break


def _listed_items(schemas: Json, operation: Json) -> str | None:
    """The schema of the items a list operation answers with (its `data` array), or None."""
    answer = operation["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" not in answer:
        return None
    data = _model_field(schemas, ref_name(answer["$ref"])[1], "data") or {}
    items = data.get("items", {}).get("$ref") if data.get("type") == "array" else None
    return ref_name(items)[1] if items else None


def _model_field(schemas: Json, name: str, field: str) -> Json | None:
    return next(
        (part["properties"][field] for part in property_holders(schemas[name]) if field in part.get("properties", {})),
        None,
    )


DELIBERATE_CHANGES: tuple[Callable[[Json, Json], None], ...] = (
    split_discriminated_families,
    keep_single_parent_models,
    declare_bad_request,
    declare_not_found_for_ids,
    relax_what_examples_omit,
    mark_secrets,
    type_filters_by_their_spec,
)


def _extends(schema: Json, name: str) -> bool:
    return any(part.get("$ref") == SCHEMAS + name for part in schema.get("allOf", []))


def _dicts(node: Any) -> Iterator[Json]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _dicts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _dicts(item)


def _ref_holders(node: Any) -> Iterator[Json]:
    return (item for item in _dicts(node) if isinstance(item.get("$ref"), str))


# -- our descriptions --------------------------------------------------------------------------


def pages(operation: Json) -> bool:
    """Whether the operation is a list that pages (it takes skip and limit)."""
    names = {parameter.get("name") for parameter in operation.get("parameters", [])}
    return {"skip", "limit"} <= names


def describe(document: Json, intent: Json) -> list[str]:
    """Put our own descriptions in, what replaces a deprecated operation (`instead`, as `x-instead`) and
    the client's calls of a list operation (`listing`, as `x-listing`); returns the intent entries that
    matched nothing (stale), a deprecated operation with no `instead` and a list with no `listing`."""
    stale: list[str] = []
    document["info"] = {"title": intent["info"]["title"], "version": document["info"]["version"]}
    document["info"]["description"] = intent["info"]["description"]
    by_id = {operation["operationId"]: operation for _, _, operation in operations(document)}
    for operation_id, texts in intent.get("operations", {}).items():
        operation = by_id.get(operation_id)
        if operation is None:
            stale.append(f"operations/{operation_id}")
            continue
        _place(operation, texts, ("summary", "description"))
        if "instead" in texts:
            if "x-deprecated-since" in operation:
                operation["x-instead"] = texts["instead"]
            else:
                stale.append(f"operations/{operation_id}/instead")
        if "listing" in texts:
            if pages(operation):
                operation["x-listing"] = {"key": ["id"], "path": {}, **texts["listing"]}
            else:
                stale.append(f"operations/{operation_id}/listing")
        parameters = {p.get("name"): p for p in operation.get("parameters", []) if "name" in p}
        for name, text in texts.get("parameters", {}).items():
            _describe_one(parameters, name, text, stale, f"operations/{operation_id}/parameters")
        if "requestBody" in texts:
            operation["requestBody"]["description"] = texts["requestBody"]
    for _, _, operation in operations(document):
        if "x-deprecated-since" in operation and "x-instead" not in operation:
            stale.append(f"operations/{operation['operationId']}/instead (missing: say what replaces it)")
        if pages(operation) and "x-listing" not in operation:
            stale.append(f"operations/{operation['operationId']}/listing (missing: name the client's list calls)")
    defaults = intent["response_descriptions"]
    for _, _, operation in operations(document):
        for response in operation["responses"].values():
            if "$ref" not in response and "description" not in response:
                response["description"] = defaults["with_body" if response.get("content") else "empty"]
    components = document["components"]
    for kind in ("parameters", "responses"):
        for name, text in intent.get(kind, {}).items():
            _describe_one(components[kind], name, text, stale, kind)
    for name, texts in intent.get("schemas", {}).items():
        schema = components["schemas"].get(name)
        if schema is None:
            stale.append(f"schemas/{name}")
            continue
        _place(schema, texts, ("description",))
        holders = {key: part for part in property_holders(schema) for key in part.get("properties", {})}
        for prop, text in texts.get("properties", {}).items():
            if prop in holders:
                _describe_property(holders[prop], prop, _text(text, f"schemas/{name}/properties/{prop}"))
            else:
                stale.append(f"schemas/{name}/properties/{prop}")
    return stale


def _describe_property(holder: Json, name: str, text: str) -> None:
    """Our description of a property, with what its marks say: the revisions that have it when not
    all do, and that a secret (`x-secret`) is hidden in text.

    A `$ref` takes no description beside it (OpenAPI 3.0), so the schema holding it keeps the text
    in `x-property-descriptions` (property -> text), as it keeps `x-property-since`; the model
    template makes either the attribute's docstring.
    """
    prop = holder["properties"][name]
    if "$ref" in prop:
        since = holder.get("x-property-since", {}).get(name)
        until = holder.get("x-property-until", {}).get(name)
        holder.setdefault("x-property-descriptions", {})[name] = text + _revision_note(since, until)
    else:
        secret = " Secret: repr and str show <redacted>." if prop.get("x-secret") else ""
        prop["description"] = text + secret + _revision_note(prop.get("x-since"), prop.get("x-until"))


def _revision_note(since: str | None, until: str | None) -> str:
    """The note that ends a description: "Added in 1.3-rev1.", "Dropped after 1.3-rev0.", both, or none."""
    notes = [f"added in {since}" if since else "", f"dropped after {until}" if until else ""]
    note = "; ".join(filter(None, notes))
    return f" {note[0].upper()}{note[1:]}." if note else ""


def _text(text: Any, where: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"intent.yaml: {where} needs a description (text)")
    return " ".join(text.split())


def _place(node: Json, texts: Json, keys: tuple[str, ...]) -> None:
    described = {key: texts[key] for key in keys if key in texts}
    rest = {key: value for key, value in node.items() if key not in described}
    first = next(iter(rest), None)
    node.clear()
    if first is not None and first in ("tags", "required", "type", "operationId"):
        node[first] = rest.pop(first)
    node.update(described | rest)


def _describe_one(holders: Json, name: str, text: str, stale: list[str], where: str) -> None:
    holder = holders.get(name)
    if not isinstance(holder, dict) or "$ref" in holder:
        stale.append(f"{where}/{name}")
    else:
        holder["description"] = text


# -- the whole derivation ----------------------------------------------------------------------


def derive(source: Json, older: list[Json], intent: Json) -> tuple[Json, list[str]]:
    """The project's document from a published one, and the intent entries that matched nothing."""
    document = copy.deepcopy(agents_section(source))
    older = [agents_section(doc) for doc in older]
    read_every_revision(document, older)
    intent = {**intent, "_revisions": [*older, document]}
    for change in DELIBERATE_CHANGES:
        change(document, intent)
    stale = describe(document, intent) + stale_secret_exceptions(document, intent)
    return document, stale


def render(document: Json) -> str:
    """The document as YAML, with a header that names its source and the declared changes."""
    rules = "\n".join(f"#  - {change.__name__}: {change.__doc__.splitlines()[0]}" for change in DELIBERATE_CHANGES)  # type: ignore[union-attr]
    header = (
        f"# The Agents section of the Veeam Backup & Replication REST API, revision {document['info']['version']}.\n"
        "# DERIVED, do not edit: `make document` writes it from openapi/veeam/ (Veeam's published facts)\n"
        "# and openapi/intent.yaml (our descriptions), applying these declared changes (tools/derive.py):\n"
        f"{rules}\n"
        "# x-since / x-until mark what only some revisions have; x-enum-by-revision, renamed values;\n"
        "# x-deprecated-since / -until, the revisions that deprecate an operation; x-instead, our replacement;\n"
        "# x-listing, the client's calls of a list operation (their names, what they list, the items' key);\n"
        "# x-property-descriptions, our descriptions of `$ref` properties (which take none beside them).\n"
    )
    body = yaml.safe_dump(document, sort_keys=False, width=110, allow_unicode=True)
    return header + body


def older_revisions(version: str) -> list[Json]:
    """The facts of every revision before `version` that the repository holds."""
    return [load(rev) for rev in published_revisions() if revision_key(rev) < revision_key(version)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", help="a revision (e.g. 1.3-rev2) or a published JSON document")
    parser.add_argument("--output", type=pathlib.Path, default=DOCUMENT, help="where to write (- for stdout)")
    args = parser.parse_args(argv)
    source = load(args.source or published_revisions()[-1])
    intent = yaml.safe_load(INTENT.read_text())
    document, stale = derive(source, older_revisions(source["info"]["version"]), intent)
    text = render(document)
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        args.output.write_text(text)
    for entry in stale:
        print(f"intent.yaml: {entry} matches nothing in the document", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
