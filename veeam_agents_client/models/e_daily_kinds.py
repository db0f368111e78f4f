from enum import StrEnum


class EDailyKinds(StrEnum):
    EVERYDAY = "Everyday"
    SELECTEDDAYS = "SelectedDays"
    WEEKDAYS = "WeekDays"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: str) -> "EDailyKinds":
        """The member for a value read from JSON: a direct look-up, else `_missing_` below."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value]

    @classmethod
    def _missing_(cls, value: object) -> "EDailyKinds | None":
        # A newer server revision may send a value this document does not list: keep the
        # raw string as a pseudo-member instead of failing; known values stay real members.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
