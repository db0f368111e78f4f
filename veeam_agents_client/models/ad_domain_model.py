from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ADDomainModel")


@_attrs_define
class ADDomainModel:
    """An Active Directory domain that a protection group reads its computers from, with the domain controller the server
    connects to.

    """

    id: UUID
    """ ID of the domain in the server's configuration (UUID). """
    name: str
    """ The domain's name. """
    server_name: str
    """ DNS name or address of the domain controller the server queries (for example enterprise01.tech.local). """
    credentials_id: UUID
    """ ID of the saved credentials the server uses to read the domain. """
    port: int | Unset = UNSET
    """ TCP port on the domain controller to connect to; optional. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        server_name = self.server_name

        credentials_id = str(self.credentials_id)

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "serverName": server_name,
                "credentialsId": credentials_id,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port

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
            server_name = pop("serverName")
            if type(server_name) is not str:
                raise TypeError("expected str")
            credentials_id = parse_uuid(pop("credentialsId"))

            port = pop("port", None)
            if type(port) is not int:
                if port is not None:
                    raise TypeError("expected int")
                port = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "name",
                    "serverName",
                    "credentialsId",
                    "port",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_domain_model = cls(
            id,
            name,
            server_name,
            credentials_id,
            port,
            additional_properties,
        )
        return ad_domain_model

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
    """The fast reader's mirror of ADDomainModel (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> ADDomainModel:
        id = m.id

        name = m.name

        server_name = m.server_name

        credentials_id = m.credentials_id

        port = m.port
        if port is None:
            port = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_domain_model = ADDomainModel(
            id,
            name,
            server_name,
            credentials_id,
            port,
            {},
        )
        return ad_domain_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("server_name", str),
        ("credentials_id", UUID),
        ("port", int | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ADDomainModel",
        fields,
        rename={
            "server_name": "serverName",
            "credentials_id": "credentialsId",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
