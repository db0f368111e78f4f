"""Bad arguments fail before any request; secrets stay out of repr, errors and logs; transport safety."""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
import warnings
from typing import Any

import attrs
import httpx
import pytest
from conftest import BASE_URL, GROUP_ID, TOKEN_ID, VBRStub
from seeds import SEED_TOKEN

from veeam_agents_client import InsecureTLSWarning, VeeamAgentsClient, VeeamError, models
from veeam_agents_client.api import API_VERSION, SECRET_FIELDS

AWARE = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
NAIVE = dt.datetime(2030, 1, 1)

BAD_CALLS: list[tuple[str, str, tuple[Any, ...], dict[str, Any], type[Exception], str]] = [
    ("recovery_tokens", "get", ("not-a-uuid",), {}, ValueError, "id"),
    ("recovery_tokens", "get", (42,), {}, TypeError, "id"),
    ("recovery_tokens", "delete", (None,), {}, TypeError, "id"),
    ("recovery_tokens", "create", (), {"backup_ids": [uuid.uuid4()], "expiration_date": NAIVE}, ValueError,
     "expiration_date"),
    ("recovery_tokens", "create", (), {"backup_ids": [], "expiration_date": AWARE}, ValueError, "backup_ids"),
    ("recovery_tokens", "create", (), {"backup_ids": "abc", "expiration_date": AWARE}, TypeError, "backup_ids"),
    ("recovery_tokens", "create", (), {"backup_ids": ["x"], "expiration_date": AWARE}, ValueError, "backup_ids[0]"),
    ("recovery_tokens", "create", (), {"backup_ids": [uuid.uuid4()], "expiration_date": "2030-01-01"}, TypeError,
     "expiration_date"),
    ("recovery_tokens", "update", (TOKEN_ID,), {"name": 5, "expiration_date": AWARE}, TypeError, "name"),
    ("recovery_tokens", "list", (), {"limit": -1}, ValueError, "limit"),
    ("recovery_tokens", "list", (), {"limit": 0}, ValueError, "limit"),
    ("recovery_tokens", "list", (), {"limit": 2**40}, ValueError, "limit"),
    ("recovery_tokens", "list", (), {"skip": -5}, ValueError, "skip"),
    ("recovery_tokens", "list", (), {"skip": 1.5}, TypeError, "skip"),
    ("recovery_tokens", "list", (), {"limit": True}, TypeError, "limit"),
    ("recovery_tokens", "list", (), {"order_column": "Size"}, ValueError, "order_column"),
    ("recovery_tokens", "list", (), {"order_asc": "yes"}, TypeError, "order_asc"),
    ("recovery_tokens", "list", (), {"name_filter": 7}, TypeError, "name_filter"),
    ("protected_computers", "list", (), {"type_filter": "Windows"}, ValueError, "type_filter"),
    ("discovered_entities", "list", ("nope",), {}, ValueError, "protection_group_id"),
    ("discovered_entities", "list", (GROUP_ID,), {"state_filter": "Sleeping"}, ValueError, "state_filter"),
    ("discovered_entities", "list", (GROUP_ID,), {"agent_status_filter": "Gone"}, ValueError,
     "agent_status_filter"),
    ("discovered_entities", "list", (GROUP_ID,), {"driver_status_filter": 1}, TypeError, "driver_status_filter"),
    ("discovered_entities", "get", (GROUP_ID, "x"), {}, ValueError, "entity_id"),
    ("discovered_entities", "install_agent", (GROUP_ID, []), {}, ValueError, "entity_ids"),
    ("discovered_entities", "rescan", (GROUP_ID, TOKEN_ID), {}, TypeError, "entity_ids"),
    ("discovered_entities", "uninstall_agent", (GROUP_ID, ["bad"]), {}, ValueError, "entity_ids[0]"),
    ("agent_packages", "list_linux", (), {"order_column": "Version"}, ValueError, "order_column"),
    ("agent_packages", "list_unix", (), {"limit": "10"}, TypeError, "limit"),
    ("sessions", "get", ("12",), {}, ValueError, "id"),
    ("sessions", "wait", (TOKEN_ID,), {"timeout": -1}, ValueError, "timeout"),
]  # fmt: skip

BAD_ITERATORS = [
    ("recovery_tokens", "iterate", (), {"page_size": 0}, ValueError, "page_size"),
    ("recovery_tokens", "pages", (), {"concurrency": 0}, ValueError, "concurrency"),
    ("discovered_entities", "iterate", ("x",), {}, ValueError, "protection_group_id"),
    ("agent_packages", "iterate_linux", (), {"order_asc": 1}, TypeError, "order_asc"),
]


@pytest.mark.parametrize(("resource", "method", "args", "kwargs", "error", "argument"), BAD_CALLS)
async def test_bad_arguments_fail_before_any_request(
    stub, make_client, resource, method, args, kwargs, error, argument
) -> None:
    async with make_client() as vbr:
        with pytest.raises(error) as caught, warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            await getattr(getattr(vbr, resource), method)(*args, **kwargs)
    assert argument in str(caught.value)
    assert stub.api_requests() == []


@pytest.mark.parametrize(("resource", "method", "args", "kwargs", "error", "argument"), BAD_ITERATORS)
async def test_bad_iterator_arguments_fail_when_the_iterator_is_made(
    stub, make_client, resource, method, args, kwargs, error, argument
) -> None:
    async with make_client() as vbr:
        with pytest.raises(error, match=argument):
            getattr(getattr(vbr, resource), method)(*args, **kwargs)
    assert stub.api_requests() == []


