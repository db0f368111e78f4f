"""Recovery appliances: computers booted from Veeam Recovery Media that VBR can reach (1.3-rev2)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, TypeAlias, Unpack

from ._pagination import Lister, Page
from ._resource import Resource
from ._revisions import operation
from ._validation import id_list, uuid_value
from .api.agents import (
    get_agents_recovery_appliance,
    get_agents_recovery_appliances,
    reboot_agents_recovery_appliance,
    reboot_agents_recovery_appliances,
)
from .models.agent_recovery_appliance_model import AgentRecoveryApplianceModel
from .models.agents_recovery_appliances_result import AgentsRecoveryAppliancesResult
from .models.reboot_agents_recovery_appliances_spec import RebootAgentsRecoveryAppliancesSpec
from .models.session_model import SessionModel

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["RecoveryApplianceListFilters", "RecoveryAppliances"]


RecoveryApplianceListFilters: TypeAlias = get_agents_recovery_appliances.Filters
"""Keyword filters of `get_agents_recovery_appliances` (its query parameters, declared by the generated code)."""


class RecoveryAppliances(Resource):
    """``client.recovery_appliances``: list and read recovery appliances, and reboot them."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        super().__init__(client)
        self._lister: Lister[AgentRecoveryApplianceModel] = self._paging(
            get_agents_recovery_appliances, AgentsRecoveryAppliancesResult, lambda appliance: appliance.id
        )

    @operation("get_agents_recovery_appliances")
    async def list(
        self, *, skip: int = 0, limit: int | None = None, **filters: Unpack[RecoveryApplianceListFilters]
    ) -> Page[AgentRecoveryApplianceModel]:
        """One page of recovery appliances."""
        return await self._lister.list(skip, limit, filters)

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
        return self._lister.pages(skip, page_size, concurrency, filters)

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
        return self._lister.items(skip, page_size, concurrency, filters)

    @operation("get_agents_recovery_appliance")
    async def get(self, id: uuid.UUID | str) -> AgentRecoveryApplianceModel:
        """The recovery appliance with this ID."""
        return await self._call(
            get_agents_recovery_appliance,
            AgentRecoveryApplianceModel,
            id=uuid_value(id, "id"),
        )

    @operation("reboot_agents_recovery_appliance")
    async def reboot(self, id: uuid.UUID | str) -> SessionModel:
        """Start rebooting one recovery appliance; returns the session to follow with ``client.sessions.wait``."""
        return await self._call(
            reboot_agents_recovery_appliance,
            SessionModel,
            id=uuid_value(id, "id"),
        )

    @operation("reboot_agents_recovery_appliances")
    async def reboot_many(self, ids: Iterable[uuid.UUID | str]) -> SessionModel:
        """Start rebooting several recovery appliances in one session; returns the session."""
        return await self._call(
            reboot_agents_recovery_appliances,
            SessionModel,
            body=RebootAgentsRecoveryAppliancesSpec(ids=id_list(ids, "ids")),
        )
