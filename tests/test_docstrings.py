"""Every model, field and enum says what it holds: our descriptions (intent.yaml) reach help(Model).

The document must describe every schema and property (a new revision's additions fail here until
intent.yaml has words for them), and the generated classes must carry exactly those words: a field
that names another schema (`$ref`) gets its own description, not the one of the type it names.
"""

from __future__ import annotations

import ast
import importlib
import pathlib
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from tools import derive
from veeam_agents_client import models
from veeam_agents_client.revisions import REVISIONS

MODELS_DIR = pathlib.Path(models.__file__).parent


def _words(text: str | None) -> str:
    """Text as a reader sees it: wrapping and indentation do not count."""
    return " ".join((text or "").split())


def _holders(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield schema
    yield from (part for part in schema.get("allOf", []) if "$ref" not in part)


def _own_descriptions(schema: dict[str, Any]) -> Iterator[tuple[str, str | None]]:
    """(JSON name, description) of the properties a schema holds itself (and in inline allOf parts)."""
    for holder in _holders(schema):
        for name, prop in holder.get("properties", {}).items():
            yield name, prop.get("description") or holder.get("x-property-descriptions", {}).get(name)


def _field_descriptions(schemas: dict[str, Any], name: str) -> dict[str, str | None]:
    """JSON name -> description of every property a schema's model has, those of the schemas it extends included."""
    schema = schemas[name]
    found: dict[str, str | None] = {}
    for part in schema.get("allOf", []):
        if "$ref" in part:
            found |= _field_descriptions(schemas, part["$ref"].rsplit("/", 1)[1])
    return found | dict(_own_descriptions(schema))


def _generated_classes() -> Iterator[tuple[str, ast.ClassDef]]:
    for path in sorted(MODELS_DIR.glob("*.py")):
        if path.name != "__init__.py":
            for node in ast.parse(path.read_text()).body:
                if isinstance(node, ast.ClassDef):
                    yield path.stem, node


def _attribute_docstrings(cls: ast.ClassDef) -> dict[str, str | None]:
    """attribute -> the string literal right below its declaration (None when there is none)."""
    found: dict[str, str | None] = {}
    for statement, after in zip(cls.body, [*cls.body[1:], None], strict=True):
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            if "ClassVar" in ast.unparse(statement.annotation):
                continue
            text = None
            if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant):
                text = after.value.value if isinstance(after.value.value, str) else None
            found[statement.target.id] = text
    return found


def _class(module: str, name: str) -> Any:
    return getattr(importlib.import_module(f"{models.__name__}.{module}"), name)


def test_every_schema_and_property_of_the_document_is_described(spec: dict[str, Any]) -> None:
    missing = []
    for name, schema in spec["components"]["schemas"].items():
        if not _words(schema.get("description")):
            missing.append(f"schemas/{name}")
        missing += [f"schemas/{name}/properties/{prop}" for prop, text in _own_descriptions(schema) if not _words(text)]
    assert not missing, "describe these in openapi/intent.yaml:\n" + "\n".join(missing)


def test_every_generated_model_field_and_enum_has_a_docstring() -> None:
    undocumented, classes = [], 0
    for module, node in _generated_classes():
        classes += 1
        if not _words(ast.get_docstring(node)):
            undocumented.append(node.name)
        cls = _class(module, node.name)
        if attrs.has(cls):
            fields = _attribute_docstrings(node)
            declared = {field.name for field in attrs.fields(cls)} - {"additional_properties"}
            assert declared <= set(fields), (node.name, declared - set(fields))  # every attrs field was read
            undocumented += [f"{node.name}.{name}" for name in sorted(declared) if not _words(fields[name])]
        else:
            assert issubclass(cls, str), node.name  # the only other generated classes are the enums
    assert classes >= len(models.__all__) > 100
    assert not undocumented, "no docstring:\n" + "\n".join(undocumented)


def test_docstrings_are_the_documents_descriptions(spec: dict[str, Any]) -> None:
    """Class, enum and field docstrings carry the document's words, a `$ref` field its own (inherited ones too)."""
    schemas = spec["components"]["schemas"]
    by_class = {node.name: (module, node) for module, node in _generated_classes()}
    compared = 0
    for name, schema in schemas.items():
        if "oneOf" in schema:
            continue  # a family's union is a type alias, not a class
        # a nullable object schema is generated as <Name>Type0
        _, node = by_class.get(name) or by_class[name + "Type0"]
        assert _words(ast.get_docstring(node)) == _words(schema["description"]), name
        if "enum" not in schema:
            expected = sorted(_words(text) for text in _field_descriptions(schemas, name).values())
            docstrings = _attribute_docstrings(node)
            docstrings.pop("additional_properties", None)
            assert sorted(_words(text) for text in docstrings.values()) == expected, name
        compared += 1
    assert compared == len([schema for schema in schemas.values() if "oneOf" not in schema])


def test_a_ref_field_is_described_beside_it_with_its_revisions() -> None:
    """A `$ref` takes no description: its holder keeps ours in x-property-descriptions; marks become a note."""
    oldest, older, newest = REVISIONS[0], REVISIONS[-2], REVISIONS[-1]
    later = "next"  # marks are text to describe: a revision this client does not know reads as written
    ref = {"$ref": "#/components/schemas/EKind"}
    document: dict[str, Any] = {
        "info": {"version": newest},
        "paths": {},
        "components": {
            "parameters": {},
            "responses": {},
            "schemas": {
                "EKind": {"type": "string", "enum": ["A"]},
                "Base": {
                    "type": "object",
                    "properties": {
                        "kind": dict(ref),
                        "label": {"type": "string", "x-since": older},
                        "key": {"type": "string", "x-secret": True},
                    },
                    "x-property-since": {"kind": newest},
                    "x-property-until": {"kind": later},
                },
                "Child": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {
                            "type": "object",
                            "properties": {"other": dict(ref), "old": {"type": "string", "x-until": oldest}},
                        },
                    ]
                },
            },
        },
    }
    intent = {
        "info": {"title": "t", "description": "d"},
        "response_descriptions": {"with_body": "b", "empty": "e"},
        "schemas": {
            "EKind": {"description": "What kind."},
            "Base": {"properties": {"kind": "Its kind.", "label": "A  label\n shown.", "key": "A key."}},
            "Child": {"properties": {"other": "Another kind.", "old": "Gone.", "absent": "Matches nothing."}},
        },
    }
    stale = derive.describe(document, intent)
    schemas = document["components"]["schemas"]
    assert stale == ["schemas/Child/properties/absent"]
    assert schemas["Base"]["properties"]["kind"] == ref  # nothing beside the $ref
    assert schemas["Base"]["x-property-descriptions"] == {
        "kind": f"Its kind. Added in {newest}; dropped after {later}."
    }
    assert schemas["Base"]["properties"]["label"]["description"] == f"A label shown. Added in {older}."
    assert schemas["Base"]["properties"]["key"]["description"] == "A key. Secret: repr and str show <redacted>."
    part = schemas["Child"]["allOf"][1]
    assert part["x-property-descriptions"] == {"other": "Another kind."}
    assert part["properties"]["old"]["description"] == f"Gone. Dropped after {oldest}."
    assert schemas["EKind"]["description"] == "What kind."

    intent["schemas"]["Base"]["properties"]["label"] = " "
    with pytest.raises(ValueError, match="schemas/Base/properties/label"):
        derive.describe(document, intent)
