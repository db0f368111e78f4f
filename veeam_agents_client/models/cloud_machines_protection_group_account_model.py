from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_protection_group_cloud_account_type import (
    EProtectionGroupCloudAccountType,
)
from ..types import (
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="CloudMachinesProtectionGroupAccountModel")


@_attrs_define
class CloudMachinesProtectionGroupAccountModel:
    """Fields every cloud account of a protection group has; its accountType (AWS or Azure) tells which other fields it
    has.

    """

    account_type: EProtectionGroupCloudAccountType
    """ Which cloud the account is in (AWS or Azure). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountType": account_type,
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

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(exc, src_dict, d, ("accountType",)) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_account_model = cls(
            account_type,
            additional_properties,
        )
        return cloud_machines_protection_group_account_model

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
    """The fast reader's mirror of CloudMachinesProtectionGroupAccountModel (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> CloudMachinesProtectionGroupAccountModel:
        account_type = m.account_type

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_account_model = (
            CloudMachinesProtectionGroupAccountModel(
                account_type,
                {},
            )
        )
        return cloud_machines_protection_group_account_model

    fields: list[Any] = [
        ("account_type", EProtectionGroupCloudAccountType),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "CloudMachinesProtectionGroupAccountModel",
        fields,
        rename={
            "account_type": "accountType",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
