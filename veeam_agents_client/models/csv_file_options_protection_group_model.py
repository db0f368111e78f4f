from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="CSVFileOptionsProtectionGroupModel")


@_attrs_define
class CSVFileOptionsProtectionGroupModel:
    path: str
    network_credentials_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        network_credentials_id: str | Unset = UNSET
        if not isinstance(self.network_credentials_id, Unset):
            network_credentials_id = str(self.network_credentials_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if network_credentials_id is not UNSET:
            field_dict["networkCredentialsId"] = network_credentials_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path = d.pop("path")
        if type(path) is not str:
            raise TypeError("path: not str")

        _network_credentials_id = d.pop("networkCredentialsId", UNSET)
        network_credentials_id: UUID | Unset
        if _network_credentials_id is None or isinstance(
            _network_credentials_id, Unset
        ):
            network_credentials_id = UNSET
        else:
            network_credentials_id = parse_uuid(_network_credentials_id)

        csv_file_options_protection_group_model = cls(
            path=path,
            network_credentials_id=network_credentials_id,
        )

        csv_file_options_protection_group_model.additional_properties = d
        return csv_file_options_protection_group_model

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
