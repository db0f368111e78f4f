from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_agents_recovery_appliances_order_column import (
    EAgentsRecoveryAppliancesOrderColumn,
)
from ..models.e_agents_recovery_appliances_state_filter import (
    EAgentsRecoveryAppliancesStateFilter,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsRecoveryAppliancesFilters")


@_attrs_define
class AgentsRecoveryAppliancesFilters:
    skip: int | Unset = UNSET
    limit: int | Unset = UNSET
    order_column: EAgentsRecoveryAppliancesOrderColumn | Unset = UNSET
    order_asc: bool | Unset = UNSET
    name_filter: str | Unset = UNSET
    state_filter: EAgentsRecoveryAppliancesStateFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip = self.skip

        limit = self.limit

        order_column: str | Unset = UNSET
        if not isinstance(self.order_column, Unset):
            order_column = self.order_column.value

        order_asc = self.order_asc

        name_filter = self.name_filter

        state_filter: str | Unset = UNSET
        if not isinstance(self.state_filter, Unset):
            state_filter = self.state_filter.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip is not UNSET:
            field_dict["skip"] = skip
        if limit is not UNSET:
            field_dict["limit"] = limit
        if order_column is not UNSET:
            field_dict["orderColumn"] = order_column
        if order_asc is not UNSET:
            field_dict["orderAsc"] = order_asc
        if name_filter is not UNSET:
            field_dict["nameFilter"] = name_filter
        if state_filter is not UNSET:
            field_dict["stateFilter"] = state_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        skip = d.pop("skip", UNSET)
        if skip is None:
            skip = UNSET
        elif skip is not UNSET and type(skip) is not int:
            raise TypeError("skip: not int")

        limit = d.pop("limit", UNSET)
        if limit is None:
            limit = UNSET
        elif limit is not UNSET and type(limit) is not int:
            raise TypeError("limit: not int")

        _order_column = d.pop("orderColumn", UNSET)
        order_column: EAgentsRecoveryAppliancesOrderColumn | Unset
        if _order_column is None or isinstance(_order_column, Unset):
            order_column = UNSET
        else:
            order_column = EAgentsRecoveryAppliancesOrderColumn.from_json(_order_column)

        order_asc = d.pop("orderAsc", UNSET)
        if order_asc is None:
            order_asc = UNSET
        elif order_asc is not UNSET and type(order_asc) is not bool:
            raise TypeError("orderAsc: not bool")

        name_filter = d.pop("nameFilter", UNSET)
        if name_filter is None:
            name_filter = UNSET
        elif name_filter is not UNSET and type(name_filter) is not str:
            raise TypeError("nameFilter: not str")

        _state_filter = d.pop("stateFilter", UNSET)
        state_filter: EAgentsRecoveryAppliancesStateFilter | Unset
        if _state_filter is None or isinstance(_state_filter, Unset):
            state_filter = UNSET
        else:
            state_filter = EAgentsRecoveryAppliancesStateFilter.from_json(_state_filter)

        agents_recovery_appliances_filters = cls(
            skip=skip,
            limit=limit,
            order_column=order_column,
            order_asc=order_asc,
            name_filter=name_filter,
            state_filter=state_filter,
        )

        agents_recovery_appliances_filters.additional_properties = d
        return agents_recovery_appliances_filters

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
