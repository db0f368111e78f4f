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

T = TypeVar("T", bound="ScheduleBackupWindowModel")


@_attrs_define
class ScheduleBackupWindowModel:
    """Continuous rescans within a weekly time window."""

    is_enabled: bool = False
    """ True to rescan continuously (default false). """
    backup_window: BackupWindowSettingModel | Unset = UNSET
    """ The hours in which rescans may run. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        backup_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_window, Unset):
            backup_window = self.backup_window.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isEnabled": is_enabled,
            }
        )
        if backup_window is not UNSET:
            field_dict["backupWindow"] = backup_window

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
            is_enabled = pop("isEnabled")
            if type(is_enabled) is not bool:
                raise TypeError("expected bool")
            _backup_window = pop("backupWindow", None)
            backup_window: BackupWindowSettingModel | Unset = (
                UNSET
                if _backup_window is None
                else BackupWindowSettingModel.from_dict(_backup_window)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "isEnabled",
                    "backupWindow",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        schedule_backup_window_model = cls(
            is_enabled,
            backup_window,
            additional_properties,
        )
        return schedule_backup_window_model

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
    """The fast reader's mirror of ScheduleBackupWindowModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""
    build_backup_window = mirror(BackupWindowSettingModel)._build

    def build(m: Any) -> ScheduleBackupWindowModel:
        is_enabled = m.is_enabled

        _backup_window = m.backup_window
        backup_window = (
            UNSET if _backup_window is None else build_backup_window(_backup_window)
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        schedule_backup_window_model = ScheduleBackupWindowModel(
            is_enabled,
            backup_window,
            {},
        )
        return schedule_backup_window_model

    fields: list[Any] = [
        ("is_enabled", bool),
        ("backup_window", mirror(BackupWindowSettingModel) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ScheduleBackupWindowModel",
        fields,
        rename={
            "is_enabled": "isEnabled",
            "backup_window": "backupWindow",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.backup_window_setting_model import BackupWindowSettingModel
