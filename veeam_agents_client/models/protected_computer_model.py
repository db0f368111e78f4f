from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_protected_computer_type import EProtectedComputerType
from ..types import (
    list_of,
    mirror,
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ProtectedComputerModel")


@_attrs_define
class ProtectedComputerModel:
    """A computer protected by an agent, from the protected computer list that Veeam deprecates from 1.3-rev0 on
    (discovered entities replace it).

    """

    id: UUID
    """ ID of the protected computer (UUID). """
    name: str
    """ The computer's name, such as enterprise01.tech.local. """
    type_: EProtectedComputerType
    """ Kind of computer (Linux). """
    protection_groups: list[ProtectedComputerGroupModel]
    """ The protection groups that cover the computer. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type_ = self.type_.value

        protection_groups = []
        for protection_groups_item_data in self.protection_groups:
            protection_groups_item = protection_groups_item_data.to_dict()
            protection_groups.append(protection_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "protectionGroups": protection_groups,
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
            id = parse_uuid(pop("id"))

            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            type_ = EProtectedComputerType.from_json(pop("type"))

            _protection_groups = pop("protectionGroups")
            if type(_protection_groups) is not list:
                raise TypeError("expected an array")
            # A comprehension over one bound from_dict: no per-item method look-up or append call.
            _read_protection_groups = ProtectedComputerGroupModel.from_dict
            protection_groups = [
                _read_protection_groups(item) for item in _protection_groups
            ]

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "name",
                    "type",
                    "protectionGroups",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protected_computer_model = cls(
            id,
            name,
            type_,
            protection_groups,
            additional_properties,
        )
        return protected_computer_model

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
    """The fast reader's mirror of ProtectedComputerModel (types.read_json): a msgspec Struct of its fields under their
    JSON names, and no other, whose `_build` makes the model."""
    build_protection_groups = mirror(ProtectedComputerGroupModel)._build

    def build(m: Any) -> ProtectedComputerModel:
        id = m.id

        name = m.name

        type_ = m.type_

        _protection_groups = m.protection_groups
        protection_groups = [
            build_protection_groups(item) for item in _protection_groups
        ]

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protected_computer_model = ProtectedComputerModel(
            id,
            name,
            type_,
            protection_groups,
            {},
        )
        return protected_computer_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("type_", EProtectedComputerType),
        ("protection_groups", list_of(mirror(ProtectedComputerGroupModel))),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ProtectedComputerModel",
        fields,
        rename={
            "type_": "type",
            "protection_groups": "protectionGroups",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.protected_computer_group_model import ProtectedComputerGroupModel
