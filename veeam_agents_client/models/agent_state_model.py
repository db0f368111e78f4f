from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_agent_discovered_entity_status import EAgentDiscoveredEntityStatus
from ..types import (
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="AgentStateModel")


@_attrs_define
class AgentStateModel:
    """Whether the agent on one discovered computer answers the server (Online, Offline or Unknown), from agent_states."""

    id: UUID
    """ ID of this agent state (UUID), for agent_states.get. """
    name: str
    """ Name of the computer the agent runs on. """
    status: EAgentDiscoveredEntityStatus
    """ Whether the agent answers (Online, Offline or Unknown). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
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
            id = parse_uuid(pop("id"))

            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            status = EAgentDiscoveredEntityStatus.from_json(pop("status"))

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "name",
                    "status",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agent_state_model = cls(
            id,
            name,
            status,
            additional_properties,
        )
        return agent_state_model

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
    """The fast reader's mirror of AgentStateModel (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> AgentStateModel:
        id = m.id

        name = m.name

        status = m.status

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agent_state_model = AgentStateModel(
            id,
            name,
            status,
            {},
        )
        return agent_state_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("status", EAgentDiscoveredEntityStatus),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "AgentStateModel",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
