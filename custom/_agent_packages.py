"""Linux and Unix agent packages available for export."""

from __future__ import annotations

from collections.abc import AsyncIterator, Hashable
from typing import TYPE_CHECKING, TypedDict, Unpack

from ._pagination import Lister, Page
from ._revisions import operation
from ._validation import enum_value, flag, text
from .api.agents import get_all_agent_packages, get_all_agent_packages_for_unix
from .models.e_linux_package_filters_order_column import ELinuxPackageFiltersOrderColumn
from .models.e_unix_package_filters_order_column import EUnixPackageFiltersOrderColumn
from .models.eos_bitness import EOSBitness
from .models.linux_package_model import LinuxPackageModel
from .models.linux_package_result import LinuxPackageResult
from .models.unix_package_model import UnixPackageModel
from .models.unix_package_result import UnixPackageResult

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["AgentPackages"]


class LinuxPackageListFilters(TypedDict, total=False):
    """Keyword filters of the Linux package list."""

    order_column: ELinuxPackageFiltersOrderColumn | str
    order_asc: bool
    name_filter: str
    distribution_filter: str
    package_bitness_filter: EOSBitness | str


class UnixPackageListFilters(TypedDict, total=False):
    """Keyword filters of the Unix package list."""

    order_column: EUnixPackageFiltersOrderColumn | str
    order_asc: bool
    name_filter: str


def _linux_key(package: LinuxPackageModel) -> Hashable:
    return (package.package_name, package.distribution_name, package.package_bitness)


class AgentPackages:
    """``client.agent_packages``: the agent packages VBR can export for Linux and Unix hosts."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        self._linux: Lister[LinuxPackageModel] = Lister(
            endpoint=get_all_agent_packages.asyncio_detailed,
            result=LinuxPackageResult,
            filters={
                "order_column": lambda v, n: enum_value(v, ELinuxPackageFiltersOrderColumn, n),
                "order_asc": flag,
                "name_filter": text,
                "distribution_filter": text,
                "package_bitness_filter": lambda v, n: enum_value(v, EOSBitness, n).value,
            },
            key=_linux_key,
            call_kwargs=lambda: {"client": client.raw},
            default_page_size=client.page_size,
        )
        self._unix: Lister[UnixPackageModel] = Lister(
            endpoint=get_all_agent_packages_for_unix.asyncio_detailed,
            result=UnixPackageResult,
            filters={
                "order_column": lambda v, n: enum_value(v, EUnixPackageFiltersOrderColumn, n),
                "order_asc": flag,
                "name_filter": text,
            },
            key=lambda package: package.package_name,
            call_kwargs=lambda: {"client": client.raw},
            default_page_size=client.page_size,
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
