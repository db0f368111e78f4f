from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProtectionGroupsResult")


@_attrs_define
class ProtectionGroupsResult:
    data: list[
        ADObjectsProtectionGroupModel
        | CloudMachinesProtectionGroupModel
        | CSVFileProtectionGroupModel
        | IndividualComputersProtectionGroupModel
        | IrisProtectionGroupModel
        | ManuallyAddedProtectionGroupModel
        | PreInstalledAgentsProtectionGroupModel
        | UnmanagedProtectionGroupModel
    ]
    pagination: PaginationResult
    """ Where a page sits in the whole list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if (
                isinstance(data_item_data, ManuallyAddedProtectionGroupModel)
                or isinstance(data_item_data, UnmanagedProtectionGroupModel)
                or isinstance(data_item_data, IndividualComputersProtectionGroupModel)
                or isinstance(data_item_data, ADObjectsProtectionGroupModel)
                or isinstance(data_item_data, CSVFileProtectionGroupModel)
                or isinstance(data_item_data, PreInstalledAgentsProtectionGroupModel)
                or isinstance(data_item_data, CloudMachinesProtectionGroupModel)
            ):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                ADObjectsProtectionGroupModel
                | CloudMachinesProtectionGroupModel
                | CSVFileProtectionGroupModel
                | IndividualComputersProtectionGroupModel
                | IrisProtectionGroupModel
                | ManuallyAddedProtectionGroupModel
                | PreInstalledAgentsProtectionGroupModel
                | UnmanagedProtectionGroupModel
            ):
                if not isinstance(data, dict):
                    raise TypeError()
                kind = data.get("type")
                if kind == "ManuallyAdded":
                    return ManuallyAddedProtectionGroupModel.from_dict(data)
                elif kind == "Unmanaged":
                    return UnmanagedProtectionGroupModel.from_dict(data)
                elif kind == "IndividualComputers":
                    return IndividualComputersProtectionGroupModel.from_dict(data)
                elif kind == "ADObjects":
                    return ADObjectsProtectionGroupModel.from_dict(data)
                elif kind == "CSVFile":
                    return CSVFileProtectionGroupModel.from_dict(data)
                elif kind == "PreInstalledAgents":
                    return PreInstalledAgentsProtectionGroupModel.from_dict(data)
                elif kind == "CloudMachines":
                    return CloudMachinesProtectionGroupModel.from_dict(data)
                elif kind == "Iris":
                    return IrisProtectionGroupModel.from_dict(data)
                # An unknown kind reads as the base model, which keeps every field. The generated types name
                # only the oneOf's members, hence the cast; hand-written types of such a union add the base.

                from ..models.protection_group_model import ProtectionGroupModel

                return cast(
                    "ADObjectsProtectionGroupModel | CloudMachinesProtectionGroupModel | CSVFileProtectionGroupModel | IndividualComputersProtectionGroupModel | IrisProtectionGroupModel | ManuallyAddedProtectionGroupModel | PreInstalledAgentsProtectionGroupModel | UnmanagedProtectionGroupModel",
                    ProtectionGroupModel.from_dict(data),
                )

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        pagination = PaginationResult.from_dict(d.pop("pagination"))

        protection_groups_result = cls(
            data=data,
            pagination=pagination,
        )

        protection_groups_result.additional_properties = d
        return protection_groups_result

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


from ..models.ad_objects_protection_group_model import ADObjectsProtectionGroupModel
from ..models.cloud_machines_protection_group_model import (
    CloudMachinesProtectionGroupModel,
)
from ..models.csv_file_protection_group_model import CSVFileProtectionGroupModel
from ..models.individual_computers_protection_group_model import (
    IndividualComputersProtectionGroupModel,
)
from ..models.iris_protection_group_model import IrisProtectionGroupModel
from ..models.manually_added_protection_group_model import (
    ManuallyAddedProtectionGroupModel,
)
from ..models.pagination_result import PaginationResult
from ..models.pre_installed_agents_protection_group_model import (
    PreInstalledAgentsProtectionGroupModel,
)
from ..models.unmanaged_protection_group_model import UnmanagedProtectionGroupModel
