from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_application_plugin_type import EApplicationPluginType
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="ProtectionGroupOptionsModel")


@_attrs_define
class ProtectionGroupOptionsModel:
    rescan_schedule: ProtectionGroupOptionsRescanScheduleModel | Unset = UNSET
    distribution_server_id: UUID | Unset = UNSET
    distribution_repository_id: UUID | Unset = UNSET
    install_backup_agent: bool | Unset = UNSET
    install_cbt_driver: bool | Unset = UNSET
    install_no_snap_agent: bool | Unset = UNSET
    install_application_plugins: bool | Unset = UNSET
    application_plugins: list[EApplicationPluginType] | Unset = UNSET
    update_automatically: bool | Unset = UNSET
    reboot_if_required: bool | Unset = UNSET
    advanced_settings: AdvancedProtectionGroupSettingsModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rescan_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rescan_schedule, Unset):
            rescan_schedule = self.rescan_schedule.to_dict()

        distribution_server_id: str | Unset = UNSET
        if not isinstance(self.distribution_server_id, Unset):
            distribution_server_id = str(self.distribution_server_id)

        distribution_repository_id: str | Unset = UNSET
        if not isinstance(self.distribution_repository_id, Unset):
            distribution_repository_id = str(self.distribution_repository_id)

        install_backup_agent = self.install_backup_agent

        install_cbt_driver = self.install_cbt_driver

        install_no_snap_agent = self.install_no_snap_agent

        install_application_plugins = self.install_application_plugins

        application_plugins: list[str] | Unset = UNSET
        if not isinstance(self.application_plugins, Unset):
            application_plugins = []
            for application_plugins_item_data in self.application_plugins:
                application_plugins_item = application_plugins_item_data.value
                application_plugins.append(application_plugins_item)

        update_automatically = self.update_automatically

        reboot_if_required = self.reboot_if_required

        advanced_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_settings, Unset):
            advanced_settings = self.advanced_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rescan_schedule is not UNSET:
            field_dict["rescanSchedule"] = rescan_schedule
        if distribution_server_id is not UNSET:
            field_dict["distributionServerId"] = distribution_server_id
        if distribution_repository_id is not UNSET:
            field_dict["distributionRepositoryId"] = distribution_repository_id
        if install_backup_agent is not UNSET:
            field_dict["installBackupAgent"] = install_backup_agent
        if install_cbt_driver is not UNSET:
            field_dict["installCBTDriver"] = install_cbt_driver
        if install_no_snap_agent is not UNSET:
            field_dict["installNoSnapAgent"] = install_no_snap_agent
        if install_application_plugins is not UNSET:
            field_dict["installApplicationPlugins"] = install_application_plugins
        if application_plugins is not UNSET:
            field_dict["applicationPlugins"] = application_plugins
        if update_automatically is not UNSET:
            field_dict["updateAutomatically"] = update_automatically
        if reboot_if_required is not UNSET:
            field_dict["rebootIfRequired"] = reboot_if_required
        if advanced_settings is not UNSET:
            field_dict["advancedSettings"] = advanced_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _rescan_schedule = d.pop("rescanSchedule", UNSET)
        rescan_schedule: ProtectionGroupOptionsRescanScheduleModel | Unset
        if _rescan_schedule is None or isinstance(_rescan_schedule, Unset):
            rescan_schedule = UNSET
        else:
            rescan_schedule = ProtectionGroupOptionsRescanScheduleModel.from_dict(
                _rescan_schedule
            )

        _distribution_server_id = d.pop("distributionServerId", UNSET)
        distribution_server_id: UUID | Unset
        if _distribution_server_id is None or isinstance(
            _distribution_server_id, Unset
        ):
            distribution_server_id = UNSET
        else:
            distribution_server_id = parse_uuid(_distribution_server_id)

        _distribution_repository_id = d.pop("distributionRepositoryId", UNSET)
        distribution_repository_id: UUID | Unset
        if _distribution_repository_id is None or isinstance(
            _distribution_repository_id, Unset
        ):
            distribution_repository_id = UNSET
        else:
            distribution_repository_id = parse_uuid(_distribution_repository_id)

        install_backup_agent = d.pop("installBackupAgent", UNSET)
        if install_backup_agent is None:
            install_backup_agent = UNSET
        elif (
            install_backup_agent is not UNSET and type(install_backup_agent) is not bool
        ):
            raise TypeError("installBackupAgent: not bool")

        install_cbt_driver = d.pop("installCBTDriver", UNSET)
        if install_cbt_driver is None:
            install_cbt_driver = UNSET
        elif install_cbt_driver is not UNSET and type(install_cbt_driver) is not bool:
            raise TypeError("installCBTDriver: not bool")

        install_no_snap_agent = d.pop("installNoSnapAgent", UNSET)
        if install_no_snap_agent is None:
            install_no_snap_agent = UNSET
        elif (
            install_no_snap_agent is not UNSET
            and type(install_no_snap_agent) is not bool
        ):
            raise TypeError("installNoSnapAgent: not bool")

        install_application_plugins = d.pop("installApplicationPlugins", UNSET)
        if install_application_plugins is None:
            install_application_plugins = UNSET
        elif (
            install_application_plugins is not UNSET
            and type(install_application_plugins) is not bool
        ):
            raise TypeError("installApplicationPlugins: not bool")

        _application_plugins = d.pop("applicationPlugins", UNSET)
        application_plugins: list[EApplicationPluginType] | Unset = UNSET
        if (
            _application_plugins is not UNSET and _application_plugins is not None
        ):  # null reads as UNSET
            application_plugins = []
            for application_plugins_item_data in _application_plugins:
                application_plugins_item = EApplicationPluginType.from_json(
                    application_plugins_item_data
                )

                application_plugins.append(application_plugins_item)

        update_automatically = d.pop("updateAutomatically", UNSET)
        if update_automatically is None:
            update_automatically = UNSET
        elif (
            update_automatically is not UNSET and type(update_automatically) is not bool
        ):
            raise TypeError("updateAutomatically: not bool")

        reboot_if_required = d.pop("rebootIfRequired", UNSET)
        if reboot_if_required is None:
            reboot_if_required = UNSET
        elif reboot_if_required is not UNSET and type(reboot_if_required) is not bool:
            raise TypeError("rebootIfRequired: not bool")

        _advanced_settings = d.pop("advancedSettings", UNSET)
        advanced_settings: AdvancedProtectionGroupSettingsModel | Unset
        if _advanced_settings is None or isinstance(_advanced_settings, Unset):
            advanced_settings = UNSET
        else:
            advanced_settings = AdvancedProtectionGroupSettingsModel.from_dict(
                _advanced_settings
            )

        protection_group_options_model = cls(
            rescan_schedule=rescan_schedule,
            distribution_server_id=distribution_server_id,
            distribution_repository_id=distribution_repository_id,
            install_backup_agent=install_backup_agent,
            install_cbt_driver=install_cbt_driver,
            install_no_snap_agent=install_no_snap_agent,
            install_application_plugins=install_application_plugins,
            application_plugins=application_plugins,
            update_automatically=update_automatically,
            reboot_if_required=reboot_if_required,
            advanced_settings=advanced_settings,
        )

        protection_group_options_model.additional_properties = d
        return protection_group_options_model

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


from ..models.advanced_protection_group_settings_model import (
    AdvancedProtectionGroupSettingsModel,
)
from ..models.protection_group_options_rescan_schedule_model import (
    ProtectionGroupOptionsRescanScheduleModel,
)
