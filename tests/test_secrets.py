"""Secrets come from the document: one rule marks them in every revision, and they never show.

The rule (`tools.derive.secret_by_rule`) is applied here to Veeam's facts of every revision,
walked on their own (every schema, inline allOf parts, nested objects, list items), with the
exceptions intent.yaml declares; each field found must be marked `x-secret` in the document and
hidden wherever the client puts text: a model's repr and str, an error's body and message, logs.
"""

from __future__ import annotations

import copy
import json
import logging
import sys
import traceback
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
import yaml
from conftest import BASE_URL, REVISIONS, SPEC_PATH, TOKEN_ID, VBRStub
from openapi_python_client.strings import ClassName, PythonIdentifier
from seeds import SEED_TOKEN
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from tools import derive
from tools.spec import INTENT, load
from veeam_agents_client import ApiError, BadRequestError, UnexpectedResponseError, VeeamAgentsClient, models
from veeam_agents_client._errors import api_error
from veeam_agents_client.api import SECRET_FIELDS
from veeam_agents_client.errors import ResponseFieldError
from veeam_agents_client.models import (
    EAuthenticationType,
    EIndividualComputerConnectionType,
    IndividualComputerContainerModel,
    IndividualComputersProtectionGroupSpec,
    LinuxCredentialsSpec,
)
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR
from veeam_agents_client.testing._server import serve

DECLARED = yaml.safe_load(INTENT.read_text())
EXCEPTIONS = DECLARED["secrets"]
TOKEN_PATH = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"
DATA_KEYS = {"example", "examples", "default", "enum"}  # values, not schemas
Field = tuple[str, tuple[Any, ...], str]  # (schema, path of the object holding the property, property)


def _holders(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(path, object) for every object with `properties` below `node`, at any depth."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield path, node
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for name, prop in value.items():
                    yield from _holders(prop, (*path, key, name))
            elif key not in DATA_KEYS:
                yield from _holders(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _holders(item, (*path, index))


def secret_fields(facts: dict[str, Any]) -> dict[Field, dict[str, Any]]:
    """Every property of the facts that the rule, with intent's exceptions, calls secret."""
    found: dict[Field, dict[str, Any]] = {}
    schemas = [(name, schema) for name, schema in facts["components"]["schemas"].items()]
    for schema_name, schema in [*schemas, ("", facts["paths"])]:
        for path, holder in _holders(schema, ()):
            for name, prop in holder["properties"].items():
                secret = derive.secret_by_rule(name, prop) or name in EXCEPTIONS["add"].get(schema_name, {})
                if secret and name not in EXCEPTIONS["remove"].get(schema_name, {}):
                    found[(schema_name, path, name)] = prop
    return found


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        node = node[key]
    return node


def in_document(fields: dict[Field, dict[str, Any]], document: dict[str, Any]) -> dict[Field, dict[str, Any]]:
    """The fields whose schema the document has: a schema only a dropped operation reached
    (test_document's "dropped-operation") is not part of the client."""
    return {field: prop for field, prop in fields.items() if field[0] in document["components"]["schemas"]}


CANARY = "CANARY-{}-{}"


def canary(field: Field) -> str:
    return CANARY.format(field[0], field[2])


# -- the rule ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("password", True),
        ("rootPassword", True),
        ("root_password", True),
        ("passphrase", True),
        ("privateKey", True),
        ("private_key", True),
        ("secretKey", True),
        ("accessKey", True),
        ("APIKey", True),
        ("clientSecret", True),
        ("secret", True),
        ("token", True),
        ("access_token", True),
        ("refresh_token", True),
        ("recoveryToken", True),
        ("vbr_token", True),
        ("tokenValue", True),  # how it is held does not change what it is
        ("passwordHash", True),
        ("SMTPPassword", True),
        ("credentials", True),
        ("tokenType", False),  # the head word decides: a type, a lifetime, a date, a flag
        ("token_type", False),
        ("expiresIn", False),
        ("expires_in", False),
        ("tokenExpiresIn", False),
        ("passwordExpirationDate", False),
        ("use_short_term_refresh", False),
        ("publicKey", False),
        ("keyId", False),
        ("key", False),
        ("verificationPhrase", False),  # shown to an operator to compare, not a credential
        ("credentialsId", False),
        ("passwordless", False),  # a word is matched whole, not inside another word
        ("tokens", True),  # a plural counts as its singular
        ("privateKeys", True),
        ("value", False),
        ("", False),
    ],
)
def test_the_name_rule(name: str, secret: bool) -> None:
    assert derive.secret_name(name) is secret


