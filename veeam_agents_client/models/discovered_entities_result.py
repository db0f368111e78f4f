from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DiscoveredEntitiesResult")


@_attrs_define
class DiscoveredEntitiesResult:
    """One page of discovered entities."""

    data: list[
        DiscoveredADEntityModel
        | DiscoveredClusterEntityModel
        | DiscoveredComputerEntityModel
    ]
    pagination: PaginationResult
    """ Where a page sits in the whole list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, DiscoveredADEntityModel) or isinstance(
                data_item_data, DiscoveredComputerEntityModel
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
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                DiscoveredADEntityModel
                | DiscoveredClusterEntityModel
                | DiscoveredComputerEntityModel
            ):
                if not isinstance(data, dict):
                    raise TypeError()
                kind = data.get("type")
                if kind == "ActiveDirectory":
                    return DiscoveredADEntityModel.from_dict(data)
                elif kind == "Computer":
                    return DiscoveredComputerEntityModel.from_dict(data)
                elif kind == "Cluster":
                    return DiscoveredClusterEntityModel.from_dict(data)
                # An unknown kind reads as the base model, which keeps every field. The generated types name
                # only the oneOf's members, hence the cast; hand-written types of such a union add the base.

                from ..models.discovered_entity_model import DiscoveredEntityModel

                return cast(
                    "DiscoveredADEntityModel | DiscoveredClusterEntityModel | DiscoveredComputerEntityModel",
                    DiscoveredEntityModel.from_dict(data),
                )

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        pagination = PaginationResult.from_dict(d.pop("pagination"))

        discovered_entities_result = cls(
            data=data,
            pagination=pagination,
        )

        discovered_entities_result.additional_properties = d
        return discovered_entities_result

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


from ..models.discovered_ad_entity_model import DiscoveredADEntityModel
from ..models.discovered_cluster_entity_model import DiscoveredClusterEntityModel
from ..models.discovered_computer_entity_model import DiscoveredComputerEntityModel
from ..models.pagination_result import PaginationResult
