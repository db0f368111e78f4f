"""Other ways to read the same bodies, built from the same OpenAPI document, for `make bench`.

- plain openapi-python-client output (the generator without our templates);
- pydantic v2 models from datamodel-code-generator (its discriminated union on `type`);
- msgspec Structs made from the document's schemas here (tagged union on `type`): the floor.

All need only the `bench` extra; nothing here is imported by the library or its tests.
"""

from __future__ import annotations

import datetime
import importlib
import os
import pathlib
import subprocess
import sys
import uuid
from collections.abc import Callable
from typing import Any, Literal

import msgspec
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "vbr-agents.yaml"  # tools/spec.py DOCUMENT
OUT = ROOT / ".bench"


def _tool(name: str) -> str:
    return str(pathlib.Path(sys.executable).with_name(name))


def _import_from(folder: pathlib.Path, module: str) -> Any:
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    return importlib.import_module(module)


def plain_models() -> Any:
    """The `models` package openapi-python-client generates from the document with its own templates."""
    out = OUT / "plain"
    command = [_tool("openapi-python-client"), "generate", "--path", str(SPEC_PATH), "--meta", "none",
               "--overwrite", "--output-path", str(out / "plain")]  # fmt: skip
    subprocess.run(
        command, check=True, capture_output=True, env={**os.environ, "PATH": str(pathlib.Path(_tool("x")).parent)}
    )
    return _import_from(out, "plain.models")


def pydantic_models() -> Any:
    """pydantic v2 models that datamodel-code-generator writes for the document (one module)."""
    out = OUT / "pydantic"
    out.mkdir(parents=True, exist_ok=True)
    command = [_tool("datamodel-codegen"), "--input", str(SPEC_PATH), "--input-file-type", "openapi",
               "--output", str(out / "pydantic_models.py"), "--output-model-type", "pydantic_v2.BaseModel",
               "--target-python-version", "3.11", "--formatters", "black"]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True)
    return _import_from(out, "pydantic_models")


def msgspec_types() -> Callable[[str], Any]:
    """A msgspec type per component schema, made from the document: objects become Structs
    (uuid and date-time fields typed as such, enums as Literals), and a oneOf of members that carry
    `x-discriminated-by` becomes a union tagged on that field."""
    schemas: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())["components"]["schemas"]
    built: dict[str, Any] = {}

    def fields_of(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        properties, required = dict(schema.get("properties", {})), set(schema.get("required", []))
        for part in schema.get("allOf", []):
            inner = schemas[part["$ref"].rsplit("/", 1)[1]] if "$ref" in part else part
            more, needed = fields_of(inner)
            properties.update(more)
            required |= needed
        return properties, required

    def type_of(node: dict[str, Any]) -> Any:
        if "$ref" in node:
            return named(node["$ref"].rsplit("/", 1)[1])
        if "enum" in node:
            return Literal[tuple(node["enum"])]
        kind = node.get("type", "object")
        if kind == "string":
            return {"uuid": uuid.UUID, "date-time": datetime.datetime}.get(node.get("format", ""), str)
        if kind == "array":
            return list[type_of(node["items"])]  # type: ignore[misc]
        return {"integer": int, "number": float, "boolean": bool}.get(kind, dict[str, Any])

    def named(name: str) -> Any:
        if name not in built:
            schema = schemas[name]
            if "oneOf" in schema:
                members = tuple(named(ref["$ref"].rsplit("/", 1)[1]) for ref in schema["oneOf"])
                built[name] = members[0] if len(members) == 1 else _union(members)
            elif "enum" in schema:
                built[name] = Literal[tuple(schema["enum"])]
            else:
                properties, required = fields_of(schema)
                (tag_field, tag), *_ = [*schema.get("x-discriminated-by", {}).items(), (None, None)]
                fields = [(key, type_of(prop)) for key, prop in properties.items() if key in required]
                fields += [(key, type_of(prop) | None, None) for key, prop in properties.items()
                           if key not in required and key != tag_field]  # fmt: skip
                built[name] = msgspec.defstruct(name, fields, tag_field=tag_field, tag=tag)
        return built[name]

    return named


def _union(members: tuple[Any, ...]) -> Any:
    union = members[0]
    for member in members[1:]:
        union = union | member
    return union
