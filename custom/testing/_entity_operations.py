"""Handlers of the discovered-entity operations 1.3-rev1 and 1.3-rev2 added: every group's entities,
trust, recovery media tasks and agent backups. (The session actions are `_app.action` rows.)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _app
from ._agent_backups import AgentBackup
from ._entities import ORDER_FIELDS
from ._errors import bad_request, not_found
from ._query import page, parse_bool, parse_enum, parse_paging
from ._validate import json_object, required, uuid_list

if TYPE_CHECKING:
    from ._app import Call

RECOVERY_MEDIA_FORMATS = ["Iso"]


def list_all_entities(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/discoveredEntities: the entities of every group, groups in creation order."""
    flt, paging = _app.entity_query(call)
    found = [(group, slot) for group in call.fake.groups.values() for slot in group.select(flt, None, True)]
    if paging.order_column is not None:
        name = ORDER_FIELDS[paging.order_column]
        found.sort(key=lambda item: (item[0].field(item[1], name) or "").casefold(), reverse=not paging.order_asc)
    elif not paging.order_asc:
        found.reverse()
    return page(found, paging, lambda item: _app.entity_body(call, item[0].get(item[1])))


def trust(call: Call) -> None:
    """POST .../discoveredEntities/trust: done at once (204), no session; only computers carry a certificate."""
    group, slots = _app.action_targets(call)
    for slot in slots:
        if group.field(slot, "type") == "Computer":
            group.update(slot, {"isTrusted": True})


def create_recovery_media_task(call: Call) -> dict[str, Any]:
    """POST .../discoveredEntities/{entityId}/createRecoveryMedia: a task building the media of a
    computer with an agent (its drivers come from there)."""
    group = _app._group(call)
    slot = _app._entity_slot(group, call.path_uuid("entityId"))
    for name in ("format", "allowRemoteBmr"):
        if name not in call.query:
            raise bad_request(f"Query parameter {name} is required.", code="InvalidURI")
    parse_enum(call.query, "format", RECOVERY_MEDIA_FORMATS)
    parse_bool(call.query, "allowRemoteBmr", False)
    if not group.has_agent(slot):
        raise bad_request(f"{group.field(slot, 'name')} is not a computer with the agent installed.")
    fake = call.fake
    task_id = fake.start_task(f"Create recovery media for {group.field(slot, 'name')}")
    return fake.tasks[task_id].model(fake.now())


def _entity_in_path(call: Call) -> str:
    """The id of the discovered entity (of any group) the path names, else 404."""
    entity_id = call.path_uuid()
    if not any(group.slot_of(entity_id) is not None for group in call.fake.groups.values()):
        raise not_found("Discovered entity", entity_id)
    return entity_id


def list_agent_backups(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/discoveredEntities/{id}/backups: oldest first; no sort or filter documented."""
    entity_id = _entity_in_path(call)
    paging = parse_paging({name: call.query[name] for name in ("skip", "limit") if name in call.query}, [])
    return page(call.fake.agent_backups.of(entity_id), paging, AgentBackup.model)


def _backup_ids(call: Call) -> list[str]:
    return uuid_list(required(json_object(call.body), "backupIds"), "backupIds")


def attach_backup(call: Call) -> None:
    """POST /api/v1/agents/discoveredEntities/{id}/attachBackup."""
    entity_id = _entity_in_path(call)
    call.fake.agent_backups.attach(entity_id, _backup_ids(call))


def detach_backup(call: Call) -> None:
    """POST /api/v1/agents/discoveredEntities/{id}/detachBackup."""
    entity_id = _entity_in_path(call)
    call.fake.agent_backups.detach(entity_id, _backup_ids(call))
