from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar

from ..types import EnumMembers, decoded, member_again, was_received


class ESessionState(StrEnum):
    """Life-cycle state of a session. Stopped means it has ended (read its result); ActionRequired means it waits for
    an operator in VBR; the other values are stages of a running session (starting, working, pausing, waiting for a
    tape, a repository or a slot, post-processing, ...)."""

    ACTIONREQUIRED = "ActionRequired"
    IDLE = "Idle"
    PAUSING = "Pausing"
    POSTPROCESSING = "Postprocessing"
    RESUMING = "Resuming"
    STARTING = "Starting"
    STOPPED = "Stopped"
    STOPPING = "Stopping"
    WAITINGREPOSITORY = "WaitingRepository"
    WAITINGSLOT = "WaitingSlot"
    WAITINGTAPE = "WaitingTape"
    WORKING = "Working"

    from_json: ClassVar[Callable[[str], "ESessionState"]]
    """The member for a value read from JSON; a value this revision does not list gives a pseudo-member."""

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self._name_}"  # as written in code; a value no revision lists shows as itself

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Pickled by its value, with the mark of a value a server sent that no revision lists.
        return member_again, (type(self), self._value_, was_received(self))

    @classmethod
    def _missing_(cls, value: object) -> "ESessionState | None":
        # A newer server revision may send a value this document does not list: keep the
        # raw string as a pseudo-member instead of failing; known values stay real members.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return decoded(member)  # marked `received` when the fast reader's decoder asked


# A dict's bound __getitem__: one C-level look-up per value, ten times cheaper than a classmethod.
ESessionState.from_json = EnumMembers(ESessionState).__getitem__
