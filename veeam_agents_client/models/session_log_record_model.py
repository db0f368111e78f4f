from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_task_log_record_status import ETaskLogRecordStatus
from ..types import (
    UNSET,
    Unset,
    list_of,
    mirror,
    object_fields,
    parse_datetime,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="SessionLogRecordModel")


@_attrs_define
class SessionLogRecordModel:
    """One record of a task's log."""

    id: int | Unset = UNSET
    """ Number of the record in the log. """
    status: ETaskLogRecordStatus | Unset = UNSET
    """ Outcome of the step the record describes. """
    start_time: datetime.datetime | Unset = UNSET
    """ When the step started. """
    update_time: datetime.datetime | Unset = UNSET
    """ When the record last changed. """
    title: str | Unset = UNSET
    """ The record's text. """
    description: str | Unset = UNSET
    """ More detail about the step. """
    additional_info: list[CommonMetaInfo] | Unset = UNSET
    """ Named pieces of extra information. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        title = self.title

        description = self.description

        additional_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = []
            for additional_info_item_data in self.additional_info:
                additional_info_item = additional_info_item_data.to_dict()
                additional_info.append(additional_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

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
            id = pop("id", None)
            if type(id) is not int:
                if id is not None:
                    raise TypeError("expected int")
                id = UNSET
            _status = pop("status", None)
            status: ETaskLogRecordStatus | Unset = (
                UNSET if _status is None else ETaskLogRecordStatus.from_json(_status)
            )

            _start_time = pop("startTime", None)
            start_time: datetime.datetime | Unset = (
                UNSET if _start_time is None else parse_datetime(_start_time)
            )

            _update_time = pop("updateTime", None)
            update_time: datetime.datetime | Unset = (
                UNSET if _update_time is None else parse_datetime(_update_time)
            )

            title = pop("title", None)
            if type(title) is not str:
                if title is not None:
                    raise TypeError("expected str")
                title = UNSET
            description = pop("description", None)
            if type(description) is not str:
                if description is not None:
                    raise TypeError("expected str")
                description = UNSET
            _additional_info = pop("additionalInfo", None)
            additional_info: list[CommonMetaInfo] | Unset = UNSET
            if _additional_info is not None:  # null reads as UNSET
                if type(_additional_info) is not list:
                    raise TypeError("expected an array")
                # A comprehension over one bound from_dict: no per-item method look-up or append call.
                _read_additional_info = CommonMetaInfo.from_dict
                additional_info = [
                    _read_additional_info(item) for item in _additional_info
                ]

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "status",
                    "startTime",
                    "updateTime",
                    "title",
                    "description",
                    "additionalInfo",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_log_record_model = cls(
            id,
            status,
            start_time,
            update_time,
            title,
            description,
            additional_info,
            additional_properties,
        )
        return session_log_record_model

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
    """The fast reader's mirror of SessionLogRecordModel (types.read_json): a msgspec Struct of its fields under their
    JSON names, and no other, whose `_build` makes the model."""
    build_additional_info = mirror(CommonMetaInfo)._build

    def build(m: Any) -> SessionLogRecordModel:
        id = m.id
        if id is None:
            id = UNSET

        status = m.status
        if status is None:
            status = UNSET

        _start_time = m.start_time
        start_time: datetime.datetime | Unset = (
            UNSET if _start_time is None else parse_datetime(_start_time)
        )

        _update_time = m.update_time
        update_time: datetime.datetime | Unset = (
            UNSET if _update_time is None else parse_datetime(_update_time)
        )

        title = m.title
        if title is None:
            title = UNSET

        description = m.description
        if description is None:
            description = UNSET

        _additional_info = m.additional_info
        additional_info = (
            UNSET
            if _additional_info is None
            else [build_additional_info(item) for item in _additional_info]
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_log_record_model = SessionLogRecordModel(
            id,
            status,
            start_time,
            update_time,
            title,
            description,
            additional_info,
            {},
        )
        return session_log_record_model

    fields: list[Any] = [
        ("id", int | None, None),
        ("status", ETaskLogRecordStatus | None, None),
        ("start_time", str | None, None),
        ("update_time", str | None, None),
        ("title", str | None, None),
        ("description", str | None, None),
        ("additional_info", list_of(mirror(CommonMetaInfo)) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "SessionLogRecordModel",
        fields,
        rename={
            "start_time": "startTime",
            "update_time": "updateTime",
            "additional_info": "additionalInfo",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.common_meta_info import CommonMetaInfo
