from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_email_notification_type import EEmailNotificationType
from ..types import (
    UNSET,
    Unset,
    mirror,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ProtectionGroupNotificationSettingsModel")


@_attrs_define
class ProtectionGroupNotificationSettingsModel:
    """E-mail reports about a protection group."""

    is_enabled: bool | Unset = UNSET
    """ True to send reports. """
    recipients: list[str] | Unset = UNSET
    """ E-mail addresses the reports go to. """
    daily_send_time: str | Unset = UNSET
    """ Time of day the daily report is sent, such as 20:00. """
    notification_type: EEmailNotificationType | Unset = UNSET
    """ Whether the reports follow the server's global settings or customNotificationSettings. """
    custom_notification_settings: EmailCustomNotificationType | Unset = UNSET
    """ The group's own report settings, with notificationType UseCustomNotificationSettings. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        daily_send_time = self.daily_send_time

        notification_type: str | Unset = UNSET
        if not isinstance(self.notification_type, Unset):
            notification_type = self.notification_type.value

        custom_notification_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_notification_settings, Unset):
            custom_notification_settings = self.custom_notification_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if daily_send_time is not UNSET:
            field_dict["dailySendTime"] = daily_send_time
        if notification_type is not UNSET:
            field_dict["notificationType"] = notification_type
        if custom_notification_settings is not UNSET:
            field_dict["customNotificationSettings"] = custom_notification_settings

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
            is_enabled = pop("isEnabled", None)
            if type(is_enabled) is not bool:
                if is_enabled is not None:
                    raise TypeError("expected bool")
                is_enabled = UNSET
            _recipients = pop("recipients", None)
            recipients: list[str] | Unset = UNSET
            if _recipients is not None:  # null reads as UNSET
                if type(_recipients) is not list:
                    raise TypeError("expected an array")
                # No type lies: every item is what the document says.
                for _item in _recipients:
                    if type(_item) is not str:
                        raise TypeError("expected an array of str")
                recipients = _recipients

            daily_send_time = pop("dailySendTime", None)
            if type(daily_send_time) is not str:
                if daily_send_time is not None:
                    raise TypeError("expected str")
                daily_send_time = UNSET
            _notification_type = pop("notificationType", None)
            notification_type: EEmailNotificationType | Unset = (
                UNSET
                if _notification_type is None
                else EEmailNotificationType.from_json(_notification_type)
            )

            _custom_notification_settings = pop("customNotificationSettings", None)
            custom_notification_settings: EmailCustomNotificationType | Unset = (
                UNSET
                if _custom_notification_settings is None
                else EmailCustomNotificationType.from_dict(
                    _custom_notification_settings
                )
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "isEnabled",
                    "recipients",
                    "dailySendTime",
                    "notificationType",
                    "customNotificationSettings",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_group_notification_settings_model = cls(
            is_enabled,
            recipients,
            daily_send_time,
            notification_type,
            custom_notification_settings,
            additional_properties,
        )
        return protection_group_notification_settings_model

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
    """The fast reader's mirror of ProtectionGroupNotificationSettingsModel (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""
    build_custom_notification_settings = mirror(EmailCustomNotificationType)._build

    def build(m: Any) -> ProtectionGroupNotificationSettingsModel:
        is_enabled = m.is_enabled
        if is_enabled is None:
            is_enabled = UNSET

        recipients = m.recipients
        if recipients is None:
            recipients = UNSET

        daily_send_time = m.daily_send_time
        if daily_send_time is None:
            daily_send_time = UNSET

        notification_type = m.notification_type
        if notification_type is None:
            notification_type = UNSET

        _custom_notification_settings = m.custom_notification_settings
        custom_notification_settings = (
            UNSET
            if _custom_notification_settings is None
            else build_custom_notification_settings(_custom_notification_settings)
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_group_notification_settings_model = (
            ProtectionGroupNotificationSettingsModel(
                is_enabled,
                recipients,
                daily_send_time,
                notification_type,
                custom_notification_settings,
                {},
            )
        )
        return protection_group_notification_settings_model

    fields: list[Any] = [
        ("is_enabled", bool | None, None),
        ("recipients", list[str] | None, None),
        ("daily_send_time", str | None, None),
        ("notification_type", EEmailNotificationType | None, None),
        (
            "custom_notification_settings",
            mirror(EmailCustomNotificationType) | None,
            None,
        ),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ProtectionGroupNotificationSettingsModel",
        fields,
        rename={
            "is_enabled": "isEnabled",
            "daily_send_time": "dailySendTime",
            "notification_type": "notificationType",
            "custom_notification_settings": "customNotificationSettings",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.email_custom_notification_type import EmailCustomNotificationType
