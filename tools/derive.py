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
from jsonschema import validators
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator

from .spec import (
    DOCUMENT,
    INTENT,
    Json,
    agents_section,
    load,
    operations,
    published_revisions,
    ref_name,
    refs,
    revision_key,
)

SCHEMAS = "#/components/schemas/"
BOUNDS = {
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
}


# -- reading every revision --------------------------------------------------------------------


def read_every_revision(document: Json, older: list[Json]) -> None:
    """Widen the newest revision so that payloads of every older one read, and mark what is new.

    Operations get `x-since` (the oldest revision that has them), and `x-deprecated-since` (and
    `-until`) when some revisions deprecate them. Parameters, success responses
    and properties that not every revision of their operation or schema has get `x-since` and/or
    `x-until` (the last revision that had them; older ones are kept so old payloads read); for a
    `$ref` property, which takes no siblings, its schema gets `x-property-since` / `-until` maps.
    A query parameter that not every revision of its operation has is optional and has no default.
    Required lists keep only what every revision requires, bounds only those every revision sets
    (rev2 gave `limit` a minimum that older servers do not keep); enums gain older values, except
    values the newest revision renamed (same word, other case), which `x-enum-by-revision`
    records so that requests can use each revision's spelling; values only some revisions have
    get `x-enum-since` / `x-enum-until` (value -> revision).
    """
    revisions = [*older, document]
    for path, method, operation in operations(document):
        having = [doc for doc in revisions if method in doc["paths"].get(path, {})]
        versions = [_version(doc) for doc in having]
        published = [doc["paths"][path][method] for doc in having]
        operation["x-since"] = versions[0]
        pairs = list(zip(versions, published, strict=True))
        _mark_deprecation(operation, [v for v, op in pairs if op.get("deprecated")], versions)
        responses = operation["responses"]
        for status in sorted({status for op in published for status in op["responses"]}):
            in_revisions = [v for v, op in pairs if status in op["responses"]]
            if status not in responses:
                responses[status] = copy.deepcopy(dict(pairs)[in_revisions[-1]]["responses"][status])
            _mark_span(responses[status], in_revisions, versions)
        operation["responses"] = dict(sorted(responses.items()))
        parameters = {_parameter_key(parameter): parameter for parameter in operation.get("parameters", [])}
        for _, op in reversed(pairs):
            for parameter in op.get("parameters", []):
                parameters.setdefault(_parameter_key(parameter), copy.deepcopy(parameter))
        for key, parameter in list(parameters.items()):
            in_revisions = [v for v, op in pairs if key in {_parameter_key(p) for p in op.get("parameters", [])}]
            if in_revisions != versions and "$ref" in parameter:
                # A reference takes no marks: the operation gets its own copy of the parameter.
                newest = having[versions.index(in_revisions[-1])]
                parameter = parameters[key] = copy.deepcopy(_resolve(newest, parameter["$ref"]))
            _mark_span(parameter, in_revisions, versions)
            if in_revisions != versions and parameter.get("in") == "query":
                # Sent only when the caller gives it: a default would go to every server, and the
                # client refuses a parameter the agreed revision lacks.
                parameter.pop("required", None)
                parameter.get("schema", {}).pop("default", None)
        if parameters:
            operation["parameters"] = list(parameters.values())
    schemas = document["components"]["schemas"]
    # Each revision's schemas as published: the newest ones as they were before older ones widened them.
    published_schemas = [*(doc["components"]["schemas"] for doc in older), copy.deepcopy(schemas)]
    for name, schema in schemas.items():
        having = [doc for doc in revisions if name in doc["components"]["schemas"]]
        published = [own[name] for own in published_schemas if name in own]
        modelled = [_model_properties(own, name) for own in published_schemas if name in own]
        for old in having[:-1]:
            _merge_schema(schema, old["components"]["schemas"][name], _version(old))
        versions = [_version(doc) for doc in having]
        for holder in _property_holders(schema):
            for prop_name, prop in holder.get("properties", {}).items():
                in_revisions = [
                    version for version, properties in zip(versions, modelled, strict=True) if prop_name in properties
                ]
                if "$ref" in prop:  # a $ref takes no siblings in OpenAPI 3.0: the holder keeps its span
                    _mark_ref_span(holder, prop_name, in_revisions, versions)
                else:
                    _mark_span(prop, in_revisions, versions)
        if "enum" in schema:
            _mark_enum_spans(schema, published, versions)
    _adopt_missing_components(document, older)


