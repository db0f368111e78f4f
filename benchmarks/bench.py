"""`make bench`: speed and memory figures, each a ratio or a count from one run.

This machine is shared and noisy, so every comparison runs both sides interleaved in the same
process and reports their ratio; no absolute time is asserted anywhere. Results go to stdout as a
table and to .bench/results.json. ``bench.py fleet`` runs only the fleet figures (see fleet.py) and
writes them to .bench/results-fleet.json.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import pathlib
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
import uuid
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import contenders
import downloads
import fleet
import httpx
import msgspec
from pydantic import TypeAdapter

from veeam_agents_client import VeeamAgentsClient, models, types
from veeam_agents_client.models import DiscoveredEntitiesResult
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / ".bench" / "results.json"
TOKEN_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08"


def median_call_time(call: Callable[[], Awaitable[Any]], count: int) -> Callable[[], Awaitable[float]]:
    async def block() -> float:
        start = time.perf_counter()
        for _ in range(count):
            await call()
        return (time.perf_counter() - start) / count

    return block


async def overhead_ratio(rounds: int = 15, per_round: int = 100) -> dict[str, float]:
    """Client `recovery_tokens.get` against a bare httpx GET of the same URL, same server process."""
    server = subprocess.Popen([sys.executable, str(HERE / "minimal_server.py")], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        async with (
            VeeamAgentsClient(base_url, username="bench", password="bench", max_retries=0) as vbr,
            httpx.AsyncClient(base_url=base_url) as bare,
        ):
            headers = {"x-api-version": vbr.api_version, "Authorization": "Bearer bench-access"}
            path = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"

            async def raw_get() -> None:
                (await bare.get(path, headers=headers)).json()

            ours_block = median_call_time(lambda: vbr.recovery_tokens.get(TOKEN_ID), per_round)
            bare_block = median_call_time(raw_get, per_round)
            await ours_block(), await bare_block()  # warm up both connections
            ours, bare_times = [], []
            for _ in range(rounds):
                ours.append(await ours_block())
                bare_times.append(await bare_block())
    finally:
        server.terminate()
        server.wait(timeout=10)
    return {
        "overhead_ratio": statistics.median(ours) / statistics.median(bare_times),
        "overhead_client_call_us": statistics.median(ours) * 1e6,
        "overhead_httpx_call_us": statistics.median(bare_times) * 1e6,
    }


async def served_bodies() -> dict[str, bytes]:
    """The bodies the parse contests read, as the fake serves them: a page of 1,000 mixed
    discovered entities, a page of 1,000 recovery tokens, and one session."""
    fake = FakeVBR(protection_groups=1, entities_per_group=1000, recovery_tokens=1000, seed=7)
    group = fake.group_ids[0]
    async with VeeamAgentsClient("https://vbr", username="admin", password=DEFAULT_PASSWORD,
                                 transport=fake.transport()) as vbr:  # fmt: skip
        entity = (await vbr.discovered_entities.list(group, limit=1)).data[0]
        session = await vbr.discovered_entities.rescan(group, [entity.id])
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://vbr", headers=fake.headers()) as http:
        paths = {
            "entities": (f"/api/v1/agents/protectionGroups/{group}/discoveredEntities", {"limit": 1000}),
            "tokens": ("/api/v1/agents/recoveryTokens", {"limit": 1000}),
            "session": (f"/api/v1/sessions/{session.id}", {}),
        }
        bodies = {}
        for name, (path, params) in paths.items():
            response = await http.get(path, params=params)
            response.raise_for_status()
            bodies[name] = response.content
    assert len(json.loads(bodies["entities"])["data"]) == len(json.loads(bodies["tokens"])["data"]) == 1000
    return bodies


def ours(model: Any) -> Callable[[bytes], Any]:
    """What the client's response handler does with a 200 body (JSON decoding, GC paused, models),
    from an empty UUID cache: a real page brings IDs the process has not seen."""

    def parse(raw: bytes) -> Any:
        types._recent_uuids.clear()
        if len(raw) < types.SMALL_BODY:  # as build_response: the collector is paused for larger bodies
            return model.from_dict(types.json_body(raw))
        with types.collector_paused:
            return model.from_dict(types.json_body(raw))

    return parse


def fast(model: Any) -> Callable[[bytes], Any]:
    """The same with the fast reader (msgspec into the model's mirror, then the model): `ours` is the
    pure reader, what the client does without the `speed` extra."""

    def parse(raw: bytes) -> Any:
        types._recent_uuids.clear()
        if len(raw) < types.SMALL_BODY:
            return types.read_json(model, raw)
        with types.collector_paused:
            return types.read_json(model, raw)

    return parse


def mirrored(model: Any, raw: bytes) -> Any:
    """The fast reader's decode and build alone, without the fallback (fails where it would fall back)."""
    return msgspec.json.Decoder(types.mirror(model)).decode(raw)._build()


def fastest(parsers: dict[str, Callable[[bytes], Any]], raw: bytes, rounds: int, repeat: int = 1) -> dict[str, float]:
    """Each parser's best time over `rounds`, the parsers taking turns on the same bytes."""
    timings: dict[str, list[float]] = {name: [] for name in parsers}
    for _ in range(rounds):
        for name, parse in parsers.items():
            start = time.perf_counter()
            for _ in range(repeat):
                parse(raw)
            timings[name].append((time.perf_counter() - start) / repeat)
    return {name: min(values) for name, values in timings.items()}


def parse_contests(bodies: dict[str, bytes], rounds: int = 30) -> dict[str, float]:
    """Our models against json.loads, pydantic v2, msgspec and plain generated models, per body."""
    plain, pydantic, struct = contenders.plain_models(), contenders.pydantic_models(), contenders.msgspec_types()
    results: dict[str, float] = {}
    for body, model in {"entities": "DiscoveredEntitiesResult", "tokens": "ComputerRecoveryTokenResult",
                        "session": "SessionModel"}.items():  # fmt: skip
        raw = bodies[body]
        adapter = TypeAdapter(getattr(pydantic, model))
        pydantic_model = getattr(pydantic, model)
        decoder = msgspec.json.Decoder(struct(model))
        plain_model = getattr(plain, model)
        parsers = {
            "json": json.loads,
            "ours": ours(getattr(models, model)),
            "fast": fast(getattr(models, model)),
            "pydantic": adapter.validate_json,
            "pydantic_dict": lambda b, m=pydantic_model: m.model_validate(json.loads(b)),
            "msgspec": decoder.decode,
            "plain": lambda b, m=plain_model: m.from_dict(json.loads(b)),
        }
        read = parsers["ours"](raw)
        kinds = {type(item).__name__ for item in getattr(read, "data", [])}
        assert body != "entities" or len(kinds) == 3, kinds
        assert parsers["fast"](raw) == read == mirrored(getattr(models, model), raw)  # no fallback here
        best = fastest(parsers, raw, rounds, repeat=1 if len(raw) > 10_000 else 500)
        prefix = {"entities": "parse", "tokens": "token_page", "session": "session"}[body]
        results[f"{prefix}_vs_json_ratio"] = best["ours"] / best["json"]
        results[f"{prefix}_vs_pydantic"] = best["ours"] / best["pydantic"]
        results[f"{prefix}_fast_vs_json_ratio"] = best["fast"] / best["json"]
        results[f"{prefix}_fast_vs_pydantic"] = best["fast"] / best["pydantic"]
        results[f"{prefix}_pydantic_vs_json"] = best["pydantic"] / best["json"]
        results[f"{prefix}_pydantic_dict_vs_json"] = best["pydantic_dict"] / best["json"]
        results[f"{prefix}_msgspec_vs_json"] = best["msgspec"] / best["json"]
        results[f"{prefix}_plain_vs_json"] = best["plain"] / best["json"]
        if body == "entities":
            results["parse_entities_per_s"] = 1000 / best["ours"]
            results["json_loads_entities_per_s"] = 1000 / best["json"]  # the ceiling json.loads alone sets here
            results["parse_vs_plain_speedup"] = best["plain"] / best["ours"]
    return results


def parse_levers(raw: bytes, rounds: int = 20, kept_pages: int = 30) -> dict[str, float]:
    """What orjson and the GC pause each give on the entity page; the pause also where it matters
    most, in a caller that keeps what it reads (30 pages in a list, as `[e async for e in
    iterate()]` does): every page it keeps makes the collector's full passes longer."""
    parse = ours(DiscoveredEntitiesResult)

    def without_orjson(b: bytes) -> Any:
        saved, types._fast_loads = types._fast_loads, None
        try:
            return parse(b)
        finally:
            types._fast_loads = saved

    def without_pause(b: bytes) -> Any:
        types._recent_uuids.clear()
        return DiscoveredEntitiesResult.from_dict(types.json_body(b))

    def keeping(read: Callable[[bytes], Any]) -> Callable[[bytes], Any]:
        def pages(b: bytes) -> None:
            kept = [read(b) for _ in range(kept_pages)]
            del kept
            gc.collect()  # inside the timing for both sides: what the pause defers is paid here

        return pages

    kept = {}
    for name, read in {"pure": parse, "fast": fast(DiscoveredEntitiesResult)}.items():
        gc.collect()
        tracemalloc.start()
        page = read(raw)
        kept[name] = tracemalloc.get_traced_memory()[0] / 2**20
        tracemalloc.stop()
        del page
    quiet = fastest({"ours": parse, "json": without_orjson, "gc": without_pause}, raw, rounds)
    kept_pages = fastest({"ours": keeping(parse), "gc": keeping(without_pause)}, raw, 3)
    return {
        "orjson_speedup": quiet["json"] / quiet["ours"],
        "gc_pause_speedup": quiet["gc"] / quiet["ours"],
        "gc_pause_speedup_keeping_pages": kept_pages["gc"] / kept_pages["ours"],
        "kept_page_mb": kept["pure"],  # what holding one parsed 1,000-entity page costs
        "kept_page_fast_mb": kept["fast"],  # the same page from the fast reader
        "kept_page_fast_vs_pure": kept["fast"] / kept["pure"],
    }


def fallback_cost(raw: bytes, rounds: int = 20) -> dict[str, float]:
    """What a body the fast reader does not take costs: the entity page with a field no revision
    declares in its last item (msgspec decodes almost all of it before it gives up), read by
    read_json, over the pure reader's time on it plus one decode of the page the mirror takes."""
    body = json.loads(raw)
    body["data"][-1]["fieldOfANewerRevision"] = 1
    odd = json.dumps(body).encode()
    model = DiscoveredEntitiesResult
    decoder = msgspec.json.Decoder(types.mirror(model))
    assert fast(model)(odd) == ours(model)(odd) and "fieldOfANewerRevision" in fast(model)(odd).data[-1]
    best = fastest({"fallback": fast(model), "pure": ours(model)}, odd, rounds)
    best.update(fastest({"decode": decoder.decode}, raw, rounds))
    return {"fallback_vs_pure_plus_decode": best["fallback"] / (best["pure"] + best["decode"])}


@contextlib.contextmanager
def fake_process(*args: str) -> Iterator[dict[str, Any]]:
    """A fake VBR in its own process (its CPU work must not share our GIL), stopped on exit."""
    command = [sys.executable, "-m", "veeam_agents_client.testing", *args]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=HERE)
    try:
        assert process.stdout is not None
        yield json.loads(process.stdout.readline())
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)


