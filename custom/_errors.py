"""Everything the client raises, under one base class.

    VeeamError
    ├── ApiError                    the server answered with an error status
    │   ├── BadRequestError         400
    │   │   └── UnsupportedApiVersionError  the server speaks none of the client's API revisions
    │   ├── UnauthorizedError       401
    │   │   └── AuthenticationError the server refused to log us in
    │   ├── ForbiddenError          403
    │   ├── NotFoundError           404
    │   ├── RateLimitError          429 (after retries)
    │   └── InternalServerError     5xx: the server, or a gateway in front of it, failed (after retries)
    ├── UnexpectedResponseError     a success status with a body that is not the documented model
    ├── ApiConnectionError          no usable answer: refused, reset, TLS failure, ...
    │   ├── ApiTimeoutError         ... or no answer in time
    │   └── IncompleteDownloadError ... or a download body of another size than announced
    ├── PaginationError             a list's pages do not add up (a server that ignores skip)
    ├── ClientClosedError           the client is closed, or belongs to another event loop
    ├── UnsupportedOperationError   the agreed API revision lacks the operation (nothing was sent)
    ├── WaitFailedError             work we waited for ended without success
    │   ├── SessionFailedError          a session ended with result Failed
    │   ├── SessionActionRequiredError  a session needs an operator (ActionRequired)
    │   └── TaskFailedError             a task ended Failed or Cancelled
    └── WaitTimeoutError            work we waited for was still running at the deadline (also a TimeoutError)
        ├── SessionTimeoutError
        └── TaskTimeoutError

Server bodies are kept as text for debugging, with the values of the fields the document marks
`x-secret` redacted; request headers (where the bearer token travels) and request bodies (where
the password travels) never are. Every error pickles with its fields (process pools).
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from .errors import SECRET_NAMES, redacted
from .models.error import Error
from .revisions import REVISIONS
from .types import Response

if TYPE_CHECKING:
    from ._tasks import AnyTask
    from .models.session_model import SessionModel

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ForbiddenError",
    "IncompleteDownloadError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "SessionActionRequiredError",
    "SessionFailedError",
    "SessionTimeoutError",
    "UnauthorizedError",
    "TaskFailedError",
    "TaskTimeoutError",
    "UnexpectedResponseError",
    "UnsupportedApiVersionError",
    "UnsupportedOperationError",
    "VeeamError",
    "WaitFailedError",
    "WaitTimeoutError",
    "api_error",
    "raise_for_status",
    "redact_secrets",
    "unexpected",
]

_MAX_MESSAGE = 300
"""Characters of server text that go into an error message (the full body stays in `.body`)."""

_HINT_SCAN = 4096
"""Characters of a non-Veeam body searched for a one-line hint: a huge body costs no more."""


class VeeamError(Exception):
    """Base class of every error this library raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword-only arguments, which Exception's own pickling cannot pass:
        # rebuild without __init__ from the message and the fields instead.
        return _restore, (type(self), self.args, self.__dict__)


def _restore(cls: type[VeeamError], args: tuple[Any, ...], fields: dict[str, Any]) -> VeeamError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(fields)
    return error


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
        where = f"{self.method} {_clip(_path(self.url), _MAX_MESSAGE)} -> " if self.url else ""
        code = f" [{_clip(self.error_code, 64)}]" if self.error_code else ""
        return f"{where}{self.status_code} {_reason(self.status_code)}{code}: {_clip(self.message, _MAX_MESSAGE)}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, error_code={self.error_code!r}, "
            f"message={self.message!r}, method={self.method!r}, url={self.url!r})"
        )


class BadRequestError(ApiError):
    """400: the server rejected the request as malformed or invalid."""


