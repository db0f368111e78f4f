"""Recovery tokens: credentials for bare-metal recovery of agent backups."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, TypedDict, Unpack

from ._pagination import Lister, Page
from ._response import call, call_no_content
from ._revisions import operation
from ._validation import aware_datetime, enum_value, flag, id_list, optional, text, uuid_value
from .api.agents import (
    create_computer_recovery_token,
    delete_computer_recovery_token,
    get_all_computer_recovery_tokens,
    get_computer_recovery_token,
    update_computer_recovery_token,
)
from .models.computer_recovery_token_model import ComputerRecoveryTokenModel
from .models.computer_recovery_token_result import ComputerRecoveryTokenResult
from .models.computer_recovery_token_spec import ComputerRecoveryTokenSpec
from .models.e_computer_recovery_token_filters_order_column import EComputerRecoveryTokenFiltersOrderColumn

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["RecoveryTokens"]


class RecoveryTokenListFilters(TypedDict, total=False):
    """Keyword filters of the recovery token list."""

    order_column: EComputerRecoveryTokenFiltersOrderColumn | str
    order_asc: bool
    name_filter: str


class RecoveryTokens:
    """``client.recovery_tokens``: list, create, read, edit and delete recovery tokens."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        self._client = client
        self._lister: Lister[ComputerRecoveryTokenModel] = Lister(
            endpoint=get_all_computer_recovery_tokens.asyncio_detailed,
            result=ComputerRecoveryTokenResult,
            filters={
                "order_column": lambda v, n: enum_value(v, EComputerRecoveryTokenFiltersOrderColumn, n),
                "order_asc": flag,
                "name_filter": text,
            },
            key=lambda token: token.id,
            call_kwargs=lambda: {"client": client.raw},
            default_page_size=client.page_size,
        )

    @operation("get_all_computer_recovery_tokens")
    async def list(
        self, *, skip: int = 0, limit: int | None = None, **filters: Unpack[RecoveryTokenListFilters]
    ) -> Page[ComputerRecoveryTokenModel]:
        """One page of recovery tokens."""
        return await self._lister.list(skip, limit, filters)

    @operation("get_all_computer_recovery_tokens")
    def pages(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[RecoveryTokenListFilters],
    ) -> AsyncIterator[Page[ComputerRecoveryTokenModel]]:
        """Every page of recovery tokens, in order."""
        return self._lister.pages(skip, page_size, concurrency, filters)

    @operation("get_all_computer_recovery_tokens")
    def iterate(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[RecoveryTokenListFilters],
    ) -> AsyncIterator[ComputerRecoveryTokenModel]:
        """Every recovery token, each once, fetching pages as needed."""
        return self._lister.items(skip, page_size, concurrency, filters)

    @operation("create_computer_recovery_token")
    async def create(
        self, *, backup_ids: Iterable[uuid.UUID | str], expiration_date: dt.datetime
    ) -> ComputerRecoveryTokenModel:
        """A new recovery token for restoring `backup_ids` until `expiration_date` (timezone-aware)."""
        spec = ComputerRecoveryTokenSpec(
            backup_ids=id_list(backup_ids, "backup_ids"),
            expiration_date=aware_datetime(expiration_date, "expiration_date"),
        )
        return await call(
            create_computer_recovery_token.asyncio_detailed,
            ComputerRecoveryTokenModel,
            client=self._client.raw,
            body=spec,
        )

    @operation("get_computer_recovery_token")
    async def get(self, id: uuid.UUID | str) -> ComputerRecoveryTokenModel:
        """The recovery token with this ID."""
        return await call(
            get_computer_recovery_token.asyncio_detailed,
            ComputerRecoveryTokenModel,
            id=uuid_value(id, "id"),
            client=self._client.raw,
        )

    @operation("update_computer_recovery_token")
    async def update(
        self,
        id: uuid.UUID | str,
        *,
        name: str,
        expiration_date: dt.datetime,
        recovery_token: str | None = None,
    ) -> ComputerRecoveryTokenModel:
        """Rename a recovery token and set its expiration date."""
        token_id = uuid_value(id, "id")
        body = ComputerRecoveryTokenModel(
            id=token_id,
            name=text(name, "name"),
            expiration_date=aware_datetime(expiration_date, "expiration_date"),
            recovery_token=optional(None if recovery_token is None else text(recovery_token, "recovery_token")),
        )
        return await call(
            update_computer_recovery_token.asyncio_detailed,
            ComputerRecoveryTokenModel,
            id=token_id,
            client=self._client.raw,
            body=body,
        )

    @operation("delete_computer_recovery_token")
    async def delete(self, id: uuid.UUID | str) -> None:
        """Delete the recovery token with this ID."""
        await call_no_content(
            delete_computer_recovery_token.asyncio_detailed, id=uuid_value(id, "id"), client=self._client.raw
        )
