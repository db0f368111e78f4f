from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    list_of,
    mirror,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="BackupWindowSettingModel")


@_attrs_define
class BackupWindowSettingModel:
    """A weekly time window, as hour flags for each day."""

    days: list[BackupWindowDayHoursModel]
    """ One entry for each weekday the window sets. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
            }
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
            _days = pop("days")
            if type(_days) is not list:
                raise TypeError("expected an array")
            # A comprehension over one bound from_dict: no per-item method look-up or append call.
            _read_days = BackupWindowDayHoursModel.from_dict
            days = [_read_days(item) for item in _days]

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(exc, src_dict, d, ("days",)) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        backup_window_setting_model = cls(
            days,
            additional_properties,
        )
        return backup_window_setting_model

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
    """The fast reader's mirror of BackupWindowSettingModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""
    build_days = mirror(BackupWindowDayHoursModel)._build

    def build(m: Any) -> BackupWindowSettingModel:
        _days = m.days
        days = [build_days(item) for item in _days]

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        backup_window_setting_model = BackupWindowSettingModel(
            days,
            {},
        )
        return backup_window_setting_model

    fields: list[Any] = [
        ("days", list_of(mirror(BackupWindowDayHoursModel))),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "BackupWindowSettingModel",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.backup_window_day_hours_model import BackupWindowDayHoursModel
