"""Sessions: reading them, and waiting for the ones that agent actions start."""

from __future__ import annotations

import uuid

from ._exceptions import SessionActionRequiredError, SessionFailedError, SessionTimeoutError
from ._polling import poll_until
from ._resource import Resource
from ._revisions import operation
from ._validation import flag, uuid_value
from .api.sessions import get_session
from .models.e_session_result import ESessionResult
from .models.e_session_state import ESessionState
from .models.session_model import SessionModel
from .models.session_result_model import SessionResultModel

__all__ = ["Sessions"]

_FINAL_STATES = frozenset({ESessionState.STOPPED, ESessionState.ACTIONREQUIRED})
"""States a session does not leave by itself: Stopped, and ActionRequired (waits for an operator)."""


class Sessions(Resource):
    """``client.sessions``: the sessions that rescans and agent (un)installs start."""

    @operation("get_session")
    async def get(self, id: uuid.UUID | str) -> SessionModel:
        """The session with this ID."""
        return await self._call(get_session, SessionModel, id=uuid_value(id, "id"))

    @operation("get_session")
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
        `raise_on_failure` is False), SessionActionRequiredError when the session stops in
        ActionRequired (an operator must act in VBR), and SessionTimeoutError when `timeout`
        passes first: the deadline also cuts short a poll that is still retrying. A state no
        revision documents keeps the wait going, never past the deadline.
        """
        session_id = session.id if isinstance(session, SessionModel) else uuid_value(session, "session")
        raise_on_failure = flag(raise_on_failure, "raise_on_failure")
        current = await poll_until(
            lambda: self.get(session_id),
            lambda current: current.state in _FINAL_STATES,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            timed_out=lambda last: SessionTimeoutError(last, timeout, session_id=session_id),
            last=session if isinstance(session, SessionModel) else None,
        )
        if current.state == ESessionState.ACTIONREQUIRED:
            raise SessionActionRequiredError(current)
        result = current.result
        if raise_on_failure and isinstance(result, SessionResultModel) and result.result == ESessionResult.FAILED:
            raise SessionFailedError(current)
        return current
