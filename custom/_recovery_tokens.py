"""Recovery tokens: credentials for bare-metal recovery of agent backups."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from ._revisions import operation
from ._validation import aware_datetime, id_list, optional, text, uuid_value
from .api.agents import (
    create_computer_recovery_token,
    delete_computer_recovery_token,
    get_computer_recovery_token,
    update_computer_recovery_token,
)
from .listings.get_all_computer_recovery_tokens import GetAllComputerRecoveryTokensListing, RecoveryTokenListFilters
from .models.computer_recovery_token_model import ComputerRecoveryTokenModel
from .models.computer_recovery_token_spec import ComputerRecoveryTokenSpec

__all__ = ["RecoveryTokenListFilters", "RecoveryTokens"]


class RecoveryTokens(GetAllComputerRecoveryTokensListing):
    """``client.recovery_tokens``: list, create, read, edit and delete recovery tokens."""

    @operation("create_computer_recovery_token")
    async def create(
        self, *, backup_ids: Iterable[uuid.UUID | str], expiration_date: dt.datetime
    ) -> ComputerRecoveryTokenModel:
        """A new recovery token for restoring `backup_ids` until `expiration_date` (timezone-aware)."""
        spec = ComputerRecoveryTokenSpec(
            backup_ids=id_list(backup_ids, "backup_ids"),
            expiration_date=aware_datetime(expiration_date, "expiration_date"),
        )
        return await self._call(
            create_computer_recovery_token,
            ComputerRecoveryTokenModel,
            body=spec,
        )

    @operation("get_computer_recovery_token")
    async def get(self, id: uuid.UUID | str) -> ComputerRecoveryTokenModel:
        """The recovery token with this ID."""
        return await self._call(
            get_computer_recovery_token,
            ComputerRecoveryTokenModel,
            id=uuid_value(id, "id"),
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
        return await self._call(
            update_computer_recovery_token,
            ComputerRecoveryTokenModel,
            id=token_id,
            body=body,
        )

    @operation("delete_computer_recovery_token")
    async def delete(self, id: uuid.UUID | str) -> None:
        """Delete the recovery token with this ID."""
        await self._call_no_content(delete_computer_recovery_token, id=uuid_value(id, "id"))
