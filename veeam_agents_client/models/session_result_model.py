from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_session_result import ESessionResult
from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="SessionResultModel")


@_attrs_define
class SessionResultModel:
    """How a session ended, with the server's message."""

    result: ESessionResult
    """ The outcome (Success, Warning, Failed), or None while the session runs. """
    message: str | Unset = UNSET
    """ What the server reported, such as Success; empty while the session runs. """
    is_canceled: bool | Unset = UNSET
    """ True when the session was canceled. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        result = self.result.value

        message = self.message

        is_canceled = self.is_canceled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if is_canceled is not UNSET:
            field_dict["isCanceled"] = is_canceled

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
            result = ESessionResult.from_json(pop("result"))

            message = pop("message", None)
            if type(message) is not str:
                if message is not None:
                    raise TypeError("expected str")
                message = UNSET
            is_canceled = pop("isCanceled", None)
            if type(is_canceled) is not bool:
                if is_canceled is not None:
                    raise TypeError("expected bool")
                is_canceled = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "result",
                    "message",
                    "isCanceled",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_result_model = cls(
            result,
            message,
            is_canceled,
            additional_properties,
        )
        return session_result_model

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
    """The fast reader's mirror of SessionResultModel (types.read_json): a msgspec Struct of its fields under their
    JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> SessionResultModel:
        result = m.result

        message = m.message
        if message is None:
            message = UNSET

        is_canceled = m.is_canceled
        if is_canceled is None:
            is_canceled = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_result_model = SessionResultModel(
            result,
            message,
            is_canceled,
            {},
        )
        return session_result_model

    fields: list[Any] = [
        ("result", ESessionResult),
        ("message", str | None, None),
        ("is_canceled", bool | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "SessionResultModel",
        fields,
        rename={
            "is_canceled": "isCanceled",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
