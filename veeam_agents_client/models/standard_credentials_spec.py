from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_credentials_type import ECredentialsType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="StandardCredentialsSpec")


@_attrs_define
class StandardCredentialsSpec:
    """Credentials of an account with a user name and password (type Standard)."""

    username: str
    """ The account name, for example administrator or DOMAIN\\user. """
    password: str
    """ The account's password. Secret: repr and str show <redacted>. """
    description: str | Unset = UNSET
    """ Free text describing the credentials. """
    unique_id: str | Unset = UNSET
    """ Unique ID of the credentials record, as text. """
    type_: ECredentialsType = _attrs_field(
        default=ECredentialsType("Standard"),
        kw_only=True,
        metadata={"discriminator": "type"},
    )
    """ Kind of credentials (Standard for an account with a password, Linux for an SSH account, ManagedService for a
    managed service account). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(
            self,
            frozenset(
                {
                    "password",
                }
            ),
        )

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        type_ = self.type_.value

        password = self.password

        description = self.description

        unique_id = self.unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "type": type_,
                "password": password,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id

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
            username = pop("username")
            if type(username) is not str:
                raise TypeError("expected str")
            type_ = ECredentialsType.from_json(pop("type"))

            password = pop("password")
            if type(password) is not str:
                raise TypeError("expected str")
            description = pop("description", None)
            if type(description) is not str:
                if description is not None:
                    raise TypeError("expected str")
                description = UNSET
            unique_id = pop("uniqueId", None)
            if type(unique_id) is not str:
                if unique_id is not None:
                    raise TypeError("expected str")
                unique_id = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "username",
                    "type",
                    "password",
                    "description",
                    "uniqueId",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        standard_credentials_spec = cls(
            username,
            password,
            description,
            unique_id,
            additional_properties,
            type_=type_,
        )
        if type_ != "Standard":  # another kind in a field typed as this one
            received(standard_credentials_spec)
        return standard_credentials_spec

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
    """The fast reader's mirror of StandardCredentialsSpec (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family union holds, its
    kind msgspec's tag."""

    def build(m: Any) -> StandardCredentialsSpec:
        username = m.username

        type_ = m.type_

        password = m.password

        description = m.description
        if description is None:
            description = UNSET

        unique_id = m.unique_id
        if unique_id is None:
            unique_id = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        standard_credentials_spec = StandardCredentialsSpec(
            username,
            password,
            description,
            unique_id,
            {},
            type_=type_,
        )
        if type_ != "Standard":  # another kind in a field typed as this one
            received(standard_credentials_spec)
        return standard_credentials_spec

    fields: list[Any] = [
        ("username", str),
        ("password", str),
        ("description", str | None, None),
        ("unique_id", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = ECredentialsType("Standard")
    else:
        fields.append(
            ("type_", ECredentialsType),
        )
    return msgspec.defstruct(
        "StandardCredentialsSpec",
        fields,
        rename={
            "type_": "type",
            "unique_id": "uniqueId",
        },
        tag_field="type" if tagged else None,
        tag="Standard" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
