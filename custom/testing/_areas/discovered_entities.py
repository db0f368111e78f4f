"""Discovered entities: of one group or of all, read, delete, trust, and the actions that start a session."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._bodies import document
from .._entities import AGENT_STATUSES, DRIVER_WITH_AGENT, ORDER_FIELDS, STATES, EntityGroup, ListFilter
from .._lookups import entity_in_path, entity_slot, group_in_path
from .._query import Paging, page, parse_enum, parse_paging, permission_scope
from .._sessions import Action
from .._validate import uuid_list
from .sessions import start_session

if TYPE_CHECKING:
    from .._gate import Call, Handler

STATE_VALUES = [value for value, _ in STATES]
AGENT_STATUS_VALUES = [value for value, _ in AGENT_STATUSES]
DRIVER_STATUS_VALUES = ["Unknown", *[value for value, _ in DRIVER_WITH_AGENT]]
ENTITY_SCHEMAS = {
    kind: reference.rsplit("/", 1)[1]
    for kind, reference in document()["components"]["schemas"]["DiscoveredEntity"]["discriminator"]["mapping"].items()
}
"""Entity type -> the schema of that kind: the document's discriminator mapping of discovered entities."""


def entity_body(call: Call, entity: dict[str, Any]) -> dict[str, Any]:
    """A discovered entity without the properties the request's revision lacks."""
    return call.rules.shape(entity, "DiscoveredEntityModel", ENTITY_SCHEMAS.get(entity["type"], ""))


def entity_query(call: Call) -> tuple[ListFilter, Paging]:
    """The filters and paging of a discovered-entity list."""
    permission_scope(call.query)
    flt = ListFilter(
        name=call.query.get("nameFilter"),
        ip_address=call.query.get("ipAddressFilter"),
        state=parse_enum(call.query, "stateFilter", STATE_VALUES),
        agent_status=parse_enum(call.query, "agentStatusFilter", AGENT_STATUS_VALUES),
        driver_status=parse_enum(call.query, "driverStatusFilter", DRIVER_STATUS_VALUES),
    )
    return flt, parse_paging(call.query, list(ORDER_FIELDS))


def list_entities(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups/{id}/discoveredEntities."""
    group = group_in_path(call)
    flt, paging = entity_query(call)
    slots = group.select(flt, paging.order_column, paging.order_asc)
    return page(slots, paging, lambda slot: entity_body(call, group.get(slot)))


def list_all_entities(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/discoveredEntities: the entities of every group, groups in creation order."""
    flt, paging = entity_query(call)
    found = [(group, slot) for group in call.fake.groups.values() for slot in group.select(flt, None, True)]
    if paging.order_column is not None:
        name = ORDER_FIELDS[paging.order_column]
        found.sort(key=lambda item: (item[0].field(item[1], name) or "").casefold(), reverse=not paging.order_asc)
    elif not paging.order_asc:
        found.reverse()
    return page(found, paging, lambda item: entity_body(call, item[0].get(item[1])))


def get_entity(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups/{id}/discoveredEntities/{entityId}."""
    group = group_in_path(call)
    permission_scope(call.query)
    return entity_body(call, group.get(entity_slot(group, call.path_uuid("entityId"))))


def delete_entity(call: Call) -> None:
    """DELETE /api/v1/agents/protectionGroups/{id}/discoveredEntities/{entityId}."""
    group, slot = entity_in_path(call)
    group.delete(slot)


def action_targets(call: Call) -> tuple[EntityGroup, list[int]]:
    """The group in the path and the slots of the entities the body names (404 for an unknown one)."""
    group = group_in_path(call)
    entity_ids = uuid_list(call.json()["entityIds"], "entityIds")
    return group, [entity_slot(group, entity_id) for entity_id in entity_ids]


def action(kind: Action) -> Handler:
    """The handler of one discovered-entity action: it starts a session."""

    def start(call: Call) -> dict[str, Any]:
        group, slots = action_targets(call)
        names = [str(group.field(slot, "name")) for slot in slots]
        return start_session(
            call,
            kind,
            names[0] if len(names) == 1 else f"{len(names)} entities",
            linux=all(group.field(slot, "operatingSystem") == "Linux" for slot in slots),
            group=group,
            slots=slots,
        )

    start.__doc__ = f"POST /api/v1/agents/protectionGroups/{{id}}/discoveredEntities/{kind}."
    return start


def trust(call: Call) -> None:
    """POST .../discoveredEntities/trust: done at once (204), no session; only computers carry a certificate."""
    group, slots = action_targets(call)
    for slot in slots:
        if group.field(slot, "type") == "Computer":
            group.update(slot, {"isTrusted": True})
