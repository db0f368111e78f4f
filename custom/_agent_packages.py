"""Linux and Unix agent packages available for export."""

from __future__ import annotations

from .listings.get_all_agent_packages import GetAllAgentPackagesListing, LinuxPackageListFilters
from .listings.get_all_agent_packages_for_unix import GetAllAgentPackagesForUnixListing, UnixPackageListFilters

__all__ = ["AgentPackages", "LinuxPackageListFilters", "UnixPackageListFilters"]


class AgentPackages(GetAllAgentPackagesListing, GetAllAgentPackagesForUnixListing):
    """``client.agent_packages``: the agent packages VBR can export for Linux and Unix hosts
    (``list_linux``, ``pages_linux`` and ``iterate_linux``; the same with ``_unix``)."""