async def listing_speedup(entities: int = 20_000, latency: float = 0.025) -> dict[str, float]:
    """Iterate 20,000 entities (page size 200) with 25 ms per page: sequential vs concurrency=4."""
    timings: dict[int, float] = {}
    orders: dict[int, list[Any]] = {}
    with fake_process(
        "--groups=1", f"--entities={entities}", f"--latency={latency}", "--latency-path=discoveredEntities"
    ) as fake:
        group = fake["group_ids"][0]
        async with VeeamAgentsClient(fake["base_url"], username="admin", password=DEFAULT_PASSWORD) as vbr:
            for concurrency in (1, 4, 1, 4):
                start = time.perf_counter()
                ids = [e.id async for e in vbr.discovered_entities.iterate(group, concurrency=concurrency)]
                elapsed = time.perf_counter() - start
                timings[concurrency] = min(timings.get(concurrency, elapsed), elapsed)
                orders[concurrency] = ids
    assert orders[1] == orders[4] and len(orders[1]) == entities
    return {"listing_speedup": timings[1] / timings[4], "listing_same_order": float(orders[1] == orders[4])}


async def iterate_peak_mb(entities: int) -> float:
    """Peak traced memory while iterating `entities` entities without keeping them."""
    fake = FakeVBR(protection_groups=1, entities_per_group=entities, seed=5)
    group = fake.group_ids[0]
    async with VeeamAgentsClient("https://vbr", username="admin", password=DEFAULT_PASSWORD,
                                 transport=fake.transport()) as vbr:  # fmt: skip
        await vbr.discovered_entities.list(group, limit=1)
        gc.collect()
        tracemalloc.start()
        count = 0
        async for _ in vbr.discovered_entities.iterate(group):
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert count == entities
    return peak / 2**20