class UnsupportedApiVersionError(BadRequestError):
    """400 to the version header: the server supports none of the API revisions this client knows.

    `offered` lists what the server said it supports, `known` what the client speaks. Never an
    authentication problem: the password was not judged.
    """

    def __init__(
        self,
        *,
        offered: tuple[str, ...],
        known: tuple[str, ...],
        status_code: int,
        method: str,
        url: str,
        message: str,
        error_code: str | None = None,
        resource_id: str | None = None,
        body: str = "",
        retry_after: float | None = None,
    ) -> None:
        self.offered = offered
        self.known = known
        super().__init__(
            status_code=status_code,
            method=method,
            url=url,
            message=message,
            error_code=error_code,
            resource_id=resource_id,
            body=body,
            retry_after=retry_after,
        )

    def _describe(self) -> str:
        offered = ", ".join(self.offered) or "none named"
        return f"{super()._describe()} (server supports: {offered}; this client knows: {', '.join(self.known)})"


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


class RateLimitError(ApiError):
    """429: the server (or a gateway) asks to slow down; `retry_after` says for how long, when it
    says. Raised once the retries allowed for the request are spent (a POST action is not retried)."""


class InternalServerError(ApiError):
    """5xx: the server failed while handling the request (500), or a gateway or load balancer in
    front of it did (502, 503, 504), after the retries allowed for the request. `status_code` says
    which."""


class UnexpectedResponseError(VeeamError):
    """A success status whose body does not parse into the documented model."""

    def __init__(self, *, status_code: int, method: str, url: str, body: str, reason: str) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        super().__init__(
            f"{method} {url} -> {status_code}: {_clip(reason, _MAX_MESSAGE)}; body starts {_clip(body, 120)!r}"
        )


