from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_agent_throttling_target_type import EAgentThrottlingTargetType
from ..models.e_speed_unit import ESpeedUnit
from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ProtectionGroupAdvancedWindowsSettingsModel")


@_attrs_define
class ProtectionGroupAdvancedWindowsSettingsModel:
    """Limits and options the server applies to the Windows agents of a protection group."""

    throttling_enabled: bool | Unset = UNSET
    """ True to cap the bandwidth agents use for backup at throttlingValue. """
    throttling_unit: ESpeedUnit | Unset = UNSET
    """ Unit of throttlingValue. """
    throttling_value: int | Unset = UNSET
    """ The bandwidth cap, in throttlingUnit. """
    restrict_backup_over_metered_connection: bool | Unset = UNSET
    """ True to hold backups while the computer is on a metered connection. """
    restrict_backup_over_vpn_connection: bool | Unset = UNSET
    """ True to hold backups while the computer is connected through a VPN. """
    use_specified_wifi_networks: bool | Unset = UNSET
    """ True to back up over Wi-Fi only on the networks in wifiNetworks. """
    wifi_networks: list[str] | Unset = UNSET
    """ Names (SSIDs) of the Wi-Fi networks backups may use, with useSpecifiedWifiNetworks. """
    agent_throttling_enabled: bool | Unset = UNSET
    """ True to throttle the agent's activity on the computers. """
    agent_throttling_target: EAgentThrottlingTargetType | Unset = UNSET
    """ Which computers agent throttling applies to (all, servers or workstations). """
    flr_without_admin_account_enabled: bool | Unset = UNSET
    """ True to let users without an administrator account restore files on their computer. """
    create_embedded_recovery_media: bool | Unset = UNSET
    """ True to keep recovery media on the computers for remote bare-metal recovery. Added in 1.3-rev2. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        throttling_enabled = self.throttling_enabled

        throttling_unit: str | Unset = UNSET
        if not isinstance(self.throttling_unit, Unset):
            throttling_unit = self.throttling_unit.value

        throttling_value = self.throttling_value

        restrict_backup_over_metered_connection = (
            self.restrict_backup_over_metered_connection
        )

        restrict_backup_over_vpn_connection = self.restrict_backup_over_vpn_connection

        use_specified_wifi_networks = self.use_specified_wifi_networks

        wifi_networks: list[str] | Unset = UNSET
        if not isinstance(self.wifi_networks, Unset):
            wifi_networks = self.wifi_networks

        agent_throttling_enabled = self.agent_throttling_enabled

        agent_throttling_target: str | Unset = UNSET
        if not isinstance(self.agent_throttling_target, Unset):
            agent_throttling_target = self.agent_throttling_target.value

        flr_without_admin_account_enabled = self.flr_without_admin_account_enabled

        create_embedded_recovery_media = self.create_embedded_recovery_media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if throttling_enabled is not UNSET:
            field_dict["throttlingEnabled"] = throttling_enabled
        if throttling_unit is not UNSET:
            field_dict["throttlingUnit"] = throttling_unit
        if throttling_value is not UNSET:
            field_dict["throttlingValue"] = throttling_value
        if restrict_backup_over_metered_connection is not UNSET:
            field_dict["restrictBackupOverMeteredConnection"] = (
                restrict_backup_over_metered_connection
            )
        if restrict_backup_over_vpn_connection is not UNSET:
            field_dict["restrictBackupOverVPNConnection"] = (
                restrict_backup_over_vpn_connection
            )
        if use_specified_wifi_networks is not UNSET:
            field_dict["useSpecifiedWifiNetworks"] = use_specified_wifi_networks
        if wifi_networks is not UNSET:
            field_dict["wifiNetworks"] = wifi_networks
        if agent_throttling_enabled is not UNSET:
            field_dict["agentThrottlingEnabled"] = agent_throttling_enabled
        if agent_throttling_target is not UNSET:
            field_dict["agentThrottlingTarget"] = agent_throttling_target
        if flr_without_admin_account_enabled is not UNSET:
            field_dict["FLRWithoutAdminAccountEnabled"] = (
                flr_without_admin_account_enabled
            )
        if create_embedded_recovery_media is not UNSET:
            field_dict["createEmbeddedRecoveryMedia"] = create_embedded_recovery_media

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
            throttling_enabled = pop("throttlingEnabled", None)
            if type(throttling_enabled) is not bool:
                if throttling_enabled is not None:
                    raise TypeError("expected bool")
                throttling_enabled = UNSET
            _throttling_unit = pop("throttlingUnit", None)
            throttling_unit: ESpeedUnit | Unset = (
                UNSET
                if _throttling_unit is None
                else ESpeedUnit.from_json(_throttling_unit)
            )

            throttling_value = pop("throttlingValue", None)
            if type(throttling_value) is not int:
                if throttling_value is not None:
                    raise TypeError("expected int")
                throttling_value = UNSET
            restrict_backup_over_metered_connection = pop(
                "restrictBackupOverMeteredConnection", None
            )
            if type(restrict_backup_over_metered_connection) is not bool:
                if restrict_backup_over_metered_connection is not None:
                    raise TypeError("expected bool")
                restrict_backup_over_metered_connection = UNSET
            restrict_backup_over_vpn_connection = pop(
                "restrictBackupOverVPNConnection", None
            )
            if type(restrict_backup_over_vpn_connection) is not bool:
                if restrict_backup_over_vpn_connection is not None:
                    raise TypeError("expected bool")
                restrict_backup_over_vpn_connection = UNSET
            use_specified_wifi_networks = pop("useSpecifiedWifiNetworks", None)
            if type(use_specified_wifi_networks) is not bool:
                if use_specified_wifi_networks is not None:
                    raise TypeError("expected bool")
                use_specified_wifi_networks = UNSET
            _wifi_networks = pop("wifiNetworks", None)
            wifi_networks: list[str] | Unset = UNSET
            if _wifi_networks is not None:  # null reads as UNSET
                if type(_wifi_networks) is not list:
                    raise TypeError("expected an array")
                # No type lies: every item is what the document says.
                for _item in _wifi_networks:
                    if type(_item) is not str:
                        raise TypeError("expected an array of str")
                wifi_networks = _wifi_networks

            agent_throttling_enabled = pop("agentThrottlingEnabled", None)
            if type(agent_throttling_enabled) is not bool:
                if agent_throttling_enabled is not None:
                    raise TypeError("expected bool")
                agent_throttling_enabled = UNSET
            _agent_throttling_target = pop("agentThrottlingTarget", None)
            agent_throttling_target: EAgentThrottlingTargetType | Unset = (
                UNSET
                if _agent_throttling_target is None
                else EAgentThrottlingTargetType.from_json(_agent_throttling_target)
            )

            flr_without_admin_account_enabled = pop(
                "FLRWithoutAdminAccountEnabled", None
            )
            if type(flr_without_admin_account_enabled) is not bool:
                if flr_without_admin_account_enabled is not None:
                    raise TypeError("expected bool")
                flr_without_admin_account_enabled = UNSET
            create_embedded_recovery_media = pop("createEmbeddedRecoveryMedia", None)
            if type(create_embedded_recovery_media) is not bool:
                if create_embedded_recovery_media is not None:
                    raise TypeError("expected bool")
                create_embedded_recovery_media = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "throttlingEnabled",
                    "throttlingUnit",
                    "throttlingValue",
                    "restrictBackupOverMeteredConnection",
                    "restrictBackupOverVPNConnection",
                    "useSpecifiedWifiNetworks",
                    "wifiNetworks",
                    "agentThrottlingEnabled",
                    "agentThrottlingTarget",
                    "FLRWithoutAdminAccountEnabled",
                    "createEmbeddedRecoveryMedia",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_group_advanced_windows_settings_model = cls(
            throttling_enabled,
            throttling_unit,
            throttling_value,
            restrict_backup_over_metered_connection,
            restrict_backup_over_vpn_connection,
            use_specified_wifi_networks,
            wifi_networks,
            agent_throttling_enabled,
            agent_throttling_target,
            flr_without_admin_account_enabled,
            create_embedded_recovery_media,
            additional_properties,
        )
        return protection_group_advanced_windows_settings_model

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
    """The fast reader's mirror of ProtectionGroupAdvancedWindowsSettingsModel (types.read_json): a msgspec Struct of
    its fields under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> ProtectionGroupAdvancedWindowsSettingsModel:
        throttling_enabled = m.throttling_enabled
        if throttling_enabled is None:
            throttling_enabled = UNSET

        throttling_unit = m.throttling_unit
        if throttling_unit is None:
            throttling_unit = UNSET

        throttling_value = m.throttling_value
        if throttling_value is None:
            throttling_value = UNSET

        restrict_backup_over_metered_connection = (
            m.restrict_backup_over_metered_connection
        )
        if restrict_backup_over_metered_connection is None:
            restrict_backup_over_metered_connection = UNSET

        restrict_backup_over_vpn_connection = m.restrict_backup_over_vpn_connection
        if restrict_backup_over_vpn_connection is None:
            restrict_backup_over_vpn_connection = UNSET

        use_specified_wifi_networks = m.use_specified_wifi_networks
        if use_specified_wifi_networks is None:
            use_specified_wifi_networks = UNSET

        wifi_networks = m.wifi_networks
        if wifi_networks is None:
            wifi_networks = UNSET

        agent_throttling_enabled = m.agent_throttling_enabled
        if agent_throttling_enabled is None:
            agent_throttling_enabled = UNSET

        agent_throttling_target = m.agent_throttling_target
        if agent_throttling_target is None:
            agent_throttling_target = UNSET

        flr_without_admin_account_enabled = m.flr_without_admin_account_enabled
        if flr_without_admin_account_enabled is None:
            flr_without_admin_account_enabled = UNSET

        create_embedded_recovery_media = m.create_embedded_recovery_media
        if create_embedded_recovery_media is None:
            create_embedded_recovery_media = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_group_advanced_windows_settings_model = (
            ProtectionGroupAdvancedWindowsSettingsModel(
                throttling_enabled,
                throttling_unit,
                throttling_value,
                restrict_backup_over_metered_connection,
                restrict_backup_over_vpn_connection,
                use_specified_wifi_networks,
                wifi_networks,
                agent_throttling_enabled,
                agent_throttling_target,
                flr_without_admin_account_enabled,
                create_embedded_recovery_media,
                {},
            )
        )
        return protection_group_advanced_windows_settings_model

    fields: list[Any] = [
        ("throttling_enabled", bool | None, None),
        ("throttling_unit", ESpeedUnit | None, None),
        ("throttling_value", int | None, None),
        ("restrict_backup_over_metered_connection", bool | None, None),
        ("restrict_backup_over_vpn_connection", bool | None, None),
        ("use_specified_wifi_networks", bool | None, None),
        ("wifi_networks", list[str] | None, None),
        ("agent_throttling_enabled", bool | None, None),
        ("agent_throttling_target", EAgentThrottlingTargetType | None, None),
        ("flr_without_admin_account_enabled", bool | None, None),
        ("create_embedded_recovery_media", bool | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ProtectionGroupAdvancedWindowsSettingsModel",
        fields,
        rename={
            "throttling_enabled": "throttlingEnabled",
            "throttling_unit": "throttlingUnit",
            "throttling_value": "throttlingValue",
            "restrict_backup_over_metered_connection": "restrictBackupOverMeteredConnection",
            "restrict_backup_over_vpn_connection": "restrictBackupOverVPNConnection",
            "use_specified_wifi_networks": "useSpecifiedWifiNetworks",
            "wifi_networks": "wifiNetworks",
            "agent_throttling_enabled": "agentThrottlingEnabled",
            "agent_throttling_target": "agentThrottlingTarget",
            "flr_without_admin_account_enabled": "FLRWithoutAdminAccountEnabled",
            "create_embedded_recovery_media": "createEmbeddedRecoveryMedia",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
