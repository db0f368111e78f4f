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

T = TypeVar("T", bound="CSVFileOptionsProtectionGroupModel")


@_attrs_define
class CSVFileOptionsProtectionGroupModel:
    """Where the CSV file listing a protection group's computers is."""

    path: str
    """ Path of the CSV file, local to the server or on a network share. """
    network_credentials_id: UUID | Unset = UNSET
    """ ID of the saved credentials for reading the file from a network share. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        network_credentials_id: str | Unset = UNSET
        if not isinstance(self.network_credentials_id, Unset):
            network_credentials_id = str(self.network_credentials_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if network_credentials_id is not UNSET:
            field_dict["networkCredentialsId"] = network_credentials_id

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
            path = pop("path")
            if type(path) is not str:
                raise TypeError("expected str")
            _network_credentials_id = pop("networkCredentialsId", None)
            network_credentials_id: UUID | Unset = (
                UNSET
                if _network_credentials_id is None
                else parse_uuid(_network_credentials_id)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "path",
                    "networkCredentialsId",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        csv_file_options_protection_group_model = cls(
            path,
            network_credentials_id,
            additional_properties,
        )
        return csv_file_options_protection_group_model

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
    """The fast reader's mirror of CSVFileOptionsProtectionGroupModel (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> CSVFileOptionsProtectionGroupModel:
        path = m.path

        network_credentials_id = m.network_credentials_id
        if network_credentials_id is None:
            network_credentials_id = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        csv_file_options_protection_group_model = CSVFileOptionsProtectionGroupModel(
            path,
            network_credentials_id,
            {},
        )
        return csv_file_options_protection_group_model

    fields: list[Any] = [
        ("path", str),
        ("network_credentials_id", UUID | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "CSVFileOptionsProtectionGroupModel",
        fields,
        rename={
            "network_credentials_id": "networkCredentialsId",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
