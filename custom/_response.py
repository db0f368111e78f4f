"""The one place where a generated endpoint call becomes a model or a typed error."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx

from ._errors import raise_for_status, unexpected
from ._exceptions import ApiConnectionError, ApiTimeoutError
from .errors import ResponseFieldError, UnexpectedResponseBody
from .types import Response

__all__ = ["call", "call_for_response", "call_no_content", "transport_errors"]

M = TypeVar("M")
Endpoint = Callable[..., Awaitable[Response[Any]]]


async def call_for_response(endpoint: Endpoint, **kwargs: Any) -> Response[Any]:
    """Run a generated ``asyncio_detailed`` and turn transport failures into library errors."""
    try:
        with transport_errors():
            return await endpoint(**kwargs)
    except UnexpectedResponseBody as exc:
        raise unexpected(exc.response, _why(exc.__cause__)) from exc


@contextlib.contextmanager
def transport_errors() -> Iterator[None]:
    """httpx's failures to get an answer as the library's errors, the httpx error as ``__cause__``."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise ApiTimeoutError(f"timed out ({type(exc).__name__})", **_where(exc)) from exc
    except httpx.RequestError as exc:
        raise ApiConnectionError(f"request failed ({type(exc).__name__}: {exc})", **_where(exc)) from exc


async def call(endpoint: Endpoint, model: type[M] | tuple[type[M], ...], **kwargs: Any) -> M:
    """Call an endpoint and return its documented success model, or raise the typed error."""
    response = await call_for_response(endpoint, **kwargs)
    parsed = _success(response)
    if not isinstance(parsed, model):
        raise unexpected(response, "expected a JSON body with the documented model")
    return parsed


async def call_no_content(endpoint: Endpoint, **kwargs: Any) -> None:
    """Call an endpoint whose success carries nothing the caller needs (204, or an empty 200).

    A body on a status the document does not list (a proxy's 200 page, say) is not a success:
    the caller must never believe an object was deleted when the server did not say so.
    """
    response = await call_for_response(endpoint, **kwargs)
    if _success(response) is None and response.content:
        raise unexpected(response, "not a documented success answer")


def _success(response: Response[Any]) -> Any:
    """The parsed body of a 2xx answer; any other status (a redirect too) is a typed error."""
    raise_for_status(response)
    return response.parsed


def _why(cause: BaseException | None) -> str:
    """What made a success body unreadable: the field and value when a model named them."""
    if isinstance(cause, ResponseFieldError):
        return f"the body does not match the documented schema at {cause}"
    if isinstance(cause, json.JSONDecodeError):
        return f"the body is not JSON ({cause})"
    return "the body does not match the documented schema"


def _where(exc: httpx.RequestError) -> dict[str, str]:
    try:
        return {"method": exc.request.method, "url": str(exc.request.url)}
    except RuntimeError:
        return {}
