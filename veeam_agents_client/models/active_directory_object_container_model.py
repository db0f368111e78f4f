from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    list_of,
    mirror,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ActiveDirectoryObjectContainerModel")


@_attrs_define
class ActiveDirectoryObjectContainerModel:
    """The Active Directory part of a protection group, the domain to read and the objects in it."""

    domain_controller_settings: ADDomainModel
    """ The domain and the domain controller the server reads it from. """
    objects: list[ADObjectModel]
    """ The objects whose computers the group covers. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        domain_controller_settings = self.domain_controller_settings.to_dict()

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domainControllerSettings": domain_controller_settings,
                "objects": objects,
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
            domain_controller_settings = ADDomainModel.from_dict(
                pop("domainControllerSettings")
            )

            _objects = pop("objects")
            if type(_objects) is not list:
                raise TypeError("expected an array")
            # A comprehension over one bound from_dict: no per-item method look-up or append call.
            _read_objects = ADObjectModel.from_dict
            objects = [_read_objects(item) for item in _objects]

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "domainControllerSettings",
                    "objects",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        active_directory_object_container_model = cls(
            domain_controller_settings,
            objects,
            additional_properties,
        )
        return active_directory_object_container_model

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
    """The fast reader's mirror of ActiveDirectoryObjectContainerModel (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""
    build_domain_controller_settings = mirror(ADDomainModel)._build
    build_objects = mirror(ADObjectModel)._build

    def build(m: Any) -> ActiveDirectoryObjectContainerModel:
        _domain_controller_settings = m.domain_controller_settings
        domain_controller_settings = build_domain_controller_settings(
            _domain_controller_settings
        )

        _objects = m.objects
        objects = [build_objects(item) for item in _objects]

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        active_directory_object_container_model = ActiveDirectoryObjectContainerModel(
            domain_controller_settings,
            objects,
            {},
        )
        return active_directory_object_container_model

    fields: list[Any] = [
        ("domain_controller_settings", mirror(ADDomainModel)),
        ("objects", list_of(mirror(ADObjectModel))),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ActiveDirectoryObjectContainerModel",
        fields,
        rename={
            "domain_controller_settings": "domainControllerSettings",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.ad_domain_model import ADDomainModel
from ..models.ad_object_model import ADObjectModel
