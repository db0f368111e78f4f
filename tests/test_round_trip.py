"""What a server sends goes back unchanged: every model of every revision (and of a newer one)
writes back what it read, passes the pre-send check, and update calls send a model read with
`get` as it came: unknown enum values, kinds a field does not declare, undocumented fields and
date-times without an offset included. What a caller builds wrongly is still refused."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import pickle
import uuid
from typing import Any

import httpx
import pytest
import yaml
from conftest import BASE_URL, SPEC_PATH, VBRStub
from contract import FACTS, NEXT, PROPS, NextRevision, Published
from hypothesis import given, settings
from hypothesis import strategies as st
from seeds import SEED_SESSION

import veeam_agents_client.models as models
from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client._validation import model_value
from veeam_agents_client.revisions import OPERATIONS, REVISIONS, ROUTES, SUCCESS_STATUSES
from veeam_agents_client.types import parse_datetime

NEWEST = REVISIONS[-1]
CANONICAL: dict[str, Published] = {revision: Published(facts, canonical=True) for revision, facts in FACTS.items()}
CANONICAL["next"] = NextRevision(FACTS[NEWEST], canonical=True)
ANY_FORM: dict[str, Published] = {revision: Published(facts) for revision, facts in FACTS.items()} | {"next": NEXT}
FACTS_OF = {**FACTS, "next": FACTS[NEWEST]}


DOCUMENTED = set(yaml.safe_load(SPEC_PATH.read_text())["components"]["schemas"])


def object_schemas(facts: dict[str, Any]) -> list[str]:
    """The published object schemas the document keeps (one only an operation it drops reaches is not)."""
    return [
        name for name, schema in facts["components"]["schemas"].items() if "enum" not in schema and name in DOCUMENTED
    ]


def model_class(name: str) -> Any:
    """The generated class of a schema (a nullable object's is named ...Type0 by the generator)."""
    return getattr(models, name, None) or getattr(models, f"{name}Type0", None)


CASES = [(revision, name) for revision, facts in FACTS_OF.items() for name in object_schemas(facts)]


def without_nulls(value: Any) -> Any:
    """JSON with null members left out: an optional field sent as null reads as unset, and an unset
    field is not written back (the same thing to the server)."""
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def as_json(value: Any) -> Any:
    return json.loads(json.dumps(value))


def test_every_published_object_schema_has_its_model() -> None:
    assert not {name for _, name in CASES if not isinstance(model_class(name), type)}
    assert len({name for _, name in CASES}) >= 100


@pytest.mark.parametrize(("revision", "name"), CASES, ids=[f"{r}-{n}" for r, n in CASES])
@settings(PROPS, max_examples=3)
@given(data=st.data())
def test_a_model_writes_back_what_it_read_and_may_send_it(revision: str, name: str, data: st.DataObject) -> None:
    payload = data.draw(CANONICAL[revision].strategy({"$ref": f"#/components/schemas/{name}"}), label="read")
    if payload is None:
        return  # a nullable object sent as null: nothing to write back
    cls = model_class(name)
    model = cls.from_dict(payload)
    assert without_nulls(as_json(model.to_dict())) == without_nulls(as_json(payload))
    assert model_value(model, (cls,), "model") is model
    # a copy or an unpickled model is what the server sent too (a cache, a worker process)
    unpickled = pickle.loads(pickle.dumps(model))  # noqa: S301 (our own bytes)
    for again in (copy.copy(model), copy.deepcopy(model), unpickled):
        assert again == model and again is not model
        assert model_value(again, (cls,), "model") is again


# Read-modify-write through the public calls -------------------------------------------------------------------

GROUP_REVISIONS = [r for r in [*REVISIONS, "next"] if r == "next" or r >= OPERATIONS["update_protection_group"][0]]
GROUP_PATH = ROUTES["get_protection_group"][1]


def serving(body: dict[str, Any], sent: list[Any]) -> VBRStub:
    """A server that answers GET with `body` and records what PUT sends."""
    stub = VBRStub()

    def put(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(min(SUCCESS_STATUSES["update_protection_group"]), json=SEED_SESSION)

    path = GROUP_PATH.format(id=body["id"])
    stub.route("GET", path, body)
    stub.route("PUT", path, put)
    return stub


@pytest.mark.parametrize("revision", GROUP_REVISIONS)
@settings(PROPS, max_examples=25)
@given(data=st.data())
def test_a_group_read_with_get_goes_back_with_update_as_it_came(revision: str, data: st.DataObject) -> None:
    schema = {"$ref": "#/components/schemas/ProtectionGroupModel"}
    body = data.draw(CANONICAL[revision].strategy(schema), label="group") | {"id": str(uuid.uuid4())}
    sent: list[Any] = []
    stub = serving(body, sent)

    async def read_modify_write() -> None:
        async with VeeamAgentsClient(
            BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub)
        ) as vbr:
            group = await vbr.protection_groups.get(body["id"])
            await vbr.protection_groups.update(group.id, group)

    asyncio.run(read_modify_write())
    assert without_nulls(sent) == [without_nulls(as_json(body))]


@pytest.mark.parametrize("revision", [*REVISIONS, "next"])
@settings(PROPS, max_examples=15)
@given(data=st.data())
def test_a_recovery_token_read_with_get_is_renamed_with_its_own_date(revision: str, data: st.DataObject) -> None:
    body = data.draw(
        ANY_FORM[revision].strategy({"$ref": "#/components/schemas/ComputerRecoveryTokenModel"}), label="token"
    ) | {"id": str(uuid.uuid4())}
    sent: list[Any] = []
    stub = VBRStub()
    path = ROUTES["get_computer_recovery_token"][1].format(id=body["id"])
    stub.route("GET", path, body)

    def put(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=body)

    stub.route("PUT", path, put)

    async def rename() -> None:
        async with VeeamAgentsClient(
            BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub)
        ) as vbr:
            token = await vbr.recovery_tokens.get(body["id"])
            await vbr.recovery_tokens.update(token.id, name=token.name + "!", expiration_date=token.expiration_date)

    asyncio.run(rename())
    assert sent[0]["name"] == body["name"] + "!"
    assert parse_datetime(sent[0]["expirationDate"]) == parse_datetime(body["expirationDate"])


