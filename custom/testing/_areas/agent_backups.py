"""Agent backups of a discovered computer (1.3-rev2): list, attach and detach."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._agent_backups import AgentBackup
from .._lookups import entity_of_any_group
from .._query import page, parse_paging
from .._validate import uuid_list

if TYPE_CHECKING:
    from .._gate import Call


def list_agent_backups(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/discoveredEntities/{id}/backups: oldest first; no sort or filter documented."""
    entity_id = entity_of_any_group(call)
    paging = parse_paging({name: call.query[name] for name in ("skip", "limit") if name in call.query}, [])
    return page(call.fake.agent_backups.of(entity_id), paging, AgentBackup.model)


def _backup_ids(call: Call) -> list[str]:
    return uuid_list(call.json()["backupIds"], "backupIds")


def attach_backup(call: Call) -> None:
    """POST /api/v1/agents/discoveredEntities/{id}/attachBackup."""
    entity_id = entity_of_any_group(call)
    call.fake.agent_backups.attach(entity_id, _backup_ids(call))


def detach_backup(call: Call) -> None:
    """POST /api/v1/agents/discoveredEntities/{id}/detachBackup."""
    entity_id = entity_of_any_group(call)
    call.fake.agent_backups.detach(entity_id, _backup_ids(call))