@pytest.mark.parametrize(
    ("name", "schema", "secret"),
    [
        ("password", {"type": "string"}, True),
        ("anything", {"type": "string", "format": "password"}, True),  # the format says so, whatever the name
        ("passwords", {"type": "array", "items": {"type": "string"}}, True),  # a list of strings holds text
        ("apiTokens", {"type": "array", "items": {"type": "string"}}, True),
        ("tokens", {"type": "array", "items": {"$ref": "#/components/schemas/TokenModel"}}, False),
        ("secret", {}, True),  # any value holds text too
        ("hasPassword", {"type": "boolean"}, False),  # a flag, a number, an object cannot be the secret
        ("useCustomCredentials", {"type": "boolean"}, False),
        ("customCredentials", {"$ref": "#/components/schemas/LinuxCredentialsSpec"}, False),
        ("token", {"type": "integer"}, False),
        ("secret", {"type": "object", "properties": {"password": {"type": "string"}}}, False),
        ("token", {"$ref": "#/components/schemas/TokenModel"}, False),
    ],
)
def test_the_rule_marks_what_can_hold_a_secret(name: str, schema: dict[str, Any], secret: bool) -> None:
    assert derive.secret_by_rule(name, schema) is secret


def test_every_exception_has_its_reason_and_changes_something() -> None:
    """intent.yaml lists only the rule's exceptions; one that changes nothing is reported, and one
    without a reason stops the derivation."""
    document = yaml.safe_load(SPEC_PATH.read_text())
    assert EXCEPTIONS["add"] and derive.stale_secret_exceptions(document, DECLARED) == []
    stale = copy.deepcopy(DECLARED)
    stale["secrets"]["add"]["TokenModel"] = {"access_token": "already marked by the rule"}
    stale["secrets"]["remove"]["TokenModel"] = {"token_type": "never marked", "no_such": "not there"}
    assert derive.stale_secret_exceptions(document, stale) == [
        "secrets/add/TokenModel/access_token",
        "secrets/remove/TokenModel/token_type",
        "secrets/remove/TokenModel/no_such",
    ]
    stale["secrets"]["add"]["TokenModel"] = {"token_type": ""}
    with pytest.raises(ValueError, match="secrets/add/TokenModel/token_type needs its reason"):
        derive.stale_secret_exceptions(document, stale)


def test_exceptions_add_and_remove_marks() -> None:
    """`add` marks what the rule misses, `remove` unmarks a false positive, in every part of a schema."""
    document = {
        "paths": {},
        "components": {
            "schemas": {
                "Login": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {"properties": {"pin": {"type": "string"}, "tokenUrl": {"type": "string"}}},
                    ],
                    "properties": {"nested": {"type": "object", "properties": {"sessionToken": {"type": "string"}}}},
                },
            }
        },
    }
    intent = {"secrets": {"add": {"Login": {"pin": "a PIN"}}, "remove": {"Login": {"sessionToken": "a name"}}}}
    derive.mark_secrets(document, intent)
    login = document["components"]["schemas"]["Login"]
    assert login["allOf"][1]["properties"]["pin"] == {"type": "string", "x-secret": True}
    assert "x-secret" not in login["allOf"][1]["properties"]["tokenUrl"]
    assert "x-secret" not in login["properties"]["nested"]["properties"]["sessionToken"]
    del intent["secrets"]["remove"]["Login"]
    derive.mark_secrets(document, intent)
    assert login["properties"]["nested"]["properties"]["sessionToken"]["x-secret"] is True


# -- every revision's secrets, marked ------------------------------------------------------------


def test_the_walk_finds_the_known_secrets() -> None:
    """The walk itself is not blind: the credentials the client sends and the tokens it reads."""
    found = {(schema, name) for schema, _, name in secret_fields(load(REVISIONS[-1]))}
    assert {
        ("LinuxCredentialsSpec", "password"),
        ("LinuxCredentialsSpec", "privateKey"),
        ("LinuxCredentialsSpec", "passphrase"),
        ("LinuxCredentialsSpec", "rootPassword"),
        ("StandardCredentialsSpec", "password"),
        ("TokenModel", "access_token"),
        ("TokenModel", "refresh_token"),
        ("TokenLoginSpec", "code"),
    } <= found
    assert not {("TokenModel", "token_type"), ("TokenModel", "expires_in")} & found


