from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_platform_type import EPlatformType
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="AgentRecoveryApplianceModel")


@_attrs_define
class AgentRecoveryApplianceModel:
    id: UUID
    host_name: str
    version: str
    endpoint: str
    addresses: list[str]
    port: int
    creation_time: datetime.datetime
    is_verified: bool
    is_detached: bool
    can_expire: bool
    verification_phrase: str
    used_personal_certificate: bool
    last_contact_time: datetime.datetime
    platform_id: UUID
    platform_type: EPlatformType
    """ Platform a session ran on. """
    operations: list[AgentsRecoveryApplianceOperationInfo]
    host_bios_id: UUID | Unset = UNSET
    last_known_host_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        host_name = self.host_name

        version = self.version

        endpoint = self.endpoint

        addresses = self.addresses

        port = self.port

        creation_time = self.creation_time.isoformat()

        is_verified = self.is_verified

        is_detached = self.is_detached

        can_expire = self.can_expire

        verification_phrase = self.verification_phrase

        used_personal_certificate = self.used_personal_certificate

        last_contact_time = self.last_contact_time.isoformat()

        platform_id = str(self.platform_id)

        platform_type = self.platform_type.value

        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)

        host_bios_id: str | Unset = UNSET
        if not isinstance(self.host_bios_id, Unset):
            host_bios_id = str(self.host_bios_id)

        last_known_host_name = self.last_known_host_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "hostName": host_name,
                "version": version,
                "endpoint": endpoint,
                "addresses": addresses,
                "port": port,
                "creationTime": creation_time,
                "isVerified": is_verified,
                "isDetached": is_detached,
                "canExpire": can_expire,
                "verificationPhrase": verification_phrase,
                "usedPersonalCertificate": used_personal_certificate,
                "lastContactTime": last_contact_time,
                "platformId": platform_id,
                "platformType": platform_type,
                "operations": operations,
            }
        )
        if host_bios_id is not UNSET:
            field_dict["hostBiosId"] = host_bios_id
        if last_known_host_name is not UNSET:
            field_dict["lastKnownHostName"] = last_known_host_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        host_name = d.pop("hostName")
        if type(host_name) is not str:
            raise TypeError("hostName: not str")

        version = d.pop("version")
        if type(version) is not str:
            raise TypeError("version: not str")

        endpoint = d.pop("endpoint")
        if type(endpoint) is not str:
            raise TypeError("endpoint: not str")

        addresses = cast(list[str], d.pop("addresses"))

        port = d.pop("port")
        if type(port) is not int:
            raise TypeError("port: not int")

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        is_verified = d.pop("isVerified")
        if type(is_verified) is not bool:
            raise TypeError("isVerified: not bool")

        is_detached = d.pop("isDetached")
        if type(is_detached) is not bool:
            raise TypeError("isDetached: not bool")

        can_expire = d.pop("canExpire")
        if type(can_expire) is not bool:
            raise TypeError("canExpire: not bool")

        verification_phrase = d.pop("verificationPhrase")
        if type(verification_phrase) is not str:
            raise TypeError("verificationPhrase: not str")

        used_personal_certificate = d.pop("usedPersonalCertificate")
        if type(used_personal_certificate) is not bool:
            raise TypeError("usedPersonalCertificate: not bool")

        last_contact_time = datetime.datetime.fromisoformat(d.pop("lastContactTime"))

        platform_id = parse_uuid(d.pop("platformId"))

        platform_type = EPlatformType.from_json(d.pop("platformType"))

        operations = []
        _operations = d.pop("operations")
        for operations_item_data in _operations:
            operations_item = AgentsRecoveryApplianceOperationInfo.from_dict(
                operations_item_data
            )

            operations.append(operations_item)

        _host_bios_id = d.pop("hostBiosId", UNSET)
        host_bios_id: UUID | Unset
        if _host_bios_id is None or isinstance(_host_bios_id, Unset):
            host_bios_id = UNSET
        else:
            host_bios_id = parse_uuid(_host_bios_id)

        last_known_host_name = d.pop("lastKnownHostName", UNSET)
        if last_known_host_name is None:
            last_known_host_name = UNSET
        elif (
            last_known_host_name is not UNSET and type(last_known_host_name) is not str
        ):
            raise TypeError("lastKnownHostName: not str")

        agent_recovery_appliance_model = cls(
            id=id,
            host_name=host_name,
            version=version,
            endpoint=endpoint,
            addresses=addresses,
            port=port,
            creation_time=creation_time,
            is_verified=is_verified,
            is_detached=is_detached,
            can_expire=can_expire,
            verification_phrase=verification_phrase,
            used_personal_certificate=used_personal_certificate,
            last_contact_time=last_contact_time,
            platform_id=platform_id,
            platform_type=platform_type,
            operations=operations,
            host_bios_id=host_bios_id,
            last_known_host_name=last_known_host_name,
        )

        agent_recovery_appliance_model.additional_properties = d
        return agent_recovery_appliance_model

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


from ..models.agents_recovery_appliance_operation_info import (
    AgentsRecoveryApplianceOperationInfo,
)
