"""The list calls of `get_agents_recovery_appliances`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from operator import attrgetter
from typing import TypeAlias, Unpack

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from ..api.agents import get_agents_recovery_appliances
from ..models.agent_recovery_appliance_model import AgentRecoveryApplianceModel
from ..models.agents_recovery_appliances_result import AgentsRecoveryAppliancesResult

RecoveryApplianceListFilters: TypeAlias = get_agents_recovery_appliances.Filters
"""Keyword filters of the lists of recovery appliances (`list`, `pages` and `iterate`):
the query parameters of `get_agents_recovery_appliances` but skip and limit."""


class GetAgentsRecoveryAppliancesListing(Resource):
    """`list`, `pages` and `iterate`: the list operation `get_agents_recovery_appliances`."""

    def _get_agents_recovery_appliances(self) -> Lister[AgentRecoveryApplianceModel]:
        return self._paging(
            get_agents_recovery_appliances,
            AgentsRecoveryAppliancesResult,
            attrgetter("id"),
        )

    @operation("get_agents_recovery_appliances")
    async def list(
        self,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[RecoveryApplianceListFilters],
    ) -> Page[AgentRecoveryApplianceModel]:
        """One page of recovery appliances."""
        return await self._get_agents_recovery_appliances().list(skip, limit, filters)

    @operation("get_agents_recovery_appliances")
    def pages(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[RecoveryApplianceListFilters],
    ) -> AsyncIterator[Page[AgentRecoveryApplianceModel]]:
        """Every page of recovery appliances, in order."""
        return self._get_agents_recovery_appliances().pages(
            skip, page_size, concurrency, filters
        )

    @operation("get_agents_recovery_appliances")
    def iterate(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[RecoveryApplianceListFilters],
    ) -> AsyncIterator[AgentRecoveryApplianceModel]:
        """Every recovery appliance, each once."""
        return self._get_agents_recovery_appliances().items(
            skip, page_size, concurrency, filters
        )
