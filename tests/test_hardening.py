"""Regression tests for the hardening issue: each test breaks the promise the way a real server,
proxy or caller did, and fails on the code before the fix."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import inspect
import json
import math
import os
import pathlib
import pickle
import socket
import time
import traceback
import tracemalloc
import uuid
import warnings
from typing import Any

import httpx
import pytest
from conftest import BASE_URL, GROUP_ID, REVISIONS, SESSION_ID, TOKEN_ID, VBRStub, error_body, example, load
from seeds import SEED_SESSION, SEED_TOKEN
from test_pagination import ENTITIES, entity, paged

import veeam_agents_client
from veeam_agents_client import (
    ApiError,
    AuthenticationError,
    ClientClosedError,
    SessionTimeoutError,
    UnauthorizedError,
    UnexpectedResponseError,
    VeeamAgentsClient,
    VeeamError,
)
from veeam_agents_client._errors import api_error, parse_retry_after
from veeam_agents_client.api import SECRET_FIELDS
from veeam_agents_client.models.recovery_media_task_model import RecoveryMediaTaskModel
from veeam_agents_client.models.session_model import SessionModel
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

TOKEN_PATH = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"
ENTITY_PATH = f"/api/v1/agents/protectionGroups/{GROUP_ID}/discoveredEntities/{TOKEN_ID}"
SESSION_PATH = f"/api/v1/sessions/{SESSION_ID}"


def everything_said(error: BaseException) -> str:
    """Whatever a caller could print or log about an error: str, repr, fields, traceback."""
    fields = " ".join(repr(value) for value in vars(error).values())
    return f"{error} {error!r} {fields} {''.join(traceback.format_exception(error))}"


def token_answer(stub: VBRStub, body: bytes | dict[str, Any], *, times: int = 1) -> None:
    """The next `times` successful password logins answer `body` instead of the stub's own."""
    real = stub._token

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal times
        response = real(request)
        if response.status_code != 200 or times == 0:
            return response
        times -= 1
        issued = response.json()
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        content = content.replace(b"ISSUED", issued["access_token"].encode())
        content = content.replace(b"REFRESH", issued["refresh_token"].encode())
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    stub._token = answer  # type: ignore[method-assign]


# 1. Secrets in exception text ------------------------------------------------------------------


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
    token_answer(stub, body)
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


# 2. A 3xx is not a success ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "call"),
    [
        ("DELETE", TOKEN_PATH, lambda vbr: vbr.recovery_tokens.delete(TOKEN_ID)),
        ("DELETE", ENTITY_PATH, lambda vbr: vbr.discovered_entities.delete(GROUP_ID, TOKEN_ID)),
        ("GET", TOKEN_PATH, lambda vbr: vbr.recovery_tokens.get(TOKEN_ID)),
    ],
)
@pytest.mark.parametrize("status", [301, 302, 303, 307])
async def test_redirect_is_a_typed_error_not_a_success(stub, make_client, method, path, call, status) -> None:
    location = "https://sso.corp.example/login?session=abc123"
    stub.route(method, path, lambda request: httpx.Response(status, headers={"location": location}))
    async with make_client() as vbr:
        with pytest.raises(ApiError) as caught:
            await call(vbr)
    assert caught.value.status_code == status
    assert "sso.corp.example/login" in str(caught.value) and "abc123" not in str(caught.value)


async def test_undocumented_success_with_a_body_is_not_a_delete(stub, make_client) -> None:
    page = b"<html><title>Sign in</title></html>"
    stub.route("DELETE", TOKEN_PATH, lambda request: httpx.Response(200, content=page))
    async with make_client() as vbr:
        with pytest.raises(UnexpectedResponseError):
            await vbr.recovery_tokens.delete(TOKEN_ID)
        stub.route("DELETE", TOKEN_PATH, lambda request: httpx.Response(204))
        assert await vbr.recovery_tokens.delete(TOKEN_ID) is None


