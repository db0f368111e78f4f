"""The list calls of `get_all_agent_packages`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from operator import attrgetter
from typing import TypeAlias, Unpack

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from ..api.agents import get_all_agent_packages
from ..models.linux_package_model import LinuxPackageModel
from ..models.linux_package_result import LinuxPackageResult

LinuxPackageListFilters: TypeAlias = get_all_agent_packages.Filters
"""Keyword filters of the lists of Linux agent packages (`list_linux`, `pages_linux` and `iterate_linux`):
the query parameters of `get_all_agent_packages` but skip and limit."""


class GetAllAgentPackagesListing(Resource):
    """`list_linux`, `pages_linux` and `iterate_linux`: the list operation `get_all_agent_packages`."""

    def _get_all_agent_packages(self) -> Lister[LinuxPackageModel]:
        return self._paging(
            get_all_agent_packages,
            LinuxPackageResult,
            attrgetter("package_name", "distribution_name", "package_bitness"),
        )

    @operation("get_all_agent_packages")
    async def list_linux(
        self,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[LinuxPackageListFilters],
    ) -> Page[LinuxPackageModel]:
        """One page of Linux agent packages."""
        return await self._get_all_agent_packages().list(skip, limit, filters)

    @operation("get_all_agent_packages")
    def pages_linux(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[LinuxPackageListFilters],
    ) -> AsyncIterator[Page[LinuxPackageModel]]:
        """Every page of Linux agent packages, in order."""
        return self._get_all_agent_packages().pages(
            skip, page_size, concurrency, filters
        )

    @operation("get_all_agent_packages")
    def iterate_linux(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[LinuxPackageListFilters],
    ) -> AsyncIterator[LinuxPackageModel]:
        """Every Linux agent package, each once."""
        return self._get_all_agent_packages().items(
            skip, page_size, concurrency, filters
        )
