"""Discovered entities of a protection group, and the agent actions run on them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from types import ModuleType
from typing import Any, Literal, TypeAlias, cast, overload

from ._downloads import Destination, Download, Progress, download
from ._revisions import operation
from ._tasks import TASK_MODELS, AnyTask
from ._validation import enum_value, flag, id_list, optional, permission_scope_value, uuid_value
from .api.agents import (
    attach_backup_to_agent,
    create_recovery_media_for_discovered_entity,
    create_recovery_media_task_for_discovered_entity,
    delete_discovered_entity,
    detach_backup_from_agent,
    get_discovered_entity,
    install_agent_on_discovered_entities,
    install_cbt_driver_on_discovered_entities,
    prepare_for_remote_bmr,
    reboot_discovered_entities,
    recreate_embedded_recovery_media,
    rescan_discovered_entities,
    trust_discovered_entities,
    uninstall_agent_from_discovered_entities,
    uninstall_all_components_from_discovered_entities,
    uninstall_cbt_driver_from_discovered_entities,
    upgrade_agent_on_discovered_entities,
)
from .listings.get_agent_backups import GetAgentBackupsListing
from .listings.get_all_discovered_entities import AllDiscoveredEntityListFilters, GetAllDiscoveredEntitiesListing
from .listings.get_discovered_entities import DiscoveredEntityListFilters, GetDiscoveredEntitiesListing
from .models.backup_ids_spec import BackupIdsSpec
from .models.discovered_ad_entity_model import DiscoveredADEntityModel
from .models.discovered_cluster_entity_model import DiscoveredClusterEntityModel
from .models.discovered_computer_entity_model import DiscoveredComputerEntityModel
from .models.discovered_entities_action_spec import DiscoveredEntitiesActionSpec
from .models.discovered_entity_model import DiscoveredEntityModel
from .models.e_inventory_permission_scope import EInventoryPermissionScope
from .models.e_recovery_media_format import ERecoveryMediaFormat
from .models.session_model import SessionModel
from .types import UNSET

__all__ = ["AllDiscoveredEntityListFilters", "DiscoveredEntities", "DiscoveredEntity", "DiscoveredEntityListFilters"]

DiscoveredEntity: TypeAlias = (
    DiscoveredComputerEntityModel | DiscoveredClusterEntityModel | DiscoveredADEntityModel | DiscoveredEntityModel
)
"""A discovered entity: the model for its `type`, or the base model (all fields kept) for a type
this API revision does not know."""

_ENTITY_MODELS = (
    DiscoveredComputerEntityModel,
    DiscoveredClusterEntityModel,
    DiscoveredADEntityModel,
    DiscoveredEntityModel,
)


class DiscoveredEntities(GetDiscoveredEntitiesListing, GetAllDiscoveredEntitiesListing, GetAgentBackupsListing):
    """``client.discovered_entities``: computers, clusters and AD objects a protection group found,
    the agent actions run on them, their recovery media and their agent backups.

    The lists (`listings`): ``list``, ``pages`` and ``iterate`` walk one group's entities;
    ``list_all``, ``pages_all`` and ``iterate_all`` every group's (1.3-rev2); ``backups``,
    ``backups_pages`` and ``iterate_backups`` the agent backups of an entity (1.3-rev2)."""

    # --- one entity ------------------------------------------------------------------------------

    @operation("get_discovered_entity")
    async def get(
        self,
        protection_group_id: uuid.UUID | str,
        entity_id: uuid.UUID | str,
        *,
        permission_scope: EInventoryPermissionScope | str | None = None,
    ) -> DiscoveredEntity:
        """One discovered entity, as the model for its type (`permission_scope`: 1.3-rev2)."""
        scope = None if permission_scope is None else permission_scope_value(permission_scope)
        entity = await self._call(
            get_discovered_entity,
            _ENTITY_MODELS,
            id=uuid_value(protection_group_id, "protection_group_id"),
            entity_id=uuid_value(entity_id, "entity_id"),
            permission_scope=optional(scope),
        )
        return cast(DiscoveredEntity, entity)

    @operation("delete_discovered_entity")
    async def delete(self, protection_group_id: uuid.UUID | str, entity_id: uuid.UUID | str) -> None:
        """Remove a discovered entity from the configuration."""
        await self._call_no_content(
            delete_discovered_entity,
            id=uuid_value(protection_group_id, "protection_group_id"),
            entity_id=uuid_value(entity_id, "entity_id"),
        )

    @operation("create_recovery_media_task_for_discovered_entity")
    async def create_recovery_media_task(
        self,
        protection_group_id: uuid.UUID | str,
        entity_id: uuid.UUID | str,
        *,
        format: ERecoveryMediaFormat | str = ERecoveryMediaFormat.ISO,
        allow_remote_bmr: bool = False,
    ) -> AnyTask:
        """Start building Veeam Recovery Media for a computer (1.3-rev2); returns the task to follow
        with ``client.tasks.wait``. `allow_remote_bmr` lets the booted media connect back to VBR."""
        return await self._call(
            create_recovery_media_task_for_discovered_entity,
            TASK_MODELS,
            id=uuid_value(protection_group_id, "protection_group_id"),
            entity_id=uuid_value(entity_id, "entity_id"),
            format_=enum_value(format, ERecoveryMediaFormat, "format"),
            allow_remote_bmr=flag(allow_remote_bmr, "allow_remote_bmr"),
        )

    # --- actions on a group's entities -------------------------------------------------------------

    @operation("rescan_discovered_entities")
    async def rescan(self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]) -> SessionModel:
        """Start a rescan of the entities; returns the session to follow with ``client.sessions.wait``."""
        return await self._act(rescan_discovered_entities, protection_group_id, entity_ids)

    @operation("install_agent_on_discovered_entities")
    async def install_agent(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start installing the agent on the entities; returns the session."""
        return await self._act(install_agent_on_discovered_entities, protection_group_id, entity_ids)

    @operation("uninstall_agent_from_discovered_entities")
    async def uninstall_agent(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start removing the agent from the entities; returns the session."""
        return await self._act(uninstall_agent_from_discovered_entities, protection_group_id, entity_ids)

    @operation("uninstall_all_components_from_discovered_entities")
    async def uninstall_all_components(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start removing every Veeam component from the entities; returns the session."""
        return await self._act(
            uninstall_all_components_from_discovered_entities,
            protection_group_id,
            entity_ids,
        )

    @operation("upgrade_agent_on_discovered_entities")
    async def upgrade_agent(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start upgrading the agent on the entities to the server's version (1.3-rev1); returns the session."""
        return await self._act(upgrade_agent_on_discovered_entities, protection_group_id, entity_ids)

    @operation("install_cbt_driver_on_discovered_entities")
    async def install_cbt_driver(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start installing the changed block tracking driver on the entities (1.3-rev1); returns the session."""
        return await self._act(install_cbt_driver_on_discovered_entities, protection_group_id, entity_ids)

    @operation("uninstall_cbt_driver_from_discovered_entities")
    async def uninstall_cbt_driver(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start removing the changed block tracking driver from the entities (1.3-rev1); returns the session."""
        return await self._act(uninstall_cbt_driver_from_discovered_entities, protection_group_id, entity_ids)

    @operation("trust_discovered_entities")
    async def trust(self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]) -> None:
        """Trust the certificates the entities presented (1.3-rev1); done when it returns, no session."""
        await self._act(trust_discovered_entities, protection_group_id, entity_ids, session=False)

    @operation("reboot_discovered_entities")
    async def reboot(self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]) -> SessionModel:
        """Start rebooting the entities (1.3-rev2); returns the session."""
        return await self._act(reboot_discovered_entities, protection_group_id, entity_ids)

    @operation("prepare_for_remote_bmr")
    async def prepare_for_remote_bmr(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start preparing the entities for remote bare-metal recovery (1.3-rev2); returns the session."""
        return await self._act(prepare_for_remote_bmr, protection_group_id, entity_ids)

    @operation("recreate_embedded_recovery_media")
    async def recreate_embedded_recovery_media(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start rebuilding the recovery media embedded on the entities (1.3-rev2); returns the session."""
        return await self._act(recreate_embedded_recovery_media, protection_group_id, entity_ids)

    @overload
    async def _act(
        self,
        endpoint: ModuleType,
        protection_group_id: uuid.UUID | str,
        entity_ids: Iterable[uuid.UUID | str],
        *,
        session: Literal[True] = True,
    ) -> SessionModel: ...

    @overload
    async def _act(
        self,
        endpoint: ModuleType,
        protection_group_id: uuid.UUID | str,
        entity_ids: Iterable[uuid.UUID | str],
        *,
        session: Literal[False],
    ) -> None: ...

    async def _act(
        self,
        endpoint: ModuleType,
        protection_group_id: uuid.UUID | str,
        entity_ids: Iterable[uuid.UUID | str],
        *,
        session: bool = True,
    ) -> SessionModel | None:
        """Run an action on some entities of a group: the session it started, or nothing (a 204)."""
        arguments: dict[str, Any] = {
            "id": uuid_value(protection_group_id, "protection_group_id"),
            "body": DiscoveredEntitiesActionSpec(entity_ids=id_list(entity_ids, "entity_ids")),
        }
        if session:
            return await self._call(endpoint, SessionModel, **arguments)
        await self._call_no_content(endpoint, **arguments)
        return None

    # --- agent backups of an entity (1.3-rev2) -------------------------------------------------------

    @operation("attach_backup_to_agent")
    async def attach_backup(self, entity_id: uuid.UUID | str, backup_ids: Iterable[uuid.UUID | str]) -> None:
        """Attach existing backups to the agent of a discovered entity (1.3-rev2)."""
        await self._backup_ids(attach_backup_to_agent, entity_id, backup_ids)

    @operation("detach_backup_from_agent")
    async def detach_backup(self, entity_id: uuid.UUID | str, backup_ids: Iterable[uuid.UUID | str]) -> None:
        """Detach backups from the agent of a discovered entity (1.3-rev2); the backups themselves stay."""
        await self._backup_ids(detach_backup_from_agent, entity_id, backup_ids)

    async def _backup_ids(
        self,
        endpoint: ModuleType,
        entity_id: uuid.UUID | str,
        backup_ids: Iterable[uuid.UUID | str],
    ) -> None:
        await self._call_no_content(
            endpoint,
            id=uuid_value(entity_id, "entity_id"),
            body=BackupIdsSpec(backup_ids=id_list(backup_ids, "backup_ids")),
        )

    @operation("create_recovery_media_for_discovered_entity")
    async def create_recovery_media(
        self,
        protection_group_id: uuid.UUID | str,
        entity_id: uuid.UUID | str,
        destination: Destination,
        *,
        format: ERecoveryMediaFormat | str = ERecoveryMediaFormat.ISO,
        allow_remote_bmr: bool = False,
        progress: Progress | None = None,
    ) -> Download:
        """Stream the entity's recovery media (an ISO image, gigabytes) to `destination`: a file
        path, a folder (the server's file name) or a binary file. VBR deprecates it in 1.3-rev2
        (it warns there), where `create_recovery_media_task` builds the media on the server instead."""
        entity = uuid_value(entity_id, "entity_id")
        fixed = {
            "id": uuid_value(protection_group_id, "protection_group_id"),
            "entity_id": entity,
            "format_": enum_value(format, ERecoveryMediaFormat, "format"),
        }
        remote_bmr = flag(allow_remote_bmr, "allow_remote_bmr")

        def arguments() -> dict[str, Any]:
            # 1.3-rev1 has no allowRemoteBmr (and no remote BMR: True is refused there), 1.3-rev2 requires it.
            revision = self._client._revision
            sent = remote_bmr or revision.has_parameter("create_recovery_media_for_discovered_entity", "allowRemoteBmr")
            return {**fixed, "allow_remote_bmr": remote_bmr if sent else UNSET}

        return await download(
            self._client,
            create_recovery_media_for_discovered_entity,
            arguments,
            destination,
            progress=progress,
            default_name=f"recovery-media-{entity}.iso",
        )