def test_every_secret_of_every_revision_is_marked_in_the_document(facts: dict[str, Any], spec: dict[str, Any]) -> None:
    fields = in_document(secret_fields(facts), spec)
    assert fields
    schemas = spec["components"]["schemas"]
    unmarked = [field for field in fields if _at(schemas[field[0]], field[1])["properties"][field[2]].get("x-secret")
                is not True]  # fmt: skip
    assert unmarked == []


def test_the_document_marks_nothing_else(spec: dict[str, Any]) -> None:
    """Every mark comes from the rule (or a declared exception) applied to some revision."""
    expected = {(schema, name) for revision in REVISIONS for schema, _, name in secret_fields(load(revision))}
    marked = {
        (schema_name, name)
        for schema_name, schema in spec["components"]["schemas"].items()
        for _, holder in _holders(schema, ())
        for name, prop in holder["properties"].items()
        if prop.get("x-secret")
    }
    assert marked == {field for field in expected if field[0] in spec["components"]["schemas"]}


# -- ... and hidden --------------------------------------------------------------------------


def model_with(fields: list[Field]) -> Any:
    """An instance of the generated model of the fields' schema: the secrets hold canaries, every
    other attribute a visible value, and `additional_properties` the secrets again (what an unknown
    kind read as its family's base keeps), nested in a dict and a list."""
    schema = fields[0][0]
    for _, path, name in fields:  # a nested inline object would be a model of its own
        assert all(key == "allOf" or isinstance(key, int) for key in path), (schema, path, name)
    model = getattr(models, ClassName(schema, "field_"))
    secrets = {str(PythonIdentifier(name, "field_")): canary(field) for field in fields for name in [field[2]]}
    attributes = [field.name for field in attrs.fields(model) if field.name != "additional_properties"]
    assert set(secrets) <= set(attributes), (schema, secrets, attributes)
    instance = model(**{name: secrets.get(name, f"visible-{name}") for name in attributes})
    unknown = {name: canary(field) for field in fields for name in [field[2]]}
    instance.additional_properties = {**unknown, "nested": {"list": [unknown]}, "visible": "visible-extra"}
    return instance


def by_schema(fields: dict[Field, dict[str, Any]]) -> dict[str, list[Field]]:
    grouped: dict[str, list[Field]] = {}
    for field in fields:
        grouped.setdefault(field[0], []).append(field)
    return grouped


def test_every_secret_is_hidden_in_its_models_repr_and_str(facts: dict[str, Any], spec: dict[str, Any]) -> None:
    """Also when the model sits inside another model or a list, and in what it keeps unknown."""
    for fields in by_schema(in_document(secret_fields(facts), spec)).values():
        instance = model_with(fields)
        holder = models.EmptySuccessResponse(additional_properties={"items": [instance]})
        for text in (repr(instance), str(instance), repr([instance]), repr(holder), str({"x": instance})):
            assert "CANARY" not in text, text
            assert "visible-" in text and text.count("<redacted>") >= 3 * len(fields), text


def test_secrets_inside_a_typed_model_tree_are_hidden() -> None:
    """A protection group spec holds credentials in a list of computers: its repr shows none."""
    credentials = LinuxCredentialsSpec(
        username="root",
        authentication_type=EAuthenticationType.PASSWORD,
        password="CANARY-pw",
        private_key="CANARY-key",
        passphrase="CANARY-phrase",
        root_password="CANARY-root",
    )
    computer = IndividualComputerContainerModel(
        host_name="lnx01",
        connection_type=EIndividualComputerConnectionType.SINGLEUSECREDENTIALS,
        single_use_credentials=credentials,
    )
    group = IndividualComputersProtectionGroupSpec(name="g", description="", computers=[computer, computer])
    for text in (repr(group), str(group), repr(group.computers)):
        assert "CANARY" not in text and text.count("<redacted>") == 8 and "lnx01" in text, text


def test_a_group_of_an_unknown_kind_keeps_its_credentials_hidden() -> None:
    """A protection group of a kind this revision does not list reads as the base model, its
    computers (with their credentials) kept as sent in `additional_properties`: repr hides them."""
    group = models.ProtectionGroupModel.from_dict(
        {
            "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
            "name": "next",
            "description": "",
            "type": "KindOfTheNextRevision",
            "computers": [{"hostName": "lnx01", "singleUseCredentials": {"type": "Linux", "rootPassword": "CANARY"}}],
        }
    )
    assert type(group) is models.ProtectionGroupModel and group.additional_properties["computers"]
    for text in (repr(group), str(group), repr([group])):
        assert "CANARY" not in text and "<redacted>" in text and "lnx01" in text, text


