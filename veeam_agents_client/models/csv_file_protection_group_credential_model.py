from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    list_of,
    mirror,
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="CSVFileProtectionGroupCredentialModel")


@_attrs_define
class CSVFileProtectionGroupCredentialModel:
    """How the server connects to the computers of a CSV file protection group, for all of them (master) and for chosen
    computers (custom).

    """

    master_credentials_id: UUID
    """ ID of the saved credentials used for every computer that has no custom settings. """
    use_custom_credentials: bool | Unset = UNSET
    """ True when some computers use the settings in customCredentials instead. """
    custom_credentials: list[CSVFileCustomCredentialsModel] | Unset = UNSET
    """ Per-computer credentials that override the master ones (used when useCustomCredentials is true). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        master_credentials_id = str(self.master_credentials_id)

        use_custom_credentials = self.use_custom_credentials

        custom_credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_credentials, Unset):
            custom_credentials = []
            for custom_credentials_item_data in self.custom_credentials:
                custom_credentials_item = custom_credentials_item_data.to_dict()
                custom_credentials.append(custom_credentials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "masterCredentialsId": master_credentials_id,
            }
        )
        if use_custom_credentials is not UNSET:
            field_dict["useCustomCredentials"] = use_custom_credentials
        if custom_credentials is not UNSET:
            field_dict["customCredentials"] = custom_credentials

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
            master_credentials_id = parse_uuid(pop("masterCredentialsId"))

            use_custom_credentials = pop("useCustomCredentials", None)
            if type(use_custom_credentials) is not bool:
                if use_custom_credentials is not None:
                    raise TypeError("expected bool")
                use_custom_credentials = UNSET
            _custom_credentials = pop("customCredentials", None)
            custom_credentials: list[CSVFileCustomCredentialsModel] | Unset = UNSET
            if _custom_credentials is not None:  # null reads as UNSET
                if type(_custom_credentials) is not list:
                    raise TypeError("expected an array")
                # A comprehension over one bound from_dict: no per-item method look-up or append call.
                _read_custom_credentials = CSVFileCustomCredentialsModel.from_dict
                custom_credentials = [
                    _read_custom_credentials(item) for item in _custom_credentials
                ]

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "masterCredentialsId",
                    "useCustomCredentials",
                    "customCredentials",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        csv_file_protection_group_credential_model = cls(
            master_credentials_id,
            use_custom_credentials,
            custom_credentials,
            additional_properties,
        )
        return csv_file_protection_group_credential_model

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
    """The fast reader's mirror of CSVFileProtectionGroupCredentialModel (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""
    build_custom_credentials = mirror(CSVFileCustomCredentialsModel)._build

    def build(m: Any) -> CSVFileProtectionGroupCredentialModel:
        master_credentials_id = m.master_credentials_id

        use_custom_credentials = m.use_custom_credentials
        if use_custom_credentials is None:
            use_custom_credentials = UNSET

        _custom_credentials = m.custom_credentials
        custom_credentials = (
            UNSET
            if _custom_credentials is None
            else [build_custom_credentials(item) for item in _custom_credentials]
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        csv_file_protection_group_credential_model = (
            CSVFileProtectionGroupCredentialModel(
                master_credentials_id,
                use_custom_credentials,
                custom_credentials,
                {},
            )
        )
        return csv_file_protection_group_credential_model

    fields: list[Any] = [
        ("master_credentials_id", UUID),
        ("use_custom_credentials", bool | None, None),
        (
            "custom_credentials",
            list_of(mirror(CSVFileCustomCredentialsModel)) | None,
            None,
        ),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "CSVFileProtectionGroupCredentialModel",
        fields,
        rename={
            "master_credentials_id": "masterCredentialsId",
            "use_custom_credentials": "useCustomCredentials",
            "custom_credentials": "customCredentials",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.csv_file_custom_credentials_model import CSVFileCustomCredentialsModel
