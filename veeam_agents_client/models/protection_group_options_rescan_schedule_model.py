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

T = TypeVar("T", bound="ProtectionGroupOptionsRescanScheduleModel")


@_attrs_define
class ProtectionGroupOptionsRescanScheduleModel:
    """When a protection group is rescanned, daily at a set time, periodically, or continuously within a time window."""

    daily: ScheduleDailyModel | Unset = UNSET
    """ Rescan once a day at a set time. """
    periodically: SchedulePeriodicallyModel | Unset = UNSET
    """ Rescan every so many hours, minutes, seconds or days. """
    continuously: ScheduleBackupWindowModel | Unset = UNSET
    """ Rescan continuously within a weekly time window. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        daily: dict[str, Any] | Unset = UNSET
        if not isinstance(self.daily, Unset):
            daily = self.daily.to_dict()

        periodically: dict[str, Any] | Unset = UNSET
        if not isinstance(self.periodically, Unset):
            periodically = self.periodically.to_dict()

        continuously: dict[str, Any] | Unset = UNSET
        if not isinstance(self.continuously, Unset):
            continuously = self.continuously.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if daily is not UNSET:
            field_dict["daily"] = daily
        if periodically is not UNSET:
            field_dict["periodically"] = periodically
        if continuously is not UNSET:
            field_dict["continuously"] = continuously

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
            _daily = pop("daily", None)
            daily: ScheduleDailyModel | Unset = (
                UNSET if _daily is None else ScheduleDailyModel.from_dict(_daily)
            )

            _periodically = pop("periodically", None)
            periodically: SchedulePeriodicallyModel | Unset = (
                UNSET
                if _periodically is None
                else SchedulePeriodicallyModel.from_dict(_periodically)
            )

            _continuously = pop("continuously", None)
            continuously: ScheduleBackupWindowModel | Unset = (
                UNSET
                if _continuously is None
                else ScheduleBackupWindowModel.from_dict(_continuously)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "daily",
                    "periodically",
                    "continuously",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_group_options_rescan_schedule_model = cls(
            daily,
            periodically,
            continuously,
            additional_properties,
        )
        return protection_group_options_rescan_schedule_model

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
    """The fast reader's mirror of ProtectionGroupOptionsRescanScheduleModel (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""
    build_daily = mirror(ScheduleDailyModel)._build
    build_periodically = mirror(SchedulePeriodicallyModel)._build
    build_continuously = mirror(ScheduleBackupWindowModel)._build

    def build(m: Any) -> ProtectionGroupOptionsRescanScheduleModel:
        _daily = m.daily
        daily = UNSET if _daily is None else build_daily(_daily)

        _periodically = m.periodically
        periodically = (
            UNSET if _periodically is None else build_periodically(_periodically)
        )

        _continuously = m.continuously
        continuously = (
            UNSET if _continuously is None else build_continuously(_continuously)
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_group_options_rescan_schedule_model = (
            ProtectionGroupOptionsRescanScheduleModel(
                daily,
                periodically,
                continuously,
                {},
            )
        )
        return protection_group_options_rescan_schedule_model

    fields: list[Any] = [
        ("daily", mirror(ScheduleDailyModel) | None, None),
        ("periodically", mirror(SchedulePeriodicallyModel) | None, None),
        ("continuously", mirror(ScheduleBackupWindowModel) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ProtectionGroupOptionsRescanScheduleModel",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.schedule_backup_window_model import ScheduleBackupWindowModel
from ..models.schedule_daily_model import ScheduleDailyModel
from ..models.schedule_periodically_model import SchedulePeriodicallyModel
