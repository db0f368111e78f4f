from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_inventory_permission_scope import EInventoryPermissionScope
from ..models.e_protection_group_filters_order_column import (
    EProtectionGroupFiltersOrderColumn,
)
from ..models.e_protection_group_type import EProtectionGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProtectionGroupFilters")


@_attrs_define
class ProtectionGroupFilters:
    skip: int | Unset = UNSET
    limit: int | Unset = UNSET
    order_column: EProtectionGroupFiltersOrderColumn | Unset = UNSET
    order_asc: bool | Unset = UNSET
    name_filter: str | Unset = UNSET
    type_filter: EProtectionGroupType | Unset = UNSET
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

        type_filter: str | Unset = UNSET
        if not isinstance(self.type_filter, Unset):
            type_filter = self.type_filter.value

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
        if type_filter is not UNSET:
            field_dict["typeFilter"] = type_filter
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
        order_column: EProtectionGroupFiltersOrderColumn | Unset
        if _order_column is None or isinstance(_order_column, Unset):
            order_column = UNSET
        else:
            order_column = EProtectionGroupFiltersOrderColumn.from_json(_order_column)

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

        _type_filter = d.pop("typeFilter", UNSET)
        type_filter: EProtectionGroupType | Unset
        if _type_filter is None or isinstance(_type_filter, Unset):
            type_filter = UNSET
        else:
            type_filter = EProtectionGroupType.from_json(_type_filter)

        _permission_scope = d.pop("permissionScope", UNSET)
        permission_scope: EInventoryPermissionScope | Unset
        if _permission_scope is None or isinstance(_permission_scope, Unset):
            permission_scope = UNSET
        else:
            permission_scope = EInventoryPermissionScope.from_json(_permission_scope)

        protection_group_filters = cls(
            skip=skip,
            limit=limit,
            order_column=order_column,
            order_asc=order_asc,
            name_filter=name_filter,
            type_filter=type_filter,
            permission_scope=permission_scope,
        )

        protection_group_filters.additional_properties = d
        return protection_group_filters

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