def test_a_value_too_deep_to_walk_is_not_shown_rather_than_failing() -> None:
    """Hiding secrets walks what a model keeps; a hostile nesting deeper than Python's recursion
    limit is left out of the repr instead of raising RecursionError from repr or str."""
    deep: list[Any] = ["CANARY"]
    for _ in range(sys.getrecursionlimit() * 2):
        deep = [deep]
    session = models.EmptySuccessResponse(additional_properties={"password": "CANARY", "deep": deep})
    text = repr(session)
    assert "nested too deep to show" in text and "CANARY" not in text


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (models.TokenModel, {"access_token": 1234567, "token_type": "bearer", "refresh_token": "r", "expires_in": 1}),
        (
            models.IndividualComputerContainerModel,
            {
                "hostName": "h",
                "connectionType": "SingleUseCredentials",
                "singleUseCredentials": [{"password": "CANARY"}],
            },
        ),
    ],
)
def test_a_field_that_does_not_read_shows_no_secret(model: Any, body: dict[str, Any]) -> None:
    """The error naming a field that does not read shows its value, but not a secret field's, nor
    a secret inside the object or list it was (str and repr)."""
    with pytest.raises(ResponseFieldError) as caught:
        model.from_dict(body)
    for text in (str(caught.value), repr(caught.value)):
        assert "<redacted>" in text and "CANARY" not in text and "1234567" not in text, text


def everything_said(error: BaseException) -> str:
    """Whatever a caller could print or log about an error: str, repr, fields, traceback."""
    fields = " ".join(repr(value) for value in vars(error).values())
    return f"{error} {error!r} {fields} {''.join(traceback.format_exception(error))}"


