"""Login, refresh, replay after 401, logout and the version header."""

from __future__ import annotations

import asyncio
import traceback

import httpx
import pytest
from conftest import BASE_URL, PASSWORD, REFRESH, TOKEN_ID, VBRStub, error_body
from seeds import SEED_TOKEN

from veeam_agents_client import (
    ApiError,
    AuthenticationError,
    InternalServerError,
    UnauthorizedError,
    UnexpectedResponseError,
    VeeamAgentsClient,
    VeeamError,
)

TOKEN_PATH = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"


def grants(stub: VBRStub) -> list[str]:
    return [form["grant_type"] for form in stub.token_requests]


async def test_login_on_enter_and_logout_on_exit(stub, make_client) -> None:
    async with make_client():
        assert grants(stub) == [PASSWORD]
        assert stub.token_requests[0]["username"] == "admin"
    assert stub.logouts == 1
    assert not stub.valid_access


async def test_single_flight_refresh_under_50_concurrent_calls(stub, make_client) -> None:
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    stub.expires_in = 0  # the first token is already stale when it arrives
    async with make_client() as vbr:
        stub.expires_in = 900
        results = await asyncio.gather(*(vbr.recovery_tokens.get(TOKEN_ID) for _ in range(50)))
    assert len(results) == 50
    assert grants(stub) == [PASSWORD, REFRESH]  # exactly one token request for all 50


async def test_refresh_refused_falls_back_to_one_password_login(stub, make_client) -> None:
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    stub.expires_in = 0
    async with make_client() as vbr:
        stub.expires_in = 900
        stub.refuse_refresh = True
        await vbr.recovery_tokens.get(TOKEN_ID)
        await vbr.recovery_tokens.get(TOKEN_ID)
    assert grants(stub) == [PASSWORD, REFRESH, PASSWORD]


async def test_refused_password_login_is_never_retried(stub, make_client) -> None:
    vbr = make_client(password="wrong-password")
    for _ in range(3):
        with pytest.raises(AuthenticationError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    await vbr.aclose()
    assert isinstance(caught.value, UnauthorizedError)
    assert caught.value.error_code == "AccessDenied"
    assert grants(stub) == [PASSWORD]  # one attempt, whatever the caller does next
    assert stub.api_requests() == []


async def test_revoked_token_reauthenticates_once_and_replays(stub, make_client) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(200, json=SEED_TOKEN)

    stub.route("GET", TOKEN_PATH, handler)
    async with make_client() as vbr:
        stub.revoke_all()
        token = await vbr.recovery_tokens.get(TOKEN_ID)
    assert token.name == "string"
    assert calls == 1  # the 401 reached no handler; the replay did
    assert grants(stub) == [PASSWORD, REFRESH]


async def test_empty_401_body_is_handled_like_any_401(stub, make_client) -> None:
    real = stub.__call__
    empty_once = {"left": 1}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH and empty_once["left"]:
            empty_once["left"] -= 1
            stub.requests.append(request)
            return httpx.Response(401)
        return real(request)

    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    async with make_client(transport=httpx.MockTransport(handler)) as vbr:
        assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
    assert len([r for r in stub.requests if r.url.path == TOKEN_PATH]) == 2


async def test_ready_tokens_replace_the_password(stub) -> None:
    stub.valid_access.add("held-access")
    stub.valid_refresh.add("held-refresh")
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    vbr = VeeamAgentsClient(
        BASE_URL, access_token="held-access", refresh_token="held-refresh", transport=httpx.MockTransport(stub)
    )
    async with vbr:
        await vbr.recovery_tokens.get(TOKEN_ID)
        assert stub.token_requests == []
        stub.revoke_all()
        await vbr.recovery_tokens.get(TOKEN_ID)  # 401 -> refresh grant with the held refresh token
    assert grants(stub) == [REFRESH]
    assert stub.token_requests[0]["refresh_token"] == "held-refresh"


async def test_refresh_token_alone_logs_in_with_the_refresh_grant(stub) -> None:
    stub.valid_refresh.add("held-refresh")
    async with VeeamAgentsClient(BASE_URL, refresh_token="held-refresh", transport=httpx.MockTransport(stub)):
        pass
    assert grants(stub) == [REFRESH]


async def test_version_header_on_every_request(stub, make_client) -> None:
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    async with make_client(api_version="9.9-rev9") as vbr:
        await vbr.recovery_tokens.get(TOKEN_ID)
    paths = [r.url.path for r in stub.requests]
    assert paths == ["/api/oauth2/token", TOKEN_PATH, "/api/oauth2/logout"]
    assert {r.headers["x-api-version"] for r in stub.requests} == {"9.9-rev9"}


async def test_logout_can_be_turned_off(stub, make_client) -> None:
    async with make_client(logout_on_close=False):
        pass
    assert stub.logouts == 0


async def test_cancelled_refresh_leaves_the_client_usable(stub) -> None:
    gate = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/oauth2/token" and len(stub.token_requests) == 1:
            await gate.wait()  # the refresh hangs until released
        return stub(request)

    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    stub.expires_in = 0
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(handler))
    await vbr.login()
    stub.expires_in = 900
    first = asyncio.ensure_future(vbr.recovery_tokens.get(TOKEN_ID))
    await asyncio.sleep(0.01)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    gate.set()
    token = await vbr.recovery_tokens.get(TOKEN_ID)  # reuses the refresh that was in flight
    await vbr.aclose()
    assert token.name == "string"
    assert grants(stub) == [PASSWORD, REFRESH]


