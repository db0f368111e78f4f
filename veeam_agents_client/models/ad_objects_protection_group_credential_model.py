from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_individual_computer_connection_type import (
    EIndividualComputerConnectionType,
)
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

T = TypeVar("T", bound="ADObjectsProtectionGroupCredentialModel")


@_attrs_define
class ADObjectsProtectionGroupCredentialModel:
    """How the server connects to the computers of an Active Directory protection group, for all of them (master) and for
    chosen objects (custom).

    """

    use_custom_credentials: bool
    """ True when some objects use the settings in customCredentials instead of the master ones. """
    master_connection_type: EIndividualComputerConnectionType | Unset = UNSET
    """ How the server authenticates to the group's computers by default (saved credentials, single-use credentials
    or certificate). Added in 1.3-rev2. """
    master_credentials_id: UUID | Unset = UNSET
    """ ID of the saved credentials used for every computer that has no custom settings. """
    custom_credentials: list[ADObjectCustomCredentialsModel] | Unset = UNSET
    """ Per-object connection settings that override the master ones (used when useCustomCredentials is true). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        use_custom_credentials = self.use_custom_credentials

        master_connection_type: str | Unset = UNSET
        if not isinstance(self.master_connection_type, Unset):
            master_connection_type = self.master_connection_type.value

        master_credentials_id: str | Unset = UNSET
        if not isinstance(self.master_credentials_id, Unset):
            master_credentials_id = str(self.master_credentials_id)

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
                "useCustomCredentials": use_custom_credentials,
            }
        )
        if master_connection_type is not UNSET:
            field_dict["masterConnectionType"] = master_connection_type
        if master_credentials_id is not UNSET:
            field_dict["masterCredentialsId"] = master_credentials_id
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
            use_custom_credentials = pop("useCustomCredentials")
            if type(use_custom_credentials) is not bool:
                raise TypeError("expected bool")
            _master_connection_type = pop("masterConnectionType", None)
            master_connection_type: EIndividualComputerConnectionType | Unset = (
                UNSET
                if _master_connection_type is None
                else EIndividualComputerConnectionType.from_json(
                    _master_connection_type
                )
            )

            _master_credentials_id = pop("masterCredentialsId", None)
            master_credentials_id: UUID | Unset = (
                UNSET
                if _master_credentials_id is None
                else parse_uuid(_master_credentials_id)
            )

            _custom_credentials = pop("customCredentials", None)
            custom_credentials: list[ADObjectCustomCredentialsModel] | Unset = UNSET
            if _custom_credentials is not None:  # null reads as UNSET
                if type(_custom_credentials) is not list:
                    raise TypeError("expected an array")
                # A comprehension over one bound from_dict: no per-item method look-up or append call.
                _read_custom_credentials = ADObjectCustomCredentialsModel.from_dict
                custom_credentials = [
                    _read_custom_credentials(item) for item in _custom_credentials
                ]

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "useCustomCredentials",
                    "masterConnectionType",
                    "masterCredentialsId",
                    "customCredentials",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_objects_protection_group_credential_model = cls(
            use_custom_credentials,
            master_connection_type,
            master_credentials_id,
            custom_credentials,
            additional_properties,
        )
        return ad_objects_protection_group_credential_model

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
    """The fast reader's mirror of ADObjectsProtectionGroupCredentialModel (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""
    build_custom_credentials = mirror(ADObjectCustomCredentialsModel)._build

    def build(m: Any) -> ADObjectsProtectionGroupCredentialModel:
        use_custom_credentials = m.use_custom_credentials

        master_connection_type = m.master_connection_type
        if master_connection_type is None:
            master_connection_type = UNSET

        master_credentials_id = m.master_credentials_id
        if master_credentials_id is None:
            master_credentials_id = UNSET

        _custom_credentials = m.custom_credentials
        custom_credentials = (
            UNSET
            if _custom_credentials is None
            else [build_custom_credentials(item) for item in _custom_credentials]
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_objects_protection_group_credential_model = (
            ADObjectsProtectionGroupCredentialModel(
                use_custom_credentials,
                master_connection_type,
                master_credentials_id,
                custom_credentials,
                {},
            )
        )
        return ad_objects_protection_group_credential_model

    fields: list[Any] = [
        ("use_custom_credentials", bool),
        ("master_connection_type", EIndividualComputerConnectionType | None, None),
        ("master_credentials_id", UUID | None, None),
        (
            "custom_credentials",
            list_of(mirror(ADObjectCustomCredentialsModel)) | None,
            None,
        ),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ADObjectsProtectionGroupCredentialModel",
        fields,
        rename={
            "use_custom_credentials": "useCustomCredentials",
            "master_connection_type": "masterConnectionType",
            "master_credentials_id": "masterCredentialsId",
            "custom_credentials": "customCredentials",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.ad_object_custom_credentials_model import ADObjectCustomCredentialsModel
