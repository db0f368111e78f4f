from enum import StrEnum


class EDiscoveredComputerState(StrEnum):
    OFFLINE = "Offline"
    ONLINE = "Online"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EDiscoveredComputerState | None":
        # A newer server revision may send a value this document does not list: keep the
        # raw string as a pseudo-member instead of failing; known values stay real members.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
