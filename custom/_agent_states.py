"""Agent states: whether the agent on each discovered computer answers (1.3-rev2)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, TypeAlias, Unpack

from ._pagination import Lister, Page
from ._resource import Resource
from ._revisions import operation
from ._validation import uuid_value
from .api.agents import get_agent_state, get_all_agent_states
from .models.agent_state_model import AgentStateModel
from .models.agent_states_result import AgentStatesResult

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["AgentStateListFilters", "AgentStates"]


AgentStateListFilters: TypeAlias = get_all_agent_states.Filters
"""Keyword filters of `get_all_agent_states` (its query parameters, declared by the generated code)."""


class AgentStates(Resource):
    """``client.agent_states``: the state (Online, Offline, Unknown) of agents on discovered computers."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        super().__init__(client)
        self._lister: Lister[AgentStateModel] = self._paging(
            get_all_agent_states, AgentStatesResult, lambda state: state.id
        )

    @operation("get_all_agent_states")
    async def list(
        self, *, skip: int = 0, limit: int | None = None, **filters: Unpack[AgentStateListFilters]
    ) -> Page[AgentStateModel]:
        """One page of agent states."""
        return await self._lister.list(skip, limit, filters)

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
        return self._lister.pages(skip, page_size, concurrency, filters)

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
        return self._lister.items(skip, page_size, concurrency, filters)

    @operation("get_agent_state")
    async def get(self, id: uuid.UUID | str) -> AgentStateModel:
        """The agent state with this ID."""
        return await self._call(get_agent_state, AgentStateModel, id=uuid_value(id, "id"))
