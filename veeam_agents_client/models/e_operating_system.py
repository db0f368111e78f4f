from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar

from ..types import EnumMembers, decoded, member_again, was_received


class EOperatingSystem(StrEnum):
    """Operating system family and release of a discovered computer, Windows desktop and server releases by name, Linux
    as one value; Unknown when the server cannot tell."""

    AZURESTACKHCI = "AzureStackHCI"
    LINUX = "Linux"
    UNKNOWN = "Unknown"
    WINDOWS10 = "Windows10"
    WINDOWS11 = "Windows11"
    WINDOWS2003 = "Windows2003"
    WINDOWS2008 = "Windows2008"
    WINDOWS7 = "Windows7"
    WINDOWS8 = "Windows8"
    WINDOWS81 = "Windows81"
    WINDOWSSERVER2008R2 = "WindowsServer2008R2"
    WINDOWSSERVER2012 = "WindowsServer2012"
    WINDOWSSERVER2012R2 = "WindowsServer2012R2"
    WINDOWSSERVER2016 = "WindowsServer2016"
    WINDOWSSERVER2016NANO = "WindowsServer2016Nano"
    WINDOWSSERVER2019 = "WindowsServer2019"
    WINDOWSSERVER2022 = "WindowsServer2022"
    WINDOWSSERVER2025 = "WindowsServer2025"
    WINDOWSSERVERNEXT = "WindowsServerNext"
    WINDOWSVISTA = "WindowsVista"
    WINDOWSXP = "WindowsXP"

    from_json: ClassVar[Callable[[str], "EOperatingSystem"]]
    """The member for a value read from JSON; a value this revision does not list gives a pseudo-member."""

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self._name_}"  # as written in code; a value no revision lists shows as itself

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Pickled by its value, with the mark of a value a server sent that no revision lists.
        return member_again, (type(self), self._value_, was_received(self))

    @classmethod
    def _missing_(cls, value: object) -> "EOperatingSystem | None":
        # A newer server revision may send a value this document does not list: keep the
        # raw string as a pseudo-member instead of failing; known values stay real members.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return decoded(member)  # marked `received` when the fast reader's decoder asked


# A dict's bound __getitem__: one C-level look-up per value, ten times cheaper than a classmethod.
EOperatingSystem.from_json = EnumMembers(EOperatingSystem).__getitem__
