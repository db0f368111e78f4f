from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import (
    list_of,
    mirror,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ProtectionGroupsResult")


@_attrs_define
class ProtectionGroupsResult:
    """One page of protection groups."""

    data: list[
        ADObjectsProtectionGroupModel
        | CloudMachinesProtectionGroupModel
        | CSVFileProtectionGroupModel
        | IndividualComputersProtectionGroupModel
        | IrisProtectionGroupModel
        | ManuallyAddedProtectionGroupModel
        | PreInstalledAgentsProtectionGroupModel
        | UnmanagedProtectionGroupModel
        | ProtectionGroupModel
    ]
    """ The protection groups of this page, each as the model of its type. """
    pagination: PaginationResult
    """ Where the page sits in the whole list (total, count, skip, limit). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if (
                isinstance(data_item_data, ManuallyAddedProtectionGroupModel)
                or isinstance(data_item_data, UnmanagedProtectionGroupModel)
                or isinstance(data_item_data, IndividualComputersProtectionGroupModel)
                or isinstance(data_item_data, ADObjectsProtectionGroupModel)
                or isinstance(data_item_data, CSVFileProtectionGroupModel)
                or isinstance(data_item_data, PreInstalledAgentsProtectionGroupModel)
                or isinstance(data_item_data, CloudMachinesProtectionGroupModel)
            ):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
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
            _data = pop("data")
            if type(_data) is not list:
                raise TypeError("expected an array")
            data = []
            for data_item_data in _data:
                _data_item = data_item_data
                _data_item_model: type[
                    ADObjectsProtectionGroupModel
                    | CloudMachinesProtectionGroupModel
                    | CSVFileProtectionGroupModel
                    | IndividualComputersProtectionGroupModel
                    | IrisProtectionGroupModel
                    | ManuallyAddedProtectionGroupModel
                    | PreInstalledAgentsProtectionGroupModel
                    | UnmanagedProtectionGroupModel
                    | ProtectionGroupModel
                ]
                _data_item_kind = (
                    _data_item.get("type") if type(_data_item) is dict else None
                )
                if _data_item_kind == "ManuallyAdded":
                    _data_item_model = ManuallyAddedProtectionGroupModel
                elif _data_item_kind == "Unmanaged":
                    _data_item_model = UnmanagedProtectionGroupModel
                elif _data_item_kind == "IndividualComputers":
                    _data_item_model = IndividualComputersProtectionGroupModel
                elif _data_item_kind == "ADObjects":
                    _data_item_model = ADObjectsProtectionGroupModel
                elif _data_item_kind == "CSVFile":
                    _data_item_model = CSVFileProtectionGroupModel
                elif _data_item_kind == "PreInstalledAgents":
                    _data_item_model = PreInstalledAgentsProtectionGroupModel
                elif _data_item_kind == "CloudMachines":
                    _data_item_model = CloudMachinesProtectionGroupModel
                elif _data_item_kind == "Iris":
                    _data_item_model = IrisProtectionGroupModel
                else:  # a kind this revision does not list
                    _data_item_model = ProtectionGroupModel
                data_item: (
                    ADObjectsProtectionGroupModel
                    | CloudMachinesProtectionGroupModel
                    | CSVFileProtectionGroupModel
                    | IndividualComputersProtectionGroupModel
                    | IrisProtectionGroupModel
                    | ManuallyAddedProtectionGroupModel
                    | PreInstalledAgentsProtectionGroupModel
                    | UnmanagedProtectionGroupModel
                    | ProtectionGroupModel
                )
                try:
                    data_item = _data_item_model.from_dict(_data_item)
                # Not what its kind needs: read as the base, every field kept.
                except ResponseFieldError:
                    data_item = ProtectionGroupModel.from_dict(_data_item)

                data.append(data_item)

            pagination = PaginationResult.from_dict(pop("pagination"))

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "data",
                    "pagination",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_groups_result = cls(
            data,
            pagination,
            additional_properties,
        )
        return protection_groups_result

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
    """The fast reader's mirror of ProtectionGroupsResult (types.read_json): a msgspec Struct of its fields under their
    JSON names, and no other, whose `_build` makes the model."""
    build_pagination = mirror(PaginationResult)._build

    def build(m: Any) -> ProtectionGroupsResult:
        _data = m.data
        data = [item._build() for item in _data]

        _pagination = m.pagination
        pagination = build_pagination(_pagination)

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        protection_groups_result = ProtectionGroupsResult(
            data,
            pagination,
            {},
        )
        return protection_groups_result

    fields: list[Any] = [
        (
            "data",
            list_of(
                mirror(ManuallyAddedProtectionGroupModel, True)
                | mirror(UnmanagedProtectionGroupModel, True)
                | mirror(IndividualComputersProtectionGroupModel, True)
                | mirror(ADObjectsProtectionGroupModel, True)
                | mirror(CSVFileProtectionGroupModel, True)
                | mirror(PreInstalledAgentsProtectionGroupModel, True)
                | mirror(CloudMachinesProtectionGroupModel, True)
                | mirror(IrisProtectionGroupModel, True)
            ),
        ),
        ("pagination", mirror(PaginationResult)),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ProtectionGroupsResult",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.ad_objects_protection_group_model import ADObjectsProtectionGroupModel
from ..models.cloud_machines_protection_group_model import (
    CloudMachinesProtectionGroupModel,
)
from ..models.csv_file_protection_group_model import CSVFileProtectionGroupModel
from ..models.individual_computers_protection_group_model import (
    IndividualComputersProtectionGroupModel,
)
from ..models.iris_protection_group_model import IrisProtectionGroupModel
from ..models.manually_added_protection_group_model import (
    ManuallyAddedProtectionGroupModel,
)
from ..models.pagination_result import PaginationResult
from ..models.pre_installed_agents_protection_group_model import (
    PreInstalledAgentsProtectionGroupModel,
)
from ..models.protection_group_model import ProtectionGroupModel
from ..models.unmanaged_protection_group_model import UnmanagedProtectionGroupModel