class ApiConnectionError(VeeamError):
    """The request got no usable HTTP answer; the httpx error is kept as ``__cause__``."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.method = method
        self.url = url
        super().__init__(f"{method} {url}: {message}" if method else message)


class ApiTimeoutError(ApiConnectionError):
    """No answer within the configured timeout."""


class IncompleteDownloadError(ApiConnectionError):
    """A download's body was not the size the server announced in Content-Length: it ended early
    (the connection broke; the httpx error is ``__cause__``) or ran past it. Nothing of it is kept."""

    def __init__(self, message: str, *, method: str = "", url: str = "", expected: int, received: int) -> None:
        self.expected = expected
        self.received = received
        super().__init__(message, method=method, url=url)


class PaginationError(VeeamError):
    """The pages of a list do not add up: a page of only items already read, while the list
    claims more (a server that ignores `skip`). Raised instead of paging on forever."""

    def __init__(self, message: str, *, skip: int, total: int | None) -> None:
        self.skip = skip
        self.total = total
        super().__init__(message)


class ClientClosedError(VeeamError, RuntimeError):
    """The client cannot send: it is closed, or it belongs to another event loop.

    A client (its connection pool) lives in the event loop that first used it; create one
    client per event loop, inside it, and use ``async with`` so it closes with its work.
    """


class UnsupportedOperationError(VeeamError):
    """The API revision agreed with the server does not have this operation, or this query
    parameter of it (`.parameter`, else None); nothing was sent."""

    def __init__(
        self,
        *,
        operation: str,
        method: str,
        path: str,
        since: str | None,
        until: str | None,
        revision: str,
        parameter: str | None = None,
    ) -> None:
        self.operation = operation
        self.method = method
        self.path = path
        self.since = since
        self.until = until
        self.revision = revision
        self.parameter = parameter
        needs = f"API revision {since} or later" if until is None else f"an API revision from {since} to {until}"
        what = f"{operation} ({method} {path})" if parameter is None else f"the {parameter} parameter of {operation}"
        super().__init__(f"{what} needs {needs}; the server speaks {revision}")


class WaitFailedError(VeeamError):
    """A session or task we waited for ended without success: catch this for either kind."""


class WaitTimeoutError(VeeamError, TimeoutError):
    """A session or task we waited for was still running when the wait's deadline came. Also a
    `TimeoutError`, as the deadline of ``asyncio.timeout`` is."""


class SessionFailedError(WaitFailedError):
    """A session finished with result Failed; the final session is in `.session`."""

    def __init__(self, session: SessionModel) -> None:
        self.session = session
        message = getattr(session.result, "message", None) or "no message"
        super().__init__(f"session {session.id} ({session.name}) failed: {message}")


class SessionActionRequiredError(WaitFailedError):
    """A session we waited for stopped in ActionRequired: an operator must act in VBR before it
    goes on, so waiting longer would never end. The session as last read is in `.session`."""

    def __init__(self, session: SessionModel) -> None:
        self.session = session
        super().__init__(f"session {session.id} ({session.name}) needs an operator to act in VBR (ActionRequired)")


class SessionTimeoutError(WaitTimeoutError):
    """A session was still running when the wait ended; the last state seen is in `.session`
    (None when no poll answered before the deadline)."""

    def __init__(self, session: SessionModel | None, timeout: float, *, session_id: object = None) -> None:
        self.session = session
        self.session_id = session.id if session is not None else session_id
        self.timeout = timeout
        if session is None:
            message = f"session {self.session_id}: no answer from the server within {timeout:g} s"
        else:
            percent = session.progress_percent if isinstance(session.progress_percent, int) else "?"
            message = f"session {session.id} ({session.name}) still {session.state} after {timeout:g} s ({percent} %)"
        super().__init__(message)


class TaskFailedError(WaitFailedError):
    """A task finished Failed or Cancelled; the final task is in `.task`."""

    def __init__(self, task: AnyTask) -> None:
        self.task = task
        super().__init__(f"task {task.id} ({task.name}) ended {task.result}")


class TaskTimeoutError(WaitTimeoutError):
    """A task was still running when the wait ended; the last task read is in `.task` (None when
    no poll answered before the deadline)."""

    def __init__(self, task: AnyTask | None, timeout: float, *, task_id: object = None) -> None:
        self.task = task
        self.task_id = task.id if task is not None else task_id
        self.timeout = timeout
        state = f"still {task.state}" if task is not None else "no answer from the server"
        super().__init__(f"task {self.task_id}: {state} after {timeout:g} s")


_STATUS_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    429: RateLimitError,
}


Answer = httpx.Response | Response[Any]
"""What an error is built from: an httpx response, or a generated function's Response (whose
`parsed` holds the Error model the generated code read from an error body, if it was one)."""


def raise_for_status(answer: Answer) -> None:
    """The one rule of success: a 2xx. Any other status (a redirect too) raises its typed error."""
    if not 200 <= answer.status_code < 300:
        raise api_error(answer)


def api_error(answer: Answer, *, content: bytes | None = None) -> ApiError:
    """The typed error for an error answer, whatever its body looks like. `content` is the body
    when the answer's own is not read (a streamed download reads at most the start of it)."""
    status_code = int(answer.status_code)
    request = _request_of(answer)
    body = redact_secrets((answer.content if content is None else content).decode("utf-8", "replace"))
    parsed = getattr(answer, "parsed", None)  # the generated code's reading of the body, when it read one
    fields = _error_model_fields(parsed) if isinstance(parsed, Error) else _veeam_error_fields(body)
    message = _clip(fields.get("message") or _text_of(body), _MAX_MESSAGE) or _reason(status_code) or "no message"
    if 300 <= status_code < 400:
        message = _redirect_message(status_code, answer.headers.get("location"))
    cls = _STATUS_ERRORS.get(status_code) or (InternalServerError if status_code >= 500 else ApiError)
    version_fields: dict[str, Any] = {}
    sent = request.headers.get("x-api-version") if request is not None else None
    offered = _offered_revisions(fields.get("message") or body[:_HINT_SCAN], sent) if status_code == 400 else None
    if offered is not None and cls is BadRequestError:
        cls, version_fields = UnsupportedApiVersionError, {"offered": offered, "known": REVISIONS}
    return cls(
        **version_fields,
        status_code=status_code,
        method=request.method if request is not None else "",
        url=str(request.url) if request is not None else "",
        message=message,
        error_code=_clip(fields["errorCode"], _MAX_MESSAGE) if "errorCode" in fields else None,
        resource_id=_clip(fields["resourceId"], _MAX_MESSAGE) if "resourceId" in fields else None,
        body=body,
        retry_after=parse_retry_after(answer.headers.get("retry-after")),
    )


