"""Payloads that Veeam's published contracts allow, as hypothesis strategies: for the tests that try
the client the way a server speaking the contract with random data would.

The schemas come from Veeam's own documents (openapi/veeam/*.facts.json), not from this project's
document: a discriminated item's `type` is drawn apart from the fields it carries (the published
schemas do not tie them), integers span their whole format, enums list what that revision lists,
timestamps are written every way RFC 3339 allows, and every object may carry fields nobody
documents. `NEXT` plays a revision newer than the newest known one: every enum has one value more
and every object a field more.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from conftest import ROOT
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

PROPS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
FACTS = {path.name.split("-agents")[0].removeprefix("vbr-rest-"): json.loads(path.read_text())
         for path in sorted((ROOT / "openapi" / "veeam").glob("vbr-rest-*-agents.facts.json"))}  # fmt: skip
INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def timestamps() -> st.SearchStrategy[str]:
    """RFC 3339 date-times as servers write them: any offset or Z (either case), a T or t, no
    fraction up to nine digits; also without an offset, as VBR sends some."""
    offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
    moments = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=offsets)

    def write(moment: dt.datetime, digits: int, t: str, z: str, naive: bool) -> str:
        text = moment.strftime("%Y-%m-%d") + t + moment.strftime("%H:%M:%S")
        text += ("." + moment.strftime("%f") + "987")[: digits + 1] if digits else ""
        if naive:
            return text
        offset = moment.isoformat()[-6:]
        return text + (z if offset == "+00:00" and z else offset)

    leap = st.sampled_from(["2016-12-31T23:59:60Z", "2016-12-31t23:59:60.5z"])
    written = st.builds(write, moments, st.integers(0, 9), st.sampled_from("Tt"), st.sampled_from(["", "Z", "z"]),
                        st.booleans())  # fmt: skip
    return written | leap


def uuids() -> st.SearchStrategy[str]:
    return st.uuids().map(str) | st.uuids().map(lambda u: str(u).upper())


class Published:
    """Strategies for one revision's component schemas.

    `canonical` writes date-times and UUIDs the one way the models write them back (for round
    trips); otherwise in every form the contract allows."""

    extra_fields = 0  # undocumented fields every object carries at least

    def __init__(self, facts: dict[str, Any], *, canonical: bool = False) -> None:
        self.facts = facts
        self.schemas: dict[str, Any] = facts["components"]["schemas"]
        self.canonical = canonical
        self.forms = {"uuid": st.uuids().map(str), "date-time": canonical_timestamps()} if canonical else {
            "uuid": uuids(), "date-time": timestamps()}  # fmt: skip
        # Strategies are built once per schema node: building one costs more than drawing from it.
        self._built: dict[tuple[Any, frozenset[str]], tuple[Any, st.SearchStrategy[Any]]] = {}

    def ref(self, node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            return name, self.schemas[name]
        return None, node

    def fields(self, node: dict[str, Any], inside: frozenset[str]) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of an object schema with its allOf parts merged. A oneOf
        is not followed from a schema already being built (its children allOf that same base)."""
        name, schema = self.ref(node)
        properties, required = dict(schema.get("properties", {})), set(schema.get("required", []))
        for part in schema.get("allOf", []):
            more, needed = self.fields(part, inside | {name} if name else inside)
            properties.update(more)
            required |= needed
        return properties, required

    def strategy(self, node: dict[str, Any], inside: frozenset[str] = frozenset()) -> st.SearchStrategy[Any]:
        key = (node.get("$ref") or id(node), inside)
        if key not in self._built:
            self._built[key] = (node, self.build(node, inside))  # the node is kept: its id stays its own
        return self._built[key][1]

    def build(self, node: dict[str, Any], inside: frozenset[str]) -> st.SearchStrategy[Any]:
        name, schema = self.ref(node)
        here = inside | {name} if name else inside
        if "enum" in schema:
            values = st.sampled_from(self.enum_values(schema))
        elif schema.get("oneOf") and name not in inside:
            # The base's own fields, one member's fields, and the discriminator drawn from its own
            # schema: nothing in the published schemas ties it to the member chosen.
            members = [self.fields(member, here) for member in schema["oneOf"]]
            own_properties, own_required = self.fields(schema, here)
            values = st.one_of(
                [self.object({**own_properties, **fields}, own_required | needed, here) for fields, needed in members]
            )
        elif "allOf" in schema or schema.get("type", "object") == "object":
            properties, required = self.fields(schema, inside)
            values = self.object(properties, required, here)
        else:
            values = self.scalar(schema, here)
        return values | st.none() if schema.get("nullable") else values

    def scalar(self, schema: dict[str, Any], inside: frozenset[str]) -> st.SearchStrategy[Any]:
        kind = schema["type"]
        if kind == "string":
            return self.forms.get(schema.get("format", ""), st.text(max_size=12))
        if kind == "integer":
            low, high = INT_BOUNDS.get(schema.get("format", ""), INT_BOUNDS["int64"])
            return st.integers(max(low, schema.get("minimum", low)), high)
        if kind == "number":
            return st.floats(allow_nan=False, allow_infinity=False)
        if kind == "boolean":
            return st.booleans()
        if kind == "array":
            return st.lists(self.strategy(schema["items"], inside), max_size=3)
        raise AssertionError(f"a published schema of type {kind!r}: teach the generator")

    def enum_values(self, schema: dict[str, Any]) -> list[Any]:
        return list(schema["enum"])

    def object(self, properties: dict[str, Any], required: set[str], inside: frozenset[str]) -> st.SearchStrategy[Any]:
        unknown = st.dictionaries(st.text(max_size=6).filter(lambda key: key not in properties),
                                  st.none() | st.integers() | st.text(max_size=6), max_size=2,
                                  min_size=self.extra_fields)  # fmt: skip
        known = st.fixed_dictionaries(
            {key: self.strategy(prop, inside) for key, prop in properties.items() if key in required},
            optional={key: self.strategy(prop, inside) for key, prop in properties.items() if key not in required},
        )
        return st.tuples(known, unknown).map(lambda parts: {**parts[1], **parts[0]})


def canonical_timestamps() -> st.SearchStrategy[str]:
    """Date-times as the models write them back (isoformat), with an offset or without."""
    offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
    moments = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1))
    aware = st.builds(lambda moment, zone: moment.replace(tzinfo=zone), moments, offsets)
    return (moments | aware).map(dt.datetime.isoformat)


class NextRevision(Published):
    """A revision newer than the newest known one: every enum gains a value, every object a field."""

    extra_fields = 1
    NEW_VALUE = "FutureValue"

    def enum_values(self, schema: dict[str, Any]) -> list[Any]:
        values = super().enum_values(schema)
        return [*values, self.NEW_VALUE] if all(isinstance(value, str) for value in values) else values


PUBLISHED = {revision: Published(facts) for revision, facts in FACTS.items()}
NEXT = NextRevision(FACTS[max(FACTS, key=lambda revision: tuple(map(int, revision.replace("-rev", ".").split("."))))])
