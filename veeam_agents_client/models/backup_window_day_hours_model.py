from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_day_of_week import EDayOfWeek
from ..types import (
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="BackupWindowDayHoursModel")


@_attrs_define
class BackupWindowDayHoursModel:
    """The hours of one weekday in a backup window."""

    day: EDayOfWeek
    """ The weekday. """
    hours: str
    """ 24 comma-separated flags (1 or 0), one for each hour of the day in order, such as
    "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1". """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        day = self.day.value

        hours = self.hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "hours": hours,
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
            day = EDayOfWeek.from_json(pop("day"))

            hours = pop("hours")
            if type(hours) is not str:
                raise TypeError("expected str")
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "day",
                    "hours",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        backup_window_day_hours_model = cls(
            day,
            hours,
            additional_properties,
        )
        return backup_window_day_hours_model

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
    """The fast reader's mirror of BackupWindowDayHoursModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> BackupWindowDayHoursModel:
        day = m.day

        hours = m.hours

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        backup_window_day_hours_model = BackupWindowDayHoursModel(
            day,
            hours,
            {},
        )
        return backup_window_day_hours_model

    fields: list[Any] = [
        ("day", EDayOfWeek),
        ("hours", str),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "BackupWindowDayHoursModel",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
