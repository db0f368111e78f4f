"""Error statuses become typed errors, whatever the body looks like; a redirect is no success; every
library error pickles with its fields; a huge body is clipped in the error text."""

from __future__ import annotations

import inspect
import json
import pickle
import tracemalloc
import uuid
from typing import Any

import httpx
import pytest
from conftest import BASE_URL, GROUP_ID, REVISIONS, SESSION_ID, TOKEN_ID, error_body, example, load
from seeds import SEED_SESSION

import veeam_agents_client
from veeam_agents_client import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    BadRequestError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    SessionActionRequiredError,
    SessionFailedError,
    SessionTimeoutError,
    TaskFailedError,
    TaskTimeoutError,
    UnauthorizedError,
    UnexpectedResponseError,
    VeeamError,
    WaitFailedError,
    WaitTimeoutError,
)
from veeam_agents_client._errors import api_error
from veeam_agents_client.models.recovery_media_task_model import RecoveryMediaTaskModel
from veeam_agents_client.models.session_model import SessionModel

TOKEN_PATH = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"
ENTITY_PATH = f"/api/v1/agents/protectionGroups/{GROUP_ID}/discoveredEntities/{TOKEN_ID}"


@pytest.mark.parametrize(
    ("status", "error_class", "code"),
    [
        (400, BadRequestError, "UnexpectedContent"),
        (403, ForbiddenError, "AccessDenied"),
        (404, NotFoundError, "NotFound"),
        (500, InternalServerError, "UnknownError"),
        (409, ApiError, "Conflict"),  # a code this revision does not list stays a plain string
    ],
)
async def test_status_maps_to_error_class(stub, make_client, status, error_class, code) -> None:
    stub.route("GET", TOKEN_PATH, (status, error_body(code, "Recovery token was not processed", TOKEN_ID)))
    async with make_client(max_retries=0) as vbr:
        with pytest.raises(error_class) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, VeeamError)
    assert (error.status_code, error.error_code, error.resource_id) == (status, code, TOKEN_ID)
    assert error.message == "Recovery token was not processed"
    assert error.method == "GET" and error.url.endswith(TOKEN_PATH)
    assert str(error).startswith(f"GET {TOKEN_PATH} -> {status} ")
    assert str(error).endswith(f"[{code}]: Recovery token was not processed")
    assert code in error.body


async def test_unauthorized_after_replay(stub, make_client) -> None:
    stub.route("GET", TOKEN_PATH, (401, error_body("ExpiredToken", "expired")))
    async with make_client() as vbr:
        with pytest.raises(UnauthorizedError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert caught.value.error_code == "ExpiredToken"
    assert len(stub.api_requests()) == 2  # the request, then one replay after logging in again


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b"", "application/json", "Not Found"),
        (b"<html><head><title>404 - Not Found at the proxy</title></head><body>x</body></html>", "text/html",
         "404 - Not Found at the proxy"),
        (b'{"type":"about:blank","title":"Gateway says no","status":404}', "application/problem+json", "{"),
        (b"not json at all", "text/plain", "not json at all"),
        (b"[1, 2, 3]", "application/json", "[1, 2, 3]"),
    ],
)  # fmt: skip
async def test_odd_error_bodies_still_give_the_status_class(stub, make_client, content, content_type, message) -> None:
    stub.route(
        "GET", TOKEN_PATH, lambda r: httpx.Response(404, content=content, headers={"content-type": content_type})
    )
    async with make_client() as vbr:
        with pytest.raises(NotFoundError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert caught.value.body == content.decode()
    assert caught.value.error_code is None
    assert caught.value.message.startswith(message)


@pytest.mark.parametrize(
    ("status", "error"),
    [(520, InternalServerError), (503, InternalServerError), (500, InternalServerError), (429, RateLimitError),
     (418, ApiError), (409, ApiError)],
)  # fmt: skip
async def test_every_status_has_its_class_and_keeps_retry_after(stub, make_client, status, error) -> None:
    """429 and any 5xx (a gateway's 502/503/504, a CDN's 520) have classes of their own, as in
    openai-python; another status without one is an ApiError. Retries spent first: none here."""
    stub.route("GET", TOKEN_PATH, lambda r: httpx.Response(status, text="origin error", headers={"Retry-After": "7"}))
    async with make_client(max_retries=0) as vbr:
        with pytest.raises(ApiError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert caught.value.retry_after == 7.0
    assert pickle.loads(pickle.dumps(caught.value)).status_code == status  # noqa: S301 (our own bytes)


def test_wait_errors_share_a_base_and_timeouts_are_timeout_errors() -> None:
    for failed in (SessionFailedError, SessionActionRequiredError, TaskFailedError):
        assert issubclass(failed, WaitFailedError) and not issubclass(failed, TimeoutError)
    for late in (SessionTimeoutError, TaskTimeoutError):
        assert issubclass(late, WaitTimeoutError) and issubclass(late, TimeoutError)
    error = TaskTimeoutError(None, 5.0, task_id="t-1")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 (our own bytes)
    assert type(copy) is TaskTimeoutError and str(copy) == str(error) and copy.task_id == "t-1"


@pytest.mark.parametrize("body", [b"", b"<html>oops</html>", b'{"id": "not-a-uuid"}', b'{"truncated": '])
async def test_bad_success_bodies_raise_unexpected_response(stub, make_client, body) -> None:
    stub.route("GET", TOKEN_PATH, lambda r: httpx.Response(200, content=body))
    async with make_client() as vbr:
        with pytest.raises(UnexpectedResponseError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
    assert caught.value.status_code == 200
    assert caught.value.body == body.decode()


async def test_empty_success_for_delete_is_fine(stub, make_client) -> None:
    stub.route("DELETE", TOKEN_PATH, lambda r: httpx.Response(200))
    async with make_client() as vbr:
        assert await vbr.recovery_tokens.delete(TOKEN_ID) is None


async def test_connection_and_timeout_errors_keep_their_cause(stub, make_client) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    stub.route("GET", TOKEN_PATH, refuse)
    stub.route("GET", "/api/v1/sessions/8ca855d7-4bde-4277-bbc9-fabd606d0a5e", slow)
    async with make_client(max_retries=0, logout_on_close=False) as vbr:
        with pytest.raises(ApiConnectionError) as refused:
            await vbr.recovery_tokens.get(TOKEN_ID)
        with pytest.raises(ApiTimeoutError) as timed_out:
            await vbr.sessions.get("8ca855d7-4bde-4277-bbc9-fabd606d0a5e")
    assert isinstance(refused.value.__cause__, httpx.ConnectError)
    assert isinstance(timed_out.value.__cause__, httpx.ReadTimeout)
    assert isinstance(timed_out.value, ApiConnectionError)
    assert "GET" in str(refused.value)


# A redirect or an undocumented success is an error ----------------------------------------------------------------


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
