"""Agent backups (1.3-rev2): the backups of the site, and the discovered entity each one is attached to."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ._data import EPOCH, ZERO_UUID, iso, stable_uuid
from ._entities import EntityGroup
from ._errors import FakeApiError, bad_request

REPOSITORIES = ("Default Backup Repository", "Hardened Repository 01", "Object Storage Tier")


@dataclass
class AgentBackup:
    """A backup made by an agent job or policy."""

    id: str
    name: str
    job_id: str
    linux: bool
    created: datetime
    repository: int  # index into REPOSITORIES

    def model(self) -> dict[str, Any]:
        """The BackupModel body."""
        return {
            "id": self.id,
            "jobId": self.job_id,
            "name": self.name,
            "platformName": "LinuxPhysical" if self.linux else "WindowsPhysical",
            "platformId": ZERO_UUID,
            "creationTime": iso(self.created),
            "repositoryId": stable_uuid("repository", self.repository),
            "repositoryName": REPOSITORIES[self.repository],
            "jobType": "LinuxAgentBackup" if self.linux else "WindowsAgentBackup",
        }


@dataclass
class AgentBackups:
    """Every agent backup, and which entity (by id) holds each attached one."""

    backups: dict[str, AgentBackup] = field(default_factory=dict)
    holders: dict[str, str] = field(default_factory=dict)

    def of(self, entity_id: str) -> list[AgentBackup]:
        """The backups attached to an entity, oldest first."""
        return sorted((b for b in self.backups.values() if self.holders.get(b.id) == entity_id), key=_age)

    def unattached(self) -> list[AgentBackup]:
        """The backups no entity holds (their computer was removed, say), oldest first."""
        return sorted((b for b in self.backups.values() if b.id not in self.holders), key=_age)

    def attach(self, entity_id: str, backup_ids: Iterable[str]) -> None:
        """Attach backups to an entity: all or none. One held by another entity must be detached first."""
        chosen = list(self._known(backup_ids))
        taken = [b for b in chosen if self.holders.get(b) not in (None, entity_id)]
        if taken:
            raise bad_request(f"Backup {taken[0]} is attached to another computer; detach it first.")
        self.holders.update(dict.fromkeys(chosen, entity_id))

    def detach(self, entity_id: str, backup_ids: Iterable[str]) -> None:
        """Detach backups from an entity: all or none; each must be attached to it."""
        chosen = list(self._known(backup_ids))
        foreign = [b for b in chosen if self.holders.get(b) != entity_id]
        if foreign:
            raise bad_request(f"Backup {foreign[0]} is not attached to this computer.")
        for backup_id in chosen:
            del self.holders[backup_id]

    def _known(self, backup_ids: Iterable[str]) -> Iterator[str]:
        """The ids, each once; an unknown one is a 400 naming it (it is in the body, not the path)."""
        for backup_id in dict.fromkeys(backup_ids):
            if backup_id not in self.backups:
                raise FakeApiError(400, "NotFound", f"Backup with ID {backup_id} was not found.", resource_id=backup_id)
            yield backup_id


def _age(backup: AgentBackup) -> datetime:
    return backup.created


def seed_agent_backups(count: int, groups: list[EntityGroup], seed: int) -> AgentBackups:
    """``count`` backups: every third one unattached, the others two by two on the first computers
    with an agent (groups in order)."""
    holders = _computers_with_agent(groups, (count + 1) // 2)
    book = AgentBackups()
    attached = 0
    for number in range(count):
        holder = holders[attached // 2] if number % 3 != 2 and attached // 2 < len(holders) else None
        backup = AgentBackup(
            id=stable_uuid("agent-backup", seed, number),
            name=f"Agent Backup Job {number + 1}" + (f" ({holder[1]})" if holder else ""),
            job_id=stable_uuid("agent-job", seed, number),
            linux=holder[2] if holder else number % 2 == 1,
            created=EPOCH - timedelta(days=90 - number, hours=number % 24),
            repository=number % len(REPOSITORIES),
        )
        book.backups[backup.id] = backup
        if holder is not None:
            book.holders[backup.id] = holder[0]
            attached += 1
    return book


def _computers_with_agent(groups: list[EntityGroup], wanted: int) -> list[tuple[str, str, bool]]:
    """(id, name, is Linux) of the first ``wanted`` computers with an agent (a new site: slots run 0..n-1)."""
    found: list[tuple[str, str, bool]] = []
    for group in groups:
        for slot in range(len(group)):
            if len(found) == wanted:
                return found
            if group.has_agent(slot):
                found.append(
                    (group.entity_id(slot), group.field(slot, "name"), group.field(slot, "operatingSystem") == "Linux")
                )
    return found
