"""The secret fields of Veeam's facts, as the document's rule finds them: `tools.derive.secret_by_rule`
applied to every schema of a revision, walked on its own (inline allOf parts, nested objects, list
items), with the exceptions intent.yaml declares; and the canary value a test puts in each."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from tools import derive
from tools.spec import INTENT

DECLARED = yaml.safe_load(INTENT.read_text())
EXCEPTIONS = DECLARED["secrets"]
DATA_KEYS = {"example", "examples", "default", "enum"}  # values, not schemas
Field = tuple[str, tuple[Any, ...], str]  # (schema, path of the object holding the property, property)


def holders(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(path, object) for every object with `properties` below `node`, at any depth."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield path, node
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for name, prop in value.items():
                    yield from holders(prop, (*path, key, name))
            elif key not in DATA_KEYS:
                yield from holders(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from holders(item, (*path, index))


def secret_fields(facts: dict[str, Any]) -> dict[Field, dict[str, Any]]:
    """Every property of the facts that the rule, with intent's exceptions, calls secret."""
    found: dict[Field, dict[str, Any]] = {}
    schemas = [(name, schema) for name, schema in facts["components"]["schemas"].items()]
    for schema_name, schema in [*schemas, ("", facts["paths"])]:
        for path, holder in holders(schema, ()):
            for name, prop in holder["properties"].items():
                secret = derive.secret_by_rule(name, prop) or name in EXCEPTIONS["add"].get(schema_name, {})
                if secret and name not in EXCEPTIONS["remove"].get(schema_name, {}):
                    found[(schema_name, path, name)] = prop
    return found


def in_document(fields: dict[Field, dict[str, Any]], document: dict[str, Any]) -> dict[Field, dict[str, Any]]:
    """The fields whose schema the document has: a schema only a dropped operation reached
    (test_document's "dropped-operation") is not part of the client."""
    return {field: prop for field, prop in fields.items() if field[0] in document["components"]["schemas"]}


CANARY = "CANARY-{}-{}"


def canary(field: Field) -> str:
    return CANARY.format(field[0], field[2])
