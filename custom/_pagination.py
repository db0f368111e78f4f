"""Pages of a list operation and the loops that walk them.

VBR pages with skip/limit and reports a total. The walkers stop on an empty page, a short
page, or once skip reaches the total, so an inconsistent server cannot make them loop forever;
`iterate_items` yields each id once even when items shift between pages.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._response import call
from ._validation import page_size, skip_value
from .models.pagination_result import PaginationResult
from .types import Unset

__all__ = ["Filters", "Lister", "Page", "iterate_items", "iterate_pages"]

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items, the server's pagination block, and where the next page starts."""

    data: list[T]
    pagination: PaginationResult | None
    skip: int
    limit: int
    result: Any = field(default=None, repr=False, compare=False)
    """The generated *Result model the page came from (unknown fields in `additional_properties`)."""

    @property
    def total(self) -> int | None:
        """Items matching the filters in the whole list, as the server reports it."""
        return self.pagination.total if self.pagination is not None else None

    @property
    def next_skip(self) -> int | None:
        """The `skip` of the next page, or None when this page is the last one."""
        if len(self.data) < self.limit:  # empty or short: the list ends here
            return None
        following = self.skip + self.limit
        total = self.total
        return None if total is not None and following >= total else following

    @classmethod
    def from_result(cls, result: Any, *, skip: int, limit: int) -> Page[T]:
        """Wrap a generated *Result model (its `data` and `pagination` may be unset)."""
        data = result.data if not isinstance(result.data, Unset) else []
        pagination = result.pagination if isinstance(result.pagination, PaginationResult) else None
        return cls(data=list(data), pagination=pagination, skip=skip, limit=limit, result=result)


Fetch = Callable[[int, int], Awaitable[Page[T]]]


async def iterate_pages(
    fetch: Fetch[T], *, skip: int, page_size: int, concurrency: int = 1
) -> AsyncGenerator[Page[T], None]:
    """Yield pages in order; with `concurrency` > 1, fetch later pages ahead once the total is known.

    Leaving the loop early cancels the pages still in flight.
    """
    page = await fetch(skip, page_size)
    yield page
    if page.next_skip is None:
        return
    planned = page.next_skip
    ahead: deque[asyncio.Task[Page[T]]] = deque()
    try:
        while True:
            total = page.total
            # One request is always allowed; more only while they stay below the reported total.
            while len(ahead) < concurrency and (not ahead or (total is not None and planned < total)):
                ahead.append(asyncio.ensure_future(fetch(planned, page_size)))
                planned += page_size
            page = await ahead.popleft()
            yield page
            if page.next_skip is None:
                return
    finally:
        for task in ahead:
            task.cancel()
        if ahead:
            await asyncio.gather(*ahead, return_exceptions=True)


async def iterate_items(
    fetch: Fetch[T],
    *,
    skip: int,
    page_size: int,
    key: Callable[[T], Hashable],
    concurrency: int = 1,
) -> AsyncGenerator[T, None]:
    """Yield every item once (by `key`), across pages that may shift while we read them.

    When items are added or removed while we page, items move by a few places, so the same item
    can show up at the end of one page and the start of the next. Keys are remembered for the
    last two pages only: memory stays flat however long the list is.
    """
    recent: deque[set[Hashable]] = deque(maxlen=2)  # the keys of the last two pages
    pages = iterate_pages(fetch, skip=skip, page_size=page_size, concurrency=concurrency)
    try:
        async for page in pages:
            keys: set[Hashable] = set()
            for item in page.data:
                item_key = key(item)
                fresh = item_key not in keys and all(item_key not in seen for seen in recent)
                keys.add(item_key)
                if fresh:
                    yield item
            recent.append(keys)
    finally:
        await pages.aclose()


Filters = dict[str, Callable[[object, str], object]]
"""A list operation's keyword filters: snake_case name -> validator(value, name)."""


@dataclass(frozen=True)
class Lister(Generic[T]):
    """Binds a generated list endpoint to paging: one page, all pages, or every item."""

    endpoint: Callable[..., Awaitable[Any]]
    result: type[Any]
    filters: Filters
    key: Callable[[T], Hashable]
    call_kwargs: Callable[[], dict[str, Any]]  # the generated client (and path ids) to call with
    default_page_size: int

    def prepare(self, filters: Mapping[str, object]) -> dict[str, object]:
        """Validate keyword filters before any request."""
        prepared: dict[str, object] = {}
        for name, value in filters.items():
            check = self.filters.get(name)
            if check is None:
                known = ", ".join(sorted(self.filters)) or "none"
                raise TypeError(f"unexpected keyword argument {name!r} (filters: {known})")
            prepared[name] = check(value, name)
        return prepared

    async def page(self, prepared: dict[str, object], skip: int, limit: int) -> Page[T]:
        result = await call(self.endpoint, self.result, skip=skip, limit=limit, **prepared, **self.call_kwargs())
        return Page.from_result(result, skip=skip, limit=limit)

    async def list(self, skip: object, limit: object, filters: Mapping[str, object]) -> Page[T]:
        prepared = self.prepare(filters)
        size = self.default_page_size if limit is None else page_size(limit, "limit")
        return await self.page(prepared, skip_value(skip), size)

    def pages(
        self, skip: object, size: object, concurrency: object, filters: Mapping[str, object]
    ) -> AsyncIterator[Page[T]]:
        fetch, start, size_, parallel = self._walk_args(skip, size, concurrency, filters)
        return iterate_pages(fetch, skip=start, page_size=size_, concurrency=parallel)

    def items(self, skip: object, size: object, concurrency: object, filters: Mapping[str, object]) -> AsyncIterator[T]:
        fetch, start, size_, parallel = self._walk_args(skip, size, concurrency, filters)
        return iterate_items(fetch, skip=start, page_size=size_, key=self.key, concurrency=parallel)

    def _walk_args(
        self, skip: object, size: object, concurrency: object, filters: Mapping[str, object]
    ) -> tuple[Fetch[T], int, int, int]:
        # Validated here, when the iterator is created, not at the first `async for` step.
        prepared = self.prepare(filters)
        start = skip_value(skip)
        size_ = self.default_page_size if size is None else page_size(size, "page_size")
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= 32:
            raise ValueError(f"concurrency must be an int from 1 to 32, got {concurrency!r}")

        async def fetch(skip: int, limit: int) -> Page[T]:
            return await self.page(prepared, skip, limit)

        return fetch, start, size_, concurrency
