from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_discovered_entity_type import EDiscoveredEntityType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_uuid,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="DiscoveredClusterEntityModel")


@_attrs_define
class DiscoveredClusterEntityModel:
    """A discovered cluster (type Cluster); it has only the fields every discovered entity has."""

    id: UUID
    """ ID of the entity (UUID), for discovered_entities.get and the actions. """
    name: str
    """ The entity's name, such as a computer's host name. """
    parent_id: UUID
    """ ID of the entity's parent object. """
    protection_group_id: UUID
    """ ID of the protection group that discovered the entity. """
    type_: EDiscoveredEntityType | Unset = _attrs_field(
        default=EDiscoveredEntityType("Cluster"),
        kw_only=True,
        metadata={"discriminator": "type"},
    )
    """ Kind of entity (Computer, Cluster or ActiveDirectory), which decides the model it reads as. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        parent_id = str(self.parent_id)

        protection_group_id = str(self.protection_group_id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "parentId": parent_id,
                "protectionGroupId": protection_group_id,
            }
        )
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
            id = parse_uuid(pop("id"))

            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            parent_id = parse_uuid(pop("parentId"))

            protection_group_id = parse_uuid(pop("protectionGroupId"))

            _type_ = pop("type", None)
            type_: EDiscoveredEntityType | Unset = (
                UNSET if _type_ is None else EDiscoveredEntityType.from_json(_type_)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "name",
                    "parentId",
                    "protectionGroupId",
                    "type",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        discovered_cluster_entity_model = cls(
            id,
            name,
            parent_id,
            protection_group_id,
            additional_properties,
            type_=type_,
        )
        if type_ != "Cluster":  # another kind in a field typed as this one
            received(discovered_cluster_entity_model)
        return discovered_cluster_entity_model

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
    """The fast reader's mirror of DiscoveredClusterEntityModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family union holds, its
    kind msgspec's tag."""

    def build(m: Any) -> DiscoveredClusterEntityModel:
        id = m.id

        name = m.name

        parent_id = m.parent_id

        protection_group_id = m.protection_group_id

        type_ = m.type_
        if type_ is None:
            type_ = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        discovered_cluster_entity_model = DiscoveredClusterEntityModel(
            id,
            name,
            parent_id,
            protection_group_id,
            {},
            type_=type_,
        )
        if type_ != "Cluster":  # another kind in a field typed as this one
            received(discovered_cluster_entity_model)
        return discovered_cluster_entity_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("parent_id", UUID),
        ("protection_group_id", UUID),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = EDiscoveredEntityType("Cluster")
    else:
        fields.append(
            ("type_", EDiscoveredEntityType | None, None),
        )
    return msgspec.defstruct(
        "DiscoveredClusterEntityModel",
        fields,
        rename={
            "parent_id": "parentId",
            "protection_group_id": "protectionGroupId",
            "type_": "type",
        },
        tag_field="type" if tagged else None,
        tag="Cluster" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
