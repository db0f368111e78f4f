"""The list calls of `get_all_computer_recovery_tokens`: written by tools/listings.py from the document; do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from operator import attrgetter
from typing import TypeAlias, Unpack

from .._pagination import Lister, Page
from .._resource import Resource
from .._revisions import operation
from ..api.agents import get_all_computer_recovery_tokens
from ..models.computer_recovery_token_model import ComputerRecoveryTokenModel
from ..models.computer_recovery_token_result import ComputerRecoveryTokenResult

RecoveryTokenListFilters: TypeAlias = get_all_computer_recovery_tokens.Filters
"""Keyword filters of the lists of recovery tokens (`list`, `pages` and `iterate`):
the query parameters of `get_all_computer_recovery_tokens` but skip and limit."""


class GetAllComputerRecoveryTokensListing(Resource):
    """`list`, `pages` and `iterate`: the list operation `get_all_computer_recovery_tokens`."""

    def _get_all_computer_recovery_tokens(self) -> Lister[ComputerRecoveryTokenModel]:
        return self._paging(
            get_all_computer_recovery_tokens,
            ComputerRecoveryTokenResult,
            attrgetter("id"),
        )

    @operation("get_all_computer_recovery_tokens")
    async def list(
        self,
        *,
        skip: int = 0,
        limit: int | None = None,
        **filters: Unpack[RecoveryTokenListFilters],
    ) -> Page[ComputerRecoveryTokenModel]:
        """One page of recovery tokens."""
        return await self._get_all_computer_recovery_tokens().list(skip, limit, filters)

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
        return self._get_all_computer_recovery_tokens().pages(
            skip, page_size, concurrency, filters
        )

    @operation("get_all_computer_recovery_tokens")
    def iterate(
        self,
        *,
        skip: int = 0,
        page_size: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[RecoveryTokenListFilters],
    ) -> AsyncIterator[ComputerRecoveryTokenModel]:
        """Every recovery token, each once."""
        return self._get_all_computer_recovery_tokens().items(
            skip, page_size, concurrency, filters
        )
