from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenModel")


@_attrs_define
class TokenModel:
    """An access and refresh token pair with its lifetime."""

    access_token: str
    token_type: str
    refresh_token: str
    expires_in: int
    issued: datetime.datetime
    expires: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        issued = self.issued.isoformat()

        expires = self.expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "refresh_token": refresh_token,
                "expires_in": expires_in,
                ".issued": issued,
                ".expires": expires,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_token = d.pop("access_token")
        if type(access_token) is not str:
            raise TypeError("access_token: not str")

        token_type = d.pop("token_type")
        if type(token_type) is not str:
            raise TypeError("token_type: not str")

        refresh_token = d.pop("refresh_token")
        if type(refresh_token) is not str:
            raise TypeError("refresh_token: not str")

        expires_in = d.pop("expires_in")
        if type(expires_in) is not int:
            raise TypeError("expires_in: not int")

        issued = datetime.datetime.fromisoformat(d.pop(".issued"))

        expires = datetime.datetime.fromisoformat(d.pop(".expires"))

        token_model = cls(
            access_token=access_token,
            token_type=token_type,
            refresh_token=refresh_token,
            expires_in=expires_in,
            issued=issued,
            expires=expires,
        )

        token_model.additional_properties = d
        return token_model

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
