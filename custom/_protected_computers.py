"""Protected computers (deprecated by VBR from API 1.3-rev0: calls warn where the agreed revision deprecates them)."""

from __future__ import annotations

import uuid

from ._revisions import operation
from ._validation import uuid_value
from .api.agents import get_protected_computer
from .listings.get_protected_computers import GetProtectedComputersListing, ProtectedComputerListFilters
from .models.protected_computer_model import ProtectedComputerModel

__all__ = ["ProtectedComputerListFilters", "ProtectedComputers"]


class ProtectedComputers(GetProtectedComputersListing):
    """``client.protected_computers``: computers protected by agents. VBR deprecates these calls from
    API 1.3-rev0 (the discovered entities of each protection group replace them); against an older
    server they are the way to list computers, and do not warn."""

    @operation("get_protected_computer")
    async def get(self, id: uuid.UUID | str) -> ProtectedComputerModel:
        """The protected computer with this ID."""
        return await self._call(
            get_protected_computer,
            ProtectedComputerModel,
            id=uuid_value(id, "id"),
        )
