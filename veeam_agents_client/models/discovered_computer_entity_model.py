from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_agent_status import EAgentStatus
from ..models.e_discovered_computer_state import EDiscoveredComputerState
from ..models.e_discovered_entity_type import EDiscoveredEntityType
from ..models.e_driver_status import EDriverStatus
from ..models.e_operating_system import EOperatingSystem
from ..models.e_operating_system_platform import EOperatingSystemPlatform
from ..types import (
    UNSET,
    Unset,
    list_of,
    mirror,
    object_fields,
    parse_datetime,
    parse_uuid,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="DiscoveredComputerEntityModel")


@_attrs_define
class DiscoveredComputerEntityModel:
    """A discovered computer (type Computer), with the state of its agent, changed block tracking driver, application
    plugins and embedded recovery media.

    """

    id: UUID
    """ ID of the entity (UUID), for discovered_entities.get and the actions. """
    name: str
    """ The entity's name, such as a computer's host name. """
    parent_id: UUID
    """ ID of the entity's parent object. """
    protection_group_id: UUID
    """ ID of the protection group that discovered the entity. """
    state: EDiscoveredComputerState
    """ Whether the computer answers the server (Online, Offline or Unknown). """
    agent_status: EAgentStatus
    """ Whether the backup agent is installed, needs an upgrade, failed, and so on. """
    driver_status: EDriverStatus
    """ Whether the changed block tracking driver is installed, needs a reboot, and so on. """
    ip_addresses: list[str]
    """ The computer's IP addresses. """
    object_id: UUID
    """ The computer's object ID (UUID), which differs from the entity's id. """
    plugins: list[DiscoveredComputerPluginModel]
    """ Application plugins (SQL Server, Oracle RMAN, SAP HANA, SAP on Oracle) and their state on the computer. """
    agent_version: str | Unset = UNSET
    """ Version of the installed agent, such as 13.0.0.632. """
    driver_version: str | Unset = UNSET
    """ Name and version of the installed driver, such as "Veeam Volume CT Driver (13.0.0.12)". """
    reboot_required: bool | Unset = UNSET
    """ True when the computer must restart to finish an installation or removal. """
    last_connected: datetime.datetime | Unset = UNSET
    """ When the server last reached the computer. VBR sends it without a UTC offset (server local time), so it
    reads as a naive datetime. """
    operating_system: EOperatingSystem | Unset = UNSET
    """ Operating system family and release, such as WindowsServer2022. """
    operating_system_platform: EOperatingSystemPlatform | Unset = UNSET
    """ Processor architecture (X86, X64, PPC64le). """
    operating_system_version: str | Unset = UNSET
    """ The operating system's full name, such as "Microsoft Windows Server 2022 (21H2, 64-bit)". """
    operating_system_update_version: int | Unset = UNSET
    """ The operating system's update (feature release) number, such as 2109 for 21H2. """
    bios_uuid: UUID | Unset = UNSET
    """ The computer's BIOS UUID. """
    is_trusted: bool | Unset = UNSET
    """ Whether the server trusts the certificate the computer's agent presented (see discovered_entities.trust).
    Added in 1.3-rev1. """
    embedded_recovery_media_state: EmbeddedRecoveryMediaStateModel | Unset = UNSET
    """ State of the recovery media kept on the computer for remote bare-metal recovery. Added in 1.3-rev2. """
    type_: EDiscoveredEntityType | Unset = _attrs_field(
        default=EDiscoveredEntityType("Computer"),
        kw_only=True,
        metadata={"discriminator": "type"},
    )
    """ Kind of entity (Computer, Cluster or ActiveDirectory), which decides the model it reads as. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

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
        d = (
            src_dict.copy() if type(src_dict) is dict else object_fields(src_dict)
        )  # copy(): cheaper than dict()
        # Bound once: one attribute look-up per model instead of one per field.
        pop = d.pop
        # One try around the reading (free until something raises): a failure becomes a
        # ResponseFieldError naming the field, found from what was popped, at no cost here.
        try:
            id = parse_uuid(pop("id"))

            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            parent_id = parse_uuid(pop("parentId"))

            protection_group_id = parse_uuid(pop("protectionGroupId"))

            state = EDiscoveredComputerState.from_json(pop("state"))

            agent_status = EAgentStatus.from_json(pop("agentStatus"))

            driver_status = EDriverStatus.from_json(pop("driverStatus"))

            _ip_addresses = pop("ipAddresses")
            if type(_ip_addresses) is not list:
                raise TypeError("expected an array")
            # No type lies: every item is what the document says.
            for _item in _ip_addresses:
                if type(_item) is not str:
                    raise TypeError("expected an array of str")
            ip_addresses = _ip_addresses

            object_id = parse_uuid(pop("objectId"))

            _plugins = pop("plugins")
            if type(_plugins) is not list:
                raise TypeError("expected an array")
            # A comprehension over one bound from_dict: no per-item method look-up or append call.
            _read_plugins = DiscoveredComputerPluginModel.from_dict
            plugins = [_read_plugins(item) for item in _plugins]

            _type_ = pop("type", None)
            type_: EDiscoveredEntityType | Unset = (
                UNSET if _type_ is None else EDiscoveredEntityType.from_json(_type_)
            )

            agent_version = pop("agentVersion", None)
            if type(agent_version) is not str:
                if agent_version is not None:
                    raise TypeError("expected str")
                agent_version = UNSET
            driver_version = pop("driverVersion", None)
            if type(driver_version) is not str:
                if driver_version is not None:
                    raise TypeError("expected str")
                driver_version = UNSET
            reboot_required = pop("rebootRequired", None)
            if type(reboot_required) is not bool:
                if reboot_required is not None:
                    raise TypeError("expected bool")
                reboot_required = UNSET
            _last_connected = pop("lastConnected", None)
            last_connected: datetime.datetime | Unset = (
                UNSET if _last_connected is None else parse_datetime(_last_connected)
            )

            _operating_system = pop("operatingSystem", None)
            operating_system: EOperatingSystem | Unset = (
                UNSET
                if _operating_system is None
                else EOperatingSystem.from_json(_operating_system)
            )

            _operating_system_platform = pop("operatingSystemPlatform", None)
            operating_system_platform: EOperatingSystemPlatform | Unset = (
                UNSET
                if _operating_system_platform is None
                else EOperatingSystemPlatform.from_json(_operating_system_platform)
            )

            operating_system_version = pop("operatingSystemVersion", None)
            if type(operating_system_version) is not str:
                if operating_system_version is not None:
                    raise TypeError("expected str")
                operating_system_version = UNSET
            operating_system_update_version = pop("operatingSystemUpdateVersion", None)
            if type(operating_system_update_version) is not int:
                if operating_system_update_version is not None:
                    raise TypeError("expected int")
                operating_system_update_version = UNSET
            _bios_uuid = pop("biosUuid", None)
            bios_uuid: UUID | Unset = (
                UNSET if _bios_uuid is None else parse_uuid(_bios_uuid)
            )

            is_trusted = pop("isTrusted", None)
            if type(is_trusted) is not bool:
                if is_trusted is not None:
                    raise TypeError("expected bool")
                is_trusted = UNSET
            _embedded_recovery_media_state = pop("embeddedRecoveryMediaState", None)
            embedded_recovery_media_state: EmbeddedRecoveryMediaStateModel | Unset = (
                UNSET
                if _embedded_recovery_media_state is None
                else EmbeddedRecoveryMediaStateModel.from_dict(
                    _embedded_recovery_media_state
                )
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "name",
                    "parentId",
                    "protectionGroupId",
                    "state",
                    "agentStatus",
                    "driverStatus",
                    "ipAddresses",
                    "objectId",
                    "plugins",
                    "type",
                    "agentVersion",
                    "driverVersion",
                    "rebootRequired",
                    "lastConnected",
                    "operatingSystem",
                    "operatingSystemPlatform",
                    "operatingSystemVersion",
                    "operatingSystemUpdateVersion",
                    "biosUuid",
                    "isTrusted",
                    "embeddedRecoveryMediaState",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        discovered_computer_entity_model = cls(
            id,
            name,
            parent_id,
            protection_group_id,
            state,
            agent_status,
            driver_status,
            ip_addresses,
            object_id,
            plugins,
            agent_version,
            driver_version,
            reboot_required,
            last_connected,
            operating_system,
            operating_system_platform,
            operating_system_version,
            operating_system_update_version,
            bios_uuid,
            is_trusted,
            embedded_recovery_media_state,
            additional_properties,
            type_=type_,
        )
        if type_ != "Computer":  # another kind in a field typed as this one
            received(discovered_computer_entity_model)
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


def _mirror(msgspec: Any, tagged: bool) -> Any:
    """The fast reader's mirror of DiscoveredComputerEntityModel (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family union
    holds, its kind msgspec's tag."""
    build_plugins = mirror(DiscoveredComputerPluginModel)._build
    build_embedded_recovery_media_state = mirror(EmbeddedRecoveryMediaStateModel)._build

    def build(m: Any) -> DiscoveredComputerEntityModel:
        id = m.id

        name = m.name

        parent_id = m.parent_id

        protection_group_id = m.protection_group_id

        state = m.state

        agent_status = m.agent_status

        driver_status = m.driver_status

        ip_addresses = m.ip_addresses

        object_id = m.object_id

        _plugins = m.plugins
        plugins = [build_plugins(item) for item in _plugins]

        type_ = m.type_
        if type_ is None:
            type_ = UNSET

        agent_version = m.agent_version
        if agent_version is None:
            agent_version = UNSET

        driver_version = m.driver_version
        if driver_version is None:
            driver_version = UNSET

        reboot_required = m.reboot_required
        if reboot_required is None:
            reboot_required = UNSET

        _last_connected = m.last_connected
        last_connected: datetime.datetime | Unset = (
            UNSET if _last_connected is None else parse_datetime(_last_connected)
        )

        operating_system = m.operating_system
        if operating_system is None:
            operating_system = UNSET

        operating_system_platform = m.operating_system_platform
        if operating_system_platform is None:
            operating_system_platform = UNSET

        operating_system_version = m.operating_system_version
        if operating_system_version is None:
            operating_system_version = UNSET

        operating_system_update_version = m.operating_system_update_version
        if operating_system_update_version is None:
            operating_system_update_version = UNSET

        bios_uuid = m.bios_uuid
        if bios_uuid is None:
            bios_uuid = UNSET

        is_trusted = m.is_trusted
        if is_trusted is None:
            is_trusted = UNSET

        _embedded_recovery_media_state = m.embedded_recovery_media_state
        embedded_recovery_media_state = (
            UNSET
            if _embedded_recovery_media_state is None
            else build_embedded_recovery_media_state(_embedded_recovery_media_state)
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        discovered_computer_entity_model = DiscoveredComputerEntityModel(
            id,
            name,
            parent_id,
            protection_group_id,
            state,
            agent_status,
            driver_status,
            ip_addresses,
            object_id,
            plugins,
            agent_version,
            driver_version,
            reboot_required,
            last_connected,
            operating_system,
            operating_system_platform,
            operating_system_version,
            operating_system_update_version,
            bios_uuid,
            is_trusted,
            embedded_recovery_media_state,
            {},
            type_=type_,
        )
        if type_ != "Computer":  # another kind in a field typed as this one
            received(discovered_computer_entity_model)
        return discovered_computer_entity_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("parent_id", UUID),
        ("protection_group_id", UUID),
        ("state", EDiscoveredComputerState),
        ("agent_status", EAgentStatus),
        ("driver_status", EDriverStatus),
        ("ip_addresses", list[str]),
        ("object_id", UUID),
        ("plugins", list_of(mirror(DiscoveredComputerPluginModel))),
        ("agent_version", str | None, None),
        ("driver_version", str | None, None),
        ("reboot_required", bool | None, None),
        ("last_connected", str | None, None),
        ("operating_system", EOperatingSystem | None, None),
        ("operating_system_platform", EOperatingSystemPlatform | None, None),
        ("operating_system_version", str | None, None),
        ("operating_system_update_version", int | None, None),
        ("bios_uuid", UUID | None, None),
        ("is_trusted", bool | None, None),
        (
            "embedded_recovery_media_state",
            mirror(EmbeddedRecoveryMediaStateModel) | None,
            None,
        ),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = EDiscoveredEntityType("Computer")
    else:
        fields.append(
            ("type_", EDiscoveredEntityType | None, None),
        )
    return msgspec.defstruct(
        "DiscoveredComputerEntityModel",
        fields,
        rename={
            "parent_id": "parentId",
            "protection_group_id": "protectionGroupId",
            "agent_status": "agentStatus",
            "driver_status": "driverStatus",
            "ip_addresses": "ipAddresses",
            "object_id": "objectId",
            "type_": "type",
            "agent_version": "agentVersion",
            "driver_version": "driverVersion",
            "reboot_required": "rebootRequired",
            "last_connected": "lastConnected",
            "operating_system": "operatingSystem",
            "operating_system_platform": "operatingSystemPlatform",
            "operating_system_version": "operatingSystemVersion",
            "operating_system_update_version": "operatingSystemUpdateVersion",
            "bios_uuid": "biosUuid",
            "is_trusted": "isTrusted",
            "embedded_recovery_media_state": "embeddedRecoveryMediaState",
        },
        tag_field="type" if tagged else None,
        tag="Computer" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.discovered_computer_plugin_model import DiscoveredComputerPluginModel
from ..models.embedded_recovery_media_state_model import EmbeddedRecoveryMediaStateModel
