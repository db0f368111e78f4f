from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudMachinesProtectionGroupExclusionsModel")


@_attrs_define
class CloudMachinesProtectionGroupExclusionsModel:
    exclude_selected_objects: bool | Unset = UNSET
    excluded_objects: (
        list[CloudMachineModel | CloudRegionModel | CloudTagModel] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exclude_selected_objects = self.exclude_selected_objects

        excluded_objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excluded_objects, Unset):
            excluded_objects = []
            for excluded_objects_item_data in self.excluded_objects:
                excluded_objects_item: dict[str, Any]
                if isinstance(
                    excluded_objects_item_data, CloudRegionModel
                ) or isinstance(excluded_objects_item_data, CloudMachineModel):
                    excluded_objects_item = excluded_objects_item_data.to_dict()
                else:
                    excluded_objects_item = excluded_objects_item_data.to_dict()

                excluded_objects.append(excluded_objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exclude_selected_objects is not UNSET:
            field_dict["excludeSelectedObjects"] = exclude_selected_objects
        if excluded_objects is not UNSET:
            field_dict["excludedObjects"] = excluded_objects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exclude_selected_objects = d.pop("excludeSelectedObjects", UNSET)
        if exclude_selected_objects is None:
            exclude_selected_objects = UNSET
        elif (
            exclude_selected_objects is not UNSET
            and type(exclude_selected_objects) is not bool
        ):
            raise TypeError("excludeSelectedObjects: not bool")

        _excluded_objects = d.pop("excludedObjects", UNSET)
        excluded_objects: (
            list[CloudMachineModel | CloudRegionModel | CloudTagModel] | Unset
        ) = UNSET
        if (
            _excluded_objects is not UNSET and _excluded_objects is not None
        ):  # null reads as UNSET
            excluded_objects = []
            for excluded_objects_item_data in _excluded_objects:

                def _parse_excluded_objects_item(
                    data: object,
                ) -> CloudMachineModel | CloudRegionModel | CloudTagModel:
                    if not isinstance(data, dict):
                        raise TypeError()
                    kind = data.get("type")
                    if kind == "Region":
                        return CloudRegionModel.from_dict(data)
                    elif kind == "Machine":
                        return CloudMachineModel.from_dict(data)
                    elif kind == "Tag":
                        return CloudTagModel.from_dict(data)
                    # An unknown kind reads as the base model, which keeps every field. The generated types name
                    # only the oneOf's members, hence the cast; hand-written types of such a union add the base.
                    from typing import cast

                    from ..models.cloud_machines_protection_group_objects_model import (
                        CloudMachinesProtectionGroupObjectsModel,
                    )

                    return cast(
                        "CloudMachineModel | CloudRegionModel | CloudTagModel",
                        CloudMachinesProtectionGroupObjectsModel.from_dict(data),
                    )

                excluded_objects_item = _parse_excluded_objects_item(
                    excluded_objects_item_data
                )

                excluded_objects.append(excluded_objects_item)

        cloud_machines_protection_group_exclusions_model = cls(
            exclude_selected_objects=exclude_selected_objects,
            excluded_objects=excluded_objects,
        )

        cloud_machines_protection_group_exclusions_model.additional_properties = d
        return cloud_machines_protection_group_exclusions_model

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


from ..models.cloud_machine_model import CloudMachineModel
from ..models.cloud_region_model import CloudRegionModel
from ..models.cloud_tag_model import CloudTagModel
