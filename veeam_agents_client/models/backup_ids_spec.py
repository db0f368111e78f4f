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

T = TypeVar("T", bound="BackupIdsSpec")


@_attrs_define
class BackupIdsSpec:
    """The backups to attach to, or detach from, an agent."""

    backup_ids: list[UUID]
    """ IDs of the backups (as GET /api/v1/backups lists them); an unknown ID makes the call fail with 400. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        backup_ids = []
        for backup_ids_item_data in self.backup_ids:
            backup_ids_item = str(backup_ids_item_data)
            backup_ids.append(backup_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backupIds": backup_ids,
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
            _backup_ids = pop("backupIds")
            if type(_backup_ids) is not list:
                raise TypeError("expected an array")
            backup_ids = []
            for backup_ids_item_data in _backup_ids:
                backup_ids_item = parse_uuid(backup_ids_item_data)

                backup_ids.append(backup_ids_item)

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(exc, src_dict, d, ("backupIds",)) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        backup_ids_spec = cls(
            backup_ids,
            additional_properties,
        )
        return backup_ids_spec

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
    """The fast reader's mirror of BackupIdsSpec (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> BackupIdsSpec:
        backup_ids = m.backup_ids

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        backup_ids_spec = BackupIdsSpec(
            backup_ids,
            {},
        )
        return backup_ids_spec

    fields: list[Any] = [
        ("backup_ids", list[UUID]),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "BackupIdsSpec",
        fields,
        rename={
            "backup_ids": "backupIds",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
