"""What is retried, how often, and what never is."""

from __future__ import annotations

import httpx
import pytest
from conftest import BASE_URL, GROUP_ID, TOKEN_ID, error_body
from seeds import SEED_SESSION, SEED_TOKEN

from veeam_agents_client import ApiConnectionError, ApiError, RetryPolicy, VeeamAgentsClient
from veeam_agents_client._errors import parse_retry_after

TOKEN_PATH = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"
INSTALL = f"/api/v1/agents/protectionGroups/{GROUP_ID}/discoveredEntities/installAgent"


def flaky(failures: list[httpx.Response | type[Exception]], success: httpx.Response):
    """Fail with each of `failures` in turn, then succeed; counts calls in `.calls`."""

    def handler(request: httpx.Request) -> httpx.Response:
        handler.calls += 1
        if failures:
            failure = failures.pop(0)
            if isinstance(failure, httpx.Response):
                return failure
            raise failure("injected", request=request)
        return success

    handler.calls = 0
    return handler


@pytest.mark.parametrize("status", [429, 502, 503, 504])
async def test_idempotent_get_retries_retryable_statuses(stub, make_client, status) -> None:
    handler = flaky([httpx.Response(status, headers={"Retry-After": "0"})] * 2, httpx.Response(200, json=SEED_TOKEN))
    stub.route("GET", TOKEN_PATH, handler)
    async with make_client(max_retries=2) as vbr:
        assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
    assert handler.calls == 3


async def test_retries_give_up_after_max_retries(stub, make_client) -> None:
    handler = flaky([httpx.Response(503, headers={"Retry-After": "0"})] * 5, httpx.Response(200, json=SEED_TOKEN))
    stub.route("GET", TOKEN_PATH, handler)
    async with make_client(max_retries=1) as vbr:
        with pytest.raises(ApiError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert caught.value.status_code == 503 and caught.value.retry_after == 0
    assert handler.calls == 2


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout])
async def test_idempotent_requests_retry_transport_errors(stub, make_client, error) -> None:
    handler = flaky([error], httpx.Response(204))
    stub.route("DELETE", TOKEN_PATH, handler)
    async with make_client() as vbr:
        await vbr.recovery_tokens.delete(TOKEN_ID)
    assert handler.calls == 2


@pytest.mark.parametrize(
    "failure", [httpx.Response(503, headers={"Retry-After": "0"}), httpx.ReadTimeout, httpx.RemoteProtocolError]
)
async def test_post_actions_are_not_retried_once_sent(stub, make_client, failure) -> None:
    handler = flaky([failure], httpx.Response(200, json=SEED_SESSION))
    stub.route("POST", INSTALL, handler)
    async with make_client() as vbr:
        with pytest.raises((ApiError, ApiConnectionError)):
            await vbr.discovered_entities.install_agent(GROUP_ID, [TOKEN_ID])
    assert handler.calls == 1


async def test_post_is_retried_when_the_connection_never_opened(stub, make_client) -> None:
    handler = flaky([httpx.ConnectError], httpx.Response(200, json=SEED_SESSION))
    stub.route("POST", INSTALL, handler)
    async with make_client() as vbr:
        session = await vbr.discovered_entities.install_agent(GROUP_ID, [TOKEN_ID])
    assert session.name == "string" and handler.calls == 2


def test_policy_is_a_small_callable() -> None:
    policy = RetryPolicy(max_retries=3, backoff=1.0, max_backoff=4.0, max_retry_after=10.0)
    assert policy("GET", 1, status_code=200) is None
    assert policy("GET", 1, status_code=404) is None
    assert policy("POST", 1, status_code=503) is None
    assert policy("GET", 4, status_code=503) is None  # past max_retries
    assert policy("PUT", 1, status_code=503, retry_after="3") == 3.0
    assert policy("GET", 1, status_code=429, retry_after="3600") == 10.0  # capped
    assert 0 <= policy("GET", 3, status_code=502) <= 4.0  # full jitter, capped backoff
    assert policy("POST", 1, error=httpx.ConnectError("x")) is not None
    assert policy("POST", 1, error=httpx.ConnectTimeout("x")) is None  # a timeout: never for POST
    assert policy("GET", 1, error=httpx.ReadTimeout("x")) is not None


class _BreaksMidBody(httpx.AsyncByteStream):
    async def __aiter__(self):
        yield b'{"id": "497f6eca'
        raise httpx.ReadError("connection reset mid-body")


async def test_connection_dropped_mid_body_is_retried_for_gets(stub, make_client) -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return httpx.Response(200, stream=_BreaksMidBody())
        return httpx.Response(200, json=SEED_TOKEN)

    stub.route("GET", TOKEN_PATH, handler)
    async with make_client() as vbr:
        assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
    assert calls["n"] == 2


async def test_connection_dropped_mid_body_is_not_retried_for_posts(stub, make_client) -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(200, stream=_BreaksMidBody())

    stub.route("POST", INSTALL, handler)
    async with make_client() as vbr:
        with pytest.raises(ApiConnectionError) as caught:
            await vbr.discovered_entities.install_agent(GROUP_ID, [TOKEN_ID])
    assert isinstance(caught.value.__cause__, httpx.ReadError)
    assert calls["n"] == 1


async def test_the_client_takes_a_retry_policy_of_its_own(stub) -> None:
    """A policy with its own budget and backoff; the transport asks it, nothing else decides."""
    asked: list[tuple[str, int, int | None]] = []

    class Counting(RetryPolicy):
        def __call__(self, method: str, attempt: int, **answer: object) -> float | None:  # type: ignore[override]
            asked.append((method, attempt, answer.get("status_code")))  # type: ignore[arg-type]
            return super().__call__(method, attempt, **answer)  # type: ignore[arg-type]

    stub.route("GET", TOKEN_PATH, flaky([httpx.Response(503)] * 3, httpx.Response(200, json=SEED_TOKEN)))
    policy = Counting(max_retries=3, backoff=0.0)
    async with VeeamAgentsClient(
        BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub), retry_policy=policy
    ) as vbr:
        assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
    assert [call for call in asked if call[0] == "GET"] == [("GET", n, 503) for n in (1, 2, 3)] + [("GET", 4, 200)]


# Retry-After beyond any date, and the budget across a 401 replay --------------------------------------------------


@pytest.mark.parametrize("value", ["Mon, 01 Jan 99999999999 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 -2359", "1e400"])
async def test_out_of_range_retry_after_is_typed(stub, make_client, value) -> None:
    parse_retry_after(value)  # no OverflowError, whatever the date
    stub.route("GET", TOKEN_PATH, lambda request: httpx.Response(503, headers={"Retry-After": value}))
    async with make_client(max_retries=1) as vbr:
        vbr._transport._policy = type(vbr._transport._policy)(max_retries=1, max_retry_after=0.01)
        with pytest.raises(ApiError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert caught.value.status_code == 503


async def test_one_call_sends_at_most_max_retries_plus_two_requests(stub, make_client) -> None:
    answers = iter([503, 503, 401])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(answers, 503)
        return httpx.Response(status, headers={"Retry-After": "0"}, json=error_body("X", "x"))

    stub.route("GET", TOKEN_PATH, handler)
    async with make_client(max_retries=2) as vbr:
        with pytest.raises(ApiError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert caught.value.status_code == 503
    assert len(stub.api_requests()) == 4  # first, two retries (the last one got the 401), one replay
