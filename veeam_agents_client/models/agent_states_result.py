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

T = TypeVar("T", bound="AgentStatesResult")


@_attrs_define
class AgentStatesResult:
    """One page of agent states."""

    data: list[AgentStateModel]
    """ The agent states of this page. """
    pagination: PaginationResult
    """ Where the page sits in the whole list (total, count, skip, limit). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
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
            # A comprehension over one bound from_dict: no per-item method look-up or append call.
            _read_data = AgentStateModel.from_dict
            data = [_read_data(item) for item in _data]

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
        agent_states_result = cls(
            data,
            pagination,
            additional_properties,
        )
        return agent_states_result

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
    """The fast reader's mirror of AgentStatesResult (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""
    build_data = mirror(AgentStateModel)._build
    build_pagination = mirror(PaginationResult)._build

    def build(m: Any) -> AgentStatesResult:
        _data = m.data
        data = [build_data(item) for item in _data]

        _pagination = m.pagination
        pagination = build_pagination(_pagination)

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agent_states_result = AgentStatesResult(
            data,
            pagination,
            {},
        )
        return agent_states_result

    fields: list[Any] = [
        ("data", list_of(mirror(AgentStateModel))),
        ("pagination", mirror(PaginationResult)),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "AgentStatesResult",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.agent_state_model import AgentStateModel
from ..models.pagination_result import PaginationResult
