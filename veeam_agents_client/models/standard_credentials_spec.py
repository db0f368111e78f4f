from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_credentials_type import ECredentialsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardCredentialsSpec")


@_attrs_define
class StandardCredentialsSpec:
    username: str
    type_: ECredentialsType
    password: str
    description: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        type_ = self.type_.value

        password = self.password

        description = self.description

        unique_id = self.unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "type": type_,
                "password": password,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")
        if type(username) is not str:
            raise TypeError("username: not str")

        type_ = ECredentialsType.from_json(d.pop("type"))

        password = d.pop("password")
        if type(password) is not str:
            raise TypeError("password: not str")

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
        elif description is not UNSET and type(description) is not str:
            raise TypeError("description: not str")

        unique_id = d.pop("uniqueId", UNSET)
        if unique_id is None:
            unique_id = UNSET
        elif unique_id is not UNSET and type(unique_id) is not str:
            raise TypeError("uniqueId: not str")

        standard_credentials_spec = cls(
            username=username,
            type_=type_,
            password=password,
            description=description,
            unique_id=unique_id,
        )

        standard_credentials_spec.additional_properties = d
        return standard_credentials_spec

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
