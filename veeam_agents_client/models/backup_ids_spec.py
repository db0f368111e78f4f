from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="BackupIdsSpec")


@_attrs_define
class BackupIdsSpec:
    backup_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_ids = []
        for backup_ids_item_data in self.backup_ids:
            backup_ids_item = str(backup_ids_item_data)
            backup_ids.append(backup_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backupIds": backup_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        backup_ids = []
        _backup_ids = d.pop("backupIds")
        for backup_ids_item_data in _backup_ids:
            backup_ids_item = parse_uuid(backup_ids_item_data)

            backup_ids.append(backup_ids_item)

        backup_ids_spec = cls(
            backup_ids=backup_ids,
        )

        backup_ids_spec.additional_properties = d
        return backup_ids_spec

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
