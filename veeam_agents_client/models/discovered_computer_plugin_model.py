from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_application_plugin_status import EApplicationPluginStatus
from ..models.e_application_plugin_type import EApplicationPluginType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="DiscoveredComputerPluginModel")


@_attrs_define
class DiscoveredComputerPluginModel:
    """An application plugin on a discovered computer, with its version and state."""

    type_: EApplicationPluginType | Unset = UNSET
    """ Which plugin (SQL Server, Oracle RMAN, SAP HANA, SAP on Oracle). """
    version: str | Unset = UNSET
    """ The installed plugin's version, such as 13.0.0.4695; unset when it is not installed. """
    status: EApplicationPluginStatus | Unset = UNSET
    """ Whether the plugin is installed, missing or needs an upgrade. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version = self.version

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if status is not UNSET:
            field_dict["status"] = status

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
            _type_ = pop("type", None)
            type_: EApplicationPluginType | Unset = (
                UNSET if _type_ is None else EApplicationPluginType.from_json(_type_)
            )

            version = pop("version", None)
            if type(version) is not str:
                if version is not None:
                    raise TypeError("expected str")
                version = UNSET
            _status = pop("status", None)
            status: EApplicationPluginStatus | Unset = (
                UNSET
                if _status is None
                else EApplicationPluginStatus.from_json(_status)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "type",
                    "version",
                    "status",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        discovered_computer_plugin_model = cls(
            type_,
            version,
            status,
            additional_properties,
        )
        return discovered_computer_plugin_model

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
    """The fast reader's mirror of DiscoveredComputerPluginModel (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> DiscoveredComputerPluginModel:
        type_ = m.type_
        if type_ is None:
            type_ = UNSET

        version = m.version
        if version is None:
            version = UNSET

        status = m.status
        if status is None:
            status = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        discovered_computer_plugin_model = DiscoveredComputerPluginModel(
            type_,
            version,
            status,
            {},
        )
        return discovered_computer_plugin_model

    fields: list[Any] = [
        ("type_", EApplicationPluginType | None, None),
        ("version", str | None, None),
        ("status", EApplicationPluginStatus | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "DiscoveredComputerPluginModel",
        fields,
        rename={
            "type_": "type",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
