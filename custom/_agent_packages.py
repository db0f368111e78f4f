"""Linux and Unix agent packages available for export."""

from __future__ import annotations

from .listings import GetAllAgentPackagesForUnixListing, GetAllAgentPackagesListing

__all__ = ["AgentPackages"]


class AgentPackages(GetAllAgentPackagesListing, GetAllAgentPackagesForUnixListing):
    """``client.agent_packages``: the agent packages VBR can export for Linux and Unix hosts
    (``list_linux``, ``pages_linux`` and ``iterate_linux``; the same with ``_unix``)."""