async def concurrent_calls(calls: int = 1000, pool: int = 20) -> dict[str, float]:
    """1,000 concurrent gets through one client with a 20-connection pool."""
    with fake_process("--groups=1", "--entities=10") as fake:
        token_requests: list[str] = []

        async def note(request: httpx.Request) -> None:
            if request.url.path == "/api/oauth2/token":
                token_requests.append(request.url.path)

        # Our own pooled client (20 connections) under the library's: it sees every request, logins included.
        limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
        async with (
            httpx.AsyncClient(limits=limits, event_hooks={"request": [note]}) as http,
            VeeamAgentsClient(fake["base_url"], username="admin", password=DEFAULT_PASSWORD, http_client=http) as vbr,
        ):
            token_id = fake["recovery_token_ids"][0]
            start = time.perf_counter()
            results = await asyncio.gather(
                *(vbr.recovery_tokens.get(token_id) for _ in range(calls)), return_exceptions=True
            )
            elapsed = time.perf_counter() - start
    ok = sum(1 for r in results if not isinstance(r, BaseException))
    return {"concurrent_ok": ok, "concurrent_logins": len(token_requests), "concurrent_calls_per_s": calls / elapsed}


def import_ratio(runs: int = 15) -> dict[str, float]:
    """Median wall time of `python -c "import veeam_agents_client"` over `import httpx`."""

    def once(module: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True, cwd=HERE.parent.parent)
        return time.perf_counter() - start

    ours, theirs = [], []
    for _ in range(runs):
        ours.append(once("veeam_agents_client"))
        theirs.append(once("httpx"))
    return {"import_ratio": statistics.median(ours) / statistics.median(theirs)}


