from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_login_grant_type import ELoginGrantType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="TokenLoginSpec")


@_attrs_define
class TokenLoginSpec:
    """The form of a token request: the grant type and what that grant needs. The client sends it for you at login and
    refresh.

    """

    grant_type: ELoginGrantType
    """ Which grant (password, refresh token, authorization code or VBR token), in the agreed revision's spelling.
    """
    username: str | Unset = UNSET
    """ The account to log in as, with the password grant. """
    password: str | Unset = UNSET
    """ The account's password, with the password grant. Secret: repr and str show <redacted>. """
    refresh_token: str | Unset = UNSET
    """ The refresh token to exchange, with the refresh token grant; each works once. Secret: repr and str show
    <redacted>. """
    code: str | Unset = UNSET
    """ The one-time authorization code, with the authorization code grant. Secret: repr and str show <redacted>.
    """
    use_short_term_refresh: bool | Unset = UNSET
    """ True to ask for a refresh token with a short lifetime. """
    vbr_token: str | Unset = UNSET
    """ The VBR token, with the VBR token grant. Secret: repr and str show <redacted>. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(
            self,
            frozenset(
                {
                    "code",
                    "password",
                    "refresh_token",
                    "vbr_token",
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        username = self.username

        password = self.password

        refresh_token = self.refresh_token

        code = self.code

        use_short_term_refresh = self.use_short_term_refresh

        vbr_token = self.vbr_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if code is not UNSET:
            field_dict["code"] = code
        if use_short_term_refresh is not UNSET:
            field_dict["use_short_term_refresh"] = use_short_term_refresh
        if vbr_token is not UNSET:
            field_dict["vbr_token"] = vbr_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict.copy() if type(src_dict) is dict else object_fields(src_dict)
        )  # copy(): cheaper than dict()
        # Bound once: one attribute look-up per model instead of one per field.
        pop = d.pop
        # One try around the reading (free until something raises): a failure becomes a
        # ResponseFieldError naming the field, found from what was popped, at no cost here.
        try:
            grant_type = ELoginGrantType.from_json(pop("grant_type"))

            username = pop("username", None)
            if type(username) is not str:
                if username is not None:
                    raise TypeError("expected str")
                username = UNSET
            password = pop("password", None)
            if type(password) is not str:
                if password is not None:
                    raise TypeError("expected str")
                password = UNSET
            refresh_token = pop("refresh_token", None)
            if type(refresh_token) is not str:
                if refresh_token is not None:
                    raise TypeError("expected str")
                refresh_token = UNSET
            code = pop("code", None)
            if type(code) is not str:
                if code is not None:
                    raise TypeError("expected str")
                code = UNSET
            use_short_term_refresh = pop("use_short_term_refresh", None)
            if type(use_short_term_refresh) is not bool:
                if use_short_term_refresh is not None:
                    raise TypeError("expected bool")
                use_short_term_refresh = UNSET
            vbr_token = pop("vbr_token", None)
            if type(vbr_token) is not str:
                if vbr_token is not None:
                    raise TypeError("expected str")
                vbr_token = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "grant_type",
                    "username",
                    "password",
                    "refresh_token",
                    "code",
                    "use_short_term_refresh",
                    "vbr_token",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        token_login_spec = cls(
            grant_type,
            username,
            password,
            refresh_token,
            code,
            use_short_term_refresh,
            vbr_token,
            additional_properties,
        )
        return token_login_spec

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _mirror(msgspec: Any, tagged: bool) -> Any:
    """The fast reader's mirror of TokenLoginSpec (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> TokenLoginSpec:
        grant_type = m.grant_type

        username = m.username
        if username is None:
            username = UNSET

        password = m.password
        if password is None:
            password = UNSET

        refresh_token = m.refresh_token
        if refresh_token is None:
            refresh_token = UNSET

        code = m.code
        if code is None:
            code = UNSET

        use_short_term_refresh = m.use_short_term_refresh
        if use_short_term_refresh is None:
            use_short_term_refresh = UNSET

        vbr_token = m.vbr_token
        if vbr_token is None:
            vbr_token = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        token_login_spec = TokenLoginSpec(
            grant_type,
            username,
            password,
            refresh_token,
            code,
            use_short_term_refresh,
            vbr_token,
            {},
        )
        return token_login_spec

    fields: list[Any] = [
        ("grant_type", ELoginGrantType),
        ("username", str | None, None),
        ("password", str | None, None),
        ("refresh_token", str | None, None),
        ("code", str | None, None),
        ("use_short_term_refresh", bool | None, None),
        ("vbr_token", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "TokenLoginSpec",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
