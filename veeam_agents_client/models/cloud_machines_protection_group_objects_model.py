from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_cloud_machines_object_type import ECloudMachinesObjectType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="CloudMachinesProtectionGroupObjectsModel")


@_attrs_define
class CloudMachinesProtectionGroupObjectsModel:
    """Fields every cloud object of a protection group has; its type (Machine, Region or Tag) tells which other fields it
    has.

    """

    type_: ECloudMachinesObjectType | Unset = UNSET
    """ Kind of cloud object (a machine, a region or a tag). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

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
            _type_ = pop("type", None)
            type_: ECloudMachinesObjectType | Unset = (
                UNSET if _type_ is None else ECloudMachinesObjectType.from_json(_type_)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(exc, src_dict, d, ("type",)) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_objects_model = cls(
            type_,
            additional_properties,
        )
        return cloud_machines_protection_group_objects_model

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
    """The fast reader's mirror of CloudMachinesProtectionGroupObjectsModel (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> CloudMachinesProtectionGroupObjectsModel:
        type_ = m.type_
        if type_ is None:
            type_ = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_objects_model = (
            CloudMachinesProtectionGroupObjectsModel(
                type_,
                {},
            )
        )
        return cloud_machines_protection_group_objects_model

    fields: list[Any] = [
        ("type_", ECloudMachinesObjectType | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "CloudMachinesProtectionGroupObjectsModel",
        fields,
        rename={
            "type_": "type",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
