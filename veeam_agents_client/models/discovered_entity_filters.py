from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_agent_status import EAgentStatus
from ..models.e_discovered_computer_state import EDiscoveredComputerState
from ..models.e_discovered_entity_filters_order_column import (
    EDiscoveredEntityFiltersOrderColumn,
)
from ..models.e_driver_status import EDriverStatus
from ..models.e_inventory_permission_scope import EInventoryPermissionScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscoveredEntityFilters")


@_attrs_define
class DiscoveredEntityFilters:
    """Filters and sorting for the discovered entity list."""

    skip: int | Unset = UNSET
    limit: int | Unset = UNSET
    order_column: EDiscoveredEntityFiltersOrderColumn | Unset = UNSET
    """ Sort field of the discovered entity list. """
    order_asc: bool | Unset = UNSET
    name_filter: str | Unset = UNSET
    ip_address_filter: str | Unset = UNSET
    state_filter: EDiscoveredComputerState | Unset = UNSET
    """ Whether a discovered computer answers. """
    agent_status_filter: EAgentStatus | Unset = UNSET
    """ Backup agent status on a computer. """
    driver_status_filter: EDriverStatus | Unset = UNSET
    """ Changed block tracking driver status. """
    permission_scope: EInventoryPermissionScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip = self.skip

        limit = self.limit

        order_column: str | Unset = UNSET
        if not isinstance(self.order_column, Unset):
            order_column = self.order_column.value

        order_asc = self.order_asc

        name_filter = self.name_filter

        ip_address_filter = self.ip_address_filter

        state_filter: str | Unset = UNSET
        if not isinstance(self.state_filter, Unset):
            state_filter = self.state_filter.value

        agent_status_filter: str | Unset = UNSET
        if not isinstance(self.agent_status_filter, Unset):
            agent_status_filter = self.agent_status_filter.value

        driver_status_filter: str | Unset = UNSET
        if not isinstance(self.driver_status_filter, Unset):
            driver_status_filter = self.driver_status_filter.value

        permission_scope: str | Unset = UNSET
        if not isinstance(self.permission_scope, Unset):
            permission_scope = self.permission_scope.value

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
        if ip_address_filter is not UNSET:
            field_dict["ipAddressFilter"] = ip_address_filter
        if state_filter is not UNSET:
            field_dict["stateFilter"] = state_filter
        if agent_status_filter is not UNSET:
            field_dict["agentStatusFilter"] = agent_status_filter
        if driver_status_filter is not UNSET:
            field_dict["driverStatusFilter"] = driver_status_filter
        if permission_scope is not UNSET:
            field_dict["permissionScope"] = permission_scope

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
        order_column: EDiscoveredEntityFiltersOrderColumn | Unset
        if _order_column is None or isinstance(_order_column, Unset):
            order_column = UNSET
        else:
            order_column = EDiscoveredEntityFiltersOrderColumn.from_json(_order_column)

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

        ip_address_filter = d.pop("ipAddressFilter", UNSET)
        if ip_address_filter is None:
            ip_address_filter = UNSET
        elif ip_address_filter is not UNSET and type(ip_address_filter) is not str:
            raise TypeError("ipAddressFilter: not str")

        _state_filter = d.pop("stateFilter", UNSET)
        state_filter: EDiscoveredComputerState | Unset
        if _state_filter is None or isinstance(_state_filter, Unset):
            state_filter = UNSET
        else:
            state_filter = EDiscoveredComputerState.from_json(_state_filter)

        _agent_status_filter = d.pop("agentStatusFilter", UNSET)
        agent_status_filter: EAgentStatus | Unset
        if _agent_status_filter is None or isinstance(_agent_status_filter, Unset):
            agent_status_filter = UNSET
        else:
            agent_status_filter = EAgentStatus.from_json(_agent_status_filter)

        _driver_status_filter = d.pop("driverStatusFilter", UNSET)
        driver_status_filter: EDriverStatus | Unset
        if _driver_status_filter is None or isinstance(_driver_status_filter, Unset):
            driver_status_filter = UNSET
        else:
            driver_status_filter = EDriverStatus.from_json(_driver_status_filter)

        _permission_scope = d.pop("permissionScope", UNSET)
        permission_scope: EInventoryPermissionScope | Unset
        if _permission_scope is None or isinstance(_permission_scope, Unset):
            permission_scope = UNSET
        else:
            permission_scope = EInventoryPermissionScope.from_json(_permission_scope)

        discovered_entity_filters = cls(
            skip=skip,
            limit=limit,
            order_column=order_column,
            order_asc=order_asc,
            name_filter=name_filter,
            ip_address_filter=ip_address_filter,
            state_filter=state_filter,
            agent_status_filter=agent_status_filter,
            driver_status_filter=driver_status_filter,
            permission_scope=permission_scope,
        )

        discovered_entity_filters.additional_properties = d
        return discovered_entity_filters

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
