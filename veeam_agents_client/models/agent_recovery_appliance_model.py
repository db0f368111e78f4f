from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_platform_type import EPlatformType
from ..types import (
    UNSET,
    Unset,
    list_of,
    mirror,
    object_fields,
    parse_datetime,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="AgentRecoveryApplianceModel")


@_attrs_define
class AgentRecoveryApplianceModel:
    """A recovery appliance, a computer booted from Veeam Recovery Media that registered with the server so that it can be
    restored remotely (bare-metal recovery without local media).

    """

    id: UUID
    """ ID of the appliance (UUID). """
    host_name: str
    """ Host name the appliance reports now. """
    version: str
    """ Version of the Veeam software on the recovery media, such as 13.0.1.23. """
    endpoint: str
    """ The address the server uses to reach the appliance. """
    addresses: list[str]
    """ Every IP address the appliance reports. """
    port: int
    """ TCP port the appliance listens on for the server (9123 in Veeam's examples). """
    creation_time: datetime.datetime
    """ When the appliance registered with the server. """
    is_verified: bool
    """ Whether the appliance has been verified. """
    is_detached: bool
    """ Whether the appliance is detached from the server. """
    can_expire: bool
    """ Whether the appliance's registration can expire. """
    verification_phrase: str
    """ A phrase identifying the appliance, such as ASD-123-DSA-321, for people to compare (shown in repr, not a
    secret). """
    used_personal_certificate: bool
    """ Whether the appliance connected with a personal certificate. """
    last_contact_time: datetime.datetime
    """ When the server last heard from the appliance. """
    platform_id: UUID
    """ ID of the platform the appliance runs on; all zeros in Veeam's examples of physical machines. """
    platform_type: EPlatformType
    """ Platform the appliance runs on, such as WindowsPhysical. """
    operations: list[AgentsRecoveryApplianceOperationInfo]
    """ What can be done with the appliance now (reboot), each with whether it is available. """
    host_bios_id: UUID | Unset = UNSET
    """ BIOS UUID of the machine the appliance runs on, to match it with the computer it restores. """
    last_known_host_name: str | Unset = UNSET
    """ The last host name known for the appliance's machine, such as hostname.domain; not always sent. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

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
        d = (
            src_dict.copy() if type(src_dict) is dict else object_fields(src_dict)
        )  # copy(): cheaper than dict()
        # Bound once: one attribute look-up per model instead of one per field.
        pop = d.pop
        # One try around the reading (free until something raises): a failure becomes a
        # ResponseFieldError naming the field, found from what was popped, at no cost here.
        try:
            id = parse_uuid(pop("id"))

            host_name = pop("hostName")
            if type(host_name) is not str:
                raise TypeError("expected str")
            version = pop("version")
            if type(version) is not str:
                raise TypeError("expected str")
            endpoint = pop("endpoint")
            if type(endpoint) is not str:
                raise TypeError("expected str")
            _addresses = pop("addresses")
            if type(_addresses) is not list:
                raise TypeError("expected an array")
            # No type lies: every item is what the document says.
            for _item in _addresses:
                if type(_item) is not str:
                    raise TypeError("expected an array of str")
            addresses = _addresses

            port = pop("port")
            if type(port) is not int:
                raise TypeError("expected int")
            creation_time = parse_datetime(pop("creationTime"))

            is_verified = pop("isVerified")
            if type(is_verified) is not bool:
                raise TypeError("expected bool")
            is_detached = pop("isDetached")
            if type(is_detached) is not bool:
                raise TypeError("expected bool")
            can_expire = pop("canExpire")
            if type(can_expire) is not bool:
                raise TypeError("expected bool")
            verification_phrase = pop("verificationPhrase")
            if type(verification_phrase) is not str:
                raise TypeError("expected str")
            used_personal_certificate = pop("usedPersonalCertificate")
            if type(used_personal_certificate) is not bool:
                raise TypeError("expected bool")
            last_contact_time = parse_datetime(pop("lastContactTime"))

            platform_id = parse_uuid(pop("platformId"))

            platform_type = EPlatformType.from_json(pop("platformType"))

            _operations = pop("operations")
            if type(_operations) is not list:
                raise TypeError("expected an array")
            # A comprehension over one bound from_dict: no per-item method look-up or append call.
            _read_operations = AgentsRecoveryApplianceOperationInfo.from_dict
            operations = [_read_operations(item) for item in _operations]

            _host_bios_id = pop("hostBiosId", None)
            host_bios_id: UUID | Unset = (
                UNSET if _host_bios_id is None else parse_uuid(_host_bios_id)
            )

            last_known_host_name = pop("lastKnownHostName", None)
            if type(last_known_host_name) is not str:
                if last_known_host_name is not None:
                    raise TypeError("expected str")
                last_known_host_name = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "hostName",
                    "version",
                    "endpoint",
                    "addresses",
                    "port",
                    "creationTime",
                    "isVerified",
                    "isDetached",
                    "canExpire",
                    "verificationPhrase",
                    "usedPersonalCertificate",
                    "lastContactTime",
                    "platformId",
                    "platformType",
                    "operations",
                    "hostBiosId",
                    "lastKnownHostName",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agent_recovery_appliance_model = cls(
            id,
            host_name,
            version,
            endpoint,
            addresses,
            port,
            creation_time,
            is_verified,
            is_detached,
            can_expire,
            verification_phrase,
            used_personal_certificate,
            last_contact_time,
            platform_id,
            platform_type,
            operations,
            host_bios_id,
            last_known_host_name,
            additional_properties,
        )
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


def _mirror(msgspec: Any, tagged: bool) -> Any:
    """The fast reader's mirror of AgentRecoveryApplianceModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""
    build_operations = mirror(AgentsRecoveryApplianceOperationInfo)._build

    def build(m: Any) -> AgentRecoveryApplianceModel:
        id = m.id

        host_name = m.host_name

        version = m.version

        endpoint = m.endpoint

        addresses = m.addresses

        port = m.port

        creation_time = parse_datetime(m.creation_time)

        is_verified = m.is_verified

        is_detached = m.is_detached

        can_expire = m.can_expire

        verification_phrase = m.verification_phrase

        used_personal_certificate = m.used_personal_certificate

        last_contact_time = parse_datetime(m.last_contact_time)

        platform_id = m.platform_id

        platform_type = m.platform_type

        _operations = m.operations
        operations = [build_operations(item) for item in _operations]

        host_bios_id = m.host_bios_id
        if host_bios_id is None:
            host_bios_id = UNSET

        last_known_host_name = m.last_known_host_name
        if last_known_host_name is None:
            last_known_host_name = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agent_recovery_appliance_model = AgentRecoveryApplianceModel(
            id,
            host_name,
            version,
            endpoint,
            addresses,
            port,
            creation_time,
            is_verified,
            is_detached,
            can_expire,
            verification_phrase,
            used_personal_certificate,
            last_contact_time,
            platform_id,
            platform_type,
            operations,
            host_bios_id,
            last_known_host_name,
            {},
        )
        return agent_recovery_appliance_model

    fields: list[Any] = [
        ("id", UUID),
        ("host_name", str),
        ("version", str),
        ("endpoint", str),
        ("addresses", list[str]),
        ("port", int),
        ("creation_time", str),
        ("is_verified", bool),
        ("is_detached", bool),
        ("can_expire", bool),
        ("verification_phrase", str),
        ("used_personal_certificate", bool),
        ("last_contact_time", str),
        ("platform_id", UUID),
        ("platform_type", EPlatformType),
        ("operations", list_of(mirror(AgentsRecoveryApplianceOperationInfo))),
        ("host_bios_id", UUID | None, None),
        ("last_known_host_name", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "AgentRecoveryApplianceModel",
        fields,
        rename={
            "host_name": "hostName",
            "creation_time": "creationTime",
            "is_verified": "isVerified",
            "is_detached": "isDetached",
            "can_expire": "canExpire",
            "verification_phrase": "verificationPhrase",
            "used_personal_certificate": "usedPersonalCertificate",
            "last_contact_time": "lastContactTime",
            "platform_id": "platformId",
            "platform_type": "platformType",
            "host_bios_id": "hostBiosId",
            "last_known_host_name": "lastKnownHostName",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.agents_recovery_appliance_operation_info import (
    AgentsRecoveryApplianceOperationInfo,
)
