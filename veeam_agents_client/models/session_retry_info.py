from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="SessionRetryInfo")


@_attrs_define
class SessionRetryInfo:
    """Whether a session is a retry of an earlier one, and which."""

    is_recheck_retry: bool
    """ True when the session is a recheck retry. """
    retry_number: int | None | Unset = UNSET
    """ Which retry the session is; null when it is none. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        is_recheck_retry = self.is_recheck_retry

        retry_number: int | None | Unset
        if isinstance(self.retry_number, Unset):
            retry_number = UNSET
        else:
            retry_number = self.retry_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isRecheckRetry": is_recheck_retry,
            }
        )
        if retry_number is not UNSET:
            field_dict["retryNumber"] = retry_number

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
            is_recheck_retry = pop("isRecheckRetry")
            if type(is_recheck_retry) is not bool:
                raise TypeError("expected bool")

            def _parse_retry_number(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            retry_number = _parse_retry_number(pop("retryNumber", UNSET))

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "isRecheckRetry",
                    "retryNumber",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_retry_info = cls(
            is_recheck_retry,
            retry_number,
            additional_properties,
        )
        return session_retry_info

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
    """The fast reader's mirror of SessionRetryInfo (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> SessionRetryInfo:
        is_recheck_retry = m.is_recheck_retry

        def _parse_retry_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_number = _parse_retry_number(m.retry_number)

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_retry_info = SessionRetryInfo(
            is_recheck_retry,
            retry_number,
            {},
        )
        return session_retry_info

    fields: list[Any] = [
        ("is_recheck_retry", bool),
        ("retry_number", Any, UNSET),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "SessionRetryInfo",
        fields,
        rename={
            "is_recheck_retry": "isRecheckRetry",
            "retry_number": "retryNumber",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
