from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_azure_region_type import EAzureRegionType
from ..models.e_protection_group_cloud_account_type import (
    EProtectionGroupCloudAccountType,
)
from ..types import (
    object_fields,
    parse_uuid,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="CloudMachinesProtectionGroupAzureAccountModel")


@_attrs_define
class CloudMachinesProtectionGroupAzureAccountModel:
    """The Microsoft Azure subscription a cloud machines protection group reads its machines from (accountType Azure)."""

    subscription_id: UUID
    """ ID of the Azure subscription (UUID). """
    region_type: EAzureRegionType
    """ Which Azure cloud the region is in (global, China or government). """
    region_id: str
    """ The Azure region to read machines from. """
    account_type: EProtectionGroupCloudAccountType = _attrs_field(
        default=EProtectionGroupCloudAccountType("Azure"),
        kw_only=True,
        metadata={"discriminator": "accountType"},
    )
    """ Which cloud the account is in (AWS or Azure). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type.value

        subscription_id = str(self.subscription_id)

        region_type = self.region_type.value

        region_id = self.region_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountType": account_type,
                "subscriptionId": subscription_id,
                "regionType": region_type,
                "regionId": region_id,
            }
        )

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
            account_type = EProtectionGroupCloudAccountType.from_json(
                pop("accountType")
            )

            subscription_id = parse_uuid(pop("subscriptionId"))

            region_type = EAzureRegionType.from_json(pop("regionType"))

            region_id = pop("regionId")
            if type(region_id) is not str:
                raise TypeError("expected str")
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "accountType",
                    "subscriptionId",
                    "regionType",
                    "regionId",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_azure_account_model = cls(
            subscription_id,
            region_type,
            region_id,
            additional_properties,
            account_type=account_type,
        )
        if account_type != "Azure":  # another kind in a field typed as this one
            received(cloud_machines_protection_group_azure_account_model)
        return cloud_machines_protection_group_azure_account_model

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
    """The fast reader's mirror of CloudMachinesProtectionGroupAzureAccountModel (types.read_json): a msgspec Struct of
    its fields under their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family
    union holds, its kind msgspec's tag."""

    def build(m: Any) -> CloudMachinesProtectionGroupAzureAccountModel:
        account_type = m.account_type

        subscription_id = m.subscription_id

        region_type = m.region_type

        region_id = m.region_id

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_azure_account_model = (
            CloudMachinesProtectionGroupAzureAccountModel(
                subscription_id,
                region_type,
                region_id,
                {},
                account_type=account_type,
            )
        )
        if account_type != "Azure":  # another kind in a field typed as this one
            received(cloud_machines_protection_group_azure_account_model)
        return cloud_machines_protection_group_azure_account_model

    fields: list[Any] = [
        ("subscription_id", UUID),
        ("region_type", EAzureRegionType),
        ("region_id", str),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["account_type"] = EProtectionGroupCloudAccountType("Azure")
    else:
        fields.append(
            ("account_type", EProtectionGroupCloudAccountType),
        )
    return msgspec.defstruct(
        "CloudMachinesProtectionGroupAzureAccountModel",
        fields,
        rename={
            "account_type": "accountType",
            "subscription_id": "subscriptionId",
            "region_type": "regionType",
            "region_id": "regionId",
        },
        tag_field="accountType" if tagged else None,
        tag="Azure" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