async def test_cancelled_request_leaves_the_client_usable(stub, make_client) -> None:
    gate = asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        await gate.wait()
        return httpx.Response(200, json=SEED_TOKEN)

    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    stub.route("GET", "/api/v1/agents/recoveryTokens/00000000-0000-0000-0000-000000000001", slow)  # type: ignore[arg-type]
    async with make_client() as vbr:
        hung = asyncio.ensure_future(vbr.recovery_tokens.get("00000000-0000-0000-0000-000000000001"))
        await asyncio.sleep(0.01)
        hung.cancel()
        with pytest.raises(asyncio.CancelledError):
            await hung
        assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"


async def test_a_failed_refresh_is_not_handed_to_the_next_caller(stub, make_client) -> None:
    """A caller that runs right after a refresh failed, before the loop cleared it, must start a new one.

    It used to get the finished refresh's error: awaiting a finished task does not yield, so a caller
    that retried on errors failed on and on without ever sending a request (20,000 calls in the soak).
    """
    gate, refreshing = asyncio.Event(), asyncio.Event()
    failing = {"next": False}

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/oauth2/token" and failing["next"]:
            failing["next"] = False
            refreshing.set()
            await gate.wait()
            return httpx.Response(500, json={"errorCode": "UnknownError", "message": "token service down"})
        return stub(request)

    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    async with make_client(transport=httpx.MockTransport(handler)) as vbr:
        stub.revoke_all()
        failing["next"] = True
        first = asyncio.ensure_future(vbr.recovery_tokens.get(TOKEN_ID))  # 401, then the refresh waits at the gate
        await refreshing.wait()

        async def right_after_the_failure() -> str:
            await gate.wait()  # woken just after the refresh, before its done callbacks run
            return (await vbr.recovery_tokens.get(TOKEN_ID)).name

        late = asyncio.ensure_future(right_after_the_failure())
        await asyncio.sleep(0)
        gate.set()
        with pytest.raises(InternalServerError):
            await first
        assert await late == "string"
    assert grants(stub) == [PASSWORD, REFRESH]


# Tokens the contract allows ----------------------------------------------------------------------------------


@pytest.mark.parametrize("issued", ["access {issued} tok", "a!#$%&'()*+,-./:;<=>?@[]^_`{{|}}~{issued}"])
async def test_any_token_a_header_can_carry_is_used_as_issued(issued: str) -> None:
    stub = VBRStub(access_token=issued)
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    async with VeeamAgentsClient(
        BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub)
    ) as vbr:
        await vbr.recovery_tokens.get(TOKEN_ID)
    assert stub.api_requests()[0].headers["authorization"] == f"Bearer {issued.format(issued=1)}"


@pytest.mark.parametrize(
    "issued", ["line\r\nbreak{issued}", "nul\x00{issued}", " padded{issued}", "tab\t{issued}", "é{issued}"]
)
async def test_a_token_no_header_can_carry_is_refused_without_showing_it(issued: str) -> None:
    stub = VBRStub(access_token=issued)
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub))
    with pytest.raises(UnexpectedResponseError) as caught:
        await vbr.login()
    await vbr.aclose()
    assert issued.format(issued=1) not in str(caught.value) + repr(caught.value) + caught.value.body


# A late 401 ----------------------------------------------------------------------------------------------------


