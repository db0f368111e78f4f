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

T = TypeVar("T", bound="CSVFileCustomCredentialsModel")


@_attrs_define
class CSVFileCustomCredentialsModel:
    """How the server connects to one computer of a CSV file protection group, when it does not use the group's master
    credentials.

    """

    use_master_credentials: bool
    """ True to use the group's master credentials for this computer after all. """
    credentials_id: UUID | Unset = UNSET
    """ ID of the saved credentials to use for this computer. """
    computer_name: str | Unset = UNSET
    """ The computer these settings apply to, as named in the CSV file (for example srv01.tech.local). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        use_master_credentials = self.use_master_credentials

        credentials_id: str | Unset = UNSET
        if not isinstance(self.credentials_id, Unset):
            credentials_id = str(self.credentials_id)

        computer_name = self.computer_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "useMasterCredentials": use_master_credentials,
            }
        )
        if credentials_id is not UNSET:
            field_dict["credentialsId"] = credentials_id
        if computer_name is not UNSET:
            field_dict["computerName"] = computer_name

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
            use_master_credentials = pop("useMasterCredentials")
            if type(use_master_credentials) is not bool:
                raise TypeError("expected bool")
            _credentials_id = pop("credentialsId", None)
            credentials_id: UUID | Unset = (
                UNSET if _credentials_id is None else parse_uuid(_credentials_id)
            )

            computer_name = pop("computerName", None)
            if type(computer_name) is not str:
                if computer_name is not None:
                    raise TypeError("expected str")
                computer_name = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "useMasterCredentials",
                    "credentialsId",
                    "computerName",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        csv_file_custom_credentials_model = cls(
            use_master_credentials,
            credentials_id,
            computer_name,
            additional_properties,
        )
        return csv_file_custom_credentials_model

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
    """The fast reader's mirror of CSVFileCustomCredentialsModel (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> CSVFileCustomCredentialsModel:
        use_master_credentials = m.use_master_credentials

        credentials_id = m.credentials_id
        if credentials_id is None:
            credentials_id = UNSET

        computer_name = m.computer_name
        if computer_name is None:
            computer_name = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        csv_file_custom_credentials_model = CSVFileCustomCredentialsModel(
            use_master_credentials,
            credentials_id,
            computer_name,
            {},
        )
        return csv_file_custom_credentials_model

    fields: list[Any] = [
        ("use_master_credentials", bool),
        ("credentials_id", UUID | None, None),
        ("computer_name", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "CSVFileCustomCredentialsModel",
        fields,
        rename={
            "use_master_credentials": "useMasterCredentials",
            "credentials_id": "credentialsId",
            "computer_name": "computerName",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
