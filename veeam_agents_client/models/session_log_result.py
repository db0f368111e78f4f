from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    list_of,
    mirror,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="SessionLogResult")


@_attrs_define
class SessionLogResult:
    """The log of a task."""

    total_records: int | Unset = UNSET
    """ How many records the log has. """
    records: list[SessionLogRecordModel] | Unset = UNSET
    """ The log records. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        total_records = self.total_records

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_records is not UNSET:
            field_dict["totalRecords"] = total_records
        if records is not UNSET:
            field_dict["records"] = records

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
            total_records = pop("totalRecords", None)
            if type(total_records) is not int:
                if total_records is not None:
                    raise TypeError("expected int")
                total_records = UNSET
            _records = pop("records", None)
            records: list[SessionLogRecordModel] | Unset = UNSET
            if _records is not None:  # null reads as UNSET
                if type(_records) is not list:
                    raise TypeError("expected an array")
                # A comprehension over one bound from_dict: no per-item method look-up or append call.
                _read_records = SessionLogRecordModel.from_dict
                records = [_read_records(item) for item in _records]

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "totalRecords",
                    "records",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_log_result = cls(
            total_records,
            records,
            additional_properties,
        )
        return session_log_result

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
    """The fast reader's mirror of SessionLogResult (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""
    build_records = mirror(SessionLogRecordModel)._build

    def build(m: Any) -> SessionLogResult:
        total_records = m.total_records
        if total_records is None:
            total_records = UNSET

        _records = m.records
        records = (
            UNSET if _records is None else [build_records(item) for item in _records]
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_log_result = SessionLogResult(
            total_records,
            records,
            {},
        )
        return session_log_result

    fields: list[Any] = [
        ("total_records", int | None, None),
        ("records", list_of(mirror(SessionLogRecordModel)) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "SessionLogResult",
        fields,
        rename={
            "total_records": "totalRecords",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.session_log_record_model import SessionLogRecordModel
