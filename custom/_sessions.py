"""Sessions: reading them, and waiting for the ones that agent actions start."""

from __future__ import annotations

import asyncio
import uuid
from typing import TYPE_CHECKING

from ._constants import LOGGER
from ._errors import SessionFailedError, SessionTimeoutError
from ._response import call
from ._validation import flag, seconds, uuid_value
from .api.sessions import get_session
from .models.e_session_result import ESessionResult
from .models.e_session_state import ESessionState
from .models.session_model import SessionModel
from .models.session_result_model import SessionResultModel

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["Sessions"]


class Sessions:
    """``client.sessions``: the sessions that rescans and agent (un)installs start."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        self._client = client

    async def get(self, id: uuid.UUID | str) -> SessionModel:
        """The session with this ID."""
        return await call(get_session.asyncio_detailed, SessionModel, id=uuid_value(id, "id"), client=self._client.raw)

    async def wait(
        self,
        session: SessionModel | uuid.UUID | str,
        *,
        timeout: float = 1800.0,  # noqa: ASYNC109 - a deadline for the whole wait, documented API
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        raise_on_failure: bool = True,
    ) -> SessionModel:
        """Poll until the session stops and return it.

        Polls start every `poll_interval` seconds and back off by half each time up to
        `max_poll_interval`. Raises SessionFailedError when the result is Failed (unless
        `raise_on_failure` is False) and SessionTimeoutError when `timeout` passes first: the
        deadline also cuts short a poll that is still retrying.
        """
        session_id = session.id if isinstance(session, SessionModel) else uuid_value(session, "session")
        timeout = seconds(timeout, "timeout")
        interval = seconds(poll_interval, "poll_interval")
        ceiling = max(interval, seconds(max_poll_interval, "max_poll_interval"))
        raise_on_failure = flag(raise_on_failure, "raise_on_failure")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        current = session if isinstance(session, SessionModel) else None
        while True:
            # The deadline bounds each poll too, with its retries (a Retry-After can ask for 60 s).
            scope = asyncio.timeout_at(deadline)
            try:
                async with scope:
                    current = await self.get(session_id)
            except TimeoutError:
                if not scope.expired():
                    raise
                raise SessionTimeoutError(current, timeout, session_id=session_id) from None
            if current.state == ESessionState.STOPPED:
                break
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise SessionTimeoutError(current, timeout)
            LOGGER.debug("session %s is %s (%s %%)", session_id, current.state, current.progress_percent)
            await asyncio.sleep(min(interval, remaining))
            interval = min(interval * 1.5, ceiling)
        result = current.result
        if raise_on_failure and isinstance(result, SessionResultModel) and result.result == ESessionResult.FAILED:
            raise SessionFailedError(current)
        return current
