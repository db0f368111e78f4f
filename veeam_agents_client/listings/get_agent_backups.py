"""The list calls of `get_agent_backups`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from operator import attrgetter

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from .._validation import uuid_value
from ..api.agents import get_agent_backups
from ..models.backup_model import BackupModel
from ..models.backups_result import BackupsResult


class GetAgentBackupsListing(Resource):
    """`backups`, `backups_pages` and `iterate_backups`: the list operation `get_agent_backups`."""

    def _get_agent_backups(self, entity_id: uuid.UUID | str) -> Lister[BackupModel]:
        return self._paging(
            get_agent_backups,
            BackupsResult,
            attrgetter("id"),
            id=uuid_value(entity_id, "entity_id"),
        )

    @operation("get_agent_backups")
    async def backups(
        self, entity_id: uuid.UUID | str, *, skip: int = 0, limit: int | None = None
    ) -> Page[BackupModel]:
        """One page of the entity's agent backups."""
        return await self._get_agent_backups(entity_id).list(skip, limit, {})

    @operation("get_agent_backups")
    def backups_pages(
        self,
        entity_id: uuid.UUID | str,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[Page[BackupModel]]:
        """Every page of the entity's agent backups, in order."""
        return self._get_agent_backups(entity_id).pages(
            skip, page_size, concurrency, {}
        )

    @operation("get_agent_backups")
    def iterate_backups(
        self,
        entity_id: uuid.UUID | str,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[BackupModel]:
        """Every agent backup of the entity, each once."""
        return self._get_agent_backups(entity_id).items(
            skip, page_size, concurrency, {}
        )
