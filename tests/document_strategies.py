"""The document's schemas as self-contained JSON schemas, and hypothesis strategies for the payloads
they allow: for the property tests of parsing (tests/test_payload_parsing.py) and of what a server
sends (tests/test_hostile_responses.py). A helper module (tests import it), not a test module.

Payloads come from the document's own schemas ($refs resolved, each discovered-entity kind apart,
uuid and date-time formats drawn from our own strategies). `PROPS` runs derandomized: CI sees the
same examples every time.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import jsonschema
import yaml
from conftest import GROUP_ID, SESSION_ID, SPEC_PATH
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from veeam_agents_client import models

PROPS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

# ---------------------------------------------------------------------------------------------
# The document's schemas as self-contained JSON schemas
# ---------------------------------------------------------------------------------------------

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
ENTITY_KINDS: dict[str, str] = {  # discriminator value -> schema (and model) name, from the family's mapping
    kind: ref.rsplit("/", 1)[1] for kind, ref in SCHEMAS["DiscoveredEntity"]["discriminator"]["mapping"].items()
}
ENTITY_CLASSES = {kind: getattr(models, name) for kind, name in ENTITY_KINDS.items()}


def resolve(node: Any) -> Any:
    """Inline every $ref; OpenAPI-only keywords go; integer formats become bounds; arrays stay short.

    The discovered-entity oneOf becomes an anyOf of its children, each with `type` forced to its
    x-discriminated-by value: as plain JSON Schema every child would also match the Cluster schema
    (the base alone), so oneOf would reject them all.
    """
    if isinstance(node, list):
        return [resolve(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        if name == "DiscoveredEntity":
            return {"anyOf": [entity_schema(kind) for kind in ENTITY_KINDS]}
        return resolve(SCHEMAS[name])
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("description", "discriminator", "example", "deprecated") or key.startswith("x-"):
            continue
        out[key] = {k: resolve(v) for k, v in value.items()} if key == "properties" else resolve(value)
    if out.get("type") == "integer" and out.get("format") in INT_BOUNDS:
        out["minimum"], out["maximum"] = INT_BOUNDS[out["format"]]
    if out.get("type") == "array":
        out.setdefault("maxItems", 3)
    return out


def entity_schema(kind: str) -> dict[str, Any]:
    forced = {"type": "object", "required": ["type"], "properties": {"type": {"const": kind}}}
    return {"allOf": [resolve(SCHEMAS[ENTITY_KINDS[kind]]), forced]}


def timestamps() -> st.SearchStrategy[str]:
    """RFC 3339 date-times with an offset, written the ways servers write them."""
    offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
    moments = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=offsets)

    def write(moment: dt.datetime, style: str) -> str:
        if style == "dotnet":  # .NET's round-trip format: seven fraction digits
            return moment.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0" + moment.isoformat()[-6:]
        if style == "zulu":
            return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return moment.isoformat(timespec=style)

    return st.builds(write, moments, st.sampled_from(["auto", "seconds", "milliseconds", "dotnet", "zulu"]))


FORMATS = {"uuid": st.uuids().map(str), "date-time": timestamps()}
JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10)


def merge(schemas: list[dict[str, Any]]) -> dict[str, Any]:
    """One object schema from an allOf: properties and required lists unite; a const narrows a property."""
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for schema in schemas:
        schema = merge(schema["allOf"]) if "allOf" in schema else schema
        for name, prop in schema.get("properties", {}).items():
            current = merged["properties"].get(name)
            merged["properties"][name] = prop if current is None or "const" in prop else current
        merged["required"] += [name for name in schema.get("required", []) if name not in merged["required"]]
    return merged


def from_schema(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Instances of a resolved schema: required fields always, optional ones sometimes, plus a few
    unknown fields (the document allows them, and a newer server sends them).

    hypothesis-jsonschema 0.23.1 does the same for any schema, but its object strategy uses a
    Hypothesis internal that the pinned Hypothesis no longer has; these schemas need only this much.
    """
    if "allOf" in schema:
        return from_schema(merge(schema["allOf"]))
    if "anyOf" in schema:
        return st.one_of([from_schema(option) for option in schema["anyOf"]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type", "object")
    if kind == "string":
        return FORMATS.get(schema.get("format", ""), st.text(max_size=20))
    if kind == "integer":
        return st.integers(schema.get("minimum"), schema.get("maximum"))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        return st.lists(from_schema(schema["items"]), max_size=schema.get("maxItems", 3))
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    unknown = st.dictionaries(st.text(max_size=8).filter(lambda key: key not in properties), JSON_LEAVES, max_size=2)
    return st.fixed_dictionaries(
        {name: from_schema(prop) for name, prop in properties.items() if name in required},
        optional={name: from_schema(prop) for name, prop in properties.items() if name not in required},
    ).flatmap(lambda known: unknown.map(lambda extra: {**extra, **known}))


def schema_of(name: str) -> dict[str, Any]:
    """A component schema resolved; an entity kind gives that child of DiscoveredEntity."""
    return entity_schema(name) if name in ENTITY_KINDS else resolve({"$ref": f"#/components/schemas/{name}"})


_strategies: dict[str, st.SearchStrategy[Any]] = {}


@functools.cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema_of(name))


def payloads(name: str) -> st.SearchStrategy[Any]:
    if name not in _strategies:
        _strategies[name] = from_schema(schema_of(name))
    return _strategies[name]


# A valid session body: the regression tests read it with a field changed.
SESSION = {"id": SESSION_ID, "name": "s", "jobId": GROUP_ID, "sessionType": "AgentDiscovery",
           "creationTime": "2025-04-23T09:46:47.664243+02:00", "state": "Stopped", "usn": 1}  # fmt: skip