# 3. Concurrent paging over a list that changes ---------------------------------------------------


async def test_concurrent_iterate_misses_nothing_when_an_item_is_inserted_between_pages(stub, make_client) -> None:
    # Page 2 is answered after page 3, and one item is inserted at the front in between: page 3
    # comes from the old list, page 2 from the new one, and an item falls between them.
    items = [entity(i) for i in range(1000)]
    page3_answered = asyncio.Event()
    inserted = False
    serve = paged(items)

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal inserted
        if request.url.path != ENTITIES:
            return stub(request)
        stub.requests.append(request)
        skip = int(request.url.params["skip"])
        if skip == 200:
            await page3_answered.wait()
        response = serve(request)
        if skip == 400 and not inserted:
            inserted = True
            items.insert(0, entity(5000))
            page3_answered.set()
        return response

    async with make_client(transport=httpx.MockTransport(handler)) as vbr:
        got = [e.name async for e in vbr.discovered_entities.iterate(GROUP_ID, page_size=200, concurrency=4)]
    assert inserted
    assert len(got) == len(set(got))
    assert {f"node{i:05d}" for i in range(1000)} <= set(got)


# 4. A server that caps its page size ---------------------------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_server_capping_its_pages_is_followed_to_the_total(stub, make_client, concurrency) -> None:
    items = [entity(i) for i in range(1000)]
    serve = paged(items)

    def capped(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        params["limit"] = str(min(100, int(params["limit"])))
        return serve(httpx.Request("GET", request.url.copy_with(params=params)))

    stub.route("GET", ENTITIES, capped)
    async with make_client() as vbr:
        got = [e.name async for e in vbr.discovered_entities.iterate(GROUP_ID, page_size=200, concurrency=concurrency)]
    assert got == [f"node{i:05d}" for i in range(1000)]
    assert len(stub.api_requests()) <= 10 + 2 * concurrency


# 6. A refused login raises a fresh exception each time ---------------------------------------------


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


# 7. A failed `async with` closes the pool ------------------------------------------------------------


class ClosingSpy(httpx.MockTransport):
    closed = 0

    async def aclose(self) -> None:
        type(self).closed += 1


@pytest.mark.parametrize("failure", ["refused", "server error", "unusable answer"])
async def test_failed_async_with_closes_the_pool(stub, failure) -> None:
    if failure == "server error":
        stub._token = lambda request: httpx.Response(500, json=error_body("UnknownError", "down"))  # type: ignore[method-assign]
    elif failure == "unusable answer":
        token_answer(stub, b"{}")
    ClosingSpy.closed = 0
    vbr = VeeamAgentsClient(
        BASE_URL, username="admin", password="wrong" if failure == "refused" else stub.password,
        transport=ClosingSpy(stub), max_retries=0,
    )  # fmt: skip
    with pytest.raises(VeeamError):
        async with vbr:
            pytest.fail("entered")
    assert ClosingSpy.closed == 1
    with pytest.raises(ClientClosedError):
        await vbr.recovery_tokens.get(TOKEN_ID)


def open_sockets() -> int:
    """Sockets this process holds open."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(FileNotFoundError):  # closed while we looked
            count += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
    return count


def connections_to(port: int) -> int:
    """Established TCP connections whose far end is `port` on this machine: the client side."""
    count = 0
    for line in pathlib.Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        count += int(fields[2].split(":")[1], 16) == port and fields[3] == "01"
    return count


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="counts connections through /proc")
async def test_refused_logins_in_a_loop_leave_no_connection_open() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=1)
    with fake.serve() as server:
        for _ in range(10):
            with pytest.raises(AuthenticationError):
                async with VeeamAgentsClient(server.base_url, username="admin", password="wrong"):
                    pass
        assert connections_to(server.port) == 0


# 8. Deadlines bound retries --------------------------------------------------------------------------


async def test_session_wait_deadline_cuts_short_a_poll_that_is_retrying(stub, make_client) -> None:
    stub.route("GET", SESSION_PATH, lambda request: httpx.Response(503, headers={"Retry-After": "5"}))
    async with make_client(max_retries=5) as vbr:
        started = time.monotonic()
        with pytest.raises(SessionTimeoutError) as caught:
            await vbr.sessions.wait(SESSION_ID, timeout=0.5)
        elapsed = time.monotonic() - started
    assert elapsed < 3  # not 5 s per Retry-After times 5 retries
    assert caught.value.session is None and str(caught.value.session_id) == SESSION_ID


async def test_session_wait_reports_the_last_state_seen_when_a_later_poll_overruns(stub, make_client) -> None:
    polls = 0

    def session(request: httpx.Request) -> httpx.Response:
        nonlocal polls
        polls += 1
        if polls == 1:
            return httpx.Response(200, json={**SEED_SESSION, "id": SESSION_ID, "state": "Working"})
        return httpx.Response(503, headers={"Retry-After": "30"})

    stub.route("GET", SESSION_PATH, session)
    async with make_client() as vbr:
        with pytest.raises(SessionTimeoutError) as caught:
            await vbr.sessions.wait(SESSION_ID, timeout=0.3, poll_interval=0.05)
    assert isinstance(caught.value.session, SessionModel) and caught.value.session.state == "Working"


# 9. Leaving a loop over a held iterator cancels what is in flight -----------------------------------


async def test_break_out_of_a_held_iterator_cancels_the_pages_in_flight(stub, make_client) -> None:
    items = [entity(i) for i in range(1000)]
    serve = paged(items)
    started: list[int] = []
    cancelled: list[int] = []
    release = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path != ENTITIES:
            return stub(request)
        skip = int(request.url.params["skip"])
        if skip >= 200:
            started.append(skip)
            try:
                await release.wait()
            except asyncio.CancelledError:
                cancelled.append(skip)
                raise
        return serve(request)

    async with make_client(transport=httpx.MockTransport(handler)) as vbr:
        it = vbr.discovered_entities.iterate(GROUP_ID, page_size=100, concurrency=8)
        first = []
        async for item in it:
            first.append(item.name)
            if len(first) == 150:  # in the second page: seven more pages are in flight
                break
        await asyncio.sleep(0.05)
        assert len(started) == 7 and sorted(cancelled) == sorted(started)
        # The walk goes on from where the loop left it, fetching the cancelled pages again.
        release.set()
        rest = [item.name async for item in it]
    assert first + rest == [f"node{i:05d}" for i in range(1000)]


async def test_aclose_ends_a_walk(stub, make_client) -> None:
    stub.route("GET", ENTITIES, paged([entity(i) for i in range(50)]))
    async with make_client() as vbr:
        it = vbr.discovered_entities.iterate(GROUP_ID, page_size=10, concurrency=4)
        assert (await anext(it)).name == "node00000"
        await it.aclose()  # type: ignore[attr-defined]
        assert [e async for e in it] == []


# 10. Retry-After that no datetime can hold ------------------------------------------------------------


@pytest.mark.parametrize("value", ["Mon, 01 Jan 99999999999 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 -2359", "1e400"])
async def test_out_of_range_retry_after_is_typed(stub, make_client, value) -> None:
    parse_retry_after(value)  # no OverflowError, whatever the date
    stub.route("GET", TOKEN_PATH, lambda request: httpx.Response(503, headers={"Retry-After": value}))
    async with make_client(max_retries=1) as vbr:
        vbr._transport._policy = type(vbr._transport._policy)(max_retries=1, max_retry_after=0.01)
        with pytest.raises(ApiError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert caught.value.status_code == 503


# 11. Every library error pickles with its fields ------------------------------------------------------


def library_errors() -> list[type[VeeamError]]:
    found: list[type[VeeamError]] = []
    pending = [VeeamError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return sorted({cls for cls in found if cls.__module__.startswith("veeam_agents_client")}, key=lambda c: c.__name__)


SAMPLE_ARGUMENTS: dict[str, Any] = {
    "message": "something went wrong",
    "status_code": 404,
    "method": "GET",
    "url": f"{BASE_URL}{TOKEN_PATH}",
    "error_code": "NotFound",
    "resource_id": TOKEN_ID,
    "body": '{"errorCode": "NotFound"}',
    "retry_after": 1.5,
    "reason": "not the documented model",
    "session": SessionModel.from_dict({**SEED_SESSION, "result": {"result": "Failed", "message": "no"}}),
    "timeout": 2.0,
    "session_id": uuid.UUID(SESSION_ID),
    "skip": 200,
    "total": 1000,
    "offered": tuple(REVISIONS[:1]),
    "known": tuple(REVISIONS),
    "operation": "get_task",
    "path": "/api/v1/tasks/{id}",
    "since": REVISIONS[-1],
    "until": None,
    "revision": REVISIONS[0],
    "parameter": "permissionScope",
    "task": RecoveryMediaTaskModel.from_dict(example(load(REVISIONS[-1]), "RecoveryMediaTaskModelExample")),
    "task_id": uuid.UUID(SESSION_ID),
    "expected": 4096,
    "received": 1024,
}


def build(cls: type[VeeamError]) -> VeeamError:
    """An instance with a sample for every argument its constructor takes, by argument name."""
    try:
        parameters = inspect.signature(cls).parameters
    except ValueError:  # no constructor of its own: Exception's
        return cls(SAMPLE_ARGUMENTS["message"])
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for name, parameter in parameters.items():
        assert name in SAMPLE_ARGUMENTS, f"add a sample for {cls.__name__}({name}=...)"
        if parameter.kind is parameter.KEYWORD_ONLY:
            keywords[name] = SAMPLE_ARGUMENTS[name]
        else:
            positional.append(SAMPLE_ARGUMENTS[name])
    return cls(*positional, **keywords)


def test_every_error_class_is_covered() -> None:
    names = {cls.__name__ for cls in library_errors()}
    assert {"ApiError", "NotFoundError", "AuthenticationError", "UnexpectedResponseError", "ApiTimeoutError",
            "SessionFailedError", "SessionTimeoutError", "ClientClosedError", "PaginationError"} <= names  # fmt: skip
    assert all(getattr(veeam_agents_client, name) for name in names)


@pytest.mark.parametrize("cls", library_errors(), ids=lambda cls: cls.__name__)
def test_every_library_error_round_trips_through_pickle(cls: type[VeeamError]) -> None:
    error = build(cls)
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(copy) is cls
    assert str(copy) == str(error) and repr(copy) == repr(error)
    assert vars(copy).keys() == vars(error).keys()
    for name, value in vars(error).items():
        assert getattr(copy, name) == value, name


def test_a_process_pool_job_raising_not_found_comes_back_as_not_found() -> None:
    from concurrent.futures import ProcessPoolExecutor

    from veeam_agents_client import NotFoundError

    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_not_found)
        with pytest.raises(NotFoundError) as caught:
            future.result(timeout=60)
    assert caught.value.status_code == 404 and caught.value.resource_id == TOKEN_ID


def _raise_not_found() -> None:
    request = httpx.Request("GET", f"{BASE_URL}{TOKEN_PATH}")
    raise api_error(httpx.Response(404, json=error_body("NotFound", "gone", TOKEN_ID), request=request))


# Smaller: constructor arguments, clipped messages ------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "names"),
    [
        ({"timeout": "30"}, TypeError, "timeout"),
        ({"timeout": math.nan}, ValueError, "timeout"),
        ({"timeout": 0}, ValueError, "timeout"),
        ({"timeout": -1}, ValueError, "timeout"),
        ({"timeout": math.inf}, ValueError, "timeout"),
        ({"timeout": httpx.Timeout(5.0, connect=0)}, ValueError, "timeout.connect"),
        ({"max_connections": "5"}, ValueError, "max_connections"),
        ({"max_connections": 0}, ValueError, "max_connections"),
        ({"headers": {"x-a": 1}}, TypeError, "headers"),
        ({"logout_on_close": "no"}, TypeError, "logout_on_close"),
        ({"trust_env": 1}, TypeError, "trust_env"),
        ({"allow_insecure_http": "yes"}, TypeError, "allow_insecure_http"),
    ],
)
def test_bad_constructor_arguments_fail_before_any_request(stub, kwargs, error, names) -> None:
    with pytest.raises(error, match=names):
        VeeamAgentsClient(BASE_URL, username="admin", password="pw", transport=httpx.MockTransport(stub), **kwargs)
    assert stub.requests == []


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("https://admin:Pa55-SECRET@vbr.example:9419", "credentials"),
        ("https://admin@vbr.example:9419", "credentials"),
        ("https://vbr.example:9419/?x=1", "query"),
        ("https://vbr.example:9419/#frag", "fragment"),
    ],
)
def test_base_url_with_credentials_query_or_fragment_is_refused(url, said) -> None:
    with pytest.raises(ValueError, match=said) as caught:
        VeeamAgentsClient(url, username="admin", password="pw")
    assert "SECRET" not in str(caught.value)


def test_huge_server_message_is_clipped_in_the_error_text() -> None:
    request = httpx.Request("GET", f"{BASE_URL}{TOKEN_PATH}")
    body = json.dumps(error_body("NotFound", "x" * 10_000_000)).encode()
    error = api_error(httpx.Response(404, content=body, request=request))
    assert len(str(error)) < 1000 and len(repr(error)) < 1000 and len(error.message) < 1000
    assert len(error.body) == len(body)  # the raw text stays whole


def test_huge_body_of_short_lines_costs_little_to_describe() -> None:
    request = httpx.Request("GET", f"{BASE_URL}{TOKEN_PATH}")
    body = b"a short line\n" * 800_000  # about 10 MB
    tracemalloc.start()
    try:
        error = api_error(httpx.Response(502, content=body, request=request))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error.message == "a short line"
    assert peak < 3 * len(body)  # the decoded text and little else, not a list of 800,000 lines


# Smaller: the retry budget across a 401 replay -----------------------------------------------------------


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


# Login: a token answer with an access token is usable ------------------------------------------------------


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
    token_answer(stub, answer, times=2)
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    async with make_client() as vbr:
        for _ in range(3):
            assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
        assert len(stub.token_requests) == 1  # lifetime unknown: the token is kept
        stub.revoke_all()  # renewed after a 401, once
        assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
        assert len(stub.token_requests) == 2


async def test_unknown_lifetime_and_a_server_that_always_says_401_do_not_loop(stub, make_client) -> None:
    token_answer(stub, {"access_token": "ISSUED", "expires_in": -1}, times=100)
    stub.route("GET", TOKEN_PATH, lambda request: httpx.Response(401, json=error_body("Unauthorized", "no")))
    async with make_client() as vbr:
        with pytest.raises(UnauthorizedError):
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert len(stub.token_requests) == 2  # the login, and one renewal for the one replay


# A closed client, or one from another event loop -----------------------------------------------------------


async def test_closed_client_raises_client_closed_error(make_client) -> None:
    vbr = make_client()
    async with vbr:
        pass
    for call in (lambda: vbr.recovery_tokens.get(TOKEN_ID), vbr.login, lambda: anext(vbr.recovery_tokens.iterate())):
        with pytest.raises(ClientClosedError, match="closed; create a new one") as caught:
            await call()
        assert isinstance(caught.value, VeeamError) and isinstance(caught.value, RuntimeError)
    await vbr.aclose()  # closing twice is harmless


async def test_closed_http_client_of_the_caller_raises_client_closed_error(stub) -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(stub))
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, http_client=http)
    await http.aclose()
    with pytest.raises(ClientClosedError, match="http_client"):
        await vbr.login()
    await vbr.aclose()


def test_client_used_from_another_event_loop_raises_client_closed_error(stub) -> None:
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub))
    assert asyncio.run(vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
    with pytest.raises(ClientClosedError, match="another event loop"):
        asyncio.run(vbr.recovery_tokens.get(TOKEN_ID))


# Proxies from the environment, and verify=True --------------------------------------------------------------


class RecordingProxy:
    """A plain-HTTP forward proxy stand-in: records request lines and answers 503 itself."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def __aexit__(self, *exc_info: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        self.lines.append(head.split(b"\r\n", 1)[0].decode())
        writer.write(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        await writer.drain()
        writer.close()


@pytest.mark.parametrize(
    ("env", "trust_env", "proxied"),
    [
        ({"HTTP_PROXY": "{proxy}"}, True, True),
        ({"ALL_PROXY": "{proxy}"}, True, True),
        ({"HTTP_PROXY": "{proxy}", "NO_PROXY": "example.test"}, True, False),
        ({"HTTP_PROXY": "{proxy}"}, False, False),
    ],
)
async def test_proxy_from_the_environment(monkeypatch, env, trust_env, proxied) -> None:
    recorder = RecordingProxy()
    async with recorder as proxy:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "all_proxy", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value.format(proxy=proxy))
        vbr = VeeamAgentsClient(
            "http://vbr.example.test:9419", username="admin", password="pw",
            allow_insecure_http=True, trust_env=trust_env, max_retries=0,
            timeout=httpx.Timeout(5.0, connect=0.5),
        )  # fmt: skip
        with pytest.raises(VeeamError):
            await vbr.login()
        await vbr.aclose()
    expected = ["POST http://vbr.example.test:9419/api/oauth2/token HTTP/1.1"] if proxied else []
    assert recorder.lines == expected


async def test_verify_true_uses_the_bundle_httpx_uses_and_honours_ssl_cert_file(monkeypatch) -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=1)
    with fake.serve(tls=True) as server:
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
        with pytest.raises(VeeamError, match="CERTIFICATE_VERIFY_FAILED"):
            async with VeeamAgentsClient(server.base_url, username="admin", password=DEFAULT_PASSWORD, max_retries=0):
                pass
        assert server.ca_path
        monkeypatch.setenv("SSL_CERT_FILE", server.ca_path)
        async with VeeamAgentsClient(server.base_url, username="admin", password=DEFAULT_PASSWORD):
            pass  # logged in over TLS, trusting the CA from SSL_CERT_FILE
        with pytest.raises(VeeamError, match="CERTIFICATE_VERIFY_FAILED"):
            async with VeeamAgentsClient(
                server.base_url, username="admin", password=DEFAULT_PASSWORD, max_retries=0, trust_env=False
            ):
                pass


# The fake's serve(): IPv6 and a failed bind ---------------------------------------------------------------------


def ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not ipv6_loopback(), reason="no IPv6 loopback here")
async def test_fake_serves_on_ipv6_loopback() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=3)
    with fake.serve(tls=True, host="::1") as server:
        assert server.base_url.startswith("https://[::1]:")
        async with VeeamAgentsClient(
            server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=server.ca_path or False
        ) as vbr:
            assert len([e async for e in vbr.discovered_entities.iterate(fake.group_ids[0])]) == 3


def test_fake_serve_closes_its_socket_when_the_port_is_taken() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=1)
    with socket.socket() as taken, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        for _ in range(3):
            try:
                with fake.serve(port=taken.getsockname()[1]):
                    pytest.fail("served on a taken port")
            except OSError:
                pass
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
