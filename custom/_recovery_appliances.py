"""Recovery appliances: computers booted from Veeam Recovery Media that VBR can reach (1.3-rev2)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, TypedDict, Unpack

from ._pagination import Lister, Page
from ._response import call
from ._revisions import operation
from ._validation import enum_value, flag, id_list, text, uuid_value
from .api.agents import (
    get_agents_recovery_appliance,
    get_agents_recovery_appliances,
    reboot_agents_recovery_appliance,
    reboot_agents_recovery_appliances,
)
from .models.agent_recovery_appliance_model import AgentRecoveryApplianceModel
from .models.agents_recovery_appliances_result import AgentsRecoveryAppliancesResult
from .models.e_agents_recovery_appliances_order_column import EAgentsRecoveryAppliancesOrderColumn
from .models.e_agents_recovery_appliances_state_filter import EAgentsRecoveryAppliancesStateFilter
from .models.reboot_agents_recovery_appliances_spec import RebootAgentsRecoveryAppliancesSpec
from .models.session_model import SessionModel

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["RecoveryApplianceListFilters", "RecoveryAppliances"]


class RecoveryApplianceListFilters(TypedDict, total=False):
    """Keyword filters of the recovery appliance list."""

    order_column: EAgentsRecoveryAppliancesOrderColumn | str
    order_asc: bool
    name_filter: str
    state_filter: EAgentsRecoveryAppliancesStateFilter | str


class RecoveryAppliances:
    """``client.recovery_appliances``: list and read recovery appliances, and reboot them."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        self._client = client
        self._lister: Lister[AgentRecoveryApplianceModel] = Lister(
            endpoint=get_agents_recovery_appliances.asyncio_detailed,
            result=AgentsRecoveryAppliancesResult,
            filters={
                "order_column": lambda v, n: enum_value(v, EAgentsRecoveryAppliancesOrderColumn, n),
                "order_asc": flag,
                "name_filter": text,
                "state_filter": lambda v, n: enum_value(v, EAgentsRecoveryAppliancesStateFilter, n),
            },
            key=lambda appliance: appliance.id,
            call_kwargs=lambda: {"client": client.raw},
            default_page_size=client.page_size,
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
        return await call(
            get_agents_recovery_appliance.asyncio_detailed,
            AgentRecoveryApplianceModel,
            id=uuid_value(id, "id"),
            client=self._client.raw,
        )

    @operation("reboot_agents_recovery_appliance")
    async def reboot(self, id: uuid.UUID | str) -> SessionModel:
        """Start rebooting one recovery appliance; returns the session to follow with ``client.sessions.wait``."""
        return await call(
            reboot_agents_recovery_appliance.asyncio_detailed,
            SessionModel,
            id=uuid_value(id, "id"),
            client=self._client.raw,
        )

    @operation("reboot_agents_recovery_appliances")
    async def reboot_many(self, ids: Iterable[uuid.UUID | str]) -> SessionModel:
        """Start rebooting several recovery appliances in one session; returns the session."""
        return await call(
            reboot_agents_recovery_appliances.asyncio_detailed,
            SessionModel,
            client=self._client.raw,
            body=RebootAgentsRecoveryAppliancesSpec(ids=id_list(ids, "ids")),
        )
