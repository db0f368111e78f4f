"""Linux and Unix agent packages available for export."""

from __future__ import annotations

from collections.abc import AsyncIterator, Hashable
from typing import TYPE_CHECKING, TypeAlias, Unpack

from ._pagination import Lister, Page
from ._resource import Resource
from ._revisions import operation
from .api.agents import get_all_agent_packages, get_all_agent_packages_for_unix
from .models.linux_package_model import LinuxPackageModel
from .models.linux_package_result import LinuxPackageResult
from .models.unix_package_model import UnixPackageModel
from .models.unix_package_result import UnixPackageResult

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["AgentPackages"]


LinuxPackageListFilters: TypeAlias = get_all_agent_packages.Filters
"""Keyword filters of `get_all_agent_packages` (its query parameters, declared by the generated code)."""


UnixPackageListFilters: TypeAlias = get_all_agent_packages_for_unix.Filters
"""Keyword filters of `get_all_agent_packages_for_unix` (its query parameters, declared by the generated code)."""


def _linux_key(package: LinuxPackageModel) -> Hashable:
    return (package.package_name, package.distribution_name, package.package_bitness)


class AgentPackages(Resource):
    """``client.agent_packages``: the agent packages VBR can export for Linux and Unix hosts."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        super().__init__(client)
        self._linux: Lister[LinuxPackageModel] = self._paging(get_all_agent_packages, LinuxPackageResult, _linux_key)
        self._unix: Lister[UnixPackageModel] = self._paging(
            get_all_agent_packages_for_unix, UnixPackageResult, lambda package: package.package_name
        )

    @operation("get_all_agent_packages")
    async def list_linux(
        self, *, skip: int = 0, limit: int | None = None, **filters: Unpack[LinuxPackageListFilters]
    ) -> Page[LinuxPackageModel]:
        """One page of Linux agent packages."""
        return await self._linux.list(skip, limit, filters)

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
        return self._linux.items(skip, page_size, concurrency, filters)

    @operation("get_all_agent_packages_for_unix")
    async def list_unix(
        self, *, skip: int = 0, limit: int | None = None, **filters: Unpack[UnixPackageListFilters]
    ) -> Page[UnixPackageModel]:
        """One page of Unix agent packages."""
        return await self._unix.list(skip, limit, filters)

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
        return self._unix.items(skip, page_size, concurrency, filters)
