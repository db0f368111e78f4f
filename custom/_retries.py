"""When to send a request again, and the transport that does it.

Retries live in the transport so that every request retries the same way: the resource
methods, token requests and calls through ``client.raw`` alike. The transport reads each body
before handing the response up (VBR answers are small JSON documents), so a connection that
breaks halfway through a body is retried like one that breaks before the headers.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass

import httpx

from ._constants import LOGGER
from ._errors import parse_retry_after
from ._transport import BorrowedTransport

__all__ = ["REPEATABLE", "STREAM", "RetryPolicy", "RetryingTransport", "mark_repeatable"]

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_SENT = "veeam_agents_client.sent"
"""Request extension counting the sends of one logical call, so that the replay after a 401 (the
same request object, sent again by the auth flow) spends the same retry budget."""
_RETRY_STATUSES = frozenset({429, 502, 503, 504})
REPEATABLE = "veeam_agents_client.repeatable"
"""Request extension of a request that may go again after an answer saying the server did not act
on it (429, 502, 503, 504), whatever its method: the token request, since logging in twice does no
harm and such an answer judged no password. Never after a timeout, which may come after the server
acted (a refresh token consumed, a failed login counted towards a lockout)."""
STREAM = "veeam_agents_client.stream"
"""Request extension of a streamed download: its body is left unread for the caller to stream, so
retries stop at the headers (a body that breaks halfway is the download's error, not a retry)."""


@dataclass(frozen=True)
class RetryPolicy:
    """Decides whether and after how long a request is retried.

    Idempotent methods retry on transport errors (timeouts included) and on 429/502/503/504.
    Other methods (POST actions) retry only on a failed connect, when the request provably
    never reached the server, and never after a timeout; a `repeatable` one (the token request)
    also on 429/502/503/504. Backoff is exponential with full
    jitter; a Retry-After header is honoured up to `max_retry_after` seconds.
    """

    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0

    def __call__(
        self,
        method: str,
        attempt: int,
        *,
        status_code: int | None = None,
        retry_after: str | None = None,
        error: Exception | None = None,
        repeatable: bool = False,
    ) -> float | None:
        """Seconds to wait before retry number `attempt` (1-based), or None to give up."""
        if attempt > self.max_retries:
            return None
        idempotent = method.upper() in _IDEMPOTENT
        if error is not None:
            retryable = isinstance(error, httpx.ConnectError) or (
                idempotent and isinstance(error, httpx.TransportError)
            )
        else:
            retryable = (idempotent or repeatable) and status_code in _RETRY_STATUSES
        if not retryable:
            return None
        hinted = parse_retry_after(retry_after)
        if hinted is not None:
            return min(hinted, self.max_retry_after)
        return random.uniform(0, min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))


class RetryingTransport(httpx.AsyncBaseTransport):
    """Wraps a transport and replays requests the policy calls retryable.

    One budget per logical call: a call sends at most ``max_retries + 2`` requests (the first,
    the retries, and the one replay after a 401), besides the token request.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = request.extensions.get(_SENT, 0)
        while True:
            attempt += 1
            request.extensions[_SENT] = attempt
            try:
                response = await self._inner.handle_async_request(request)
                # Read the body here, so that a connection dropped mid-body is a transport error
                # this loop can retry, not one that surfaces later in the caller's read.
                if not request.extensions.get(STREAM):
                    await response.aread()
            except httpx.TransportError as exc:
                delay = self._policy(request.method, attempt, error=exc)
                if delay is None:
                    raise
                why = type(exc).__name__
            else:
                delay = self._policy(
                    request.method,
                    attempt,
                    status_code=response.status_code,
                    retry_after=response.headers.get("retry-after"),
                    repeatable=bool(request.extensions.get(REPEATABLE)),
                )
                if delay is None:
                    return response
                await response.aclose()
                why = f"HTTP {response.status_code}"
            LOGGER.debug(
                "retrying %s %s after %s in %.2f s (retry %d)",
                request.method,
                request.url.path,
                why,
                delay,
                attempt,
            )
            await asyncio.sleep(delay)

    def with_policy(self, policy: RetryPolicy) -> RetryingTransport:
        """The same pool under another policy; closing it leaves the pool to this transport."""
        return RetryingTransport(BorrowedTransport(self._inner), policy)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def mark_repeatable(request: httpx.Request) -> None:
    """A request hook for the token client: its requests are `REPEATABLE`."""
    request.extensions[REPEATABLE] = True