def _resolve(document: Json, ref: str) -> Json:
    """The component a local `$ref` names."""
    kind, name = ref_name(ref)
    component: Json = document["components"][kind][name]
    return component


def _version(document: Json) -> str:
    return str(document["info"]["version"])


def _mark_span(node: Json, having: list[str], versions: list[str]) -> None:
    """x-since / x-until on a part that only some revisions of its operation or schema have."""
    if "$ref" in node or not having:
        return
    if having[0] != versions[0]:
        node["x-since"] = having[0]
    if having[-1] != versions[-1]:
        node["x-until"] = having[-1]


def _mark_deprecation(operation: Json, deprecating: list[str], versions: list[str]) -> None:
    """x-deprecated-since (the first revision that deprecates the operation) and, when a later
    revision no longer does, x-deprecated-until (the last that does)."""
    if not deprecating:
        return
    first = versions.index(deprecating[0])
    if versions[first : first + len(deprecating)] != deprecating:
        raise ValueError(f"{operation['operationId']} is deprecated in {deprecating} of {versions}: not one span")
    operation["x-deprecated-since"] = deprecating[0]
    if deprecating[-1] != versions[-1]:
        operation["x-deprecated-until"] = deprecating[-1]


def _mark_ref_span(holder: Json, prop_name: str, having: list[str], versions: list[str]) -> None:
    """`x-property-since` / `x-property-until` (property -> revision) on the schema holding a `$ref`
    property that only some revisions have."""
    span = {}
    _mark_span(span, having, versions)
    for mark, revision in span.items():
        holder.setdefault(mark.replace("x-", "x-property-", 1), {})[prop_name] = revision


def _mark_enum_spans(schema: Json, published: list[Json], versions: list[str]) -> None:
    """x-enum-since / x-enum-until: value -> revision, for values only some revisions of the enum have.

    A respelled value (x-enum-by-revision) counts as the same value, so it gets no mark.
    """
    for value in schema["enum"]:
        if not isinstance(value, str):
            continue
        having = [
            version
            for version, old in zip(versions, published, strict=True)
            if any(isinstance(v, str) and v.casefold() == value.casefold() for v in old.get("enum", []))
        ]
        marks: Json = {}
        _mark_span(marks, having, versions)
        for key, revision in marks.items():
            schema.setdefault(key.replace("x-", "x-enum-", 1), {})[value] = revision


def _parameter_key(parameter: Json) -> str:
    return parameter.get("$ref") or f"{parameter.get('in')}:{parameter.get('name')}"


def _model_properties(schemas: Json, name: str, seen: frozenset[str] = frozenset()) -> set[str]:
    """The properties a schema's model has in one revision: its own, and its allOf parents'
    (a property that moved from the children to their base stays in each child's model)."""
    names: set[str] = set()
    for part in _property_holders(schemas[name]):
        names |= set(part.get("properties", {}))
    for part in schemas[name].get("allOf", []):
        parent = ref_name(part["$ref"])[1] if isinstance(part, dict) and "$ref" in part else None
        if parent is not None and parent not in seen and parent in schemas:
            names |= _model_properties(schemas, parent, seen | {name})
    return names


def _property_holders(schema: Json) -> Iterator[Json]:
    """The schema and its inline allOf parts: the objects that can hold `properties`."""
    yield schema
    for part in schema.get("allOf", []):
        if isinstance(part, dict) and "$ref" not in part:
            yield part


