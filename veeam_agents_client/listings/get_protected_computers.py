"""The list calls of `get_protected_computers`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from operator import attrgetter
from typing import TypeAlias, Unpack

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from ..api.agents import get_protected_computers
from ..models.protected_computer_model import ProtectedComputerModel
from ..models.protected_computer_result import ProtectedComputerResult

ProtectedComputerListFilters: TypeAlias = get_protected_computers.Filters
"""Keyword filters of the lists of protected computers (`list`, `pages` and `iterate`):
the query parameters of `get_protected_computers` but skip and limit."""


class GetProtectedComputersListing(Resource):
    """`list`, `pages` and `iterate`: the list operation `get_protected_computers`."""

    def _get_protected_computers(self) -> Lister[ProtectedComputerModel]:
        return self._paging(
            get_protected_computers, ProtectedComputerResult, attrgetter("id")
        )

    @operation("get_protected_computers")
    async def list(
        self,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[ProtectedComputerListFilters],
    ) -> Page[ProtectedComputerModel]:
        """One page of protected computers."""
        return await self._get_protected_computers().list(skip, limit, filters)

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
        return self._get_protected_computers().pages(
            skip, page_size, concurrency, filters
        )

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
        return self._get_protected_computers().items(
            skip, page_size, concurrency, filters
        )
