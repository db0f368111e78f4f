"""Error statuses become typed errors, whatever the body looks like."""

from __future__ import annotations

import pickle

import httpx
import pytest
from conftest import TOKEN_ID, error_body

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

TOKEN_PATH = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"


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
