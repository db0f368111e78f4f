"""Secrets never show in an error or a log line: error bodies that quote a request, a 400 over a socket
that echoes credentials, login and call answers that do not parse, an access token a header cannot carry."""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from conftest import BASE_URL, REVISIONS, TOKEN_ID, VBRStub
from secret_helpers import Field, canary, in_document, secret_fields
from seeds import SEED_TOKEN
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from veeam_agents_client import ApiError, BadRequestError, UnexpectedResponseError, VeeamAgentsClient
from veeam_agents_client._errors import api_error
from veeam_agents_client.models import (
    EAuthenticationType,
    EIndividualComputerConnectionType,
    IndividualComputerContainerModel,
    IndividualComputersProtectionGroupSpec,
    LinuxCredentialsSpec,
)
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR
from veeam_agents_client.testing._server import serve

TOKEN_PATH = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"


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
