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

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

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
    "TaskFailedError",
    "TaskTimeoutError",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "UnsupportedApiVersionError",
    "UnsupportedOperationError",
    "VeeamError",
    "WaitFailedError",
    "WaitTimeoutError",
]

_MAX_MESSAGE = 300
"""Characters of server text that go into an error message (the full body stays in `.body`)."""


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
