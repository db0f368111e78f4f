from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    object_fields,
    parse_datetime,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="TokenModel")


@_attrs_define
class TokenModel:
    """The answer to a token request, an access token and the refresh token that renews it, with their lifetime."""

    access_token: str
    """ The bearer token sent in the Authorization header of every call. Secret: repr and str show <redacted>. """
    token_type: str
    """ How to send the access token (bearer). """
    refresh_token: str
    """ The token that gets a new pair when the access token expires; it works once. Secret: repr and str show
    <redacted>. """
    expires_in: int
    """ Lifetime of the access token in seconds from issue (900, 15 minutes, in Veeam's example; read it, never
    assume it). """
    issued: datetime.datetime
    """ When the server issued the token. """
    expires: datetime.datetime
    """ When the access token expires (.issued plus expires_in). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(
            self,
            frozenset(
                {
                    "access_token",
                    "refresh_token",
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        issued = self.issued.isoformat()

        expires = self.expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "refresh_token": refresh_token,
                "expires_in": expires_in,
                ".issued": issued,
                ".expires": expires,
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
            access_token = pop("access_token")
            if type(access_token) is not str:
                raise TypeError("expected str")
            token_type = pop("token_type")
            if type(token_type) is not str:
                raise TypeError("expected str")
            refresh_token = pop("refresh_token")
            if type(refresh_token) is not str:
                raise TypeError("expected str")
            expires_in = pop("expires_in")
            if type(expires_in) is not int:
                raise TypeError("expected int")
            issued = parse_datetime(pop(".issued"))

            expires = parse_datetime(pop(".expires"))

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "access_token",
                    "token_type",
                    "refresh_token",
                    "expires_in",
                    ".issued",
                    ".expires",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        token_model = cls(
            access_token,
            token_type,
            refresh_token,
            expires_in,
            issued,
            expires,
            additional_properties,
        )
        return token_model

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
    """The fast reader's mirror of TokenModel (types.read_json): a msgspec Struct of its fields under their JSON names,
    and no other, whose `_build` makes the model."""

    def build(m: Any) -> TokenModel:
        access_token = m.access_token

        token_type = m.token_type

        refresh_token = m.refresh_token

        expires_in = m.expires_in

        issued = parse_datetime(m.issued)

        expires = parse_datetime(m.expires)

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        token_model = TokenModel(
            access_token,
            token_type,
            refresh_token,
            expires_in,
            issued,
            expires,
            {},
        )
        return token_model

    fields: list[Any] = [
        ("access_token", str),
        ("token_type", str),
        ("refresh_token", str),
        ("expires_in", int),
        ("issued", str),
        ("expires", str),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "TokenModel",
        fields,
        rename={
            "issued": ".issued",
            "expires": ".expires",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