TARGETS = {
    "overhead_ratio": ("<=", 1.15),
    "parse_vs_json_ratio": ("<=", 3.0),
    "parse_vs_pydantic": ("<=", 1.0),
    "token_page_vs_json_ratio": ("<=", 3.0),
    "token_page_vs_pydantic": ("<=", 1.0),
    "session_vs_json_ratio": ("<=", 3.0),
    "session_vs_pydantic": ("<=", 1.0),
    "parse_fast_vs_pydantic": ("<=", 0.6),
    "token_page_fast_vs_pydantic": ("<=", 1.0),
    "session_fast_vs_pydantic": ("<=", 1.0),
    "kept_page_fast_vs_pure": ("<=", 1.1),
    "fallback_vs_pure_plus_decode": ("<=", 1.0),
    "parse_vs_plain_speedup": (">=", 100_000 / 60_000),  # the entities/s target over plain output's, as stated
    "listing_speedup": (">=", 3.3),
    "iterate_peak_mb_10k": ("<", 30),
    "iterate_peak_mb_100k": ("<", 30),
    "concurrent_ok": ("==", 1000),
    "concurrent_logins": ("==", 1),
    "import_ratio": ("<=", 2),
    "download_peak_rss_mb": ("<", 50),
    "download_vs_httpx": (">=", 0.8),
    "fleet_kb_per_client": ("<=", 100),
    "fleet_errors": ("==", 0),
    "fleet_fds_after_close": ("<=", 0),
}


def verdict(name: str, value: float) -> str:
    if name not in TARGETS:
        return ""
    op, target = TARGETS[name]
    met = {"<=": value <= target, ">=": value >= target, "<": value < target, "==": value == target}[op]
    return f"{op} {target:g}  {'met' if met else 'MISSED'}"


async def main(only: str | None = None) -> None:
    results: dict[str, float] = {}
    if only is None:
        results.update(await overhead_ratio())
        bodies = await served_bodies()
        results.update(parse_contests(bodies))
        results.update(parse_levers(bodies["entities"]))
        results.update(fallback_cost(bodies["entities"]))
        results.update(await listing_speedup())
        results["iterate_peak_mb_10k"] = await iterate_peak_mb(10_000)
        results["iterate_peak_mb_100k"] = await iterate_peak_mb(100_000)
        results["iterate_peak_flat_ratio"] = results["iterate_peak_mb_100k"] / results["iterate_peak_mb_10k"]
        results.update(await concurrent_calls())
        results.update(import_ratio())
        results.update(downloads.download_peak_rss_mb(fake_process))
        results.update(await downloads.download_vs_httpx(fake_process))
    results.update(fleet.fleet_figures(fake_process))
    results["machine"] = f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}"  # type: ignore[assignment]
    out = OUT if only is None else OUT.with_name(f"results-{only}.json")
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"{'figure':28} {'value':>14}  target")
    for name, value in results.items():
        shown = f"{value:14,.3f}" if isinstance(value, float) else f"{value!s:>14}"
        print(f"{name:28} {shown}  {verdict(name, value) if not isinstance(value, str) else ''}")
    print(f"written to {out.relative_to(HERE.parent)}")


if __name__ == "__main__":
    uuid.uuid4()
    parts = sys.argv[1:]
    if parts not in ([], ["fleet"]):
        sys.exit(f"usage: {sys.argv[0]} [fleet]  (no argument: every figure)")
    asyncio.run(main(parts[0] if parts else None))