def _merge_schema(schema: Json, old: Json, version: str) -> None:
    """Widen schema so that what old (an older revision of it) admits, it admits too."""
    if "$ref" in schema or "$ref" in old:
        return
    if "properties" in old:
        properties = schema.setdefault("properties", {})
        for name, prop in old["properties"].items():
            if name in properties:
                _merge_schema(properties[name], prop, version)
            else:
                properties[name] = copy.deepcopy(prop)
    if "required" in schema and ("properties" in old or "required" in old):
        required = [name for name in schema["required"] if name in old.get("required", [])]
        if required:
            schema["required"] = required
        else:
            del schema["required"]
    if "enum" in schema and "enum" in old:
        _merge_enum(schema, old, version)
    for bound in BOUNDS & set(schema) - set(old):
        del schema[bound]
    if "items" in schema and "items" in old:
        _merge_schema(schema["items"], old["items"], version)
    parts, old_parts = schema.get("allOf", []), old.get("allOf", [])
    if len(parts) == len(old_parts):
        for part, old_part in zip(parts, old_parts, strict=True):
            _merge_schema(part, old_part, version)


def _merge_enum(schema: Json, old: Json, version: str) -> None:
    by_folded = {value.casefold(): value for value in schema["enum"] if isinstance(value, str)}
    renamed: dict[str, str] = {}
    for value in old["enum"]:
        if value in schema["enum"]:
            continue
        current = by_folded.get(value.casefold()) if isinstance(value, str) else None
        if current is None:
            schema["enum"].append(value)
        else:
            renamed[current] = value
    if renamed:
        schema.setdefault("x-enum-by-revision", {})[version] = renamed


def _adopt_missing_components(document: Json, older: list[Json]) -> None:
    """Components that merged-in responses or properties of older revisions point to."""
    components = document["components"]
    missing = True
    while missing:
        missing = False
        for ref in list(refs(document)):
            kind, name = ref_name(ref)
            if name not in components.setdefault(kind, {}):
                components[kind][name] = copy.deepcopy(
                    next(
                        doc["components"][kind][name]
                        for doc in reversed(older)
                        if name in doc["components"].get(kind, {})
                    )
                )
                missing = True


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
        for error in _errors(schema_validator(document, schema), example):
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
        (part["properties"][field] for part in _property_holders(schemas[name]) if field in part.get("properties", {})),
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


# -- examples ----------------------------------------------------------------------------------


def _discriminated_one_of(validator: Any, one_of: Any, instance: Any, schema: Json) -> Iterator[ValidationError]:
    """oneOf that honours the OpenAPI discriminator: a payload is checked against the member it names."""
    discriminator = schema.get("discriminator", {})
    mapping = discriminator.get("mapping", {})
    if isinstance(instance, dict) and instance.get(discriminator.get("propertyName")) in mapping:
        yield from validator.descend(instance, {"$ref": mapping[instance[discriminator["propertyName"]]]})
        return
    yield from validators.Draft4Validator.VALIDATORS["oneOf"](validator, one_of, instance, schema)


DiscriminatingValidator = validators.extend(OAS30Validator, {"oneOf": _discriminated_one_of})


def schema_validator(document: Json, schema: Json) -> Any:
    """A validator for one schema of the document (its $refs resolved within the document)."""
    return DiscriminatingValidator({**schema, "components": document["components"]})


def _errors(validator: Any, instance: Any) -> Iterator[ValidationError]:
    for error in validator.iter_errors(instance):
        yield error
        yield from error.context or ()


def published_examples(document: Json, revisions: list[Json]) -> Iterator[tuple[Any, Json]]:
    """(example value, schema) for every example Veeam attached to a body, in every revision given.

    Each example is paired with the schema of the same operation and media type in `document`.
    """
    for published in revisions:
        for path, method, operation in operations(published):
            ours = document["paths"].get(path, {}).get(method)
            if ours is None:
                continue
            bodies = [(("requestBody",), operation.get("requestBody", {}))]
            bodies += [(("responses", status), response) for status, response in operation["responses"].items()]
            for where, body in bodies:
                for media, content in body.get("content", {}).items():
                    schema = _follow(ours, where)
                    schema = schema.get("content", {}).get(media, {}).get("schema") if schema else None
                    for example in content.get("examples", {}).values():
                        if schema is not None and "$ref" in example:
                            yield published["components"]["examples"][ref_name(example["$ref"])[1]].get("value"), schema


def _follow(operation: Json, where: tuple[str, ...]) -> Json | None:
    node: Any = operation
    for key in where:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) and "$ref" not in node else None


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
        holders = {key: part for part in _property_holders(schema) for key in part.get("properties", {})}
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
