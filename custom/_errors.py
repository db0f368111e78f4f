"""Every library error built from a server's answer, in one place: `raise_for_status` is the one
rule of success (a 2xx), `api_error` the typed error of any other answer (`_exceptions`), and
`unexpected` the error of a success whose body is not the documented one. Server text is kept with
the values of the fields the document marks `x-secret` redacted.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from typing import Any

import httpx

from ._exceptions import (
    _MAX_MESSAGE,
    ApiError,
    BadRequestError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnauthorizedError,
    UnexpectedResponseError,
    UnsupportedApiVersionError,
    _clip,
    _reason,
)
from .errors import SECRET_NAMES, redacted
from .models.error import Error
from .revisions import REVISIONS
from .types import Response

__all__ = ["api_error", "parse_retry_after", "raise_for_status", "redact_secrets", "unexpected"]

_HINT_SCAN = 4096
"""Characters of a non-Veeam body searched for a one-line hint: a huge body costs no more."""

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
