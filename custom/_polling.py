"""Waiting for work the server runs (sessions, tasks): polls with back-off under one deadline."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from ._constants import LOGGER
from ._exceptions import VeeamError
from ._validation import seconds

__all__ = ["poll_until"]

T = TypeVar("T")


async def poll_until(
    fetch: Callable[[], Awaitable[T]],
    finished: Callable[[Any], bool],  # Any, not T: T comes from fetch alone (mypy joins unions to object)
    *,
    timeout: float,  # noqa: ASYNC109 - a deadline for the whole wait, documented API
    poll_interval: float,
    max_poll_interval: float,
    timed_out: Callable[[Any], VeeamError],
    last: object = None,
) -> T:
    """Fetch until `finished` says so; `timed_out(last seen)` is raised at the deadline.

    Polls start every `poll_interval` seconds and back off by half each time up to
    `max_poll_interval`. The deadline bounds each fetch too, retries included (a Retry-After
    can ask for 60 s), so a wait never overruns it.
    """
    timeout = seconds(timeout, "timeout")
    interval = seconds(poll_interval, "poll_interval")
    ceiling = max(interval, seconds(max_poll_interval, "max_poll_interval"))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    current = last
    while True:
        scope = asyncio.timeout_at(deadline)
        try:
            async with scope:
                current = await fetch()
        except TimeoutError:
            if not scope.expired():
                raise
            raise timed_out(current) from None
        if finished(current):
            return current
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise timed_out(current)
        LOGGER.debug("still running: %r", getattr(current, "state", current))
        await asyncio.sleep(min(interval, remaining))
        interval = min(interval * 1.5, ceiling)
