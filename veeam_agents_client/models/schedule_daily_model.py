from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_daily_kinds import EDailyKinds
from ..models.e_day_of_week import EDayOfWeek
from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ScheduleDailyModel")


@_attrs_define
class ScheduleDailyModel:
    """A rescan once a day at a set time."""

    is_enabled: bool = True
    """ True to rescan daily (default true). """
    local_time: str | Unset = UNSET
    """ Local time of day of the rescan, such as 20:00. """
    daily_kind: EDailyKinds | Unset = UNSET
    """ Which days the rescan runs on (every day, weekdays or the days listed in days). """
    days: list[EDayOfWeek] | Unset = UNSET
    """ The days to rescan on, with dailyKind SelectedDays. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        local_time = self.local_time

        daily_kind: str | Unset = UNSET
        if not isinstance(self.daily_kind, Unset):
            daily_kind = self.daily_kind.value

        days: list[str] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.value
                days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isEnabled": is_enabled,
            }
        )
        if local_time is not UNSET:
            field_dict["localTime"] = local_time
        if daily_kind is not UNSET:
            field_dict["dailyKind"] = daily_kind
        if days is not UNSET:
            field_dict["days"] = days

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
            local_time = pop("localTime", None)
            if type(local_time) is not str:
                if local_time is not None:
                    raise TypeError("expected str")
                local_time = UNSET
            _daily_kind = pop("dailyKind", None)
            daily_kind: EDailyKinds | Unset = (
                UNSET if _daily_kind is None else EDailyKinds.from_json(_daily_kind)
            )

            _days = pop("days", None)
            days: list[EDayOfWeek] | Unset = UNSET
            if _days is not None:  # null reads as UNSET
                if type(_days) is not list:
                    raise TypeError("expected an array")
                days = []
                for days_item_data in _days:
                    days_item = EDayOfWeek.from_json(days_item_data)

                    days.append(days_item)

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "isEnabled",
                    "localTime",
                    "dailyKind",
                    "days",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        schedule_daily_model = cls(
            is_enabled,
            local_time,
            daily_kind,
            days,
            additional_properties,
        )
        return schedule_daily_model

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
    """The fast reader's mirror of ScheduleDailyModel (types.read_json): a msgspec Struct of its fields under their
    JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> ScheduleDailyModel:
        is_enabled = m.is_enabled

        local_time = m.local_time
        if local_time is None:
            local_time = UNSET

        daily_kind = m.daily_kind
        if daily_kind is None:
            daily_kind = UNSET

        days = m.days
        if days is None:
            days = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        schedule_daily_model = ScheduleDailyModel(
            is_enabled,
            local_time,
            daily_kind,
            days,
            {},
        )
        return schedule_daily_model

    fields: list[Any] = [
        ("is_enabled", bool),
        ("local_time", str | None, None),
        ("daily_kind", EDailyKinds | None, None),
        ("days", list[EDayOfWeek] | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ScheduleDailyModel",
        fields,
        rename={
            "is_enabled": "isEnabled",
            "local_time": "localTime",
            "daily_kind": "dailyKind",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
