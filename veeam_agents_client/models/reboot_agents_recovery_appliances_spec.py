from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="RebootAgentsRecoveryAppliancesSpec")


@_attrs_define
class RebootAgentsRecoveryAppliancesSpec:
    """The recovery appliances to reboot in one session (recovery_appliances.reboot_many)."""

    ids: list[UUID] | Unset = UNSET
    """ IDs of the recovery appliances. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item = str(ids_item_data)
                ids.append(ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids

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
            _ids = pop("ids", None)
            ids: list[UUID] | Unset = UNSET
            if _ids is not None:  # null reads as UNSET
                if type(_ids) is not list:
                    raise TypeError("expected an array")
                ids = []
                for ids_item_data in _ids:
                    ids_item = parse_uuid(ids_item_data)

                    ids.append(ids_item)

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(exc, src_dict, d, ("ids",)) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        reboot_agents_recovery_appliances_spec = cls(
            ids,
            additional_properties,
        )
        return reboot_agents_recovery_appliances_spec

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
    """The fast reader's mirror of RebootAgentsRecoveryAppliancesSpec (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> RebootAgentsRecoveryAppliancesSpec:
        ids = m.ids
        if ids is None:
            ids = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        reboot_agents_recovery_appliances_spec = RebootAgentsRecoveryAppliancesSpec(
            ids,
            {},
        )
        return reboot_agents_recovery_appliances_spec

    fields: list[Any] = [
        ("ids", list[UUID] | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "RebootAgentsRecoveryAppliancesSpec",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
