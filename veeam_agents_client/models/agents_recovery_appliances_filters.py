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
from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="AgentsRecoveryAppliancesFilters")


@_attrs_define
class AgentsRecoveryAppliancesFilters:
    """Paging, sorting and filters of the recovery appliance list (recovery_appliances.list)."""

    skip: int | Unset = UNSET
    """ How many appliances to skip from the start of the sorted list (0 or more). """
    limit: int | Unset = UNSET
    """ The most appliances to return in one page (1 or more). """
    order_column: EAgentsRecoveryAppliancesOrderColumn | Unset = UNSET
    """ The field to sort by. """
    order_asc: bool | Unset = UNSET
    """ Sort ascending by orderColumn when true, descending when false. """
    name_filter: str | Unset = UNSET
    """ Host name pattern; an asterisk (*) at the start, the end or both stands for any characters. """
    state_filter: EAgentsRecoveryAppliancesStateFilter | Unset = UNSET
    """ Only connected or only disconnected appliances (All for both). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

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
        d = (
            src_dict.copy() if type(src_dict) is dict else object_fields(src_dict)
        )  # copy(): cheaper than dict()
        # Bound once: one attribute look-up per model instead of one per field.
        pop = d.pop
        # One try around the reading (free until something raises): a failure becomes a
        # ResponseFieldError naming the field, found from what was popped, at no cost here.
        try:
            skip = pop("skip", None)
            if type(skip) is not int:
                if skip is not None:
                    raise TypeError("expected int")
                skip = UNSET
            limit = pop("limit", None)
            if type(limit) is not int:
                if limit is not None:
                    raise TypeError("expected int")
                limit = UNSET
            _order_column = pop("orderColumn", None)
            order_column: EAgentsRecoveryAppliancesOrderColumn | Unset = (
                UNSET
                if _order_column is None
                else EAgentsRecoveryAppliancesOrderColumn.from_json(_order_column)
            )

            order_asc = pop("orderAsc", None)
            if type(order_asc) is not bool:
                if order_asc is not None:
                    raise TypeError("expected bool")
                order_asc = UNSET
            name_filter = pop("nameFilter", None)
            if type(name_filter) is not str:
                if name_filter is not None:
                    raise TypeError("expected str")
                name_filter = UNSET
            _state_filter = pop("stateFilter", None)
            state_filter: EAgentsRecoveryAppliancesStateFilter | Unset = (
                UNSET
                if _state_filter is None
                else EAgentsRecoveryAppliancesStateFilter.from_json(_state_filter)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "skip",
                    "limit",
                    "orderColumn",
                    "orderAsc",
                    "nameFilter",
                    "stateFilter",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agents_recovery_appliances_filters = cls(
            skip,
            limit,
            order_column,
            order_asc,
            name_filter,
            state_filter,
            additional_properties,
        )
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


def _mirror(msgspec: Any, tagged: bool) -> Any:
    """The fast reader's mirror of AgentsRecoveryAppliancesFilters (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> AgentsRecoveryAppliancesFilters:
        skip = m.skip
        if skip is None:
            skip = UNSET

        limit = m.limit
        if limit is None:
            limit = UNSET

        order_column = m.order_column
        if order_column is None:
            order_column = UNSET

        order_asc = m.order_asc
        if order_asc is None:
            order_asc = UNSET

        name_filter = m.name_filter
        if name_filter is None:
            name_filter = UNSET

        state_filter = m.state_filter
        if state_filter is None:
            state_filter = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agents_recovery_appliances_filters = AgentsRecoveryAppliancesFilters(
            skip,
            limit,
            order_column,
            order_asc,
            name_filter,
            state_filter,
            {},
        )
        return agents_recovery_appliances_filters

    fields: list[Any] = [
        ("skip", int | None, None),
        ("limit", int | None, None),
        ("order_column", EAgentsRecoveryAppliancesOrderColumn | None, None),
        ("order_asc", bool | None, None),
        ("name_filter", str | None, None),
        ("state_filter", EAgentsRecoveryAppliancesStateFilter | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "AgentsRecoveryAppliancesFilters",
        fields,
        rename={
            "order_column": "orderColumn",
            "order_asc": "orderAsc",
            "name_filter": "nameFilter",
            "state_filter": "stateFilter",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
