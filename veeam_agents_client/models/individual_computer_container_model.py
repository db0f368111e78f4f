from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_individual_computer_connection_type import (
    EIndividualComputerConnectionType,
)
from ..types import (
    UNSET,
    Unset,
    mirror,
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="IndividualComputerContainerModel")


@_attrs_define
class IndividualComputerContainerModel:
    """One computer of a protection group, by host name, with how the server connects to it."""

    host_name: str
    """ The computer's DNS name or IP address. """
    connection_type: EIndividualComputerConnectionType
    """ How the server authenticates to the computer (saved credentials, single-use credentials or certificate). """
    credentials_id: UUID | Unset = UNSET
    """ ID of the saved credentials to use, with connectionType PermanentCredentials. """
    single_use_credentials: LinuxCredentialsSpec | Unset = UNSET
    """ Credentials given for this deployment only and not kept by the server, with connectionType
    SingleUseCredentials. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        host_name = self.host_name

        connection_type = self.connection_type.value

        credentials_id: str | Unset = UNSET
        if not isinstance(self.credentials_id, Unset):
            credentials_id = str(self.credentials_id)

        single_use_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.single_use_credentials, Unset):
            single_use_credentials = self.single_use_credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostName": host_name,
                "connectionType": connection_type,
            }
        )
        if credentials_id is not UNSET:
            field_dict["credentialsId"] = credentials_id
        if single_use_credentials is not UNSET:
            field_dict["singleUseCredentials"] = single_use_credentials

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
            host_name = pop("hostName")
            if type(host_name) is not str:
                raise TypeError("expected str")
            connection_type = EIndividualComputerConnectionType.from_json(
                pop("connectionType")
            )

            _credentials_id = pop("credentialsId", None)
            credentials_id: UUID | Unset = (
                UNSET if _credentials_id is None else parse_uuid(_credentials_id)
            )

            _single_use_credentials = pop("singleUseCredentials", None)
            single_use_credentials: LinuxCredentialsSpec | Unset = (
                UNSET
                if _single_use_credentials is None
                else LinuxCredentialsSpec.from_dict(_single_use_credentials)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "hostName",
                    "connectionType",
                    "credentialsId",
                    "singleUseCredentials",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        individual_computer_container_model = cls(
            host_name,
            connection_type,
            credentials_id,
            single_use_credentials,
            additional_properties,
        )
        return individual_computer_container_model

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
    """The fast reader's mirror of IndividualComputerContainerModel (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model."""
    build_single_use_credentials = mirror(LinuxCredentialsSpec)._build

    def build(m: Any) -> IndividualComputerContainerModel:
        host_name = m.host_name

        connection_type = m.connection_type

        credentials_id = m.credentials_id
        if credentials_id is None:
            credentials_id = UNSET

        _single_use_credentials = m.single_use_credentials
        single_use_credentials = (
            UNSET
            if _single_use_credentials is None
            else build_single_use_credentials(_single_use_credentials)
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        individual_computer_container_model = IndividualComputerContainerModel(
            host_name,
            connection_type,
            credentials_id,
            single_use_credentials,
            {},
        )
        return individual_computer_container_model

    fields: list[Any] = [
        ("host_name", str),
        ("connection_type", EIndividualComputerConnectionType),
        ("credentials_id", UUID | None, None),
        ("single_use_credentials", mirror(LinuxCredentialsSpec) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "IndividualComputerContainerModel",
        fields,
        rename={
            "host_name": "hostName",
            "connection_type": "connectionType",
            "credentials_id": "credentialsId",
            "single_use_credentials": "singleUseCredentials",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.linux_credentials_spec import LinuxCredentialsSpec
