"""Agent states: whether the agent on each discovered computer answers (1.3-rev2)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, TypedDict, Unpack

from ._pagination import Lister, Page
from ._response import call
from ._revisions import operation
from ._validation import flag, text, uuid_value
from .api.agents import get_agent_state, get_all_agent_states
from .models.agent_state_model import AgentStateModel
from .models.agent_states_result import AgentStatesResult

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["AgentStateListFilters", "AgentStates"]


class AgentStateListFilters(TypedDict, total=False):
    """Keyword filters of the agent state list."""

    order_asc: bool
    name_filter: str


class AgentStates:
    """``client.agent_states``: the state (Online, Offline, Unknown) of agents on discovered computers."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        self._client = client
        self._lister: Lister[AgentStateModel] = Lister(
            endpoint=get_all_agent_states.asyncio_detailed,
            result=AgentStatesResult,
            filters={"order_asc": flag, "name_filter": text},
            key=lambda state: state.id,
            call_kwargs=lambda: {"client": client.raw},
            default_page_size=client.page_size,
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
        return await call(
            get_agent_state.asyncio_detailed, AgentStateModel, id=uuid_value(id, "id"), client=self._client.raw
        )
