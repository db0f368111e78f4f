from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="EmailCustomNotificationType")


@_attrs_define
class EmailCustomNotificationType:
    """A protection group's own e-mail report settings, when it does not follow the server's global ones."""

    subject: str | Unset = UNSET
    """ Subject line of the report; VBR fills in variables such as %JobResult%, %JobName% and %VmCount%. """
    notify_on_success: bool | Unset = UNSET
    """ True to send a report when a run succeeds. """
    notify_on_warning: bool | Unset = UNSET
    """ True to send a report when a run ends with a warning. """
    notify_on_error: bool | Unset = UNSET
    """ True to send a report when a run fails. """
    suppress_notification_until_last_retry: bool | Unset = UNSET
    """ True to hold reports until the last retry of a run. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        notify_on_success = self.notify_on_success

        notify_on_warning = self.notify_on_warning

        notify_on_error = self.notify_on_error

        suppress_notification_until_last_retry = (
            self.suppress_notification_until_last_retry
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if notify_on_success is not UNSET:
            field_dict["notifyOnSuccess"] = notify_on_success
        if notify_on_warning is not UNSET:
            field_dict["notifyOnWarning"] = notify_on_warning
        if notify_on_error is not UNSET:
            field_dict["notifyOnError"] = notify_on_error
        if suppress_notification_until_last_retry is not UNSET:
            field_dict["SuppressNotificationUntilLastRetry"] = (
                suppress_notification_until_last_retry
            )

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
            subject = pop("subject", None)
            if type(subject) is not str:
                if subject is not None:
                    raise TypeError("expected str")
                subject = UNSET
            notify_on_success = pop("notifyOnSuccess", None)
            if type(notify_on_success) is not bool:
                if notify_on_success is not None:
                    raise TypeError("expected bool")
                notify_on_success = UNSET
            notify_on_warning = pop("notifyOnWarning", None)
            if type(notify_on_warning) is not bool:
                if notify_on_warning is not None:
                    raise TypeError("expected bool")
                notify_on_warning = UNSET
            notify_on_error = pop("notifyOnError", None)
            if type(notify_on_error) is not bool:
                if notify_on_error is not None:
                    raise TypeError("expected bool")
                notify_on_error = UNSET
            suppress_notification_until_last_retry = pop(
                "SuppressNotificationUntilLastRetry", None
            )
            if type(suppress_notification_until_last_retry) is not bool:
                if suppress_notification_until_last_retry is not None:
                    raise TypeError("expected bool")
                suppress_notification_until_last_retry = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "subject",
                    "notifyOnSuccess",
                    "notifyOnWarning",
                    "notifyOnError",
                    "SuppressNotificationUntilLastRetry",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        email_custom_notification_type = cls(
            subject,
            notify_on_success,
            notify_on_warning,
            notify_on_error,
            suppress_notification_until_last_retry,
            additional_properties,
        )
        return email_custom_notification_type

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
    """The fast reader's mirror of EmailCustomNotificationType (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> EmailCustomNotificationType:
        subject = m.subject
        if subject is None:
            subject = UNSET

        notify_on_success = m.notify_on_success
        if notify_on_success is None:
            notify_on_success = UNSET

        notify_on_warning = m.notify_on_warning
        if notify_on_warning is None:
            notify_on_warning = UNSET

        notify_on_error = m.notify_on_error
        if notify_on_error is None:
            notify_on_error = UNSET

        suppress_notification_until_last_retry = (
            m.suppress_notification_until_last_retry
        )
        if suppress_notification_until_last_retry is None:
            suppress_notification_until_last_retry = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        email_custom_notification_type = EmailCustomNotificationType(
            subject,
            notify_on_success,
            notify_on_warning,
            notify_on_error,
            suppress_notification_until_last_retry,
            {},
        )
        return email_custom_notification_type

    fields: list[Any] = [
        ("subject", str | None, None),
        ("notify_on_success", bool | None, None),
        ("notify_on_warning", bool | None, None),
        ("notify_on_error", bool | None, None),
        ("suppress_notification_until_last_retry", bool | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "EmailCustomNotificationType",
        fields,
        rename={
            "notify_on_success": "notifyOnSuccess",
            "notify_on_warning": "notifyOnWarning",
            "notify_on_error": "notifyOnError",
            "suppress_notification_until_last_retry": "SuppressNotificationUntilLastRetry",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
