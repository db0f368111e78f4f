from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_protection_group_type import EProtectionGroupType
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="CloudMachinesProtectionGroupModel")


@_attrs_define
class CloudMachinesProtectionGroupModel:
    id: UUID
    name: str
    description: str
    type_: EProtectionGroupType
    is_disabled: bool | Unset = UNSET
    cloud_account: (
        CloudMachinesProtectionGroupAWSAccountModel
        | CloudMachinesProtectionGroupAzureAccountModel
        | Unset
    ) = UNSET
    cloud_machines: (
        list[CloudMachineModel | CloudRegionModel | CloudTagModel] | Unset
    ) = UNSET
    exclusions: CloudMachinesProtectionGroupExclusionsModel | Unset = UNSET
    options: ProtectionGroupOptionsModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description = self.description

        type_ = self.type_.value

        is_disabled = self.is_disabled

        cloud_account: dict[str, Any] | Unset
        if isinstance(self.cloud_account, Unset):
            cloud_account = UNSET
        elif isinstance(
            self.cloud_account, CloudMachinesProtectionGroupAWSAccountModel
        ):
            cloud_account = self.cloud_account.to_dict()
        else:
            cloud_account = self.cloud_account.to_dict()

        cloud_machines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cloud_machines, Unset):
            cloud_machines = []
            for cloud_machines_item_data in self.cloud_machines:
                cloud_machines_item: dict[str, Any]
                if isinstance(cloud_machines_item_data, CloudRegionModel) or isinstance(
                    cloud_machines_item_data, CloudMachineModel
                ):
                    cloud_machines_item = cloud_machines_item_data.to_dict()
                else:
                    cloud_machines_item = cloud_machines_item_data.to_dict()

                cloud_machines.append(cloud_machines_item)

        exclusions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exclusions, Unset):
            exclusions = self.exclusions.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
            }
        )
        if is_disabled is not UNSET:
            field_dict["isDisabled"] = is_disabled
        if cloud_account is not UNSET:
            field_dict["cloudAccount"] = cloud_account
        if cloud_machines is not UNSET:
            field_dict["cloudMachines"] = cloud_machines
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError("name: not str")

        description = d.pop("description")
        if type(description) is not str:
            raise TypeError("description: not str")

        type_ = EProtectionGroupType.from_json(d.pop("type"))

        is_disabled = d.pop("isDisabled", UNSET)
        if is_disabled is None:
            is_disabled = UNSET
        elif is_disabled is not UNSET and type(is_disabled) is not bool:
            raise TypeError("isDisabled: not bool")

        def _parse_cloud_account(
            data: object,
        ) -> (
            CloudMachinesProtectionGroupAWSAccountModel
            | CloudMachinesProtectionGroupAzureAccountModel
            | Unset
        ):
            if not isinstance(data, dict):
                raise TypeError()
            kind = data.get("accountType")
            if kind == "AWS":
                return CloudMachinesProtectionGroupAWSAccountModel.from_dict(data)
            elif kind == "Azure":
                return CloudMachinesProtectionGroupAzureAccountModel.from_dict(data)
            # An unknown kind reads as the base model, which keeps every field. The generated types name
            # only the oneOf's members, hence the cast; hand-written types of such a union add the base.

            from ..models.cloud_machines_protection_group_account_model import (
                CloudMachinesProtectionGroupAccountModel,
            )

            return cast(
                "CloudMachinesProtectionGroupAWSAccountModel | CloudMachinesProtectionGroupAzureAccountModel | Unset",
                CloudMachinesProtectionGroupAccountModel.from_dict(data),
            )

        cloud_account = _parse_cloud_account(d.pop("cloudAccount", UNSET))

        _cloud_machines = d.pop("cloudMachines", UNSET)
        cloud_machines: (
            list[CloudMachineModel | CloudRegionModel | CloudTagModel] | Unset
        ) = UNSET
        if (
            _cloud_machines is not UNSET and _cloud_machines is not None
        ):  # null reads as UNSET
            cloud_machines = []
            for cloud_machines_item_data in _cloud_machines:

                def _parse_cloud_machines_item(
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

                cloud_machines_item = _parse_cloud_machines_item(
                    cloud_machines_item_data
                )

                cloud_machines.append(cloud_machines_item)

        _exclusions = d.pop("exclusions", UNSET)
        exclusions: CloudMachinesProtectionGroupExclusionsModel | Unset
        if _exclusions is None or isinstance(_exclusions, Unset):
            exclusions = UNSET
        else:
            exclusions = CloudMachinesProtectionGroupExclusionsModel.from_dict(
                _exclusions
            )

        _options = d.pop("options", UNSET)
        options: ProtectionGroupOptionsModel | Unset
        if _options is None or isinstance(_options, Unset):
            options = UNSET
        else:
            options = ProtectionGroupOptionsModel.from_dict(_options)

        cloud_machines_protection_group_model = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            is_disabled=is_disabled,
            cloud_account=cloud_account,
            cloud_machines=cloud_machines,
            exclusions=exclusions,
            options=options,
        )

        cloud_machines_protection_group_model.additional_properties = d
        return cloud_machines_protection_group_model

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
from ..models.cloud_machines_protection_group_aws_account_model import (
    CloudMachinesProtectionGroupAWSAccountModel,
)
from ..models.cloud_machines_protection_group_azure_account_model import (
    CloudMachinesProtectionGroupAzureAccountModel,
)
from ..models.cloud_machines_protection_group_exclusions_model import (
    CloudMachinesProtectionGroupExclusionsModel,
)
from ..models.cloud_region_model import CloudRegionModel
from ..models.cloud_tag_model import CloudTagModel
from ..models.protection_group_options_model import ProtectionGroupOptionsModel
