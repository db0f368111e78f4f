from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_datetime,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ComputerRecoveryTokenModel")


@_attrs_define
class ComputerRecoveryTokenModel:
    """A recovery token, the code that lets a computer booted from recovery media restore the backups it covers until it
    expires.

    """

    id: UUID
    """ ID of the token (UUID), for recovery_tokens.get, update and delete. """
    name: str
    """ The token's name, as shown in the VBR console (the server names new tokens itself; update renames them). """
    expiration_date: datetime.datetime
    """ When the token stops working. """
    recovery_token: str | Unset = UNSET
    """ The token's code, to enter at recovery time, such as ASD-123-DSA-321-QWE-456. Secret: repr and str show
    <redacted>. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(
            self,
            frozenset(
                {
                    "recovery_token",
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        expiration_date = self.expiration_date.isoformat()

        recovery_token = self.recovery_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "expirationDate": expiration_date,
            }
        )
        if recovery_token is not UNSET:
            field_dict["recoveryToken"] = recovery_token

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
            id = parse_uuid(pop("id"))

            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            expiration_date = parse_datetime(pop("expirationDate"))

            recovery_token = pop("recoveryToken", None)
            if type(recovery_token) is not str:
                if recovery_token is not None:
                    raise TypeError("expected str")
                recovery_token = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "name",
                    "expirationDate",
                    "recoveryToken",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        computer_recovery_token_model = cls(
            id,
            name,
            expiration_date,
            recovery_token,
            additional_properties,
        )
        return computer_recovery_token_model

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
    """The fast reader's mirror of ComputerRecoveryTokenModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> ComputerRecoveryTokenModel:
        id = m.id

        name = m.name

        expiration_date = parse_datetime(m.expiration_date)

        recovery_token = m.recovery_token
        if recovery_token is None:
            recovery_token = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        computer_recovery_token_model = ComputerRecoveryTokenModel(
            id,
            name,
            expiration_date,
            recovery_token,
            {},
        )
        return computer_recovery_token_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("expiration_date", str),
        ("recovery_token", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ComputerRecoveryTokenModel",
        fields,
        rename={
            "expiration_date": "expirationDate",
            "recovery_token": "recoveryToken",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
