"""The list calls of `get_all_agent_states`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from operator import attrgetter
from typing import TypeAlias, Unpack

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from ..api.agents import get_all_agent_states
from ..models.agent_state_model import AgentStateModel
from ..models.agent_states_result import AgentStatesResult

AgentStateListFilters: TypeAlias = get_all_agent_states.Filters
"""Keyword filters of the lists of agent states (`list`, `pages` and `iterate`):
the query parameters of `get_all_agent_states` but skip and limit."""


class GetAllAgentStatesListing(Resource):
    """`list`, `pages` and `iterate`: the list operation `get_all_agent_states`."""

    def _get_all_agent_states(self) -> Lister[AgentStateModel]:
        return self._paging(get_all_agent_states, AgentStatesResult, attrgetter("id"))

    @operation("get_all_agent_states")
    async def list(
        self,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[AgentStateListFilters],
    ) -> Page[AgentStateModel]:
        """One page of agent states."""
        return await self._get_all_agent_states().list(skip, limit, filters)

    @operation("get_all_agent_states")
    def pages(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[AgentStateListFilters],
    ) -> AsyncIterator[Page[AgentStateModel]]:
        """Every page of agent states, in order."""
        return self._get_all_agent_states().pages(skip, page_size, concurrency, filters)

    @operation("get_all_agent_states")
    def iterate(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[AgentStateListFilters],
    ) -> AsyncIterator[AgentStateModel]:
        """Every agent state, each once."""
        return self._get_all_agent_states().items(skip, page_size, concurrency, filters)
