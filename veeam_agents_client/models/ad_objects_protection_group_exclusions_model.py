from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    list_of,
    mirror,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ADObjectsProtectionGroupExclusionsModel")


@_attrs_define
class ADObjectsProtectionGroupExclusionsModel:
    """Which computers an Active Directory protection group leaves out although its objects contain them."""

    exclude_v_ms: bool | Unset = UNSET
    """ True to leave out virtual machines. """
    exclude_offline_computers: bool | Unset = UNSET
    """ True to leave out computers that are offline. """
    exclude_selected_objects: bool | Unset = UNSET
    """ True to leave out the objects listed in excludedObjects. """
    excluded_objects: list[ADObjectModel] | Unset = UNSET
    """ Active Directory objects whose computers the group leaves out (used when excludeSelectedObjects is true).
    """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        exclude_v_ms = self.exclude_v_ms

        exclude_offline_computers = self.exclude_offline_computers

        exclude_selected_objects = self.exclude_selected_objects

        excluded_objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excluded_objects, Unset):
            excluded_objects = []
            for excluded_objects_item_data in self.excluded_objects:
                excluded_objects_item = excluded_objects_item_data.to_dict()
                excluded_objects.append(excluded_objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exclude_v_ms is not UNSET:
            field_dict["excludeVMs"] = exclude_v_ms
        if exclude_offline_computers is not UNSET:
            field_dict["excludeOfflineComputers"] = exclude_offline_computers
        if exclude_selected_objects is not UNSET:
            field_dict["excludeSelectedObjects"] = exclude_selected_objects
        if excluded_objects is not UNSET:
            field_dict["excludedObjects"] = excluded_objects

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
            exclude_v_ms = pop("excludeVMs", None)
            if type(exclude_v_ms) is not bool:
                if exclude_v_ms is not None:
                    raise TypeError("expected bool")
                exclude_v_ms = UNSET
            exclude_offline_computers = pop("excludeOfflineComputers", None)
            if type(exclude_offline_computers) is not bool:
                if exclude_offline_computers is not None:
                    raise TypeError("expected bool")
                exclude_offline_computers = UNSET
            exclude_selected_objects = pop("excludeSelectedObjects", None)
            if type(exclude_selected_objects) is not bool:
                if exclude_selected_objects is not None:
                    raise TypeError("expected bool")
                exclude_selected_objects = UNSET
            _excluded_objects = pop("excludedObjects", None)
            excluded_objects: list[ADObjectModel] | Unset = UNSET
            if _excluded_objects is not None:  # null reads as UNSET
                if type(_excluded_objects) is not list:
                    raise TypeError("expected an array")
                # A comprehension over one bound from_dict: no per-item method look-up or append call.
                _read_excluded_objects = ADObjectModel.from_dict
                excluded_objects = [
                    _read_excluded_objects(item) for item in _excluded_objects
                ]

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "excludeVMs",
                    "excludeOfflineComputers",
                    "excludeSelectedObjects",
                    "excludedObjects",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_objects_protection_group_exclusions_model = cls(
            exclude_v_ms,
            exclude_offline_computers,
            exclude_selected_objects,
            excluded_objects,
            additional_properties,
        )
        return ad_objects_protection_group_exclusions_model

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
    """The fast reader's mirror of ADObjectsProtectionGroupExclusionsModel (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""
    build_excluded_objects = mirror(ADObjectModel)._build

    def build(m: Any) -> ADObjectsProtectionGroupExclusionsModel:
        exclude_v_ms = m.exclude_v_ms
        if exclude_v_ms is None:
            exclude_v_ms = UNSET

        exclude_offline_computers = m.exclude_offline_computers
        if exclude_offline_computers is None:
            exclude_offline_computers = UNSET

        exclude_selected_objects = m.exclude_selected_objects
        if exclude_selected_objects is None:
            exclude_selected_objects = UNSET

        _excluded_objects = m.excluded_objects
        excluded_objects = (
            UNSET
            if _excluded_objects is None
            else [build_excluded_objects(item) for item in _excluded_objects]
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_objects_protection_group_exclusions_model = (
            ADObjectsProtectionGroupExclusionsModel(
                exclude_v_ms,
                exclude_offline_computers,
                exclude_selected_objects,
                excluded_objects,
                {},
            )
        )
        return ad_objects_protection_group_exclusions_model

    fields: list[Any] = [
        ("exclude_v_ms", bool | None, None),
        ("exclude_offline_computers", bool | None, None),
        ("exclude_selected_objects", bool | None, None),
        ("excluded_objects", list_of(mirror(ADObjectModel)) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ADObjectsProtectionGroupExclusionsModel",
        fields,
        rename={
            "exclude_v_ms": "excludeVMs",
            "exclude_offline_computers": "excludeOfflineComputers",
            "exclude_selected_objects": "excludeSelectedObjects",
            "excluded_objects": "excludedObjects",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.ad_object_model import ADObjectModel
