"""Pages of a list operation and the walk through them.

VBR pages with skip/limit and reports a total. A walk stops on an empty page, or once skip
reaches the total (or, without a total, on a short page), so an inconsistent server cannot make
it loop forever; it yields each item once even when items shift between pages, follows a
server that sends smaller pages than asked, and refuses a server that ignores `skip`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, TypeVar

from ._constants import LOGGER
from ._exceptions import PaginationError
from ._response import call
from ._validation import filter_values, page_size, skip_value
from .models.pagination_result import PaginationResult
from .types import Unset

__all__ = ["Lister", "Page", "Walk", "WalkIterator"]

T = TypeVar("T")
X = TypeVar("X")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items, the server's pagination block, and where the next page starts.

    `total` is the way to the list's size (``page.total``: an int, or None when the server sent no
    pagination block, which the package lists may leave out); `pagination` is the block as sent."""

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
        """The `skip` of the next page, or None when this page is the last one.

        A page shorter than asked is the last one only when the total agrees (or is missing):
        a server may cap its pages below the `limit` asked for.
        """
        if not self.data:
            return None
        following = self.skip + len(self.data)
        total = self.total
        if total is not None:
            return following if following < total else None
        return following if len(self.data) >= self.limit else None

    @classmethod
    def from_result(cls, result: Any, *, skip: int, limit: int) -> Page[T]:
        """Wrap a generated *Result model (its `data` and `pagination` may be unset)."""
        data = result.data if not isinstance(result.data, Unset) else []
        pagination = result.pagination if isinstance(result.pagination, PaginationResult) else None
        return cls(data=list(data), pagination=pagination, skip=skip, limit=limit, result=result)


Fetch = Callable[[int, int], Awaitable[Page[T]]]


@dataclass
class _Ahead(Generic[T]):
    skip: int
    task: asyncio.Task[Page[T]]
    received: int  # pages received when it was sent: fewer than its position means "fetched ahead"


class Walk(Generic[T]):
    """One walk through a list: pages in order, later pages fetched ahead, each item once.

    Pages fetched ahead are answered from different moments of a list that may be changing.
    When a page fetched ahead reports another total than the page before it, items moved in
    between, and that page is read again now, after its predecessor: the walk then sees what a
    one-page-at-a-time walk sees. Keys are remembered for the last two pages only, so memory
    stays flat however long the list.
    """

    def __init__(
        self, fetch: Fetch[T], *, skip: int, page_size: int, key: Callable[[T], Hashable], concurrency: int = 1
    ) -> None:
        self._fetch = fetch
        self._next: int | None = skip
        self._size = page_size
        self._stride = page_size  # where the page after next starts: the server's page size, once known
        self._key = key
        self._concurrency = concurrency
        self._ahead: deque[_Ahead[T]] = deque()
        self._received = 0
        self._total: int | None = None
        self._first_total: int | None = None
        self._recent: OrderedDict[Hashable, int | None] = OrderedDict()  # key -> the total when read (_remember)
        self._closed = False

    async def next_page(self) -> tuple[Page[T], list[T]] | None:
        """The next page and its items not seen on the two pages before it; None at the end."""
        skip = self._next
        if skip is None:
            return None
        try:
            self._plan(skip)
            ahead = self._ahead.popleft()
            page = await ahead.task
            if ahead.received < self._received and page.total != self._total:
                LOGGER.debug(
                    "the list changed while pages were fetched ahead (total %s -> %s): re-reading skip=%d",
                    self._total,
                    page.total,
                    skip,
                )
                self.cancel_ahead()
                page = await self._fetch(skip, self._size)
        except BaseException:
            self.cancel_ahead()
            raise
        return page, self._advance(page)

    def cancel_ahead(self) -> None:
        """Cancel the pages fetched ahead; they are fetched again if the walk goes on."""
        while self._ahead:
            task = self._ahead.pop().task
            with contextlib.suppress(RuntimeError):  # the event loop is already closed
                task.cancel()

    @property
    def closed(self) -> bool:
        """Whether `aclose` ended the walk."""
        return self._closed

    async def aclose(self) -> None:
        """End the walk, waiting for the cancelled fetches to finish."""
        tasks = [ahead.task for ahead in self._ahead]
        self.cancel_ahead()
        self._next = None
        self._closed = True
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def _plan(self, skip: int) -> None:
        """Start the page at `skip` and, once the total is known, up to `concurrency` - 1 after it."""
        planned = self._ahead[-1].skip + self._stride if self._ahead else skip
        while len(self._ahead) < self._concurrency and (
            not self._ahead or (self._total is not None and planned < self._total)
        ):
            task = asyncio.ensure_future(self._fetch(planned, self._size))
            task.add_done_callback(_retrieve)
            self._ahead.append(_Ahead(planned, task, self._received))
            planned += self._stride

    def _advance(self, page: Page[T]) -> list[T]:
        keys: set[Hashable] = set()
        fresh = []
        for item in page.data:
            item_key = self._key(item)
            if item_key not in keys and item_key not in self._recent:
                fresh.append(item)
            keys.add(item_key)
        following = page.next_skip
        if page.data and not fresh and following is not None and not self._grown_since_read(keys, page.total):
            # Only items already read, and the list did not grow since to push them here: skip is ignored.
            self.cancel_ahead()
            raise PaginationError(
                f"the page at skip={page.skip} holds only items already read while the list reports "
                f"{page.total} items: the server seems to ignore skip; stopped instead of paging on",
                skip=page.skip,
                total=page.total,
            )
        if following is not None and len(page.data) < page.limit:
            self._stride = len(page.data)  # the server sends smaller pages than asked: follow it
        if self._ahead and self._ahead[0].skip != following:
            self.cancel_ahead()  # planned on a stride that turned out wrong
        self._remember(keys, page.total)
        self._received += 1
        self._total = page.total
        self._next = following
        return fresh

    def _grown_since_read(self, keys: set[Hashable], total: int | None) -> bool:
        """Whether the list grew since any of `keys` was read: additions before them push them on."""
        return total is not None and any(
            (then := self._recent.get(item_key)) is not None and total > then for item_key in keys
        )

    def _remember(self, keys: set[Hashable], total: int | None) -> None:
        """Keep the keys an item could come back with. An item read once reappears further on only
        when items were added before it since: at most as far back as the list grew during the walk.
        So the keys of two pages are kept, plus one for each item the list gained since the walk began:
        memory stays flat however long the list, and grows only with what is added while walking."""
        if self._first_total is None:
            self._first_total = total
        for item_key in keys:
            self._recent[item_key] = total
            self._recent.move_to_end(item_key)  # read again: recent again
        growth = total - self._first_total if total is not None and self._first_total is not None else 0
        window = 2 * max(self._size, len(keys)) + max(0, growth)
        while len(self._recent) > window:
            self._recent.popitem(last=False)


