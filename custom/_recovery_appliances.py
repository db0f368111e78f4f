"""Recovery appliances: computers booted from Veeam Recovery Media that VBR can reach (1.3-rev2)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from ._revisions import operation
from ._validation import id_list, uuid_value
from .api.agents import (
    get_agents_recovery_appliance,
    reboot_agents_recovery_appliance,
    reboot_agents_recovery_appliances,
)
from .listings.get_agents_recovery_appliances import GetAgentsRecoveryAppliancesListing, RecoveryApplianceListFilters
from .models.agent_recovery_appliance_model import AgentRecoveryApplianceModel
from .models.reboot_agents_recovery_appliances_spec import RebootAgentsRecoveryAppliancesSpec
from .models.session_model import SessionModel

__all__ = ["RecoveryApplianceListFilters", "RecoveryAppliances"]


class RecoveryAppliances(GetAgentsRecoveryAppliancesListing):
    """``client.recovery_appliances``: list and read recovery appliances, and reboot them."""

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