@pytest.mark.parametrize(
    ("kwargs", "error", "argument"),
    [
        ({"username": "admin"}, ValueError, "password"),
        ({}, ValueError, "access_token"),
        ({"username": "admin", "password": 1234}, TypeError, "password"),
        ({"access_token": ""}, ValueError, "access_token"),
        ({"access_token": "t", "page_size": 0}, ValueError, "page_size"),
        ({"access_token": "t", "max_retries": -1}, ValueError, "max_retries"),
        ({"access_token": "t", "verify": 3}, TypeError, "verify"),
        ({"access_token": "t", "verify": "/no/such/ca.pem"}, ValueError, "verify"),
        ({"access_token": "t", "transport": object()}, TypeError, "transport"),
        ({"access_token": "t", "http_client": object()}, TypeError, "http_client"),
        ({"access_token": "t", "base_url": "vbr.example.com"}, ValueError, "base_url"),
        ({"access_token": "t", "base_url": "http://vbr.example.com:9419"}, ValueError, "base_url"),
        ({"access_token": "t", "base_url": 9419}, TypeError, "base_url"),
    ],
)
def test_constructor_checks_its_arguments(kwargs, error, argument) -> None:
    with pytest.raises(error, match=argument):
        VeeamAgentsClient(kwargs.pop("base_url", BASE_URL), **kwargs)


def test_plain_http_allowed_for_loopback_or_when_asked() -> None:
    VeeamAgentsClient("http://127.0.0.1:9419", access_token="t")
    VeeamAgentsClient("http://localhost:9419", access_token="t")
    VeeamAgentsClient("http://[::1]:9419", access_token="t")
    VeeamAgentsClient("http://vbr.lab:9419", access_token="t", allow_insecure_http=True)


def test_verify_false_warns_once_and_leaves_filters_alone() -> None:
    filters_before = list(warnings.filters)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        VeeamAgentsClient(BASE_URL, access_token="t", verify=False)
    assert [w.category for w in caught] == [InsecureTLSWarning]
    assert caught[0].filename == __file__  # points at the caller's line
    assert warnings.filters == filters_before


async def test_token_goes_only_to_the_api_host(stub, make_client) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host != "vbr.example.test":
            seen.append(request)
            return httpx.Response(200, json={})
        return stub(request)

    async with make_client(transport=httpx.MockTransport(handler)) as vbr:
        await vbr.raw.get_async_httpx_client().get("https://elsewhere.example.test/collect")
        await vbr.raw.get_async_httpx_client().get("http://vbr.example.test:9419/plain-scheme")
    assert len(seen) == 1 and "authorization" not in seen[0].headers


async def test_caller_owned_http_client_is_used_and_left_open(stub) -> None:
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    async with httpx.AsyncClient(transport=httpx.MockTransport(stub), headers={"x-trace": "abc"}) as mine:
        async with VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, http_client=mine) as vbr:
            await vbr.recovery_tokens.get(TOKEN_ID)
        assert not mine.is_closed
        request = stub.api_requests()[0]
        assert request.headers["authorization"].startswith("Bearer ")
        assert request.headers["x-api-version"] == API_VERSION
        assert request.headers["x-trace"] == "abc"  # the caller's own defaults still apply


async def test_secrets_never_show(caplog) -> None:
    stub = VBRStub(password="Pa55-w0rd-visible?")
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    stub.route("GET", f"/api/v1/sessions/{TOKEN_ID}", (500, {"errorCode": "UnknownError", "message": "boom"}))
    texts: list[str] = []
    caplog.set_level(logging.DEBUG)
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub))
    async with vbr:
        stub.expires_in = 900
        await vbr.recovery_tokens.get(TOKEN_ID)
        stub.revoke_all()  # forces a 401, a refresh and a replay
        await vbr.recovery_tokens.get(TOKEN_ID)
        with pytest.raises(VeeamError) as server_error:
            await vbr.sessions.get(TOKEN_ID)
        texts += [repr(vbr), str(vbr), repr(vbr._tokens), repr(server_error.value), str(server_error.value)]
    refused = VeeamAgentsClient(BASE_URL, username="admin", password="wrong-Pa55", transport=httpx.MockTransport(stub))
    with pytest.raises(VeeamError) as login_error:
        await refused.login()
    texts += [repr(login_error.value), str(login_error.value), repr(refused)]
    texts += [record.getMessage() for record in caplog.records]
    secrets = [stub.password, "wrong-Pa55", *stub.valid_refresh, *[f"access-{i}-tok" for i in range(1, 5)]]
    secrets += [f"refresh-{i}-tok" for i in range(1, 5)]
    assert len(stub.token_requests) == 3
    assert any("401" in text for text in texts) and any("logged in" in text for text in texts)
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text)


@pytest.mark.parametrize("model_name", sorted(SECRET_FIELDS))
def test_models_hide_their_secrets_in_repr(model_name: str) -> None:
    """Every model with an `x-secret` property (tokens, the login form, a recovery token) shows its
    other fields but never a secret's value, in repr and str (what logs and tracebacks use)."""
    model = getattr(models, model_name)
    attributes = [field.name for field in attrs.fields(model) if field.name != "additional_properties"]
    secret = {re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower() for name in SECRET_FIELDS[model_name]}
    assert secret <= set(attributes), (secret, attributes)
    instance = model(**{name: f"s3cr3t-{name}" if name in secret else f"visible-{name}" for name in attributes})
    for text in (repr(instance), str(instance)):
        assert "s3cr3t" not in text, text
        assert text.count("<redacted>") == len(secret)
        assert all(f"visible-{name}" in text for name in attributes if name not in secret), text