async def test_a_late_401_waits_for_the_renewal_in_flight(stub) -> None:
    """A request sent with the first token gets its 401 only after a second token was issued and
    rejected in turn, while a third is being issued: it must be replayed with the third."""
    slow_id, slow_answered, renewing, issue = (
        "00000000-0000-0000-0000-0000000000a0",
        asyncio.Event(),
        asyncio.Event(),
        asyncio.Event(),
    )

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/oauth2/token" and len(stub.token_requests) == 2:
            renewing.set()
            await issue.wait()  # the third token is slow to come
        if request.url.path.endswith(slow_id) and not slow_answered.is_set():
            await slow_answered.wait()  # the first token's answer is late
        return stub(request)

    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{slow_id}", SEED_TOKEN)
    async with VeeamAgentsClient(
        BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(handler)
    ) as vbr:
        late = asyncio.ensure_future(vbr.recovery_tokens.get(slow_id))  # sent with the first token
        await asyncio.sleep(0.01)
        stub.revoke_all()
        await vbr.recovery_tokens.get(TOKEN_ID)  # 401, renewed: the second token
        stub.revoke_all()
        third = asyncio.ensure_future(vbr.recovery_tokens.get(TOKEN_ID))  # 401, renewing: the third
        await renewing.wait()
        slow_answered.set()  # the late request gets its 401 now, while the third token is on its way
        await asyncio.sleep(0.01)
        issue.set()
        assert (await late).name == "string" and (await third).name == "string"
    late_sends = [r.headers["authorization"] for r in stub.requests if r.url.path.endswith(slow_id)]
    assert late_sends[-1] == "Bearer access-3-tok"
    assert len(stub.token_requests) == 3


# Login retries what judged no password ------------------------------------------------------------------------


def failing_token_endpoint(stub: VBRStub, failures: list[httpx.Response | type[Exception]]):
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/oauth2/token" and failures:
            stub.token_requests.append({})
            failure = failures.pop(0)
            if isinstance(failure, httpx.Response):
                return failure
            raise failure("injected", request=request)
        return stub(request)

    return handler


@pytest.mark.parametrize("status", [429, 502, 503, 504])
async def test_login_retries_an_answer_that_judged_no_password(stub, status: int) -> None:
    failures = [httpx.Response(status, headers={"retry-after": "0"}), httpx.Response(status)]
    transport = httpx.MockTransport(failing_token_endpoint(stub, failures))
    async with VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, transport=transport):
        pass
    assert len(stub.token_requests) == 3  # two failures, then the login


async def test_login_retries_a_connection_that_never_opened(stub) -> None:
    transport = httpx.MockTransport(failing_token_endpoint(stub, [httpx.ConnectError]))
    async with VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, transport=transport):
        pass
    assert len(stub.token_requests) == 2


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(400, json={"errorCode": "AccessDenied", "message": "Invalid username or password"}),
        httpx.Response(401, json={"errorCode": "AccessDenied", "message": "Invalid username or password"}),
        httpx.ReadTimeout,  # the server may have judged (and counted) the password
    ],
    ids=["400", "401", "read-timeout"],
)
async def test_login_never_retries_what_may_have_judged_the_password(stub, failure) -> None:
    transport = httpx.MockTransport(failing_token_endpoint(stub, [failure]))
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, transport=transport)
    with pytest.raises(VeeamError):
        await vbr.login()
    await vbr.aclose()
    assert len(stub.token_requests) == 1


async def test_login_retries_end_with_the_budget_and_keep_the_deadline(stub) -> None:
    busy = [httpx.Response(503) for _ in range(10)]
    vbr = VeeamAgentsClient(
        BASE_URL, username="admin", password=stub.password, max_retries=1,
        transport=httpx.MockTransport(failing_token_endpoint(stub, busy)),
    )  # fmt: skip
    with pytest.raises(ApiError) as caught:
        await vbr.login()
    assert caught.value.status_code == 503 and len(stub.token_requests) == 2
    stub.token_requests.clear()
    patient = [httpx.Response(503, headers={"retry-after": "30"})]
    slow = VeeamAgentsClient(
        BASE_URL, username="admin", password=stub.password,
        transport=httpx.MockTransport(failing_token_endpoint(stub, patient)),
    )  # fmt: skip
    started = asyncio.get_running_loop().time()
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.2):
            await slow.login()
    assert asyncio.get_running_loop().time() - started < 5  # the caller's deadline, not the Retry-After
    await vbr.aclose()
    await slow.aclose()


