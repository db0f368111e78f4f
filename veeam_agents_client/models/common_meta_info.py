from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="CommonMetaInfo")


@_attrs_define
class CommonMetaInfo:
    """A named piece of extra information in a session log record."""

    field: str
    """ Name of the piece of information. """
    data: str
    """ Its value, as text. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "data": data,
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
            field = pop("field")
            if type(field) is not str:
                raise TypeError("expected str")
            data = pop("data")
            if type(data) is not str:
                raise TypeError("expected str")
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "field",
                    "data",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        common_meta_info = cls(
            field,
            data,
            additional_properties,
        )
        return common_meta_info

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
    """The fast reader's mirror of CommonMetaInfo (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> CommonMetaInfo:
        field = m.field

        data = m.data

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        common_meta_info = CommonMetaInfo(
            field,
            data,
            {},
        )
        return common_meta_info

    fields: list[Any] = [
        ("field", str),
        ("data", str),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "CommonMetaInfo",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
