from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_application_plugin_type import EApplicationPluginType
from ..types import (
    UNSET,
    Unset,
    mirror,
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ProtectionGroupOptionsModel")


@_attrs_define
class ProtectionGroupOptionsModel:
    """How often a protection group is rescanned and what the server deploys on its computers."""

    rescan_schedule: ProtectionGroupOptionsRescanScheduleModel | Unset = UNSET
    """ When the group is rescanned to find new computers. """
    distribution_server_id: UUID | Unset = UNSET
    """ ID of the server that distributes agent packages to the computers. """
    distribution_repository_id: UUID | Unset = UNSET
    """ ID of the repository used for distributing packages; all zeros when not set. """
    install_backup_agent: bool | Unset = UNSET
    """ True to install the backup agent on the computers. """
    install_cbt_driver: bool | Unset = UNSET
    """ True to install the changed block tracking driver (it takes effect after a reboot). """
    install_no_snap_agent: bool | Unset = UNSET
    """ True to install the nosnap variant of the agent (the -nosnap Linux packages). Added in 1.3-rev2. """
    install_application_plugins: bool | Unset = UNSET
    """ True to install the application plugins listed in applicationPlugins. """
    application_plugins: list[EApplicationPluginType] | Unset = UNSET
    """ The application plugins to install, with installApplicationPlugins. """
    update_automatically: bool | Unset = UNSET
    """ True to upgrade the agents automatically when the server has a newer version. """
    reboot_if_required: bool | Unset = UNSET
    """ True to let the server restart computers when an installation needs it. """
    advanced_settings: AdvancedProtectionGroupSettingsModel | Unset = UNSET
    """ Settings for the Windows agents of the group and the e-mail reports. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

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
        d = (
            src_dict.copy() if type(src_dict) is dict else object_fields(src_dict)
        )  # copy(): cheaper than dict()
        # Bound once: one attribute look-up per model instead of one per field.
        pop = d.pop
        # One try around the reading (free until something raises): a failure becomes a
        # ResponseFieldError naming the field, found from what was popped, at no cost here.
        try:
            _rescan_schedule = pop("rescanSchedule", None)
            rescan_schedule: ProtectionGroupOptionsRescanScheduleModel | Unset = (
                UNSET
                if _rescan_schedule is None
                else ProtectionGroupOptionsRescanScheduleModel.from_dict(
                    _rescan_schedule
                )
            )

            _distribution_server_id = pop("distributionServerId", None)
            distribution_server_id: UUID | Unset = (
                UNSET
                if _distribution_server_id is None
                else parse_uuid(_distribution_server_id)
            )

            _distribution_repository_id = pop("distributionRepositoryId", None)
            distribution_repository_id: UUID | Unset = (
                UNSET
                if _distribution_repository_id is None
                else parse_uuid(_distribution_repository_id)
            )

            install_backup_agent = pop("installBackupAgent", None)
            if type(install_backup_agent) is not bool:
                if install_backup_agent is not None:
                    raise TypeError("expected bool")
                install_backup_agent = UNSET
            install_cbt_driver = pop("installCBTDriver", None)
            if type(install_cbt_driver) is not bool:
                if install_cbt_driver is not None:
                    raise TypeError("expected bool")
                install_cbt_driver = UNSET
            install_no_snap_agent = pop("installNoSnapAgent", None)
            if type(install_no_snap_agent) is not bool:
                if install_no_snap_agent is not None:
                    raise TypeError("expected bool")
                install_no_snap_agent = UNSET
            install_application_plugins = pop("installApplicationPlugins", None)
            if type(install_application_plugins) is not bool:
                if install_application_plugins is not None:
                    raise TypeError("expected bool")
                install_application_plugins = UNSET
            _application_plugins = pop("applicationPlugins", None)
            application_plugins: list[EApplicationPluginType] | Unset = UNSET
            if _application_plugins is not None:  # null reads as UNSET
                if type(_application_plugins) is not list:
                    raise TypeError("expected an array")
                application_plugins = []
                for application_plugins_item_data in _application_plugins:
                    application_plugins_item = EApplicationPluginType.from_json(
                        application_plugins_item_data
                    )

                    application_plugins.append(application_plugins_item)

            update_automatically = pop("updateAutomatically", None)
            if type(update_automatically) is not bool:
                if update_automatically is not None:
                    raise TypeError("expected bool")
                update_automatically = UNSET
            reboot_if_required = pop("rebootIfRequired", None)
            if type(reboot_if_required) is not bool:
                if reboot_if_required is not None:
                    raise TypeError("expected bool")
                reboot_if_required = UNSET
            _advanced_settings = pop("advancedSettings", None)
            advanced_settings: AdvancedProtectionGroupSettingsModel | Unset = (
                UNSET
                if _advanced_settings is None
                else AdvancedProtectionGroupSettingsModel.from_dict(_advanced_settings)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "rescanSchedule",
                    "distributionServerId",
                    "distributionRepositoryId",
                    "installBackupAgent",
                    "installCBTDriver",
                    "installNoSnapAgent",
                    "installApplicationPlugins",
                    "applicationPlugins",
                    "updateAutomatically",
                    "rebootIfRequired",
                    "advancedSettings",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_group_options_model = cls(
            rescan_schedule,
            distribution_server_id,
            distribution_repository_id,
            install_backup_agent,
            install_cbt_driver,
            install_no_snap_agent,
            install_application_plugins,
            application_plugins,
            update_automatically,
            reboot_if_required,
            advanced_settings,
            additional_properties,
        )
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


def _mirror(msgspec: Any, tagged: bool) -> Any:
    """The fast reader's mirror of ProtectionGroupOptionsModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""
    build_rescan_schedule = mirror(ProtectionGroupOptionsRescanScheduleModel)._build
    build_advanced_settings = mirror(AdvancedProtectionGroupSettingsModel)._build

    def build(m: Any) -> ProtectionGroupOptionsModel:
        _rescan_schedule = m.rescan_schedule
        rescan_schedule = (
            UNSET
            if _rescan_schedule is None
            else build_rescan_schedule(_rescan_schedule)
        )

        distribution_server_id = m.distribution_server_id
        if distribution_server_id is None:
            distribution_server_id = UNSET

        distribution_repository_id = m.distribution_repository_id
        if distribution_repository_id is None:
            distribution_repository_id = UNSET

        install_backup_agent = m.install_backup_agent
        if install_backup_agent is None:
            install_backup_agent = UNSET

        install_cbt_driver = m.install_cbt_driver
        if install_cbt_driver is None:
            install_cbt_driver = UNSET

        install_no_snap_agent = m.install_no_snap_agent
        if install_no_snap_agent is None:
            install_no_snap_agent = UNSET

        install_application_plugins = m.install_application_plugins
        if install_application_plugins is None:
            install_application_plugins = UNSET

        application_plugins = m.application_plugins
        if application_plugins is None:
            application_plugins = UNSET

        update_automatically = m.update_automatically
        if update_automatically is None:
            update_automatically = UNSET

        reboot_if_required = m.reboot_if_required
        if reboot_if_required is None:
            reboot_if_required = UNSET

        _advanced_settings = m.advanced_settings
        advanced_settings = (
            UNSET
            if _advanced_settings is None
            else build_advanced_settings(_advanced_settings)
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_group_options_model = ProtectionGroupOptionsModel(
            rescan_schedule,
            distribution_server_id,
            distribution_repository_id,
            install_backup_agent,
            install_cbt_driver,
            install_no_snap_agent,
            install_application_plugins,
            application_plugins,
            update_automatically,
            reboot_if_required,
            advanced_settings,
            {},
        )
        return protection_group_options_model

    fields: list[Any] = [
        (
            "rescan_schedule",
            mirror(ProtectionGroupOptionsRescanScheduleModel) | None,
            None,
        ),
        ("distribution_server_id", UUID | None, None),
        ("distribution_repository_id", UUID | None, None),
        ("install_backup_agent", bool | None, None),
        ("install_cbt_driver", bool | None, None),
        ("install_no_snap_agent", bool | None, None),
        ("install_application_plugins", bool | None, None),
        ("application_plugins", list[EApplicationPluginType] | None, None),
        ("update_automatically", bool | None, None),
        ("reboot_if_required", bool | None, None),
        (
            "advanced_settings",
            mirror(AdvancedProtectionGroupSettingsModel) | None,
            None,
        ),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ProtectionGroupOptionsModel",
        fields,
        rename={
            "rescan_schedule": "rescanSchedule",
            "distribution_server_id": "distributionServerId",
            "distribution_repository_id": "distributionRepositoryId",
            "install_backup_agent": "installBackupAgent",
            "install_cbt_driver": "installCBTDriver",
            "install_no_snap_agent": "installNoSnapAgent",
            "install_application_plugins": "installApplicationPlugins",
            "application_plugins": "applicationPlugins",
            "update_automatically": "updateAutomatically",
            "reboot_if_required": "rebootIfRequired",
            "advanced_settings": "advancedSettings",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.advanced_protection_group_settings_model import (
    AdvancedProtectionGroupSettingsModel,
)
from ..models.protection_group_options_rescan_schedule_model import (
    ProtectionGroupOptionsRescanScheduleModel,
)
