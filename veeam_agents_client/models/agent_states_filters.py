from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="AgentStatesFilters")


@_attrs_define
class AgentStatesFilters:
    """Paging and filters of the agent state list (agent_states.list)."""

    skip: int | Unset = UNSET
    """ How many states to skip from the start of the list (0 or more). """
    limit: int | Unset = UNSET
    """ The most states to return in one page (1 or more). """
    order_asc: bool | Unset = UNSET
    """ Sort ascending when true, descending when false. """
    name_filter: str | Unset = UNSET
    """ Computer name pattern; an asterisk (*) at the start, the end or both stands for any characters. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        skip = self.skip

        limit = self.limit

        order_asc = self.order_asc

        name_filter = self.name_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip is not UNSET:
            field_dict["skip"] = skip
        if limit is not UNSET:
            field_dict["limit"] = limit
        if order_asc is not UNSET:
            field_dict["orderAsc"] = order_asc
        if name_filter is not UNSET:
            field_dict["nameFilter"] = name_filter

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
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "skip",
                    "limit",
                    "orderAsc",
                    "nameFilter",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agent_states_filters = cls(
            skip,
            limit,
            order_asc,
            name_filter,
            additional_properties,
        )
        return agent_states_filters

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
    """The fast reader's mirror of AgentStatesFilters (types.read_json): a msgspec Struct of its fields under their
    JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> AgentStatesFilters:
        skip = m.skip
        if skip is None:
            skip = UNSET

        limit = m.limit
        if limit is None:
            limit = UNSET

        order_asc = m.order_asc
        if order_asc is None:
            order_asc = UNSET

        name_filter = m.name_filter
        if name_filter is None:
            name_filter = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agent_states_filters = AgentStatesFilters(
            skip,
            limit,
            order_asc,
            name_filter,
            {},
        )
        return agent_states_filters

    fields: list[Any] = [
        ("skip", int | None, None),
        ("limit", int | None, None),
        ("order_asc", bool | None, None),
        ("name_filter", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "AgentStatesFilters",
        fields,
        rename={
            "order_asc": "orderAsc",
            "name_filter": "nameFilter",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
