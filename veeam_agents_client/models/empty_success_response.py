from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    object_fields,
    redacted_repr,
)

T = TypeVar("T", bound="EmptySuccessResponse")


@_attrs_define
class EmptySuccessResponse:
    """The empty JSON object a logout answers with."""

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict.copy() if type(src_dict) is dict else object_fields(src_dict)
        )  # copy(): cheaper than dict()
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        empty_success_response = cls(
            additional_properties,
        )
        return empty_success_response

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
    """The fast reader's mirror of EmptySuccessResponse (types.read_json): a msgspec Struct of its fields under their
    JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> EmptySuccessResponse:
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        empty_success_response = EmptySuccessResponse(
            {},
        )
        return empty_success_response

    fields: list[Any] = []
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "EmptySuccessResponse",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