def echoes(field: Field) -> list[bytes]:
    """Error bodies that quote a request holding the field: as JSON at depth, as JSON text inside
    the message, cut short (not JSON at all), and as a form."""
    value = canary(field)
    name = field[2]
    quoted = json.dumps({"spec": {"items": [{name: value, "name": "visible"}]}})
    return [
        json.dumps({"errorCode": "UnexpectedContent", "message": "bad spec", "request": json.loads(quoted)}).encode(),
        json.dumps({"errorCode": "UnexpectedContent", "message": f"Invalid body: {quoted}"}).encode(),
        quoted.encode()[: quoted.index(value) + len(value) // 2],
        f"grant_type=x&{name}={value}&username=visible".encode(),
    ]


def test_every_secret_is_redacted_from_error_bodies(facts: dict[str, Any], spec: dict[str, Any]) -> None:
    request = httpx.Request("POST", "https://vbr.example.test:9419/api/v1/agents/protectionGroups")
    for field in in_document(secret_fields(facts), spec):
        for body in echoes(field):
            error = api_error(httpx.Response(400, content=body, request=request))
            assert isinstance(error, BadRequestError)
            said = everything_said(error)
            assert "CANARY" not in said, (field, said)
            assert "<redacted>" in error.body, (field, error.body)


# -- end to end: a 400 that echoes the request, over a socket --------------------------------------

ECHOED = {"password": "CANARY-pw", "private_key": "CANARY-key", "passphrase": "CANARY-ph", "root_password": "CANARY-rt"}


def echoing(fake: FakeVBR, answer: Callable[[bytes], Response]) -> Callable[..., Awaitable[None]]:
    """The fake VBR, except that creating a protection group answers `answer(request body)`."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"].endswith("/protectionGroups"):
            body = await Request(scope, receive).body()
            await answer(body)(scope, receive, send)
        else:
            await fake.app(scope, receive, send)

    return app


ANSWERS: dict[str, Callable[[bytes], Response]] = {
    "json": lambda body: JSONResponse(
        {"errorCode": "UnexpectedContent", "message": "bad spec", "request": json.loads(body)}, 400
    ),
    "message": lambda body: JSONResponse(
        {"errorCode": "UnexpectedContent", "message": f"Cannot create group from {body.decode()}"}, 400
    ),
    "text": lambda body: PlainTextResponse(f"Bad Request: {body.decode()[:-20]}", 400),
}


@pytest.mark.parametrize("answer", sorted(ANSWERS))
async def test_a_400_echoing_credentials_shows_none_of_them(answer: str, caplog: pytest.LogCaptureFixture) -> None:
    """Linux credentials with a password, a private key, its passphrase and a root password go to
    a server that quotes the request in its 400: no secret in the error or any log line (every
    logger at DEBUG, the library's own included)."""
    caplog.set_level(logging.DEBUG)
    fake = FakeVBR(revisions=[REVISIONS[-1]])
    credentials = LinuxCredentialsSpec(username="root", authentication_type=EAuthenticationType.PASSWORD, **ECHOED)
    group = IndividualComputersProtectionGroupSpec(
        name="echo",
        description="",
        computers=[
            IndividualComputerContainerModel(
                host_name="lnx01",
                connection_type=EIndividualComputerConnectionType.SINGLEUSECREDENTIALS,
                single_use_credentials=credentials,
            )
        ],
    )
    with serve(echoing(fake, ANSWERS[answer]), tls=True) as server:
        async with VeeamAgentsClient(
            server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=server.verify
        ) as vbr:
            with pytest.raises(BadRequestError) as caught:
                await vbr.protection_groups.create(group)
    said = everything_said(caught.value)
    assert "lnx01" in caught.value.body  # the echo arrived: what is not secret stays readable
    assert "<redacted>" in caught.value.body
    logged = caplog.text + " ".join(record.getMessage() for record in caplog.records)
    assert "protectionGroups" in logged  # the failing call was logged
    for text in (said, logged):
        assert "CANARY" not in text, text


# Login and call answers that carry secrets ------------------------------------------------------------------------


def test_secret_fields_come_from_the_document(spec: dict[str, Any]) -> None:
    marked = {
        name: {
            field
            for part in [model, *model.get("allOf", [])]
            for field, schema in part.get("properties", {}).items()
            if schema.get("x-secret") is True
        }
        for name, model in spec["components"]["schemas"].items()
    }
    assert {name: frozenset(fields) for name, fields in marked.items() if fields} == SECRET_FIELDS
    assert {"access_token", "refresh_token"} <= SECRET_FIELDS["TokenModel"]
    assert "recoveryToken" in SECRET_FIELDS["ComputerRecoveryTokenModel"]
    assert "password" in SECRET_FIELDS["TokenLoginSpec"]


@pytest.mark.parametrize(
    "body",
    [
        {"access_token": 12345, "refresh_token": "refresh-SECRET-1", "expires_in": 900},  # no usable access token
        {"token_type": "bearer", "refresh_token": "refresh-SECRET-1", "expires_in": "soon"},
        b'{"access_token": "bad\\r\\ntoken SECRET-1", "refresh_token": "refresh-SECRET-1"}',  # not header-safe
        b'{"refresh_token": "refresh-SECRET-1", "access_tok',  # cut short: not JSON at all
    ],
)
async def test_unusable_token_answer_never_shows_the_tokens(stub, make_client, body) -> None:
    stub.answer_logins_with(body)
    vbr = make_client()
    with pytest.raises(UnexpectedResponseError) as caught:
        await vbr.login()
    await vbr.aclose()
    said = everything_said(caught.value)
    assert "SECRET-1" not in said
    assert "<redacted>" in caught.value.body


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({**SEED_TOKEN, "recoveryToken": "rt-SECRET-2", "expirationDate": "not a date"}).encode(),
        json.dumps({**SEED_TOKEN, "recoveryToken": "rt-SECRET-2"}).encode()[:-30],  # cut short
        json.dumps({"data": [{**SEED_TOKEN, "recoveryToken": "rt-SECRET-2", "id": "x"}], "pagination": {}}).encode(),
    ],
)
async def test_recovery_token_body_that_does_not_parse_never_shows_the_token(stub, make_client, body) -> None:
    stub.route("GET", TOKEN_PATH, (200, body))
    async with make_client() as vbr:
        with pytest.raises(UnexpectedResponseError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert "rt-SECRET-2" not in everything_said(caught.value)
    assert "<redacted>" in caught.value.body


async def test_error_body_echoing_a_secret_is_redacted(stub, make_client) -> None:
    stub.route("GET", TOKEN_PATH, (500, {"errorCode": "UnknownError", "message": "x", "recoveryToken": "rt-SECRET-3"}))
    async with make_client(max_retries=0) as vbr:
        with pytest.raises(ApiError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert "rt-SECRET-3" not in everything_said(caught.value)


def test_access_token_a_header_cannot_carry_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValueError, match="access_token") as caught:
        VeeamAgentsClient(BASE_URL, access_token="abc\r\nSECRET-4", transport=httpx.MockTransport(VBRStub()))
    assert "SECRET-4" not in str(caught.value)
