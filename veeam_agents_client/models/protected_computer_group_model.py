from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ProtectedComputerGroupModel")


@_attrs_define
class ProtectedComputerGroupModel:
    """A protection group that covers a protected computer, with the credentials it uses for it."""

    id: UUID
    """ ID of the protection group (UUID). """
    name: str
    """ The protection group's name. """
    credentials_id: UUID
    """ ID of the saved credentials the group uses to connect to the computer. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        credentials_id = str(self.credentials_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "credentialsId": credentials_id,
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
            credentials_id = parse_uuid(pop("credentialsId"))

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "name",
                    "credentialsId",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protected_computer_group_model = cls(
            id,
            name,
            credentials_id,
            additional_properties,
        )
        return protected_computer_group_model

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
    """The fast reader's mirror of ProtectedComputerGroupModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> ProtectedComputerGroupModel:
        id = m.id

        name = m.name

        credentials_id = m.credentials_id

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protected_computer_group_model = ProtectedComputerGroupModel(
            id,
            name,
            credentials_id,
            {},
        )
        return protected_computer_group_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("credentials_id", UUID),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ProtectedComputerGroupModel",
        fields,
        rename={
            "credentials_id": "credentialsId",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
