from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_error_code import ErrorErrorCode
from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error body VBR sends with a failed request; the client raises it as an ApiError subclass with these fields."""

    error_code: ErrorErrorCode
    """ Kind of error: AccessDenied, ExpiredToken, InvalidToken, InvalidURI, MethodNotAllowed, NotFound,
    NotImplemented (an unsupported API version, for one), ServiceUnavailable, UnexpectedContent (invalid request
    values) or UnknownError. """
    message: str
    """ What went wrong, in the server's words. """
    resource_id: str | Unset = UNSET
    """ ID of the object the error is about, when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code.value

        message = self.message

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "message": message,
            }
        )
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id

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
            error_code = ErrorErrorCode.from_json(pop("errorCode"))

            message = pop("message")
            if type(message) is not str:
                raise TypeError("expected str")
            resource_id = pop("resourceId", None)
            if type(resource_id) is not str:
                if resource_id is not None:
                    raise TypeError("expected str")
                resource_id = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "errorCode",
                    "message",
                    "resourceId",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        error = cls(
            error_code,
            message,
            resource_id,
            additional_properties,
        )
        return error

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
    """The fast reader's mirror of Error (types.read_json): a msgspec Struct of its fields under their JSON names, and
    no other, whose `_build` makes the model."""

    def build(m: Any) -> Error:
        error_code = m.error_code

        message = m.message

        resource_id = m.resource_id
        if resource_id is None:
            resource_id = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        error = Error(
            error_code,
            message,
            resource_id,
            {},
        )
        return error

    fields: list[Any] = [
        ("error_code", ErrorErrorCode),
        ("message", str),
        ("resource_id", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "Error",
        fields,
        rename={
            "error_code": "errorCode",
            "resource_id": "resourceId",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
