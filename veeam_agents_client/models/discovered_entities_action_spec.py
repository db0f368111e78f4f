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

T = TypeVar("T", bound="DiscoveredEntitiesActionSpec")


@_attrs_define
class DiscoveredEntitiesActionSpec:
    """The discovered entities of one protection group that an action (rescan, install, uninstall, trust, reboot, ...)
    applies to.

    """

    entity_ids: list[UUID]
    """ IDs of the discovered entities (a non-empty list). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        entity_ids = []
        for entity_ids_item_data in self.entity_ids:
            entity_ids_item = str(entity_ids_item_data)
            entity_ids.append(entity_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityIds": entity_ids,
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
            _entity_ids = pop("entityIds")
            if type(_entity_ids) is not list:
                raise TypeError("expected an array")
            entity_ids = []
            for entity_ids_item_data in _entity_ids:
                entity_ids_item = parse_uuid(entity_ids_item_data)

                entity_ids.append(entity_ids_item)

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(exc, src_dict, d, ("entityIds",)) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        discovered_entities_action_spec = cls(
            entity_ids,
            additional_properties,
        )
        return discovered_entities_action_spec

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
    """The fast reader's mirror of DiscoveredEntitiesActionSpec (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> DiscoveredEntitiesActionSpec:
        entity_ids = m.entity_ids

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        discovered_entities_action_spec = DiscoveredEntitiesActionSpec(
            entity_ids,
            {},
        )
        return discovered_entities_action_spec

    fields: list[Any] = [
        ("entity_ids", list[UUID]),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "DiscoveredEntitiesActionSpec",
        fields,
        rename={
            "entity_ids": "entityIds",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
