"""Agent states: whether the agent on each discovered computer answers (1.3-rev2)."""

from __future__ import annotations

import uuid

from ._revisions import operation
from ._validation import uuid_value
from .api.agents import get_agent_state
from .listings.get_all_agent_states import AgentStateListFilters, GetAllAgentStatesListing
from .models.agent_state_model import AgentStateModel

__all__ = ["AgentStateListFilters", "AgentStates"]


class AgentStates(GetAllAgentStatesListing):
    """``client.agent_states``: the state (Online, Offline, Unknown) of agents on discovered computers."""

    @operation("get_agent_state")
    async def get(self, id: uuid.UUID | str) -> AgentStateModel:
        """The agent state with this ID."""
        return await self._call(get_agent_state, AgentStateModel, id=uuid_value(id, "id"))
