from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar

from ..types import EnumMembers, decoded, member_again, was_received


class ELoginGrantType(StrEnum):
    """OAuth 2.0 grant of a token request. Password logs in with a user name and password; Refresh_token swaps a
    refresh token for a new pair; Authorization_code redeems a one-time code; Vbr_token logs in with a VBR token.
    1.2-rev1 and 1.3-rev0 spell the values in lower case; the client sends the agreed revision's spelling."""

    AUTHORIZATION_CODE = "Authorization_code"
    PASSWORD = "Password"
    REFRESH_TOKEN = "Refresh_token"
    VBR_TOKEN = "Vbr_token"

    from_json: ClassVar[Callable[[str], "ELoginGrantType"]]
    """The member for a value read from JSON; a value this revision does not list gives a pseudo-member."""

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self._name_}"  # as written in code; a value no revision lists shows as itself

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Pickled by its value, with the mark of a value a server sent that no revision lists.
        return member_again, (type(self), self._value_, was_received(self))

    @classmethod
    def _missing_(cls, value: object) -> "ELoginGrantType | None":
        # A newer server revision may send a value this document does not list: keep the
        # raw string as a pseudo-member instead of failing; known values stay real members.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return decoded(member)  # marked `received` when the fast reader's decoder asked


# A dict's bound __getitem__: one C-level look-up per value, ten times cheaper than a classmethod.
ELoginGrantType.from_json = EnumMembers(ELoginGrantType).__getitem__
