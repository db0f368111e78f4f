"""Protection groups (1.3-rev1): list and read them, create, change and delete them, rescan,
enable and disable them, and download the agent packages of a pre-installed agents group.

A group and its spec come in kinds (IndividualComputers, ADObjects, CSVFile, ...), each its own
generated model; the discriminator fills itself in (``IndividualComputersProtectionGroupSpec(
name=..., description=..., computers=[...])``) and a kind this client does not know reads as
``ProtectionGroupModel`` with every field kept. What goes out is checked before any request
against the generated models' own annotations (`model_value`), so a wrong value is named by its
path (``spec.computers[0].host_name: expected str, got int``) instead of failing at the server.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeAlias, cast

from ._downloads import Destination, Download, Progress, download
from ._revisions import operation
from ._validation import flag, model_value, optional, permission_scope_value, uuid_value
from .api.agents import (
    create_protection_group,
    delete_protection_group,
    disable_protection_group,
    download_protection_group_packages,
    enable_protection_group,
    get_protection_group,
    rescan_protection_group,
    update_protection_group,
)
from .listings.get_all_protection_groups import GetAllProtectionGroupsListing, ProtectionGroupListFilters
from .models.ad_objects_protection_group_model import ADObjectsProtectionGroupModel
from .models.ad_objects_protection_group_spec import ADObjectsProtectionGroupSpec
from .models.cloud_machines_protection_group_model import CloudMachinesProtectionGroupModel
from .models.cloud_machines_protection_group_spec import CloudMachinesProtectionGroupSpec
from .models.csv_file_protection_group_model import CSVFileProtectionGroupModel
from .models.csv_file_protection_group_spec import CSVFileProtectionGroupSpec
from .models.e_inventory_permission_scope import EInventoryPermissionScope
from .models.individual_computers_protection_group_model import IndividualComputersProtectionGroupModel
from .models.individual_computers_protection_group_spec import IndividualComputersProtectionGroupSpec
from .models.iris_protection_group_model import IrisProtectionGroupModel
from .models.iris_protection_group_spec import IrisProtectionGroupSpec
from .models.manually_added_protection_group_model import ManuallyAddedProtectionGroupModel
from .models.pre_installed_agents_protection_group_model import PreInstalledAgentsProtectionGroupModel
from .models.pre_installed_agents_protection_group_package_spec import PreInstalledAgentsProtectionGroupPackageSpec
from .models.pre_installed_agents_protection_group_package_spec_format import (
    PreInstalledAgentsProtectionGroupPackageSpecFormat as PackageFormat,
)
from .models.pre_installed_agents_protection_group_spec import PreInstalledAgentsProtectionGroupSpec
from .models.protection_group_model import ProtectionGroupModel
from .models.session_model import SessionModel
from .models.unmanaged_protection_group_model import UnmanagedProtectionGroupModel

__all__ = ["AnyProtectionGroupSpec", "ProtectionGroup", "ProtectionGroupListFilters", "ProtectionGroups"]

ProtectionGroup: TypeAlias = (
    ManuallyAddedProtectionGroupModel
    | UnmanagedProtectionGroupModel
    | IndividualComputersProtectionGroupModel
    | ADObjectsProtectionGroupModel
    | CSVFileProtectionGroupModel
    | PreInstalledAgentsProtectionGroupModel
    | CloudMachinesProtectionGroupModel
    | IrisProtectionGroupModel
    | ProtectionGroupModel
)
"""A protection group: the model for its `type`, or the base model (all fields kept) for a kind
this API revision does not know."""

AnyProtectionGroupSpec: TypeAlias = (
    IndividualComputersProtectionGroupSpec
    | ADObjectsProtectionGroupSpec
    | CSVFileProtectionGroupSpec
    | PreInstalledAgentsProtectionGroupSpec
    | CloudMachinesProtectionGroupSpec
    | IrisProtectionGroupSpec
)
"""What `create` takes: the spec of one kind of group (Iris needs 1.3-rev2)."""

_GROUP_MODELS: tuple[type[Any], ...] = (
    ManuallyAddedProtectionGroupModel,
    UnmanagedProtectionGroupModel,
    IndividualComputersProtectionGroupModel,
    ADObjectsProtectionGroupModel,
    CSVFileProtectionGroupModel,
    PreInstalledAgentsProtectionGroupModel,
    CloudMachinesProtectionGroupModel,
    IrisProtectionGroupModel,
    ProtectionGroupModel,
)
_SPEC_MODELS: tuple[type[Any], ...] = (
    IndividualComputersProtectionGroupSpec,
    ADObjectsProtectionGroupSpec,
    CSVFileProtectionGroupSpec,
    PreInstalledAgentsProtectionGroupSpec,
    CloudMachinesProtectionGroupSpec,
    IrisProtectionGroupSpec,
)


class ProtectionGroups(GetAllProtectionGroupsListing):
    """``client.protection_groups``: the groups that find computers for agent management (1.3-rev1)."""

    @operation("get_protection_group")
    async def get(
        self, id: uuid.UUID | str, *, permission_scope: EInventoryPermissionScope | str | None = None
    ) -> ProtectionGroup:
        """The protection group with this ID, as the model for its kind."""
        scope = None if permission_scope is None else permission_scope_value(permission_scope)
        group = await self._call(
            get_protection_group,
            _GROUP_MODELS,
            id=uuid_value(id, "id"),
            permission_scope=optional(scope),
        )
        return cast(ProtectionGroup, group)

    @operation("create_protection_group")
    async def create(self, spec: AnyProtectionGroupSpec, *, perform_rescan: bool = False) -> SessionModel:
        """Create a group from the spec of its kind; returns the session to follow with ``client.sessions.wait``.

        With `perform_rescan` the group discovers its computers right away. The spec is checked
        field by field before any request."""
        if isinstance(spec, _GROUP_MODELS):
            raise TypeError(
                f"spec must be the spec of a new group (such as IndividualComputersProtectionGroupSpec), "
                f"not the model of an existing one ({type(spec).__name__}): change an existing group with update()"
            )
        return await self._call(
            create_protection_group,
            SessionModel,
            body=model_value(spec, _SPEC_MODELS, "spec"),
            perform_rescan=flag(perform_rescan, "perform_rescan"),
        )

    @operation("update_protection_group")
    async def update(
        self, id: uuid.UUID | str, model: ProtectionGroup, *, perform_rescan: bool = False
    ) -> SessionModel:
        """Replace a group's settings with `model` (typically one read with `get`, then changed);
        returns the session. The model's `id` must be the group's, and its kind the group's kind."""
        group_id = uuid_value(id, "id")
        body = model_value(model, _GROUP_MODELS, "model")
        if body.id != group_id:
            raise ValueError(f"model.id ({body.id}) must be the id of the group to update ({group_id})")
        return await self._call(
            update_protection_group,
            SessionModel,
            id=group_id,
            body=body,
            perform_rescan=flag(perform_rescan, "perform_rescan"),
        )

    @operation("delete_protection_group")
    async def delete(self, id: uuid.UUID | str, *, uninstall_everything: bool = False) -> SessionModel:
        """Delete a group and its discovered entities; with `uninstall_everything`, first remove the
        agents and other Veeam components from its computers. Returns the session."""
        return await self._call(
            delete_protection_group,
            SessionModel,
            id=uuid_value(id, "id"),
            uninstall_everything=flag(uninstall_everything, "uninstall_everything"),
        )

    @operation("rescan_protection_group")
    async def rescan(self, id: uuid.UUID | str) -> SessionModel:
        """Start a rescan that discovers the group's computers again; returns the session."""
        return await self._call(rescan_protection_group, SessionModel, id=uuid_value(id, "id"))

    @operation("enable_protection_group")
    async def enable(self, id: uuid.UUID | str) -> None:
        """Enable a disabled group: its scheduled rescans and deployment run again."""
        await self._call_no_content(enable_protection_group, id=uuid_value(id, "id"))

    @operation("disable_protection_group")
    async def disable(self, id: uuid.UUID | str) -> None:
        """Disable a group: VBR stops rescanning it and deploying to it until it is enabled."""
        await self._call_no_content(disable_protection_group, id=uuid_value(id, "id"))

    @operation("download_protection_group_packages")
    async def download_packages(
        self,
        id: uuid.UUID | str,
        spec: PreInstalledAgentsProtectionGroupPackageSpec,
        destination: Destination,
        *,
        progress: Progress | None = None,
    ) -> Download:
        """Stream the agent packages of a pre-installed agents group, a zip or tar archive as
        `spec.format_` asks, to `destination`: a file path, a folder (the server's file name) or
        a binary file."""
        spec = model_value(spec, (PreInstalledAgentsProtectionGroupPackageSpec,), "spec")
        extension = "tar" if spec.format_ == PackageFormat.TAR else "zip"
        return await download(
            self._client,
            download_protection_group_packages,
            {"id": uuid_value(id, "id"), "body": spec},
            destination,
            progress=progress,
            default_name=f"agent-packages-{id}.{extension}",
        )
