from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import (
    UNSET,
    Unset,
    list_of,
    mirror,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="CloudMachinesProtectionGroupExclusionsModel")


@_attrs_define
class CloudMachinesProtectionGroupExclusionsModel:
    """Which cloud machines a cloud machines protection group leaves out."""

    exclude_selected_objects: bool | Unset = UNSET
    """ True to leave out the objects listed in excludedObjects. """
    excluded_objects: (
        list[
            CloudMachineModel
            | CloudRegionModel
            | CloudTagModel
            | CloudMachinesProtectionGroupObjectsModel
        ]
        | Unset
    ) = UNSET
    """ Machines, regions or tags whose machines the group leaves out. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        exclude_selected_objects = self.exclude_selected_objects

        excluded_objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excluded_objects, Unset):
            excluded_objects = []
            for excluded_objects_item_data in self.excluded_objects:
                excluded_objects_item: dict[str, Any]
                if isinstance(
                    excluded_objects_item_data, CloudRegionModel
                ) or isinstance(excluded_objects_item_data, CloudMachineModel):
                    excluded_objects_item = excluded_objects_item_data.to_dict()
                else:
                    excluded_objects_item = excluded_objects_item_data.to_dict()

                excluded_objects.append(excluded_objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
            exclude_selected_objects = pop("excludeSelectedObjects", None)
            if type(exclude_selected_objects) is not bool:
                if exclude_selected_objects is not None:
                    raise TypeError("expected bool")
                exclude_selected_objects = UNSET
            _excluded_objects = pop("excludedObjects", None)
            excluded_objects: (
                list[
                    CloudMachineModel
                    | CloudRegionModel
                    | CloudTagModel
                    | CloudMachinesProtectionGroupObjectsModel
                ]
                | Unset
            ) = UNSET
            if _excluded_objects is not None:  # null reads as UNSET
                if type(_excluded_objects) is not list:
                    raise TypeError("expected an array")
                excluded_objects = []
                for excluded_objects_item_data in _excluded_objects:
                    _excluded_objects_item = excluded_objects_item_data
                    _excluded_objects_item_model: type[
                        CloudMachineModel
                        | CloudRegionModel
                        | CloudTagModel
                        | CloudMachinesProtectionGroupObjectsModel
                    ]
                    _excluded_objects_item_kind = (
                        _excluded_objects_item.get("type")
                        if type(_excluded_objects_item) is dict
                        else None
                    )
                    if _excluded_objects_item_kind == "Region":
                        _excluded_objects_item_model = CloudRegionModel
                    elif _excluded_objects_item_kind == "Machine":
                        _excluded_objects_item_model = CloudMachineModel
                    elif _excluded_objects_item_kind == "Tag":
                        _excluded_objects_item_model = CloudTagModel
                    else:  # a kind this revision does not list
                        _excluded_objects_item_model = (
                            CloudMachinesProtectionGroupObjectsModel
                        )
                    excluded_objects_item: (
                        CloudMachineModel
                        | CloudRegionModel
                        | CloudTagModel
                        | CloudMachinesProtectionGroupObjectsModel
                    )
                    try:
                        excluded_objects_item = _excluded_objects_item_model.from_dict(
                            _excluded_objects_item
                        )
                    # Not what its kind needs: read as the base, every field kept.
                    except ResponseFieldError:
                        excluded_objects_item = (
                            CloudMachinesProtectionGroupObjectsModel.from_dict(
                                _excluded_objects_item
                            )
                        )

                    excluded_objects.append(excluded_objects_item)

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "excludeSelectedObjects",
                    "excludedObjects",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_exclusions_model = cls(
            exclude_selected_objects,
            excluded_objects,
            additional_properties,
        )
        return cloud_machines_protection_group_exclusions_model

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
    """The fast reader's mirror of CloudMachinesProtectionGroupExclusionsModel (types.read_json): a msgspec Struct of
    its fields under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> CloudMachinesProtectionGroupExclusionsModel:
        exclude_selected_objects = m.exclude_selected_objects
        if exclude_selected_objects is None:
            exclude_selected_objects = UNSET

        _excluded_objects = m.excluded_objects
        excluded_objects = (
            UNSET
            if _excluded_objects is None
            else [item._build() for item in _excluded_objects]
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_exclusions_model = (
            CloudMachinesProtectionGroupExclusionsModel(
                exclude_selected_objects,
                excluded_objects,
                {},
            )
        )
        return cloud_machines_protection_group_exclusions_model

    fields: list[Any] = [
        ("exclude_selected_objects", bool | None, None),
        (
            "excluded_objects",
            list_of(
                mirror(CloudRegionModel, True)
                | mirror(CloudMachineModel, True)
                | mirror(CloudTagModel, True)
            )
            | None,
            None,
        ),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "CloudMachinesProtectionGroupExclusionsModel",
        fields,
        rename={
            "exclude_selected_objects": "excludeSelectedObjects",
            "excluded_objects": "excludedObjects",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.cloud_machine_model import CloudMachineModel
from ..models.cloud_machines_protection_group_objects_model import (
    CloudMachinesProtectionGroupObjectsModel,
)
from ..models.cloud_region_model import CloudRegionModel
from ..models.cloud_tag_model import CloudTagModel
