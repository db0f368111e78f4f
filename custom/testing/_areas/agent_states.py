"""Agent states: whether the agent on each discovered computer answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._entities import EntityGroup, ListFilter
from .._errors import not_found
from .._query import in_order, page, parse_paging

if TYPE_CHECKING:
    from .._gate import Call


def agent_state_body(group: EntityGroup, slot: int) -> dict[str, Any]:
    """The state of the agent on a discovered computer: the computer's id and name, whether it answers."""
    return {"id": group.entity_id(slot), "name": group.field(slot, "name"), "status": group.field(slot, "state")}


def list_agent_states(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/discoveredEntities/states: the computers of every group that have an agent."""
    paging = parse_paging({k: v for k, v in call.query.items() if k != "orderColumn"}, [])  # none documented
    named = ListFilter(name=call.query.get("nameFilter"))
    states = [
        (group, slot)
        for group in call.fake.groups.values()
        for slot in group.select(named, None, True)
        if group.has_agent(slot)
    ]
    return page(in_order(states, paging, {}), paging, lambda found: agent_state_body(*found))


def get_agent_state(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/discoveredEntities/states/{id}."""
    state_id = call.path_uuid()
    for group in call.fake.groups.values():
        slot = group.slot_of(state_id)
        if slot is not None and group.has_agent(slot):
            return agent_state_body(group, slot)
    raise not_found("Agent state", state_id)
