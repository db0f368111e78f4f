"""Everything the client raises, under one base class.

    VeeamError
    ├── ApiError                    the server answered with an error status
    │   ├── BadRequestError         400
    │   ├── UnauthorizedError       401
    │   │   └── AuthenticationError the server refused to log us in
    │   ├── ForbiddenError          403
    │   ├── NotFoundError           404
    │   └── InternalServerError     500
    ├── UnexpectedResponseError     a success status with a body that is not the documented model
    ├── ApiConnectionError          no usable answer: refused, reset, TLS failure, ...
    │   └── ApiTimeoutError         ... or no answer in time
    ├── SessionFailedError          a session we waited for ended with result Failed
    └── SessionTimeoutError         a session we waited for was still running at the deadline

Server bodies are kept as text for debugging; request headers (where the bearer token
travels) and request bodies (where the password travels) never are.
"""

from __future__ import annotations

import email.utils
import json
import time
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from .models.session_model import SessionModel

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "SessionFailedError",
    "SessionTimeoutError",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "VeeamError",
    "error_from_response",
]

_MAX_MESSAGE = 300


class VeeamError(Exception):
    """Base class of every error this library raises."""


class ApiError(VeeamError):
    """The server answered with an HTTP error status.

    `error_code` is the server's `errorCode` as a plain string (also for codes this API
    revision does not list), or None when the body was not a Veeam error.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        message: str,
        error_code: str | None = None,
        resource_id: str | None = None,
        body: str = "",
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.message = message
        self.error_code = error_code
        self.resource_id = resource_id
        self.body = body
        self.retry_after = retry_after
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f"{self.method} {httpx.URL(self.url).raw_path.decode('ascii', 'replace')} -> " if self.url else ""
        code = f" [{self.error_code}]" if self.error_code else ""
        return f"{where}{self.status_code} {_reason(self.status_code)}{code}: {self.message}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, error_code={self.error_code!r}, "
            f"message={self.message!r}, method={self.method!r}, url={self.url!r})"
        )


class BadRequestError(ApiError):
    """400: the server rejected the request as malformed or invalid."""


class UnauthorizedError(ApiError):
    """401: no valid token, even after logging in again."""


class AuthenticationError(UnauthorizedError):
    """The server refused the login (wrong password, disabled account, refused refresh token).

    The client does not retry a refused password login: repeated failures lock domain accounts.
    """


class ForbiddenError(ApiError):
    """403: the account lacks the role the operation needs."""


class NotFoundError(ApiError):
    """404: no object has the given ID."""


class InternalServerError(ApiError):
    """500: the server failed while handling the request."""


class UnexpectedResponseError(VeeamError):
    """A success status whose body does not parse into the documented model."""

    def __init__(self, *, status_code: int, method: str, url: str, body: str, reason: str) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        super().__init__(f"{method} {url} -> {status_code}: {reason}; body starts {_clip(body, 120)!r}")


class ApiConnectionError(VeeamError):
    """The request got no usable HTTP answer; the httpx error is kept as ``__cause__``."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.method = method
        self.url = url
        super().__init__(f"{method} {url}: {message}" if method else message)


class ApiTimeoutError(ApiConnectionError):
    """No answer within the configured timeout."""


class SessionFailedError(VeeamError):
    """A session finished with result Failed; the final session is in `.session`."""

    def __init__(self, session: SessionModel) -> None:
        self.session = session
        message = getattr(session.result, "message", None) or "no message"
        super().__init__(f"session {session.id} ({session.name}) failed: {message}")


class SessionTimeoutError(VeeamError):
    """A session was still running when the wait ended; the last state seen is in `.session`."""

    def __init__(self, session: SessionModel, timeout: float) -> None:
        self.session = session
        super().__init__(
            f"session {session.id} ({session.name}) still {session.state} after {timeout:g} s "
            f"({session.progress_percent if isinstance(session.progress_percent, int) else '?'} %)"
        )


_STATUS_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    500: InternalServerError,
}


def error_from_response(
    status_code: int,
    content: bytes,
    headers: httpx.Headers | Any,
    request: httpx.Request | None,
    *,
    error_class: type[ApiError] | None = None,
) -> ApiError:
    """Build the typed error for an error response, whatever its body looks like."""
    body = content.decode("utf-8", "replace")
    fields = _veeam_error_fields(body)
    message = fields.get("message") or _clip(_text_of(body), _MAX_MESSAGE) or _reason(status_code) or "no message"
    cls = error_class or _STATUS_ERRORS.get(status_code, ApiError)
    return cls(
        status_code=status_code,
        method=request.method if request is not None else "",
        url=str(request.url) if request is not None else "",
        message=message,
        error_code=fields.get("errorCode"),
        resource_id=fields.get("resourceId"),
        body=body,
        retry_after=parse_retry_after(headers.get("retry-after")),
    )


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - time.time()
    return max(0.0, seconds) if seconds == seconds else None  # NaN guard


def _veeam_error_fields(body: str) -> dict[str, str]:
    """The string fields of a Veeam Error body, or {} when the body is something else."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        key: str(data[key])
        for key in ("errorCode", "message", "resourceId")
        if isinstance(data.get(key), str | int | float)
    }


def _text_of(body: str) -> str:
    """A one-line hint from a non-Veeam body: an HTML <title>, or the first line of text."""
    lowered = body.lower()
    start, end = lowered.find("<title>"), lowered.find("</title>")
    if 0 <= start < end:
        return body[start + 7 : end].strip()
    if lowered.lstrip().startswith("<"):
        return ""
    return body.strip().splitlines()[0] if body.strip() else ""


def _reason(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return ""


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
