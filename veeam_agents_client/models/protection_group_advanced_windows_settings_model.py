from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_agent_throttling_target_type import EAgentThrottlingTargetType
from ..models.e_speed_unit import ESpeedUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProtectionGroupAdvancedWindowsSettingsModel")


@_attrs_define
class ProtectionGroupAdvancedWindowsSettingsModel:
    throttling_enabled: bool | Unset = UNSET
    throttling_unit: ESpeedUnit | Unset = UNSET
    throttling_value: int | Unset = UNSET
    restrict_backup_over_metered_connection: bool | Unset = UNSET
    restrict_backup_over_vpn_connection: bool | Unset = UNSET
    use_specified_wifi_networks: bool | Unset = UNSET
    wifi_networks: list[str] | Unset = UNSET
    agent_throttling_enabled: bool | Unset = UNSET
    agent_throttling_target: EAgentThrottlingTargetType | Unset = UNSET
    flr_without_admin_account_enabled: bool | Unset = UNSET
    create_embedded_recovery_media: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        throttling_enabled = d.pop("throttlingEnabled", UNSET)
        if throttling_enabled is None:
            throttling_enabled = UNSET
        elif throttling_enabled is not UNSET and type(throttling_enabled) is not bool:
            raise TypeError("throttlingEnabled: not bool")

        _throttling_unit = d.pop("throttlingUnit", UNSET)
        throttling_unit: ESpeedUnit | Unset
        if _throttling_unit is None or isinstance(_throttling_unit, Unset):
            throttling_unit = UNSET
        else:
            throttling_unit = ESpeedUnit.from_json(_throttling_unit)

        throttling_value = d.pop("throttlingValue", UNSET)
        if throttling_value is None:
            throttling_value = UNSET
        elif throttling_value is not UNSET and type(throttling_value) is not int:
            raise TypeError("throttlingValue: not int")

        restrict_backup_over_metered_connection = d.pop(
            "restrictBackupOverMeteredConnection", UNSET
        )
        if restrict_backup_over_metered_connection is None:
            restrict_backup_over_metered_connection = UNSET
        elif (
            restrict_backup_over_metered_connection is not UNSET
            and type(restrict_backup_over_metered_connection) is not bool
        ):
            raise TypeError("restrictBackupOverMeteredConnection: not bool")

        restrict_backup_over_vpn_connection = d.pop(
            "restrictBackupOverVPNConnection", UNSET
        )
        if restrict_backup_over_vpn_connection is None:
            restrict_backup_over_vpn_connection = UNSET
        elif (
            restrict_backup_over_vpn_connection is not UNSET
            and type(restrict_backup_over_vpn_connection) is not bool
        ):
            raise TypeError("restrictBackupOverVPNConnection: not bool")

        use_specified_wifi_networks = d.pop("useSpecifiedWifiNetworks", UNSET)
        if use_specified_wifi_networks is None:
            use_specified_wifi_networks = UNSET
        elif (
            use_specified_wifi_networks is not UNSET
            and type(use_specified_wifi_networks) is not bool
        ):
            raise TypeError("useSpecifiedWifiNetworks: not bool")

        wifi_networks = cast(list[str], d.pop("wifiNetworks", UNSET))

        agent_throttling_enabled = d.pop("agentThrottlingEnabled", UNSET)
        if agent_throttling_enabled is None:
            agent_throttling_enabled = UNSET
        elif (
            agent_throttling_enabled is not UNSET
            and type(agent_throttling_enabled) is not bool
        ):
            raise TypeError("agentThrottlingEnabled: not bool")

        _agent_throttling_target = d.pop("agentThrottlingTarget", UNSET)
        agent_throttling_target: EAgentThrottlingTargetType | Unset
        if _agent_throttling_target is None or isinstance(
            _agent_throttling_target, Unset
        ):
            agent_throttling_target = UNSET
        else:
            agent_throttling_target = EAgentThrottlingTargetType.from_json(
                _agent_throttling_target
            )

        flr_without_admin_account_enabled = d.pop(
            "FLRWithoutAdminAccountEnabled", UNSET
        )
        if flr_without_admin_account_enabled is None:
            flr_without_admin_account_enabled = UNSET
        elif (
            flr_without_admin_account_enabled is not UNSET
            and type(flr_without_admin_account_enabled) is not bool
        ):
            raise TypeError("FLRWithoutAdminAccountEnabled: not bool")

        create_embedded_recovery_media = d.pop("createEmbeddedRecoveryMedia", UNSET)
        if create_embedded_recovery_media is None:
            create_embedded_recovery_media = UNSET
        elif (
            create_embedded_recovery_media is not UNSET
            and type(create_embedded_recovery_media) is not bool
        ):
            raise TypeError("createEmbeddedRecoveryMedia: not bool")

        protection_group_advanced_windows_settings_model = cls(
            throttling_enabled=throttling_enabled,
            throttling_unit=throttling_unit,
            throttling_value=throttling_value,
            restrict_backup_over_metered_connection=restrict_backup_over_metered_connection,
            restrict_backup_over_vpn_connection=restrict_backup_over_vpn_connection,
            use_specified_wifi_networks=use_specified_wifi_networks,
            wifi_networks=wifi_networks,
            agent_throttling_enabled=agent_throttling_enabled,
            agent_throttling_target=agent_throttling_target,
            flr_without_admin_account_enabled=flr_without_admin_account_enabled,
            create_embedded_recovery_media=create_embedded_recovery_media,
        )

        protection_group_advanced_windows_settings_model.additional_properties = d
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