# vbr.raw is async only ---------------------------------------------------------------------------------------


async def test_the_generated_sync_functions_refuse_before_sending(stub, make_client) -> None:
    from veeam_agents_client.api.agents import get_computer_recovery_token

    async with make_client() as vbr:
        sent = len(stub.requests)
        with pytest.raises(TypeError, match="async only"):
            get_computer_recovery_token.sync_detailed(TOKEN_ID, client=vbr.raw)
        with pytest.raises(TypeError, match="async only"), vbr.raw:
            pass
        for method, argument in (
            ("with_headers", {"x": "y"}),
            ("with_cookies", {}),
            ("with_timeout", httpx.Timeout(1)),
        ):
            with pytest.raises(TypeError, match=method):
                getattr(vbr.raw, method)(argument)
        assert len(stub.requests) == sent
        response = await get_computer_recovery_token.asyncio_detailed(TOKEN_ID, client=vbr.raw)  # the async one works
        assert response.status_code == 404


async def test_a_path_outside_the_document_goes_through_raw_with_the_clients_token_and_revision(stub, make_client):
    """The calls guide's example: GET /api/v1/backups (not in the Agents section) through vbr.raw's httpx client."""
    stub.route("GET", "/api/v1/backups", {"data": [{"id": TOKEN_ID}], "pagination": {"total": 1, "count": 1}})
    async with make_client() as vbr:
        answer = await vbr.raw.get_async_httpx_client().get("/api/v1/backups", params={"limit": 50})
    assert [backup["id"] for backup in answer.json()["data"]] == [TOKEN_ID]
    (sent,) = [r for r in stub.api_requests() if r.url.path == "/api/v1/backups"]
    assert sent.headers["authorization"].startswith("Bearer access-")
    assert sent.headers["x-api-version"] == vbr.api_version


# Refused logins, and token answers of any lifetime ----------------------------------------------------------------


async def test_refused_login_raises_a_fresh_error_whose_traceback_does_not_grow(stub, make_client) -> None:
    vbr = make_client(password="wrong-password")
    errors: list[AuthenticationError] = []
    for _ in range(200):
        try:
            await vbr.recovery_tokens.get(TOKEN_ID)
        except AuthenticationError as exc:
            errors.append(exc)
    await vbr.aclose()
    assert len({id(error) for error in errors}) == len(errors)
    depth = [len(traceback.extract_tb(error.__traceback__)) for error in errors]
    assert depth[-1] == depth[1]
    assert {(e.status_code, e.error_code, e.message) for e in errors} == {(401, "AccessDenied", errors[0].message)}
    assert len(stub.token_requests) == 1  # still never repeated


@pytest.mark.parametrize(
    "answer",
    [
        {"access_token": "ISSUED", "token_type": "bearer", "refresh_token": "REFRESH", "expires_in": -5,
         ".issued": "2025-04-24T14:24:18+01:00", ".expires": "2025-04-24T14:39:18+01:00"},
        {"access_token": "ISSUED", "token_type": "bearer", "refresh_token": "REFRESH", "expires_in": 2**40,
         ".issued": "2025-04-24T14:24:18+01:00", ".expires": "2025-04-24T14:39:18+01:00"},
        {"access_token": "ISSUED", "expires_in": "3600"},
        {"access_token": "ISSUED", "refresh_token": "REFRESH", "expires_in": None},
        {"access_token": "ISSUED"},
    ],
    ids=["negative", "beyond-int32", "string-lifetime-no-dates", "null-lifetime", "access-token-only"],
)  # fmt: skip
async def test_token_answer_with_an_access_token_is_usable(stub, make_client, answer) -> None:
    stub.answer_logins_with(answer, times=2)
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    async with make_client() as vbr:
        for _ in range(3):
            assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
        assert len(stub.token_requests) == 1  # lifetime unknown: the token is kept
        stub.revoke_all()  # renewed after a 401, once
        assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
        assert len(stub.token_requests) == 2


async def test_unknown_lifetime_and_a_server_that_always_says_401_do_not_loop(stub, make_client) -> None:
    stub.answer_logins_with({"access_token": "ISSUED", "expires_in": -1}, times=100)
    stub.route("GET", TOKEN_PATH, lambda request: httpx.Response(401, json=error_body("Unauthorized", "no")))
    async with make_client() as vbr:
        with pytest.raises(UnauthorizedError):
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert len(stub.token_requests) == 2  # the login, and one renewal for the one replay
