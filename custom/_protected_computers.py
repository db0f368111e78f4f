"""Protected computers (deprecated by VBR from API 1.3-rev0: calls warn where the agreed revision deprecates them)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, TypeAlias, Unpack

from ._pagination import Lister, Page
from ._resource import Resource
from ._revisions import operation
from ._validation import uuid_value
from .api.agents import get_protected_computer, get_protected_computers
from .models.protected_computer_model import ProtectedComputerModel
from .models.protected_computer_result import ProtectedComputerResult

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["ProtectedComputers"]


ProtectedComputerListFilters: TypeAlias = get_protected_computers.Filters
"""Keyword filters of `get_protected_computers` (its query parameters, declared by the generated code)."""


class ProtectedComputers(Resource):
    """``client.protected_computers``: computers protected by agents. VBR deprecates these calls from
    API 1.3-rev0 (the discovered entities of each protection group replace them); against an older
    server they are the way to list computers, and do not warn."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        super().__init__(client)
        self._lister: Lister[ProtectedComputerModel] = self._paging(
            get_protected_computers, ProtectedComputerResult, lambda computer: computer.id
        )

    @operation("get_protected_computers")
    async def list(
        self, *, skip: int = 0, limit: int | None = None, **filters: Unpack[ProtectedComputerListFilters]
    ) -> Page[ProtectedComputerModel]:
        """One page of protected computers."""
        return await self._lister.list(skip, limit, filters)

    @operation("get_protected_computers")
    def pages(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[ProtectedComputerListFilters],
    ) -> AsyncIterator[Page[ProtectedComputerModel]]:
        """Every page of protected computers, in order."""
        return self._lister.pages(skip, page_size, concurrency, filters)

    @operation("get_protected_computers")
    def iterate(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[ProtectedComputerListFilters],
    ) -> AsyncIterator[ProtectedComputerModel]:
        """Every protected computer, each once."""
        return self._lister.items(skip, page_size, concurrency, filters)

    @operation("get_protected_computer")
    async def get(self, id: uuid.UUID | str) -> ProtectedComputerModel:
        """The protected computer with this ID."""
        return await self._call(
            get_protected_computer,
            ProtectedComputerModel,
            id=uuid_value(id, "id"),
        )
