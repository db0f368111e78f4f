from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_individual_computer_connection_type import (
    EIndividualComputerConnectionType,
)
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="ADObjectsProtectionGroupCredentialModel")


@_attrs_define
class ADObjectsProtectionGroupCredentialModel:
    use_custom_credentials: bool
    master_connection_type: EIndividualComputerConnectionType | Unset = UNSET
    master_credentials_id: UUID | Unset = UNSET
    custom_credentials: list[ADObjectCustomCredentialsModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        use_custom_credentials = d.pop("useCustomCredentials")
        if type(use_custom_credentials) is not bool:
            raise TypeError("useCustomCredentials: not bool")

        _master_connection_type = d.pop("masterConnectionType", UNSET)
        master_connection_type: EIndividualComputerConnectionType | Unset
        if _master_connection_type is None or isinstance(
            _master_connection_type, Unset
        ):
            master_connection_type = UNSET
        else:
            master_connection_type = EIndividualComputerConnectionType.from_json(
                _master_connection_type
            )

        _master_credentials_id = d.pop("masterCredentialsId", UNSET)
        master_credentials_id: UUID | Unset
        if _master_credentials_id is None or isinstance(_master_credentials_id, Unset):
            master_credentials_id = UNSET
        else:
            master_credentials_id = parse_uuid(_master_credentials_id)

        _custom_credentials = d.pop("customCredentials", UNSET)
        custom_credentials: list[ADObjectCustomCredentialsModel] | Unset = UNSET
        if (
            _custom_credentials is not UNSET and _custom_credentials is not None
        ):  # null reads as UNSET
            custom_credentials = []
            for custom_credentials_item_data in _custom_credentials:
                custom_credentials_item = ADObjectCustomCredentialsModel.from_dict(
                    custom_credentials_item_data
                )

                custom_credentials.append(custom_credentials_item)

        ad_objects_protection_group_credential_model = cls(
            use_custom_credentials=use_custom_credentials,
            master_connection_type=master_connection_type,
            master_credentials_id=master_credentials_id,
            custom_credentials=custom_credentials,
        )

        ad_objects_protection_group_credential_model.additional_properties = d
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


from ..models.ad_object_custom_credentials_model import ADObjectCustomCredentialsModel
