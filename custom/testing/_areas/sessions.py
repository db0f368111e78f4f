"""Sessions: reading one, and starting one for an action (discovered entities, appliances, groups)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ...models.e_session_state import ESessionState
from .._entities import EntityGroup
from .._lookups import in_path
from .._sessions import ACTION_TITLES, Action, Session
from .._site import RecoveryAppliance

if TYPE_CHECKING:
    from .._gate import Call


def session_body(call: Call, session: Session) -> dict[str, Any]:
    """A session in the request's revision: a state the revision lacks (ActionRequired) reads Working."""
    body = call.rules.shape(session.model(call.fake.now()), "SessionModel")
    if not call.rules.has_value(ESessionState.__name__, body["state"]):
        body["state"] = ESessionState.WORKING.value
    return body


def start_session(
    call: Call,
    action: Action,
    subject: str,
    *,
    linux: bool = False,
    group: EntityGroup | None = None,
    slots: Sequence[int] = (),
    appliances: Sequence[RecoveryAppliance] = (),
    on_success: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Start the caller's session of ``action`` on ``subject`` (named in its title) and answer it."""
    fake = call.fake
    session = Session(
        id=fake.new_uuid(),
        usn=fake.sessions.take_usn(),
        action=action,
        group=group,
        slots=list(slots),
        name=ACTION_TITLES[action].format(subject),
        platform="LinuxPhysical" if linux else "WindowsPhysical",
        started=fake.now(),
        duration=fake.session_duration,
        result=fake.session_result,
        initiated_by=call.caller.user.username,
        appliances=list(appliances),
        on_success=on_success,
    )
    fake.stats.sessions_started += 1
    return session_body(call, fake.sessions.start(session))


def get_session(call: Call) -> dict[str, Any]:
    """GET /api/v1/sessions/{id}."""
    return session_body(call, in_path(call, call.fake.sessions.sessions, "Session"))
