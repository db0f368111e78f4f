from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ead_group_scope import EADGroupScope
from ..models.ead_object_type import EADObjectType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ADObjectModel")


@_attrs_define
class ADObjectModel:
    """An object of an Active Directory domain (a computer, cluster, organizational unit, container, group or the domain
    itself), as a protection group includes or excludes it.

    """

    id: UUID
    """ ID of the object (UUID). """
    full_name: str
    """ The object's display name. """
    domain_id: UUID
    """ ID of the domain the object belongs to (an ADDomainModel id). """
    distinguished_name: str
    """ The object's LDAP distinguished name, such as CN=web01,OU=Servers,DC=corp,DC=example. """
    type_: EADObjectType
    """ Kind of object (computer, cluster, organizational unit, container, group or domain). """
    group_scope: EADGroupScope | Unset = UNSET
    """ Scope of a group object (domain local, global or universal); unset for other kinds. Added in 1.3-rev2. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        full_name = self.full_name

        domain_id = str(self.domain_id)

        distinguished_name = self.distinguished_name

        type_ = self.type_.value

        group_scope: str | Unset = UNSET
        if not isinstance(self.group_scope, Unset):
            group_scope = self.group_scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fullName": full_name,
                "domainId": domain_id,
                "distinguishedName": distinguished_name,
                "type": type_,
            }
        )
        if group_scope is not UNSET:
            field_dict["groupScope"] = group_scope

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

            full_name = pop("fullName")
            if type(full_name) is not str:
                raise TypeError("expected str")
            domain_id = parse_uuid(pop("domainId"))

            distinguished_name = pop("distinguishedName")
            if type(distinguished_name) is not str:
                raise TypeError("expected str")
            type_ = EADObjectType.from_json(pop("type"))

            _group_scope = pop("groupScope", None)
            group_scope: EADGroupScope | Unset = (
                UNSET if _group_scope is None else EADGroupScope.from_json(_group_scope)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "fullName",
                    "domainId",
                    "distinguishedName",
                    "type",
                    "groupScope",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_object_model = cls(
            id,
            full_name,
            domain_id,
            distinguished_name,
            type_,
            group_scope,
            additional_properties,
        )
        return ad_object_model

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
    """The fast reader's mirror of ADObjectModel (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> ADObjectModel:
        id = m.id

        full_name = m.full_name

        domain_id = m.domain_id

        distinguished_name = m.distinguished_name

        type_ = m.type_

        group_scope = m.group_scope
        if group_scope is None:
            group_scope = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_object_model = ADObjectModel(
            id,
            full_name,
            domain_id,
            distinguished_name,
            type_,
            group_scope,
            {},
        )
        return ad_object_model

    fields: list[Any] = [
        ("id", UUID),
        ("full_name", str),
        ("domain_id", UUID),
        ("distinguished_name", str),
        ("type_", EADObjectType),
        ("group_scope", EADGroupScope | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ADObjectModel",
        fields,
        rename={
            "full_name": "fullName",
            "domain_id": "domainId",
            "distinguished_name": "distinguishedName",
            "type_": "type",
            "group_scope": "groupScope",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
