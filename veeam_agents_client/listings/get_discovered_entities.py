"""The list calls of `get_discovered_entities`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from operator import attrgetter
from typing import TypeAlias, Unpack

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from .._validation import uuid_value
from ..api.agents import get_discovered_entities
from ..models.discovered_ad_entity_model import DiscoveredADEntityModel
from ..models.discovered_cluster_entity_model import DiscoveredClusterEntityModel
from ..models.discovered_computer_entity_model import DiscoveredComputerEntityModel
from ..models.discovered_entities_result import DiscoveredEntitiesResult
from ..models.discovered_entity_model import DiscoveredEntityModel

DiscoveredEntityListFilters: TypeAlias = get_discovered_entities.Filters
"""Keyword filters of the lists of the group's discovered entities (`list`, `pages` and `iterate`):
the query parameters of `get_discovered_entities` but skip and limit."""


class GetDiscoveredEntitiesListing(Resource):
    """`list`, `pages` and `iterate`: the list operation `get_discovered_entities`."""

    def _get_discovered_entities(
        self, protection_group_id: uuid.UUID | str
    ) -> Lister[
        DiscoveredADEntityModel
        | DiscoveredClusterEntityModel
        | DiscoveredComputerEntityModel
        | DiscoveredEntityModel
    ]:
        return self._paging(
            get_discovered_entities,
            DiscoveredEntitiesResult,
            attrgetter("id"),
            id=uuid_value(protection_group_id, "protection_group_id"),
        )

    @operation("get_discovered_entities")
    async def list(
        self,
        protection_group_id: uuid.UUID | str,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[DiscoveredEntityListFilters],
    ) -> Page[
        DiscoveredADEntityModel
        | DiscoveredClusterEntityModel
        | DiscoveredComputerEntityModel
        | DiscoveredEntityModel
    ]:
        """One page of the group's discovered entities."""
        return await self._get_discovered_entities(protection_group_id).list(
            skip, limit, filters
        )

    @operation("get_discovered_entities")
    def pages(
        self,
        protection_group_id: uuid.UUID | str,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[DiscoveredEntityListFilters],
    ) -> AsyncIterator[
        Page[
            DiscoveredADEntityModel
            | DiscoveredClusterEntityModel
            | DiscoveredComputerEntityModel
            | DiscoveredEntityModel
        ]
    ]:
        """Every page of the group's discovered entities, in order."""
        return self._get_discovered_entities(protection_group_id).pages(
            skip, page_size, concurrency, filters
        )

    @operation("get_discovered_entities")
    def iterate(
        self,
        protection_group_id: uuid.UUID | str,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[DiscoveredEntityListFilters],
    ) -> AsyncIterator[
        DiscoveredADEntityModel
        | DiscoveredClusterEntityModel
        | DiscoveredComputerEntityModel
        | DiscoveredEntityModel
    ]:
        """Every discovered entity of the group, each once."""
        return self._get_discovered_entities(protection_group_id).items(
            skip, page_size, concurrency, filters
        )
