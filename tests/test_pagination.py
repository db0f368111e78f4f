"""Paging stops on every end signal, never loops forever, yields each item once, and cleans up."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import BASE_URL, GROUP_ID, VBRStub
from hypothesis import given, settings
from hypothesis import strategies as st

from veeam_agents_client import PaginationError, VeeamAgentsClient

ENTITIES = f"/api/v1/agents/protectionGroups/{GROUP_ID}/discoveredEntities"


def entity(index: int) -> dict[str, Any]:
    return {
        "type": "Cluster",
        "id": str(uuid.UUID(int=index + 1)),
        "name": f"node{index:05d}",
        "parentId": GROUP_ID,
        "protectionGroupId": GROUP_ID,
    }


def paged(
    items: list[dict[str, Any]], *, total: Callable[[int], int] | None = None, log: list[tuple[int, int]] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    """A list endpoint over `items`; `total` may lie about the size (given skip)."""

    def handler(request: httpx.Request) -> httpx.Response:
        skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
        if log is not None:
            log.append((skip, limit))
        data = items[skip : skip + limit]
        reported = total(skip) if total else len(items)
        pagination = {"total": reported, "count": len(data), "skip": skip, "limit": limit}
        return httpx.Response(200, json={"data": data, "pagination": pagination})

    return handler


async def names(vbr, **kwargs: Any) -> list[str]:
    return [e.name async for e in vbr.discovered_entities.iterate(GROUP_ID, **kwargs)]


async def test_walks_every_page(stub, make_client) -> None:
    log: list[tuple[int, int]] = []
    stub.route("GET", ENTITIES, paged([entity(i) for i in range(25)], log=log))
    async with make_client() as vbr:
        assert await names(vbr, page_size=10) == [f"node{i:05d}" for i in range(25)]
    assert log == [(0, 10), (10, 10), (20, 10)]  # the short third page ends it


async def test_empty_list_is_one_request(stub, make_client) -> None:
    log: list[tuple[int, int]] = []
    stub.route("GET", ENTITIES, paged([], log=log))
    async with make_client() as vbr:
        assert await names(vbr) == []
    assert log == [(0, 200)]


async def test_exact_multiple_stops_at_the_total(stub, make_client) -> None:
    log: list[tuple[int, int]] = []
    stub.route("GET", ENTITIES, paged([entity(i) for i in range(20)], log=log))
    async with make_client() as vbr:
        assert len(await names(vbr, page_size=10)) == 20
    assert log == [(0, 10), (10, 10)]  # skip reached the total: no third request


async def test_total_that_never_ends_cannot_loop_forever(stub, make_client) -> None:
    # The server claims a huge total but runs out of data: the empty page ends the walk.
    log: list[tuple[int, int]] = []
    stub.route("GET", ENTITIES, paged([entity(i) for i in range(30)], total=lambda skip: 10**9, log=log))
    async with make_client() as vbr:
        assert len(await names(vbr, page_size=10)) == 30
    assert log[-1] == (30, 10) and len(log) == 4


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_server_ignoring_skip_raises_at_the_first_page_with_nothing_new(stub, make_client, concurrency) -> None:
    # A broken server returns the same full page whatever skip says, with a huge total: the walk
    # must not fetch its way to the total (millions of requests) but say what is wrong.
    items = [entity(i) for i in range(10)]

    def same_page(request: httpx.Request) -> httpx.Response:
        pagination = {"total": 10**9, "count": 10, "skip": 0, "limit": 10}
        return httpx.Response(200, json={"data": items, "pagination": pagination})

    stub.route("GET", ENTITIES, same_page)
    seen: list[str] = []
    async with make_client() as vbr:
        with pytest.raises(PaginationError) as caught:
            async for item in vbr.discovered_entities.iterate(GROUP_ID, page_size=10, concurrency=concurrency):
                seen.append(item.name)
        with pytest.raises(PaginationError):
            async for _ in vbr.discovered_entities.pages(GROUP_ID, page_size=10, concurrency=concurrency):
                pass
    assert seen == [f"node{i:05d}" for i in range(10)]
    assert caught.value.skip == 10 and caught.value.total == 10**9
    assert len(stub.api_requests()) <= 2 * (1 + concurrency)


async def test_shifting_items_are_yielded_once(stub, make_client) -> None:
    items = [entity(i) for i in range(30)]
    calls = 0

    def shifting(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 2:
            items.insert(0, entity(1000))  # a new entity sorts first: everything moves down one
        return paged(items)(request)

    stub.route("GET", ENTITIES, shifting)
    async with make_client() as vbr:
        seen = await names(vbr, page_size=10)
    assert len(seen) == len(set(seen))
    assert set(seen) >= {f"node{i:05d}" for i in range(30)}


@settings(derandomize=True, database=None, deadline=None, max_examples=150)
@given(
    size=st.integers(1, 5),
    concurrency=st.integers(1, 4),
    count=st.integers(0, 20),
    steps=st.lists(st.tuples(st.booleans(), st.integers(0, 7)), max_size=60),
)
def test_additions_only_every_item_present_at_the_start_comes_exactly_once(
    size: int, concurrency: int, count: int, steps: list[tuple[bool, int]]
) -> None:
    """Items added at the front while a walk reads, between any two answers, with the pages fetched
    ahead answered in any order: nothing present at the start is missed or repeated, and no page of
    items pushed back by additions is mistaken for a server that ignores skip."""
    items, added = [entity(i) for i in range(count)], iter(range(1000, 2000))
    asked: list[asyncio.Future[httpx.Response]] = []

    async def answer_when_told(request: httpx.Request) -> httpx.Response:
        told = asyncio.get_running_loop().create_future()
        asked.append(told)
        await told
        return paged(items)(request)  # the list as it is at the moment of the answer

    async def walk() -> list[str]:
        stub = VBRStub()
        stub.route("GET", ENTITIES, answer_when_told)
        client = VeeamAgentsClient(
            BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub)
        )
        async with client as vbr:
            reading = asyncio.ensure_future(names(vbr, page_size=size, concurrency=concurrency))
            plan = iter(steps)
            while not reading.done():
                await asyncio.sleep(0)
                waiting = [told for told in asked if not told.done()]
                if not waiting:
                    continue
                add, pick = next(plan, (False, 0))
                if add:
                    items.insert(0, entity(next(added)))
                waiting[pick % len(waiting)].set_result(None)
            return reading.result()

    seen = asyncio.run(walk())
    assert len(seen) == len(set(seen))
    assert {f"node{i:05d}" for i in range(count)} <= set(seen)


@pytest.mark.parametrize("concurrency", [2, 4])
async def test_concurrent_pages_keep_order(stub, make_client, concurrency) -> None:
    in_flight = peak = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        skip = int(request.url.params["skip"])
        await asyncio.sleep(0.02 if skip % 20 == 0 else 0.001)  # later pages may finish first
        in_flight -= 1
        return paged([entity(i) for i in range(95)])(request)

    stub.route("GET", ENTITIES, slow)
    async with make_client() as vbr:
        seen = await names(vbr, page_size=10, concurrency=concurrency)
    assert seen == [f"node{i:05d}" for i in range(95)]
    assert peak == concurrency
    assert len(stub.api_requests()) == 10  # no request past the total


async def test_breaking_out_cancels_requests_in_flight(stub, make_client) -> None:
    started: list[int] = []
    cancelled: list[int] = []

    async def slow(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        started.append(skip)
        try:
            await asyncio.sleep(0 if skip < 20 else 5)
        except asyncio.CancelledError:
            cancelled.append(skip)
            raise
        return paged([entity(i) for i in range(100)])(request)

    stub.route("GET", ENTITIES, slow)
    async with make_client() as vbr:
        pages = vbr.discovered_entities.pages(GROUP_ID, page_size=10, concurrency=3)
        assert (await anext(pages)).skip == 0
        assert (await anext(pages)).skip == 10  # asking for page 2 starts pages 2-4 together
        await pages.aclose()
        assert sorted(cancelled) == sorted(started)[2:] == [20, 30]
        # the client still works afterwards
        assert len((await vbr.discovered_entities.list(GROUP_ID, limit=5)).data) == 5


async def test_pages_expose_pagination_and_next_skip(stub, make_client) -> None:
    stub.route("GET", ENTITIES, paged([entity(i) for i in range(25)]))
    async with make_client() as vbr:
        pages = [p async for p in vbr.discovered_entities.pages(GROUP_ID, page_size=10, skip=5)]
    assert [(p.skip, len(p.data), p.next_skip) for p in pages] == [(5, 10, 15), (15, 10, None)]
    assert pages[0].total == 25 and pages[0].pagination.count == 10


# Concurrent walks over a list that changes, a server that caps pages, leaving a walk ------------------------------


async def test_concurrent_iterate_misses_nothing_when_an_item_is_inserted_between_pages(stub, make_client) -> None:
    # Page 2 is answered after page 3, and one item is inserted at the front in between: page 3
    # comes from the old list, page 2 from the new one, and an item falls between them.
    items = [entity(i) for i in range(1000)]
    page3_answered = asyncio.Event()
    inserted = False
    serve = paged(items)

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal inserted
        if request.url.path != ENTITIES:
            return stub(request)
        stub.requests.append(request)
        skip = int(request.url.params["skip"])
        if skip == 200:
            await page3_answered.wait()
        response = serve(request)
        if skip == 400 and not inserted:
            inserted = True
            items.insert(0, entity(5000))
            page3_answered.set()
        return response

    async with make_client(transport=httpx.MockTransport(handler)) as vbr:
        got = [e.name async for e in vbr.discovered_entities.iterate(GROUP_ID, page_size=200, concurrency=4)]
    assert inserted
    assert len(got) == len(set(got))
    assert {f"node{i:05d}" for i in range(1000)} <= set(got)


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_server_capping_its_pages_is_followed_to_the_total(stub, make_client, concurrency) -> None:
    items = [entity(i) for i in range(1000)]
    serve = paged(items)

    def capped(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        params["limit"] = str(min(100, int(params["limit"])))
        return serve(httpx.Request("GET", request.url.copy_with(params=params)))

    stub.route("GET", ENTITIES, capped)
    async with make_client() as vbr:
        got = [e.name async for e in vbr.discovered_entities.iterate(GROUP_ID, page_size=200, concurrency=concurrency)]
    assert got == [f"node{i:05d}" for i in range(1000)]
    assert len(stub.api_requests()) <= 10 + 2 * concurrency


async def test_break_out_of_a_held_iterator_cancels_the_pages_in_flight(stub, make_client) -> None:
    items = [entity(i) for i in range(1000)]
    serve = paged(items)
    started: list[int] = []
    cancelled: list[int] = []
    release = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path != ENTITIES:
            return stub(request)
        skip = int(request.url.params["skip"])
        if skip >= 200:
            started.append(skip)
            try:
                await release.wait()
            except asyncio.CancelledError:
                cancelled.append(skip)
                raise
        return serve(request)

    async with make_client(transport=httpx.MockTransport(handler)) as vbr:
        it = vbr.discovered_entities.iterate(GROUP_ID, page_size=100, concurrency=8)
        first = []
        async for item in it:
            first.append(item.name)
            if len(first) == 150:  # in the second page: seven more pages are in flight
                break
        await asyncio.sleep(0.05)
        assert len(started) == 7 and sorted(cancelled) == sorted(started)
        # The walk goes on from where the loop left it, fetching the cancelled pages again.
        release.set()
        rest = [item.name async for item in it]
    assert first + rest == [f"node{i:05d}" for i in range(1000)]


async def test_aclose_ends_a_walk(stub, make_client) -> None:
    stub.route("GET", ENTITIES, paged([entity(i) for i in range(50)]))
    async with make_client() as vbr:
        it = vbr.discovered_entities.iterate(GROUP_ID, page_size=10, concurrency=4)
        assert (await anext(it)).name == "node00000"
        await it.aclose()  # type: ignore[attr-defined]
        assert [e async for e in it] == []
