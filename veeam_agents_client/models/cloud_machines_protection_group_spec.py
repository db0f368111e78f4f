from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..models.e_protection_group_type import EProtectionGroupType
from ..types import (
    UNSET,
    Unset,
    list_of,
    mirror,
    object_fields,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="CloudMachinesProtectionGroupSpec")


@_attrs_define
class CloudMachinesProtectionGroupSpec:
    """What protection_groups.create takes for a group of machines in a public cloud (type CloudMachines)."""

    name: str
    """ The new group's name, as the VBR console will show it. """
    description: str
    """ Free text describing the group. """
    cloud_account: (
        CloudMachinesProtectionGroupAWSAccountModel
        | CloudMachinesProtectionGroupAzureAccountModel
        | CloudMachinesProtectionGroupAccountModel
    )
    """ The AWS or Azure account the machines are read from. """
    cloud_machines: list[
        CloudMachineModel
        | CloudRegionModel
        | CloudTagModel
        | CloudMachinesProtectionGroupObjectsModel
    ]
    """ The machines, regions or tags whose machines the group covers. """
    tag: str | Unset = UNSET
    """ A free-text tag for the group, such as Production. """
    exclusions: CloudMachinesProtectionGroupExclusionsModel | Unset = UNSET
    """ Machines the group leaves out. """
    options: ProtectionGroupOptionsModel | Unset = UNSET
    """ Rescan schedule and what to deploy on the machines; unset for the server's defaults. """
    type_: EProtectionGroupType = _attrs_field(
        default=EProtectionGroupType("CloudMachines"),
        kw_only=True,
        metadata={"discriminator": "type"},
    )
    """ Kind of group to create. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_ = self.type_.value

        cloud_account: dict[str, Any]
        if isinstance(self.cloud_account, CloudMachinesProtectionGroupAWSAccountModel):
            cloud_account = self.cloud_account.to_dict()
        else:
            cloud_account = self.cloud_account.to_dict()

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

        tag = self.tag

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
                "name": name,
                "description": description,
                "type": type_,
                "cloudAccount": cloud_account,
                "cloudMachines": cloud_machines,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions
        if options is not UNSET:
            field_dict["options"] = options

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
            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            description = pop("description")
            if type(description) is not str:
                raise TypeError("expected str")
            type_ = EProtectionGroupType.from_json(pop("type"))

            _cloud_account = pop("cloudAccount")
            _cloud_account_model: type[
                CloudMachinesProtectionGroupAWSAccountModel
                | CloudMachinesProtectionGroupAzureAccountModel
                | CloudMachinesProtectionGroupAccountModel
            ]
            _cloud_account_kind = (
                _cloud_account.get("accountType")
                if type(_cloud_account) is dict
                else None
            )
            if _cloud_account_kind == "AWS":
                _cloud_account_model = CloudMachinesProtectionGroupAWSAccountModel
            elif _cloud_account_kind == "Azure":
                _cloud_account_model = CloudMachinesProtectionGroupAzureAccountModel
            else:  # a kind this revision does not list
                _cloud_account_model = CloudMachinesProtectionGroupAccountModel
            cloud_account: (
                CloudMachinesProtectionGroupAWSAccountModel
                | CloudMachinesProtectionGroupAzureAccountModel
                | CloudMachinesProtectionGroupAccountModel
            )
            try:
                cloud_account = _cloud_account_model.from_dict(_cloud_account)
            # Not what its kind needs: read as the base, every field kept.
            except ResponseFieldError:
                cloud_account = CloudMachinesProtectionGroupAccountModel.from_dict(
                    _cloud_account
                )

            _cloud_machines = pop("cloudMachines")
            if type(_cloud_machines) is not list:
                raise TypeError("expected an array")
            cloud_machines = []
            for cloud_machines_item_data in _cloud_machines:
                _cloud_machines_item = cloud_machines_item_data
                _cloud_machines_item_model: type[
                    CloudMachineModel
                    | CloudRegionModel
                    | CloudTagModel
                    | CloudMachinesProtectionGroupObjectsModel
                ]
                _cloud_machines_item_kind = (
                    _cloud_machines_item.get("type")
                    if type(_cloud_machines_item) is dict
                    else None
                )
                if _cloud_machines_item_kind == "Region":
                    _cloud_machines_item_model = CloudRegionModel
                elif _cloud_machines_item_kind == "Machine":
                    _cloud_machines_item_model = CloudMachineModel
                elif _cloud_machines_item_kind == "Tag":
                    _cloud_machines_item_model = CloudTagModel
                else:  # a kind this revision does not list
                    _cloud_machines_item_model = (
                        CloudMachinesProtectionGroupObjectsModel
                    )
                cloud_machines_item: (
                    CloudMachineModel
                    | CloudRegionModel
                    | CloudTagModel
                    | CloudMachinesProtectionGroupObjectsModel
                )
                try:
                    cloud_machines_item = _cloud_machines_item_model.from_dict(
                        _cloud_machines_item
                    )
                # Not what its kind needs: read as the base, every field kept.
                except ResponseFieldError:
                    cloud_machines_item = (
                        CloudMachinesProtectionGroupObjectsModel.from_dict(
                            _cloud_machines_item
                        )
                    )

                cloud_machines.append(cloud_machines_item)

            tag = pop("tag", None)
            if type(tag) is not str:
                if tag is not None:
                    raise TypeError("expected str")
                tag = UNSET
            _exclusions = pop("exclusions", None)
            exclusions: CloudMachinesProtectionGroupExclusionsModel | Unset = (
                UNSET
                if _exclusions is None
                else CloudMachinesProtectionGroupExclusionsModel.from_dict(_exclusions)
            )

            _options = pop("options", None)
            options: ProtectionGroupOptionsModel | Unset = (
                UNSET
                if _options is None
                else ProtectionGroupOptionsModel.from_dict(_options)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "name",
                    "description",
                    "type",
                    "cloudAccount",
                    "cloudMachines",
                    "tag",
                    "exclusions",
                    "options",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_spec = cls(
            name,
            description,
            cloud_account,
            cloud_machines,
            tag,
            exclusions,
            options,
            additional_properties,
            type_=type_,
        )
        if type_ != "CloudMachines":  # another kind in a field typed as this one
            received(cloud_machines_protection_group_spec)
        return cloud_machines_protection_group_spec

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
    """The fast reader's mirror of CloudMachinesProtectionGroupSpec (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family union
    holds, its kind msgspec's tag."""
    build_exclusions = mirror(CloudMachinesProtectionGroupExclusionsModel)._build
    build_options = mirror(ProtectionGroupOptionsModel)._build

    def build(m: Any) -> CloudMachinesProtectionGroupSpec:
        name = m.name

        description = m.description

        type_ = m.type_

        _cloud_account = m.cloud_account
        cloud_account = _cloud_account._build()

        _cloud_machines = m.cloud_machines
        cloud_machines = [item._build() for item in _cloud_machines]

        tag = m.tag
        if tag is None:
            tag = UNSET

        _exclusions = m.exclusions
        exclusions = UNSET if _exclusions is None else build_exclusions(_exclusions)

        _options = m.options
        options = UNSET if _options is None else build_options(_options)

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_spec = CloudMachinesProtectionGroupSpec(
            name,
            description,
            cloud_account,
            cloud_machines,
            tag,
            exclusions,
            options,
            {},
            type_=type_,
        )
        if type_ != "CloudMachines":  # another kind in a field typed as this one
            received(cloud_machines_protection_group_spec)
        return cloud_machines_protection_group_spec

    fields: list[Any] = [
        ("name", str),
        ("description", str),
        (
            "cloud_account",
            mirror(CloudMachinesProtectionGroupAWSAccountModel, True)
            | mirror(CloudMachinesProtectionGroupAzureAccountModel, True),
        ),
        (
            "cloud_machines",
            list_of(
                mirror(CloudRegionModel, True)
                | mirror(CloudMachineModel, True)
                | mirror(CloudTagModel, True)
            ),
        ),
        ("tag", str | None, None),
        (
            "exclusions",
            mirror(CloudMachinesProtectionGroupExclusionsModel) | None,
            None,
        ),
        ("options", mirror(ProtectionGroupOptionsModel) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = EProtectionGroupType("CloudMachines")
    else:
        fields.append(
            ("type_", EProtectionGroupType),
        )
    return msgspec.defstruct(
        "CloudMachinesProtectionGroupSpec",
        fields,
        rename={
            "type_": "type",
            "cloud_account": "cloudAccount",
            "cloud_machines": "cloudMachines",
        },
        tag_field="type" if tagged else None,
        tag="CloudMachines" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.cloud_machine_model import CloudMachineModel
from ..models.cloud_machines_protection_group_account_model import (
    CloudMachinesProtectionGroupAccountModel,
)
from ..models.cloud_machines_protection_group_aws_account_model import (
    CloudMachinesProtectionGroupAWSAccountModel,
)
from ..models.cloud_machines_protection_group_azure_account_model import (
    CloudMachinesProtectionGroupAzureAccountModel,
)
from ..models.cloud_machines_protection_group_exclusions_model import (
    CloudMachinesProtectionGroupExclusionsModel,
)
from ..models.cloud_machines_protection_group_objects_model import (
    CloudMachinesProtectionGroupObjectsModel,
)
from ..models.cloud_region_model import CloudRegionModel
from ..models.cloud_tag_model import CloudTagModel
from ..models.protection_group_options_model import ProtectionGroupOptionsModel
