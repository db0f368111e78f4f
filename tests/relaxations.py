"""Which published facts the OpenAPI document does not state as written, and the relaxation that
accounts for each (the checker test_document and test_pipeline share). A helper module, not a test module."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tools import derive, marks, spec
from veeam_agents_client import API_VERSION

# Why a published fact may not hold in the document as written. Each kind is recognised by its
# shape (see `explain`), never by a path, so a new revision cannot slip a change past under it.
RELAXATIONS = {
    "family-split": "split_discriminated_families: the oneOf lives in its own schema, references point to it",
    "single-parent": "keep_single_parent_models: a one-reference allOf gains an empty object",
    "older-example": "examples are the newest revision's; older examples are checked to parse (test_models)",
    "version-default": "the x-api-version default is the document's own revision",
    "wider-enum": "enums hold the values of every revision, so payloads of any revision read",
    "renamed-enum": "a value the newest revision respelled is kept in x-enum-by-revision for requests",
    "wider-bounds": "a bound (minimum, pattern, ...) that not every revision sets is left out",
    "narrower-required": "a field not every revision requires, or Veeam's examples omit, is optional",
    "dropped-operation": "an operation the newest revision no longer publishes, with what only it reaches",
    "empty-204": "an older revision gave 204 answers a body schema; later revisions and servers send none",
    "typed-filter": "type_filters_by_their_spec: a string query filter takes the enum its filter schema names",
    "newer-parameter": "a query parameter not every revision has is optional, without default: sent only when given"
    " (a reference to one becomes the operation's own copy, which can carry the marks)",
}


def missing_facts(fact: Any, ours: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any, Any]]:
    """(path, published value, our value) wherever a published fact does not hold as written."""
    if isinstance(fact, dict):
        if not isinstance(ours, dict):
            yield path, fact, ours
            return
        for key, value in fact.items():
            if path or key != "info":  # title and prose are ours
                yield from (
                    missing_facts(value, ours.get(key), (*path, key)) if key in ours else [((*path, key), value, None)]
                )
    elif isinstance(fact, list) and path[-1:] == ("parameters",):
        ours_by_key = {_key(item): item for item in ours or []}  # parameters: matched by name, not position
        for item in fact:
            yield from missing_facts(item, ours_by_key.get(_key(item)), (*path, _key(item)))
    elif isinstance(fact, list):
        if not isinstance(ours, list) or len(ours) != len(fact):
            yield path, fact, ours
        elif all(isinstance(item, str) for item in fact):  # enums, required lists: order does not matter
            if sorted(fact) != sorted(ours):
                yield path, fact, ours
        else:
            for index, item in enumerate(fact):
                yield from missing_facts(item, ours[index], (*path, str(index)))
    elif fact != ours:
        yield path, fact, ours


def _key(item: dict[str, Any]) -> str:
    return str(item.get("$ref") or item.get("name"))


def _at(document: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        document = document.get(key) if isinstance(document, dict) else None
    return document


def explain(path: tuple[str, ...], fact: Any, ours: Any, revision: str, document: dict[str, Any]) -> str | None:
    """The relaxation that accounts for one unmet fact, or None."""
    schemas = document["components"]["schemas"]
    last, parent = path[-1], _at(document, path[:-1])
    if ({"examples", "example"} & set(path)) and revision != document["info"]["version"]:
        return "older-example"
    if path[:2] == ("components", "parameters") and path[-2:] == ("schema", "default") and ours == API_VERSION:
        return "version-default"
    if path[0] == "paths" and "parameters" in path and ours is None:
        at = path.index("parameters")
        key = path[at + 1]
        if key.startswith("#/components/parameters/") and last == key:  # a reference the document inlined
            key = str(document["components"]["parameters"][spec.ref_name(key)[1]]["name"])
        parameter = next((p for p in _at(document, path[: at + 1]) or [] if _key(p) == key), {})
        if last in ("required", "default", path[at + 1]) and {"x-since", "x-until"} & set(parameter):
            return "newer-parameter"
    if path[0] == "paths" and path[-2:] == ("schema", "type") and "parameters" in path and fact == "string":
        at = path.index("parameters")
        parameter = next((p for p in _at(document, path[: at + 1]) or [] if _key(p) == path[at + 1]), {})
        typed = parameter.get("schema", {}).get("$ref")
        if typed and "enum" in schemas[spec.ref_name(typed)[1]] and "x-veeam-spec" in parameter:
            return "typed-filter"
    renamed = (parent or {}).get("x-enum-by-revision", {}).get(revision, {})
    if last in ("enum", "default") and isinstance(parent, dict) and "enum" in parent:
        values = fact if isinstance(fact, list) else [fact]
        if set(values) <= set(parent["enum"]) | set(renamed.values()):
            return "renamed-enum" if set(values) & set(renamed.values()) else "wider-enum"
    if last in marks.BOUNDS and ours is None:
        return "wider-bounds"
    if last == "required" and isinstance(ours, list | type(None)) and set(ours or ()) < set(fact):
        return "narrower-required"
    if path[0] == "paths" and len(path) <= 3 and ours is None:
        return "dropped-operation"
    if (
        path[:2] == ("components", "schemas")
        and len(path) == 3
        and ours is None
        and path[2] not in json.dumps(document["paths"])
    ):
        return "dropped-operation"
    if path[0] == "paths" and path[-2:] == ("204", "content") and ours is None:
        return "empty-204"
    if last == "oneOf" and any(_contains(schema.get("oneOf", []), fact) for schema in schemas.values()):
        return "family-split"
    if last == "$ref" and isinstance(ours, str) and fact != ours:
        union = schemas.get(spec.ref_name(ours)[1], {})
        members = {member["$ref"] for member in union.get("oneOf", [])}
        if union.get("discriminator") and all(
            derive._extends(schemas[spec.ref_name(m)[1]], spec.ref_name(fact)[1]) for m in members
        ):
            return "family-split"
    if last == "allOf" and ours == [*fact, {"type": "object"}]:
        return "single-parent"
    return None


def _contains(members: list[Any], published: list[Any]) -> bool:
    """Every published member is there (newer revisions add members)."""
    return bool(members) and all(member in members for member in published)


def unexplained(facts: dict[str, Any], document: dict[str, Any]) -> list[str]:
    revision = facts["info"]["version"]
    return [
        f"{'/'.join(path)}: published {fact!r}, document {ours!r}"
        for path, fact, ours in missing_facts(facts, document, ())
        if explain(path, fact, ours, revision, document) is None
    ]
