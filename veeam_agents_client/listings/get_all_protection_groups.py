"""The list calls of `get_all_protection_groups`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from operator import attrgetter
from typing import TypeAlias, Unpack

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from ..api.agents import get_all_protection_groups
from ..models.ad_objects_protection_group_model import ADObjectsProtectionGroupModel
from ..models.cloud_machines_protection_group_model import (
    CloudMachinesProtectionGroupModel,
)
from ..models.csv_file_protection_group_model import CSVFileProtectionGroupModel
from ..models.individual_computers_protection_group_model import (
    IndividualComputersProtectionGroupModel,
)
from ..models.iris_protection_group_model import IrisProtectionGroupModel
from ..models.manually_added_protection_group_model import (
    ManuallyAddedProtectionGroupModel,
)
from ..models.pre_installed_agents_protection_group_model import (
    PreInstalledAgentsProtectionGroupModel,
)
from ..models.protection_group_model import ProtectionGroupModel
from ..models.protection_groups_result import ProtectionGroupsResult
from ..models.unmanaged_protection_group_model import UnmanagedProtectionGroupModel

ProtectionGroupListFilters: TypeAlias = get_all_protection_groups.Filters
"""Keyword filters of the lists of protection groups, each as the model for its kind (`list`, `pages` and `iterate`):
the query parameters of `get_all_protection_groups` but skip and limit."""


class GetAllProtectionGroupsListing(Resource):
    """`list`, `pages` and `iterate`: the list operation `get_all_protection_groups`."""

    def _get_all_protection_groups(
        self,
    ) -> Lister[
        ADObjectsProtectionGroupModel
        | CSVFileProtectionGroupModel
        | CloudMachinesProtectionGroupModel
        | IndividualComputersProtectionGroupModel
        | IrisProtectionGroupModel
        | ManuallyAddedProtectionGroupModel
        | PreInstalledAgentsProtectionGroupModel
        | UnmanagedProtectionGroupModel
        | ProtectionGroupModel
    ]:
        return self._paging(
            get_all_protection_groups, ProtectionGroupsResult, attrgetter("id")
        )

    @operation("get_all_protection_groups")
    async def list(
        self,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[ProtectionGroupListFilters],
    ) -> Page[
        ADObjectsProtectionGroupModel
        | CSVFileProtectionGroupModel
        | CloudMachinesProtectionGroupModel
        | IndividualComputersProtectionGroupModel
        | IrisProtectionGroupModel
        | ManuallyAddedProtectionGroupModel
        | PreInstalledAgentsProtectionGroupModel
        | UnmanagedProtectionGroupModel
        | ProtectionGroupModel
    ]:
        """One page of protection groups, each as the model for its kind."""
        return await self._get_all_protection_groups().list(skip, limit, filters)

    @operation("get_all_protection_groups")
    def pages(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[ProtectionGroupListFilters],
    ) -> AsyncIterator[
        Page[
            ADObjectsProtectionGroupModel
            | CSVFileProtectionGroupModel
            | CloudMachinesProtectionGroupModel
            | IndividualComputersProtectionGroupModel
            | IrisProtectionGroupModel
            | ManuallyAddedProtectionGroupModel
            | PreInstalledAgentsProtectionGroupModel
            | UnmanagedProtectionGroupModel
            | ProtectionGroupModel
        ]
    ]:
        """Every page of protection groups, each as the model for its kind, in order."""
        return self._get_all_protection_groups().pages(
            skip, page_size, concurrency, filters
        )

    @operation("get_all_protection_groups")
    def iterate(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[ProtectionGroupListFilters],
    ) -> AsyncIterator[
        ADObjectsProtectionGroupModel
        | CSVFileProtectionGroupModel
        | CloudMachinesProtectionGroupModel
        | IndividualComputersProtectionGroupModel
        | IrisProtectionGroupModel
        | ManuallyAddedProtectionGroupModel
        | PreInstalledAgentsProtectionGroupModel
        | UnmanagedProtectionGroupModel
        | ProtectionGroupModel
    ]:
        """Every protection group, each once."""
        return self._get_all_protection_groups().items(
            skip, page_size, concurrency, filters
        )
