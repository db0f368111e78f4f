"""Sessions started by discovered-entity actions and appliance reboots: progress from elapsed time,
effects when they end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, get_args

from ._data import AGENT_VERSION, ZERO_UUID, from_timestamp, iso
from ._entities import AGENT_PRESENT, DRIVER_VERSION, PLUGIN_TYPES, EntityGroup
from ._site import RecoveryAppliance

Action = Literal[
    "rescan",
    "installAgent",
    "uninstallAgent",
    "uninstallAllComponents",
    "rebootAppliances",
    "upgradeAgent",
    "installCBTDriver",
    "uninstallCBTDriver",
    "reboot",
    "prepareForRemoteBmr",
    "recreateEmbeddedRm",
    # protection groups
    "createGroup",
    "updateGroup",
    "deleteGroup",
    "rescanGroup",
]
SessionResult = Literal["Success", "Warning", "Failed"]
SESSION_RESULTS: tuple[SessionResult, ...] = get_args(SessionResult)

ACTION_TITLES: dict[str, str] = {
    "rescan": "Rescan of {}",
    "installAgent": "Install agent on {}",
    "uninstallAgent": "Uninstall agent from {}",
    "uninstallAllComponents": "Uninstall all components from {}",
    "rebootAppliances": "Reboot recovery appliance {}",
    "upgradeAgent": "Upgrade agent on {}",
    "installCBTDriver": "Install CBT driver on {}",
    "uninstallCBTDriver": "Uninstall CBT driver from {}",
    "reboot": "Reboot of {}",
    "prepareForRemoteBmr": "Prepare {} for remote bare-metal recovery",
    "recreateEmbeddedRm": "Recreate embedded recovery media on {}",
    "createGroup": "Create protection group {}",
    "updateGroup": "Edit protection group {}",
    "deleteGroup": "Delete protection group {}",
    "rescanGroup": "Rescan of protection group {}",
}
SESSION_TYPES: dict[str, str] = {
    "uninstallAllComponents": "Infrastructure",
    "rebootAppliances": "AgentsRecoveryAppliancesManagement",
}
STARTING_SHARE = 0.1  # the first tenth of a session's duration it reports Starting


@dataclass
class Session:
    """A running or finished action on some entities of a group, or on recovery appliances (no group)."""

    id: str
    usn: int
    action: Action
    group: EntityGroup | None
    slots: list[int]
    name: str
    platform: str
    started: float
    duration: float
    result: SessionResult
    initiated_by: str
    applied: bool = False
    held_at: float | None = None  # when it stopped in ActionRequired; None while it runs
    held_for: float = 0.0  # seconds spent in ActionRequired before, which do not count as progress
    appliances: list[RecoveryAppliance] = field(default_factory=list)
    on_success: Callable[[], None] | None = None  # what it does to the site when it ends without failing

    def model(self, now: float) -> dict[str, Any]:
        """The SessionModel body at time ``now``."""
        elapsed = self._elapsed(now)
        body: dict[str, Any] = {
            "sessionType": SESSION_TYPES.get(self.action, "AgentDiscovery"),
            "id": self.id,
            "name": self.name,
            "jobId": ZERO_UUID if self.group is None else self.group.id,
            "activityId": ZERO_UUID if self.group is None else self.group.id,  # jobId's name before jobId
            "creationTime": iso(from_timestamp(self.started)),
            "usn": self.usn,
            "platformName": self.platform,
            "platformId": ZERO_UUID,
            "initiatedBy": self.initiated_by,
        }
        if elapsed >= self.duration:
            message = {"Success": "Success", "Warning": "Completed with warnings", "Failed": "Failed"}
            return body | {
                "state": "Stopped",
                "endTime": iso(from_timestamp(self.end())),
                "progressPercent": 100,
                "result": {"result": self.result, "message": message[self.result], "isCanceled": False},
            }
        starting = elapsed < self.duration * STARTING_SHARE
        state = "ActionRequired" if self.held_at is not None else "Starting" if starting else "Working"
        return body | {
            "state": state,
            "progressPercent": 0 if starting else min(99, int(100 * elapsed / self.duration)),
            "result": {"result": "None", "message": "", "isCanceled": False},
        }

    def _elapsed(self, now: float) -> float:
        """Seconds of progress by ``now``: time in ActionRequired does not count."""
        return (now if self.held_at is None else self.held_at) - self.started - self.held_for

    def finished(self, now: float) -> bool:
        """Whether the session has stopped by ``now``."""
        return self._elapsed(now) >= self.duration

    def end(self) -> float:
        """When the session stops (or stopped), given no further hold."""
        return self.started + self.held_for + self.duration

    def hold(self, now: float) -> None:
        """Stop in ActionRequired until :meth:`release` (an operator must act in VBR)."""
        if self.finished(now):
            raise ValueError(f"session {self.id} has already finished")
        if self.held_at is None:
            self.held_at = now

    def release(self, now: float) -> None:
        """Go on from where :meth:`hold` stopped it."""
        if self.held_at is not None:
            self.held_for += now - self.held_at
            self.held_at = None


EMBEDDED_MEDIA = ("prepareForRemoteBmr", "recreateEmbeddedRm")
NEEDS_AGENT = ("upgradeAgent", "installCBTDriver", "uninstallCBTDriver")  # nothing happens on a computer without one


def _effects(action: Action, result: SessionResult, read: Callable[[str], Any], end: str) -> dict[str, Any]:
    """Field changes a finished action makes to a Computer entity (``read`` reads its fields now;
    ``end`` is when the session stopped)."""
    if action in EMBEDDED_MEDIA:
        state = {"state": "Failed", "message": "Recovery media creation failed."} if result == "Failed" else {}
        return {"embeddedRecoveryMediaState": (state or {"state": "Created"}) | {"lastUpdateDate": end}}
    if result == "Failed":
        return {"agentStatus": "Failed"} if action == "installAgent" else {}
    if action in NEEDS_AGENT and read("agentStatus") not in AGENT_PRESENT:
        return {}
    if action == "installAgent":
        return {
            "agentStatus": "Installed",
            "agentVersion": AGENT_VERSION,
            "driverStatus": "Installed",
            "driverVersion": DRIVER_VERSION,
        }
    if action == "upgradeAgent":
        return {"agentStatus": "Installed", "agentVersion": AGENT_VERSION}
    if action == "installCBTDriver":  # the driver loads after a reboot
        return {"driverStatus": "Installed", "driverVersion": DRIVER_VERSION, "rebootRequired": True}
    if action == "uninstallCBTDriver":
        return {"driverStatus": "NotInstalled", "driverVersion": None, "rebootRequired": True}
    if action == "reboot":
        return {"state": "Online", "rebootRequired": False}
    if action == "uninstallAgent":
        return {"agentStatus": "NotInstalled", "agentVersion": None}
    if action == "uninstallAllComponents":
        return {
            "agentStatus": "NotInstalled",
            "agentVersion": None,
            "driverStatus": "NotInstalled",
            "driverVersion": None,
            "rebootRequired": True,
            "plugins": [{"type": plugin, "status": "NotInstalled"} for plugin in PLUGIN_TYPES],
        }
    return {"state": "Online"} | ({"agentStatus": "NotInstalled"} if read("agentStatus") in (None, "Unknown") else {})


@dataclass
class SessionBook:
    """Every session of the server, and the effects still to apply."""

    clock: Callable[[], float]
    next_usn: int = 806726
    sessions: dict[str, Session] = field(default_factory=dict)

    def start(self, session: Session) -> Session:
        """Record a started session."""
        self.sessions[session.id] = session
        return session

    def take_usn(self) -> int:
        """The next update sequence number."""
        self.next_usn += 1
        return self.next_usn

    def settle(self) -> None:
        """Apply the entity changes of every session that has finished since the last call."""
        now = self.clock()
        for session in self.sessions.values():
            if session.applied or not session.finished(now):
                continue
            session.applied = True
            if session.result != "Failed" and session.on_success is not None:
                session.on_success()
            if session.result != "Failed":
                for appliance in session.appliances:  # a rebooted appliance reports back as it comes up
                    appliance.last_contact = from_timestamp(session.end())
            group = session.group
            if group is None:
                continue
            for slot in session.slots:
                if group.slot_of(group.entity_id(slot)) is None or group.field(slot, "type") != "Computer":
                    continue
                now_iso = iso(from_timestamp(session.end()))
                changes = _effects(session.action, session.result, partial(group.field, slot), now_iso)
                if session.result != "Failed":
                    changes["lastConnected"] = now_iso
                group.update(slot, changes)
