"""The list calls of `get_all_discovered_entities`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from operator import attrgetter
from typing import TypeAlias, Unpack

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from ..api.agents import get_all_discovered_entities
from ..models.discovered_ad_entity_model import DiscoveredADEntityModel
from ..models.discovered_cluster_entity_model import DiscoveredClusterEntityModel
from ..models.discovered_computer_entity_model import DiscoveredComputerEntityModel
from ..models.discovered_entities_result import DiscoveredEntitiesResult
from ..models.discovered_entity_model import DiscoveredEntityModel

AllDiscoveredEntityListFilters: TypeAlias = get_all_discovered_entities.Filters
"""Keyword filters of the lists of the discovered entities of every protection group (`list_all`, `pages_all` and `iterate_all`):
the query parameters of `get_all_discovered_entities` but skip and limit."""


class GetAllDiscoveredEntitiesListing(Resource):
    """`list_all`, `pages_all` and `iterate_all`: the list operation `get_all_discovered_entities`."""

    def _get_all_discovered_entities(
        self,
    ) -> Lister[
        DiscoveredADEntityModel
        | DiscoveredClusterEntityModel
        | DiscoveredComputerEntityModel
        | DiscoveredEntityModel
    ]:
        return self._paging(
            get_all_discovered_entities,
            DiscoveredEntitiesResult,
            attrgetter("protection_group_id", "id"),
        )

    @operation("get_all_discovered_entities")
    async def list_all(
        self,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[AllDiscoveredEntityListFilters],
    ) -> Page[
        DiscoveredADEntityModel
        | DiscoveredClusterEntityModel
        | DiscoveredComputerEntityModel
        | DiscoveredEntityModel
    ]:
        """One page of the discovered entities of every protection group."""
        return await self._get_all_discovered_entities().list(skip, limit, filters)

    @operation("get_all_discovered_entities")
    def pages_all(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[AllDiscoveredEntityListFilters],
    ) -> AsyncIterator[
        Page[
            DiscoveredADEntityModel
            | DiscoveredClusterEntityModel
            | DiscoveredComputerEntityModel
            | DiscoveredEntityModel
        ]
    ]:
        """Every page of the discovered entities of every protection group, in order."""
        return self._get_all_discovered_entities().pages(
            skip, page_size, concurrency, filters
        )

    @operation("get_all_discovered_entities")
    def iterate_all(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[AllDiscoveredEntityListFilters],
    ) -> AsyncIterator[
        DiscoveredADEntityModel
        | DiscoveredClusterEntityModel
        | DiscoveredComputerEntityModel
        | DiscoveredEntityModel
    ]:
        """Every discovered entity of every protection group, each once."""
        return self._get_all_discovered_entities().items(
            skip, page_size, concurrency, filters
        )
