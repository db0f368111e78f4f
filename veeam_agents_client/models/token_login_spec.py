from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_login_grant_type import ELoginGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenLoginSpec")


@_attrs_define
class TokenLoginSpec:
    """Login form: the grant type and what it needs."""

    grant_type: ELoginGrantType
    """ OAuth 2.0 grant type. """
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    code: str | Unset = UNSET
    use_short_term_refresh: bool | Unset = UNSET
    vbr_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        grant_type = ELoginGrantType.from_json(d.pop("grant_type"))

        username = d.pop("username", UNSET)
        if username is None:
            username = UNSET
        elif username is not UNSET and type(username) is not str:
            raise TypeError("username: not str")

        password = d.pop("password", UNSET)
        if password is None:
            password = UNSET
        elif password is not UNSET and type(password) is not str:
            raise TypeError("password: not str")

        refresh_token = d.pop("refresh_token", UNSET)
        if refresh_token is None:
            refresh_token = UNSET
        elif refresh_token is not UNSET and type(refresh_token) is not str:
            raise TypeError("refresh_token: not str")

        code = d.pop("code", UNSET)
        if code is None:
            code = UNSET
        elif code is not UNSET and type(code) is not str:
            raise TypeError("code: not str")

        use_short_term_refresh = d.pop("use_short_term_refresh", UNSET)
        if use_short_term_refresh is None:
            use_short_term_refresh = UNSET
        elif (
            use_short_term_refresh is not UNSET
            and type(use_short_term_refresh) is not bool
        ):
            raise TypeError("use_short_term_refresh: not bool")

        vbr_token = d.pop("vbr_token", UNSET)
        if vbr_token is None:
            vbr_token = UNSET
        elif vbr_token is not UNSET and type(vbr_token) is not str:
            raise TypeError("vbr_token: not str")

        token_login_spec = cls(
            grant_type=grant_type,
            username=username,
            password=password,
            refresh_token=refresh_token,
            code=code,
            use_short_term_refresh=use_short_term_refresh,
            vbr_token=vbr_token,
        )

        token_login_spec.additional_properties = d
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
