from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar

from ..types import EnumMembers, decoded, member_again, was_received


class ETaskLogRecordStatus(StrEnum):
    """Outcome of one step in a task log: Succeeded, Warning, Failed, or None."""

    FAILED = "Failed"
    NONE = "None"
    SUCCEEDED = "Succeeded"
    WARNING = "Warning"

    from_json: ClassVar[Callable[[str], "ETaskLogRecordStatus"]]
    """The member for a value read from JSON; a value this revision does not list gives a pseudo-member."""

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self._name_}"  # as written in code; a value no revision lists shows as itself

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Pickled by its value, with the mark of a value a server sent that no revision lists.
        return member_again, (type(self), self._value_, was_received(self))

    @classmethod
    def _missing_(cls, value: object) -> "ETaskLogRecordStatus | None":
        # A newer server revision may send a value this document does not list: keep the
        # raw string as a pseudo-member instead of failing; known values stay real members.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return decoded(member)  # marked `received` when the fast reader's decoder asked


# A dict's bound __getitem__: one C-level look-up per value, ten times cheaper than a classmethod.
ETaskLogRecordStatus.from_json = EnumMembers(ETaskLogRecordStatus).__getitem__
