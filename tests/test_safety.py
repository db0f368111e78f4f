"""Secrets stay out of repr, errors and logs; transport safety (plain HTTP, TLS checks, where the token goes)."""

from __future__ import annotations

import logging
import re
import warnings

import attrs
import httpx
import pytest
from conftest import BASE_URL, TOKEN_ID, VBRStub
from seeds import SEED_TOKEN

from veeam_agents_client import InsecureTLSWarning, VeeamAgentsClient, VeeamError, models
from veeam_agents_client.api import API_VERSION, SECRET_FIELDS


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
