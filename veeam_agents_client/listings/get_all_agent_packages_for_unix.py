"""The list calls of `get_all_agent_packages_for_unix`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from operator import attrgetter
from typing import TypeAlias, Unpack

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from ..api.agents import get_all_agent_packages_for_unix
from ..models.unix_package_model import UnixPackageModel
from ..models.unix_package_result import UnixPackageResult

UnixPackageListFilters: TypeAlias = get_all_agent_packages_for_unix.Filters
"""Keyword filters of the lists of Unix agent packages (`list_unix`, `pages_unix` and `iterate_unix`):
the query parameters of `get_all_agent_packages_for_unix` but skip and limit."""


class GetAllAgentPackagesForUnixListing(Resource):
    """`list_unix`, `pages_unix` and `iterate_unix`: the list operation `get_all_agent_packages_for_unix`."""

    def _get_all_agent_packages_for_unix(self) -> Lister[UnixPackageModel]:
        return self._paging(
            get_all_agent_packages_for_unix,
            UnixPackageResult,
            attrgetter("package_name"),
        )

    @operation("get_all_agent_packages_for_unix")
    async def list_unix(
        self,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[UnixPackageListFilters],
    ) -> Page[UnixPackageModel]:
        """One page of Unix agent packages."""
        return await self._get_all_agent_packages_for_unix().list(skip, limit, filters)

    @operation("get_all_agent_packages_for_unix")
    def pages_unix(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[UnixPackageListFilters],
    ) -> AsyncIterator[Page[UnixPackageModel]]:
        """Every page of Unix agent packages, in order."""
        return self._get_all_agent_packages_for_unix().pages(
            skip, page_size, concurrency, filters
        )

    @operation("get_all_agent_packages_for_unix")
    def iterate_unix(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[UnixPackageListFilters],
    ) -> AsyncIterator[UnixPackageModel]:
        """Every Unix agent package, each once."""
        return self._get_all_agent_packages_for_unix().items(
            skip, page_size, concurrency, filters
        )
