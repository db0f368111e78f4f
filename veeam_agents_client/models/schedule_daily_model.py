from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_daily_kinds import EDailyKinds
from ..models.e_day_of_week import EDayOfWeek
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleDailyModel")


@_attrs_define
class ScheduleDailyModel:
    is_enabled: bool = True
    local_time: str | Unset = UNSET
    daily_kind: EDailyKinds | Unset = UNSET
    days: list[EDayOfWeek] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        is_enabled = d.pop("isEnabled")
        if type(is_enabled) is not bool:
            raise TypeError("isEnabled: not bool")

        local_time = d.pop("localTime", UNSET)
        if local_time is None:
            local_time = UNSET
        elif local_time is not UNSET and type(local_time) is not str:
            raise TypeError("localTime: not str")

        _daily_kind = d.pop("dailyKind", UNSET)
        daily_kind: EDailyKinds | Unset
        if _daily_kind is None or isinstance(_daily_kind, Unset):
            daily_kind = UNSET
        else:
            daily_kind = EDailyKinds.from_json(_daily_kind)

        _days = d.pop("days", UNSET)
        days: list[EDayOfWeek] | Unset = UNSET
        if _days is not UNSET and _days is not None:  # null reads as UNSET
            days = []
            for days_item_data in _days:
                days_item = EDayOfWeek.from_json(days_item_data)

                days.append(days_item)

        schedule_daily_model = cls(
            is_enabled=is_enabled,
            local_time=local_time,
            daily_kind=daily_kind,
            days=days,
        )

        schedule_daily_model.additional_properties = d
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