def unexpected(answer: Answer, reason: str, *, content: bytes | None = None) -> UnexpectedResponseError:
    """The error for a success status whose body is not what the document promises (`content`:
    the body, when the answer's own is not read)."""
    request = _request_of(answer)
    body = answer.content if content is None else content
    return UnexpectedResponseError(
        status_code=int(answer.status_code),
        method=request.method if request is not None else "",
        url=str(request.url) if request is not None else "",
        body=redact_secrets(body.decode("utf-8", "replace")),
        reason=reason if body else "empty body",
    )


def _request_of(answer: Answer) -> httpx.Request | None:
    try:
        return answer.request
    except RuntimeError:  # an httpx response built by hand has none
        return None


def _error_model_fields(error: Error) -> dict[str, str]:
    """The fields of the Error model the generated code read, as `_veeam_error_fields` gives them
    (read from the raw body: a message that echoes a request has its secrets redacted here)."""
    fields = {"errorCode": str(error.error_code), "message": error.message}
    if isinstance(error.resource_id, str):
        fields["resourceId"] = error.resource_id
    return {key: redact_secrets(value) for key, value in fields.items()}


_REFUSED = re.compile(r"\b(?:unsupported|not\s+supported|isn't\s+supported|does\s+not\s+support)\b", re.I)
_VERSION = re.compile(r"\bversions?\b", re.I)
_API_VERSION = re.compile(r"\b(?:rest\s*api|api)[\s-]*versions?\b", re.I)
_REVISION = re.compile(r"(?<![\w.])v?(\d+\.\d+-rev\d+)(?![\w-])", re.I)


def _offered_revisions(message: str, sent: str | None = None) -> tuple[str, ...] | None:
    """The revisions a server lists when it refuses the x-api-version header, or None for another 400.

    VBR writes "Unsupported RESTAPI version. The following versions are supported: v1.2-rev1,
    v1.3-rev0." Read tolerantly: any wording that says a version is not supported and names an
    API version or a revision, any separators (commas, spaces, one per line), with or without the `v`. The
    revision the request carried (`sent`), which a message may quote, is not an offer.
    """
    offered = tuple(dict.fromkeys(found.lower() for found in _REVISION.findall(message) if found.lower() != sent))
    says_refused = _REFUSED.search(message) is not None and _VERSION.search(message) is not None
    if not says_refused or not (offered or _API_VERSION.search(message)):
        return None
    return offered


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError):  # a date no datetime can hold
            return None
    return max(0.0, seconds) if seconds == seconds else None  # NaN guard


def redact_secrets(body: str) -> str:
    """`body` with the values of the document's `x-secret` fields replaced, at any depth, also in
    JSON text inside a string (a message quoting the request) and in a body that is not JSON."""
    if not any(name in body for name in SECRET_NAMES):
        return body
    try:
        return json.dumps(redacted(json.loads(body)), ensure_ascii=False)
    except (ValueError, RecursionError):
        return str(redacted(body))


def _redirect_message(status_code: int, location: str | None) -> str:
    """A redirect is never followed (it would carry the token elsewhere): say where it pointed."""
    try:
        target = httpx.URL(location).copy_with(userinfo=b"", query=None, fragment=None) if location else None
    except (httpx.InvalidURL, TypeError, ValueError):
        target = None
    where = f" to {_clip(str(target), _MAX_MESSAGE)}" if target else ""
    return (
        f"the server redirected{where}; the client does not follow redirects "
        "(a proxy's sign-in page, or a wrong base_url?)"
    )


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
    body = body[:_HINT_SCAN]
    lowered = body.lower()
    start, end = lowered.find("<title>"), lowered.find("</title>")
    if 0 <= start < end:
        return body[start + 7 : end].strip()
    if lowered.lstrip().startswith("<"):
        return ""
    return body.strip().splitlines()[0] if body.strip() else ""


def _path(url: str) -> str:
    try:
        return httpx.URL(url).raw_path.decode("ascii", "replace")
    except httpx.InvalidURL:
        return url


def _reason(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return ""


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
