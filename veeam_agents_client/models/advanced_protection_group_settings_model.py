from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mirror,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="AdvancedProtectionGroupSettingsModel")


@_attrs_define
class AdvancedProtectionGroupSettingsModel:
    """Advanced settings of a protection group, for the Windows agents it manages and the e-mail reports it sends."""

    windows_agent_settings: ProtectionGroupAdvancedWindowsSettingsModel | Unset = UNSET
    """ Limits and options the server applies to the Windows agents of the group. """
    notifications: ProtectionGroupNotificationSettingsModel | Unset = UNSET
    """ E-mail reports about the group. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        windows_agent_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.windows_agent_settings, Unset):
            windows_agent_settings = self.windows_agent_settings.to_dict()

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if windows_agent_settings is not UNSET:
            field_dict["windowsAgentSettings"] = windows_agent_settings
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

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
            _windows_agent_settings = pop("windowsAgentSettings", None)
            windows_agent_settings: (
                ProtectionGroupAdvancedWindowsSettingsModel | Unset
            ) = (
                UNSET
                if _windows_agent_settings is None
                else ProtectionGroupAdvancedWindowsSettingsModel.from_dict(
                    _windows_agent_settings
                )
            )

            _notifications = pop("notifications", None)
            notifications: ProtectionGroupNotificationSettingsModel | Unset = (
                UNSET
                if _notifications is None
                else ProtectionGroupNotificationSettingsModel.from_dict(_notifications)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "windowsAgentSettings",
                    "notifications",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        advanced_protection_group_settings_model = cls(
            windows_agent_settings,
            notifications,
            additional_properties,
        )
        return advanced_protection_group_settings_model

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
    """The fast reader's mirror of AdvancedProtectionGroupSettingsModel (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""
    build_windows_agent_settings = mirror(
        ProtectionGroupAdvancedWindowsSettingsModel
    )._build
    build_notifications = mirror(ProtectionGroupNotificationSettingsModel)._build

    def build(m: Any) -> AdvancedProtectionGroupSettingsModel:
        _windows_agent_settings = m.windows_agent_settings
        windows_agent_settings = (
            UNSET
            if _windows_agent_settings is None
            else build_windows_agent_settings(_windows_agent_settings)
        )

        _notifications = m.notifications
        notifications = (
            UNSET if _notifications is None else build_notifications(_notifications)
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        advanced_protection_group_settings_model = AdvancedProtectionGroupSettingsModel(
            windows_agent_settings,
            notifications,
            {},
        )
        return advanced_protection_group_settings_model

    fields: list[Any] = [
        (
            "windows_agent_settings",
            mirror(ProtectionGroupAdvancedWindowsSettingsModel) | None,
            None,
        ),
        (
            "notifications",
            mirror(ProtectionGroupNotificationSettingsModel) | None,
            None,
        ),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "AdvancedProtectionGroupSettingsModel",
        fields,
        rename={
            "windows_agent_settings": "windowsAgentSettings",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.protection_group_advanced_windows_settings_model import (
    ProtectionGroupAdvancedWindowsSettingsModel,
)
from ..models.protection_group_notification_settings_model import (
    ProtectionGroupNotificationSettingsModel,
)