# What a caller builds is still checked ------------------------------------------------------------------------


def test_a_caller_built_unknown_enum_value_or_contradicting_kind_is_refused() -> None:
    day = models.EDayOfWeek("Funday")  # a typo the lenient enum turns into a pseudo-member
    schedule = models.ScheduleDailyModel(daily_kind=models.EDailyKinds.SELECTEDDAYS, days=[day])
    with pytest.raises(TypeError, match=r"schedule\.days\[0\]: expected EDayOfWeek"):
        model_value(schedule, (models.ScheduleDailyModel,), "schedule")
    credentials = models.LinuxCredentialsSpec(
        username="root", authentication_type=models.EAuthenticationType.PASSWORD,
        type_=models.ECredentialsType.STANDARD,
    )  # fmt: skip
    with pytest.raises(ValueError, match=r"credentials\.type_ must be 'Linux'"):
        model_value(credentials, (models.LinuxCredentialsSpec,), "credentials")
    with pytest.raises(TypeError, match=r"credentials\.username: expected str"):
        model_value(
            models.LinuxCredentialsSpec(username=5, authentication_type=credentials.authentication_type),  # type: ignore[arg-type]
            (models.LinuxCredentialsSpec,),
            "credentials",
        )


def test_the_same_values_read_from_a_server_are_let_through() -> None:
    credentials = models.LinuxCredentialsSpec.from_dict(
        {"type": "Standard", "username": "root", "authenticationType": "FutureAuth", "sshPort": 22}
    )
    assert model_value(credentials, (models.LinuxCredentialsSpec,), "credentials") is credentials
    naive = parse_datetime("2031-05-06T07:08:09")
    assert naive.tzinfo is None and naive == dt.datetime(2031, 5, 6, 7, 8, 9)
