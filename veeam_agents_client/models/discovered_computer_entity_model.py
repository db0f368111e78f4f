from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_agent_status import EAgentStatus
from ..models.e_discovered_computer_state import EDiscoveredComputerState
from ..models.e_discovered_entity_type import EDiscoveredEntityType
from ..models.e_driver_status import EDriverStatus
from ..models.e_operating_system import EOperatingSystem
from ..models.e_operating_system_platform import EOperatingSystemPlatform
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="DiscoveredComputerEntityModel")


@_attrs_define
class DiscoveredComputerEntityModel:
    """A discovered computer with its agent, driver and plugin state."""

    id: UUID
    name: str
    parent_id: UUID
    protection_group_id: UUID
    state: EDiscoveredComputerState
    """ Whether a discovered computer answers. """
    agent_status: EAgentStatus
    """ Backup agent status on a computer. """
    driver_status: EDriverStatus
    """ Changed block tracking driver status. """
    ip_addresses: list[str]
    object_id: UUID
    plugins: list[DiscoveredComputerPluginModel]
    type_: EDiscoveredEntityType | Unset = UNSET
    """ Kind of discovered entity. """
    agent_version: str | Unset = UNSET
    driver_version: str | Unset = UNSET
    reboot_required: bool | Unset = UNSET
    last_connected: datetime.datetime | Unset = UNSET
    operating_system: EOperatingSystem | Unset = UNSET
    """ Operating system family and release. """
    operating_system_platform: EOperatingSystemPlatform | Unset = UNSET
    """ Processor architecture. """
    operating_system_version: str | Unset = UNSET
    operating_system_update_version: int | Unset = UNSET
    bios_uuid: UUID | Unset = UNSET
    is_trusted: bool | Unset = UNSET
    embedded_recovery_media_state: EmbeddedRecoveryMediaStateModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        parent_id = str(self.parent_id)

        protection_group_id = str(self.protection_group_id)

        state = self.state.value

        agent_status = self.agent_status.value

        driver_status = self.driver_status.value

        ip_addresses = self.ip_addresses

        object_id = str(self.object_id)

        plugins = []
        for plugins_item_data in self.plugins:
            plugins_item = plugins_item_data.to_dict()
            plugins.append(plugins_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        agent_version = self.agent_version

        driver_version = self.driver_version

        reboot_required = self.reboot_required

        last_connected: str | Unset = UNSET
        if not isinstance(self.last_connected, Unset):
            last_connected = self.last_connected.isoformat()

        operating_system: str | Unset = UNSET
        if not isinstance(self.operating_system, Unset):
            operating_system = self.operating_system.value

        operating_system_platform: str | Unset = UNSET
        if not isinstance(self.operating_system_platform, Unset):
            operating_system_platform = self.operating_system_platform.value

        operating_system_version = self.operating_system_version

        operating_system_update_version = self.operating_system_update_version

        bios_uuid: str | Unset = UNSET
        if not isinstance(self.bios_uuid, Unset):
            bios_uuid = str(self.bios_uuid)

        is_trusted = self.is_trusted

        embedded_recovery_media_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.embedded_recovery_media_state, Unset):
            embedded_recovery_media_state = self.embedded_recovery_media_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "parentId": parent_id,
                "protectionGroupId": protection_group_id,
                "state": state,
                "agentStatus": agent_status,
                "driverStatus": driver_status,
                "ipAddresses": ip_addresses,
                "objectId": object_id,
                "plugins": plugins,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if agent_version is not UNSET:
            field_dict["agentVersion"] = agent_version
        if driver_version is not UNSET:
            field_dict["driverVersion"] = driver_version
        if reboot_required is not UNSET:
            field_dict["rebootRequired"] = reboot_required
        if last_connected is not UNSET:
            field_dict["lastConnected"] = last_connected
        if operating_system is not UNSET:
            field_dict["operatingSystem"] = operating_system
        if operating_system_platform is not UNSET:
            field_dict["operatingSystemPlatform"] = operating_system_platform
        if operating_system_version is not UNSET:
            field_dict["operatingSystemVersion"] = operating_system_version
        if operating_system_update_version is not UNSET:
            field_dict["operatingSystemUpdateVersion"] = operating_system_update_version
        if bios_uuid is not UNSET:
            field_dict["biosUuid"] = bios_uuid
        if is_trusted is not UNSET:
            field_dict["isTrusted"] = is_trusted
        if embedded_recovery_media_state is not UNSET:
            field_dict["embeddedRecoveryMediaState"] = embedded_recovery_media_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError("name: not str")

        parent_id = parse_uuid(d.pop("parentId"))

        protection_group_id = parse_uuid(d.pop("protectionGroupId"))

        state = EDiscoveredComputerState.from_json(d.pop("state"))

        agent_status = EAgentStatus.from_json(d.pop("agentStatus"))

        driver_status = EDriverStatus.from_json(d.pop("driverStatus"))

        ip_addresses = cast(list[str], d.pop("ipAddresses"))

        object_id = parse_uuid(d.pop("objectId"))

        plugins = []
        _plugins = d.pop("plugins")
        for plugins_item_data in _plugins:
            plugins_item = DiscoveredComputerPluginModel.from_dict(plugins_item_data)

            plugins.append(plugins_item)

        _type_ = d.pop("type", UNSET)
        type_: EDiscoveredEntityType | Unset
        if _type_ is None or isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EDiscoveredEntityType.from_json(_type_)

        agent_version = d.pop("agentVersion", UNSET)
        if agent_version is None:
            agent_version = UNSET
        elif agent_version is not UNSET and type(agent_version) is not str:
            raise TypeError("agentVersion: not str")

        driver_version = d.pop("driverVersion", UNSET)
        if driver_version is None:
            driver_version = UNSET
        elif driver_version is not UNSET and type(driver_version) is not str:
            raise TypeError("driverVersion: not str")

        reboot_required = d.pop("rebootRequired", UNSET)
        if reboot_required is None:
            reboot_required = UNSET
        elif reboot_required is not UNSET and type(reboot_required) is not bool:
            raise TypeError("rebootRequired: not bool")

        _last_connected = d.pop("lastConnected", UNSET)
        last_connected: datetime.datetime | Unset
        if _last_connected is None or isinstance(_last_connected, Unset):
            last_connected = UNSET
        else:
            last_connected = datetime.datetime.fromisoformat(_last_connected)

        _operating_system = d.pop("operatingSystem", UNSET)
        operating_system: EOperatingSystem | Unset
        if _operating_system is None or isinstance(_operating_system, Unset):
            operating_system = UNSET
        else:
            operating_system = EOperatingSystem.from_json(_operating_system)

        _operating_system_platform = d.pop("operatingSystemPlatform", UNSET)
        operating_system_platform: EOperatingSystemPlatform | Unset
        if _operating_system_platform is None or isinstance(
            _operating_system_platform, Unset
        ):
            operating_system_platform = UNSET
        else:
            operating_system_platform = EOperatingSystemPlatform.from_json(
                _operating_system_platform
            )

        operating_system_version = d.pop("operatingSystemVersion", UNSET)
        if operating_system_version is None:
            operating_system_version = UNSET
        elif (
            operating_system_version is not UNSET
            and type(operating_system_version) is not str
        ):
            raise TypeError("operatingSystemVersion: not str")

        operating_system_update_version = d.pop("operatingSystemUpdateVersion", UNSET)
        if operating_system_update_version is None:
            operating_system_update_version = UNSET
        elif (
            operating_system_update_version is not UNSET
            and type(operating_system_update_version) is not int
        ):
            raise TypeError("operatingSystemUpdateVersion: not int")

        _bios_uuid = d.pop("biosUuid", UNSET)
        bios_uuid: UUID | Unset
        if _bios_uuid is None or isinstance(_bios_uuid, Unset):
            bios_uuid = UNSET
        else:
            bios_uuid = parse_uuid(_bios_uuid)

        is_trusted = d.pop("isTrusted", UNSET)
        if is_trusted is None:
            is_trusted = UNSET
        elif is_trusted is not UNSET and type(is_trusted) is not bool:
            raise TypeError("isTrusted: not bool")

        _embedded_recovery_media_state = d.pop("embeddedRecoveryMediaState", UNSET)
        embedded_recovery_media_state: EmbeddedRecoveryMediaStateModel | Unset
        if _embedded_recovery_media_state is None or isinstance(
            _embedded_recovery_media_state, Unset
        ):
            embedded_recovery_media_state = UNSET
        else:
            embedded_recovery_media_state = EmbeddedRecoveryMediaStateModel.from_dict(
                _embedded_recovery_media_state
            )

        discovered_computer_entity_model = cls(
            id=id,
            name=name,
            parent_id=parent_id,
            protection_group_id=protection_group_id,
            state=state,
            agent_status=agent_status,
            driver_status=driver_status,
            ip_addresses=ip_addresses,
            object_id=object_id,
            plugins=plugins,
            type_=type_,
            agent_version=agent_version,
            driver_version=driver_version,
            reboot_required=reboot_required,
            last_connected=last_connected,
            operating_system=operating_system,
            operating_system_platform=operating_system_platform,
            operating_system_version=operating_system_version,
            operating_system_update_version=operating_system_update_version,
            bios_uuid=bios_uuid,
            is_trusted=is_trusted,
            embedded_recovery_media_state=embedded_recovery_media_state,
        )

        discovered_computer_entity_model.additional_properties = d
        return discovered_computer_entity_model

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


from ..models.discovered_computer_plugin_model import DiscoveredComputerPluginModel
from ..models.embedded_recovery_media_state_model import EmbeddedRecoveryMediaStateModel
