"""Discovered entities of a protection group, and the agent actions run on them."""

from __future__ import annotations

import dataclasses
import uuid
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast

from ._downloads import Destination, Download, Progress, download
from ._pagination import Lister, Page
from ._response import call, call_no_content
from ._validation import enum_value, flag, id_list, text, uuid_value
from .api.agents import (
    create_recovery_media_for_discovered_entity,
    delete_discovered_entity,
    get_discovered_entities,
    get_discovered_entity,
    install_agent_on_discovered_entities,
    rescan_discovered_entities,
    uninstall_agent_from_discovered_entities,
    uninstall_all_components_from_discovered_entities,
)
from .models.discovered_ad_entity_model import DiscoveredADEntityModel
from .models.discovered_cluster_entity_model import DiscoveredClusterEntityModel
from .models.discovered_computer_entity_model import DiscoveredComputerEntityModel
from .models.discovered_entities_action_spec import DiscoveredEntitiesActionSpec
from .models.discovered_entities_result import DiscoveredEntitiesResult
from .models.discovered_entity_model import DiscoveredEntityModel
from .models.e_agent_status import EAgentStatus
from .models.e_discovered_computer_state import EDiscoveredComputerState
from .models.e_discovered_entity_filters_order_column import EDiscoveredEntityFiltersOrderColumn
from .models.e_driver_status import EDriverStatus
from .models.e_recovery_media_format import ERecoveryMediaFormat
from .models.session_model import SessionModel

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["DiscoveredEntities", "DiscoveredEntity"]

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


class DiscoveredEntityFilters(TypedDict, total=False):
    """Keyword filters of the discovered entity list."""

    order_column: EDiscoveredEntityFiltersOrderColumn | str
    order_asc: bool
    name_filter: str
    ip_address_filter: str
    state_filter: EDiscoveredComputerState | str
    agent_status_filter: EAgentStatus | str
    driver_status_filter: EDriverStatus | str


def _filter_value(value: object, name: str) -> object:
    """The state/status filters are strings in the query; the filter schema names their enums."""
    enum = {"state_filter": EDiscoveredComputerState, "agent_status_filter": EAgentStatus}.get(name, EDriverStatus)
    return enum_value(value, enum, name).value


class DiscoveredEntities:
    """``client.discovered_entities``: computers, clusters and AD objects a protection group found."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        self._client = client
        self._lister: Lister[DiscoveredEntity] = Lister(
            endpoint=get_discovered_entities.asyncio_detailed,
            result=DiscoveredEntitiesResult,
            filters={
                "order_column": lambda v, n: enum_value(v, EDiscoveredEntityFiltersOrderColumn, n),
                "order_asc": flag,
                "name_filter": text,
                "ip_address_filter": text,
                "state_filter": _filter_value,
                "agent_status_filter": _filter_value,
                "driver_status_filter": _filter_value,
            },
            key=lambda entity: entity.id,
            call_kwargs=dict,
            default_page_size=client.page_size,
        )

    def _for_group(self, protection_group_id: uuid.UUID | str) -> Lister[DiscoveredEntity]:
        group = uuid_value(protection_group_id, "protection_group_id")
        client = self._client
        return dataclasses.replace(self._lister, call_kwargs=lambda: {"id": group, "client": client.raw})

    async def list(
        self,
        protection_group_id: uuid.UUID | str,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[DiscoveredEntityFilters],
    ) -> Page[DiscoveredEntity]:
        """One page of the group's discovered entities."""
        return await self._for_group(protection_group_id).list(skip, limit, filters)

    def pages(
        self,
        protection_group_id: uuid.UUID | str,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[DiscoveredEntityFilters],
    ) -> AsyncIterator[Page[DiscoveredEntity]]:
        """Every page of the group's discovered entities, in order."""
        return self._for_group(protection_group_id).pages(skip, page_size, concurrency, filters)

    def iterate(
        self,
        protection_group_id: uuid.UUID | str,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[DiscoveredEntityFilters],
    ) -> AsyncIterator[DiscoveredEntity]:
        """Every discovered entity of the group, each once."""
        return self._for_group(protection_group_id).items(skip, page_size, concurrency, filters)

    async def get(self, protection_group_id: uuid.UUID | str, entity_id: uuid.UUID | str) -> DiscoveredEntity:
        """One discovered entity, as the model for its type."""
        entity = await call(
            get_discovered_entity.asyncio_detailed,
            _ENTITY_MODELS,
            id=uuid_value(protection_group_id, "protection_group_id"),
            entity_id=uuid_value(entity_id, "entity_id"),
            client=self._client.raw,
        )
        return cast(DiscoveredEntity, entity)

    async def delete(self, protection_group_id: uuid.UUID | str, entity_id: uuid.UUID | str) -> None:
        """Remove a discovered entity from the configuration."""
        await call_no_content(
            delete_discovered_entity.asyncio_detailed,
            id=uuid_value(protection_group_id, "protection_group_id"),
            entity_id=uuid_value(entity_id, "entity_id"),
            client=self._client.raw,
        )

    async def rescan(self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]) -> SessionModel:
        """Start a rescan of the entities; returns the session to follow with ``client.sessions.wait``."""
        return await self._act(rescan_discovered_entities.asyncio_detailed, protection_group_id, entity_ids)

    async def install_agent(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start installing the agent on the entities; returns the session."""
        return await self._act(install_agent_on_discovered_entities.asyncio_detailed, protection_group_id, entity_ids)

    async def uninstall_agent(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start removing the agent from the entities; returns the session."""
        return await self._act(
            uninstall_agent_from_discovered_entities.asyncio_detailed, protection_group_id, entity_ids
        )

    async def uninstall_all_components(
        self, protection_group_id: uuid.UUID | str, entity_ids: Iterable[uuid.UUID | str]
    ) -> SessionModel:
        """Start removing every Veeam component from the entities; returns the session."""
        return await self._act(
            uninstall_all_components_from_discovered_entities.asyncio_detailed,
            protection_group_id,
            entity_ids,
        )

    async def _act(
        self,
        endpoint: Callable[..., Awaitable[Any]],
        protection_group_id: uuid.UUID | str,
        entity_ids: Iterable[uuid.UUID | str],
    ) -> SessionModel:
        return await call(
            endpoint,
            SessionModel,
            id=uuid_value(protection_group_id, "protection_group_id"),
            client=self._client.raw,
            body=DiscoveredEntitiesActionSpec(entity_ids=id_list(entity_ids, "entity_ids")),
        )

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
        path, a folder (the server's file name) or a binary file. Deprecated upstream from
        1.3-rev2, where `create_recovery_media_task` builds the media on the server instead."""
        warnings.warn(
            "VBR marks the recovery media download (GET createRecoveryMedia) as deprecated; "
            "from API 1.3-rev2 use create_recovery_media_task",
            DeprecationWarning,
            stacklevel=2,
        )
        entity = uuid_value(entity_id, "entity_id")
        arguments = {
            "id": uuid_value(protection_group_id, "protection_group_id"),
            "entity_id": entity,
            "format_": enum_value(format, ERecoveryMediaFormat, "format"),
            "allow_remote_bmr": flag(allow_remote_bmr, "allow_remote_bmr"),
        }
        return await download(
            self._client,
            create_recovery_media_for_discovered_entity,
            arguments,
            destination,
            progress=progress,
            default_name=f"recovery-media-{entity}.iso",
        )
