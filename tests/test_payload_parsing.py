"""Every payload the document allows parses into its documented model (and the discovered-entity
kinds into their own classes), and `to_dict()` gives the known fields back; an optional field left
out, or sent as null, reads as UNSET.

Payloads come from the document's own schemas (tests/document_strategies.py), drawn derandomized.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from conftest import TOKEN_ID
from document_strategies import (
    ENTITY_CLASSES,
    ENTITY_KINDS,
    PROPS,
    SCHEMAS,
    SESSION,
    entity_schema,
    merge,
    payloads,
    resolve,
    schema_of,
    validator,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from veeam_agents_client import models
from veeam_agents_client.types import UNSET

# ---------------------------------------------------------------------------------------------
# Round trip: the known fields come back from to_dict() as sent
# ---------------------------------------------------------------------------------------------


def merged_properties(schema: dict[str, Any]) -> dict[str, Any]:
    props = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(merged_properties(part))
    return props


def assert_same(schema: dict[str, Any], sent: Any, got: Any, path: str = "$") -> None:
    if "anyOf" in schema:  # the entity kinds: follow the child for the sent type
        (schema,) = [s for s in schema["anyOf"] if merged_properties(s)["type"]["const"] == sent["type"]]
    props = merged_properties(schema)
    if props or schema.get("type") == "object" or "allOf" in schema:
        assert isinstance(got, dict) and set(got) == set(sent), f"{path}: keys {set(got) ^ set(sent)}"
        for key, value in sent.items():
            if key in props:
                assert_same(props[key], value, got[key], f"{path}.{key}")
            else:  # an unknown field is kept as it came
                assert got[key] == value, f"{path}.{key}"
    elif schema.get("type") == "array":
        assert isinstance(got, list) and len(got) == len(sent), path
        for index, (a, b) in enumerate(zip(sent, got, strict=True)):
            assert_same(schema["items"], a, b, f"{path}[{index}]")
    elif schema.get("format") == "uuid":
        assert got == str(uuid.UUID(sent)), path
    elif schema.get("format") == "date-time":
        before, after = dt.datetime.fromisoformat(sent), dt.datetime.fromisoformat(got)
        assert before == after and before.utcoffset() == after.utcoffset(), f"{path}: {sent} -> {got}"
    else:
        assert type(got) is type(sent) and got == sent, f"{path}: {sent!r} -> {got!r}"


RESPONSE_SCHEMAS = [
    "ComputerRecoveryTokenModel",
    "ComputerRecoveryTokenResult",
    "ProtectedComputerModel",
    "ProtectedComputerResult",
    "DiscoveredEntitiesResult",
    "SessionModel",
    "LinuxPackageResult",
    "UnixPackageResult",
    "TokenModel",
    "Error",
]


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
@settings(PROPS, max_examples=40)
@given(data=st.data())
def test_every_valid_payload_parses_into_its_model(name: str, data: st.DataObject) -> None:
    payload = data.draw(payloads(name), label="payload")
    validator(name).validate(payload)  # the generator is honest about the document
    model_class = getattr(models, name)
    model = model_class.from_dict(payload)
    assert type(model) is model_class
    assert_same(resolve(SCHEMAS[name]), payload, model.to_dict())
    if name == "DiscoveredEntitiesResult":
        for item, sent in zip(model.data, payload["data"], strict=True):
            assert type(item) is ENTITY_CLASSES[sent["type"]]


@pytest.mark.parametrize("kind", sorted(ENTITY_KINDS))
@settings(PROPS, max_examples=40)
@given(data=st.data())
def test_each_discovered_entity_kind_parses_into_its_own_class(kind: str, data: st.DataObject) -> None:
    payload = data.draw(payloads(kind), label="payload")
    validator(kind).validate(payload)
    model = ENTITY_CLASSES[kind].from_dict(payload)
    assert_same(entity_schema(kind), payload, model.to_dict())
    # ... and in a list page, where the generated code dispatches on `type`
    page = models.DiscoveredEntitiesResult.from_dict({"data": [payload], "pagination": {"total": 1, "count": 1}})
    assert [type(item) for item in page.data] == [ENTITY_CLASSES[kind]]


@pytest.mark.parametrize("name", [*RESPONSE_SCHEMAS, *sorted(ENTITY_KINDS)])
@settings(PROPS, max_examples=25)
@given(data=st.data())
def test_an_optional_field_sent_as_null_reads_as_unset(name: str, data: st.DataObject) -> None:
    schema = schema_of(name)
    flat = merge(schema["allOf"]) if "allOf" in schema else schema
    # A field the document declares nullable reads its null as None, a value of its own.
    optional = sorted(
        field
        for field in set(flat["properties"]) - set(flat.get("required", []))
        if not flat["properties"][field].get("nullable")
    )
    if not optional:
        return
    payload = data.draw(payloads(name), label="payload")
    field = data.draw(st.sampled_from(optional), label="field")
    payload[field] = None
    model = getattr(models, ENTITY_KINDS.get(name, name)).from_dict(payload)
    assert field not in model.to_dict()  # UNSET fields are left out
    assert field not in model.additional_properties


def test_unset_is_what_a_missing_optional_field_reads_as() -> None:
    token = models.ComputerRecoveryTokenModel.from_dict(
        {"id": TOKEN_ID, "name": "t", "expirationDate": "2030-01-01T00:00:00+00:00"}
    )
    assert token.recovery_token is UNSET


# ---------------------------------------------------------------------------------------------
# Regressions for what the properties above found
# ---------------------------------------------------------------------------------------------


def test_regression_optional_null_reads_as_unset_for_scalars_and_lists() -> None:
    session = models.SessionModel.from_dict({**SESSION, "progressPercent": None, "resourceReference": None})
    assert session.progress_percent is UNSET and session.resource_reference is UNSET
    packages = models.LinuxPackageResult.from_dict({"data": None, "pagination": None})
    assert packages.data is UNSET and packages.pagination is UNSET