def _retrieve(task: asyncio.Task[Any]) -> None:
    """Mark a failure of a page fetched ahead as seen: the walk may never need that page."""
    if not task.cancelled():
        task.exception()


class WalkIterator(AsyncIterator[X]):
    """What ``pages()`` and ``iterate()`` return: an async iterator over a `Walk`.

    Leaving an ``async for`` loop (break, return, an exception) cancels the pages fetched
    ahead, also when the iterator is held in a variable; the walk resumes where it stopped if
    iterated again. ``aclose()`` (or ``async with``) ends it for good.
    """

    def __init__(self, walk: Walk[Any], step: Callable[[], Awaitable[X]]) -> None:
        self._walk = walk
        self._step = step

    def __aiter__(self) -> AsyncIterator[X]:
        return _Loop(self)

    async def __anext__(self) -> X:
        return await self._step()

    async def aclose(self) -> None:
        await self._walk.aclose()

    async def __aenter__(self) -> WalkIterator[X]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __del__(self) -> None:
        self._walk.cancel_ahead()  # dropped mid-walk (after anext() calls): nobody waits for those pages


class _Loop(AsyncIterator[X]):
    """The iterator one ``async for`` holds: Python drops it as the loop ends, however it ends,
    which is the one moment a held iterator learns that nobody waits for its pages."""

    def __init__(self, iterator: WalkIterator[X]) -> None:
        self._iterator = iterator

    async def __anext__(self) -> X:
        return await self._iterator.__anext__()

    def __del__(self) -> None:
        self._iterator._walk.cancel_ahead()


def walk_pages(walk: Walk[T]) -> WalkIterator[Page[T]]:
    """Every page of the walk, as the server sent it."""

    async def step() -> Page[T]:
        found = await walk.next_page()
        if found is None:
            raise StopAsyncIteration
        return found[0]

    return WalkIterator(walk, step)


def walk_items(walk: Walk[T]) -> WalkIterator[T]:
    """Every item of the walk, each once."""
    pending: deque[T] = deque()

    async def step() -> T:
        if walk.closed:
            pending.clear()
            raise StopAsyncIteration
        while not pending:
            found = await walk.next_page()
            if found is None:
                raise StopAsyncIteration
            pending.extend(found[1])
        return pending.popleft()

    return WalkIterator(walk, step)


@dataclass(frozen=True)
class Lister(Generic[T]):
    """Binds a list operation (its generated module) to paging: one page, all pages, or every item.

    The keyword filters are the module's own `Filters` (its query parameters but skip and limit,
    declared once by the generated code), checked before any request."""

    endpoint: ModuleType
    result: type[Any]
    key: Callable[[T], Hashable]
    arguments: Mapping[str, object]  # the generated client, and the path arguments (a group's id)
    default_page_size: int

    def prepare(self, filters: Mapping[str, object]) -> dict[str, object]:
        """Validate keyword filters before any request."""
        return filter_values(self.endpoint.Filters, filters)

    async def page(self, prepared: dict[str, object], skip: int, limit: int) -> Page[T]:
        result = await call(
            self.endpoint.asyncio_detailed, self.result, skip=skip, limit=limit, **prepared, **self.arguments
        )
        return Page.from_result(result, skip=skip, limit=limit)

    async def list(self, skip: object, limit: object, filters: Mapping[str, object]) -> Page[T]:
        prepared = self.prepare(filters)
        size = self.default_page_size if limit is None else page_size(limit, "limit")
        return await self.page(prepared, skip_value(skip), size)

    def pages(
        self, skip: object, size: object, concurrency: object, filters: Mapping[str, object]
    ) -> AsyncIterator[Page[T]]:
        return walk_pages(self._walk(skip, size, concurrency, filters))

    def items(self, skip: object, size: object, concurrency: object, filters: Mapping[str, object]) -> AsyncIterator[T]:
        return walk_items(self._walk(skip, size, concurrency, filters))

    def _walk(self, skip: object, size: object, concurrency: object, filters: Mapping[str, object]) -> Walk[T]:
        # Validated here, when the iterator is created, not at the first `async for` step.
        prepared = self.prepare(filters)
        start = skip_value(skip)
        size_ = self.default_page_size if size is None else page_size(size, "page_size")
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= 32:
            raise ValueError(f"concurrency must be an int from 1 to 32, got {concurrency!r}")

        async def fetch(skip: int, limit: int) -> Page[T]:
            return await self.page(prepared, skip, limit)

        return Walk(fetch, skip=start, page_size=size_, key=self.key, concurrency=concurrency)
