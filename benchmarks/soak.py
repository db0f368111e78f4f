"""`make soak`: a bounded reliability run of the client against a faulty fake VBR.

20,000 mixed calls, covering every operation of the client, from 50 concurrent workers through
one client with a 20-connection pool, over a real loopback socket, while the fake answers 5 % of
requests with 500/503, drops 1 % of connections, adds a few ms of jitter and revokes every token
every 500 requests. The run checks what must hold however unlucky the faults are: every error is
a typed `VeeamError`, no call hangs, no retry duplicates a recovery token, no connection leaks.
Figures go to stdout and to .bench/soak.json; the exit status is 1 when a check fails.

The seeds fix the plan of operations and the fault rolls; which request meets which roll still
depends on how the 50 workers interleave, so counts vary a little from run to run.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import json
import os
import pathlib
import random
import sys
import time
import traceback
import uuid
import warnings
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from veeam_agents_client import VeeamAgentsClient, VeeamError
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / ".bench" / "soak.json"

CALLS = 20_000
CONCURRENCY = 50
POOL = 20
DEADLINE = 60.0  # seconds one call may take, retries and Retry-After waits included, before it counts as a hang
SEED = 2025
MEMORY_WINDOW = 1_000  # memory is sampled after the first and after the last MEMORY_WINDOW calls
SHOWN_TRACEBACKS = 3

GROUPS = 3
ENTITIES_PER_GROUP = 2_000
STABLE_ENTITIES = 1_000  # the first ones of each group are read and acted on; the rest may be deleted
SEEDED_TOKENS = 20  # read and updated, never deleted
SPARE_TOKENS = 200  # created before the soak for the deletes to consume

FAULTS: dict[str, Any] = {
    "latency": 0.001,
    "jitter": 0.004,
    "error_rates": {500: 0.02, 503: 0.02},
    "html_error_rates": {503: 0.01},  # a proxy's HTML page in front of VBR
    "drop_rate": 0.01,
    "revoke_every": 500,
    "seed": SEED,
}
RETRY_AFTER = 1  # seconds; sent with 503s during every other stretch of RETRY_AFTER_STRETCH calls
RETRY_AFTER_STRETCH = 1_000


@dataclass
class Site:
    """What the workers pick from: ids on the fake, and what the soak itself created."""

    groups: list[str]
    stable_entities: dict[str, list[str]]
    deletable_entities: dict[str, list[str]]
    stable_tokens: list[str]
    spare_tokens: list[str]
    sessions: list[str]
    computers: list[str]
    rng: random.Random
    creates_returned: int = 0

    def group(self) -> str:
        """A protection group, at random."""
        return self.rng.choice(self.groups)

    def entities(self, group: str) -> list[str]:
        """One to three entity ids that are never deleted."""
        return self.rng.sample(self.stable_entities[group], self.rng.randint(1, 3))


@dataclass
class Tally:
    """Outcomes of the calls, and the memory samples taken along the way."""

    done: int = 0
    succeeded: int = 0
    typed: Counter[str] = field(default_factory=Counter)
    untyped: Counter[str] = field(default_factory=Counter)
    hangs: int = 0
    tracebacks: list[str] = field(default_factory=list)
    by_operation: Counter[str] = field(default_factory=Counter)
    memory: dict[str, tuple[float, int]] = field(default_factory=dict)


def later(days: int) -> dt.datetime:
    """An aware datetime `days` from now (the fake refuses expiration dates in the past)."""
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=days)


# --- the operations --------------------------------------------------------------------------

Operation = Callable[[VeeamAgentsClient, Site], Awaitable[Any]]


async def token_create(vbr: VeeamAgentsClient, site: Site) -> None:
    """Create a recovery token; count it only once it has come back to us."""
    backup_id = uuid.UUID(int=site.rng.getrandbits(128), version=4)
    token = await vbr.recovery_tokens.create(backup_ids=[backup_id], expiration_date=later(30))
    site.creates_returned += 1
    site.spare_tokens.append(str(token.id))


async def token_delete(vbr: VeeamAgentsClient, site: Site) -> None:
    """Delete a token the soak created (a read when none is left)."""
    if not site.spare_tokens:
        await vbr.recovery_tokens.get(site.rng.choice(site.stable_tokens))
        return
    await vbr.recovery_tokens.delete(site.spare_tokens.pop(site.rng.randrange(len(site.spare_tokens))))


async def token_update(vbr: VeeamAgentsClient, site: Site) -> None:
    """Rename a seeded token and move its expiration date."""
    token_id = site.rng.choice(site.stable_tokens)
    await vbr.recovery_tokens.update(token_id, name=f"soak {site.rng.randrange(10**6)}", expiration_date=later(60))


async def token_iterate(vbr: VeeamAgentsClient, site: Site) -> None:
    """Walk every recovery token, 50 a page."""
    async for _ in vbr.recovery_tokens.iterate(page_size=50):
        pass


async def entities_iterate(vbr: VeeamAgentsClient, site: Site) -> None:
    """Walk the first three pages of a group's entities, then leave the loop."""
    count = 0
    async for _ in vbr.discovered_entities.iterate(site.group(), page_size=50):
        count += 1
        if count >= 150:
            break


async def entity_delete(vbr: VeeamAgentsClient, site: Site) -> None:
    """Delete an entity from the part of a group that nothing else touches."""
    group = site.group()
    victims = site.deletable_entities[group]
    await vbr.discovered_entities.delete(group, victims.pop(site.rng.randrange(len(victims))))


def entity_action(name: str) -> Operation:
    """An agent action (rescan, install...) on one to three stable entities; keeps the session id."""

    async def act(vbr: VeeamAgentsClient, site: Site) -> None:
        group = site.group()
        session = await getattr(vbr.discovered_entities, name)(group, site.entities(group))
        site.sessions.append(str(session.id))

    act.__doc__ = f"discovered_entities.{name} on one to three stable entities."
    return act


OPERATIONS: dict[str, tuple[int, Operation]] = {
    # name: (weight, operation)
    "recovery_tokens.list": (6, lambda vbr, site: vbr.recovery_tokens.list(limit=50)),
    "recovery_tokens.iterate": (2, token_iterate),
    "recovery_tokens.create": (8, token_create),
    "recovery_tokens.get": (8, lambda vbr, site: vbr.recovery_tokens.get(site.rng.choice(site.stable_tokens))),
    "recovery_tokens.update": (6, token_update),
    "recovery_tokens.delete": (6, token_delete),
    "protected_computers.list": (4, lambda vbr, site: vbr.protected_computers.list(limit=20)),
    "protected_computers.get": (5, lambda vbr, site: vbr.protected_computers.get(site.rng.choice(site.computers))),
    "discovered_entities.list": (
        8,
        lambda vbr, site: vbr.discovered_entities.list(site.group(), skip=site.rng.randrange(1_000), limit=50),
    ),
    "discovered_entities.iterate": (3, entities_iterate),
    "discovered_entities.get": (
        11,
        lambda vbr, site: vbr.discovered_entities.get(group := site.group(), site.entities(group)[0]),
    ),
    "discovered_entities.rescan": (4, entity_action("rescan")),
    "discovered_entities.install_agent": (3, entity_action("install_agent")),
    "discovered_entities.uninstall_agent": (2, entity_action("uninstall_agent")),
    "discovered_entities.uninstall_all_components": (2, entity_action("uninstall_all_components")),
    "discovered_entities.delete": (3, entity_delete),
    "agent_packages.list_linux": (4, lambda vbr, site: vbr.agent_packages.list_linux(limit=50)),
    "agent_packages.list_unix": (3, lambda vbr, site: vbr.agent_packages.list_unix(limit=50)),
    "sessions.get": (12, lambda vbr, site: vbr.sessions.get(site.rng.choice(site.sessions))),
}


def plan(calls: int, seed: int) -> list[str]:
    """The operation of every call, drawn by weight from a fixed seed."""
    names = list(OPERATIONS)
    weights = [OPERATIONS[name][0] for name in names]
    return random.Random(seed).choices(names, weights, k=calls)


# --- running the calls -----------------------------------------------------------------------


async def run_one(vbr: VeeamAgentsClient, site: Site, name: str, tally: Tally) -> None:
    """One call under the deadline, its outcome counted by kind."""
    try:
        async with asyncio.timeout(DEADLINE) as deadline:
            await OPERATIONS[name][1](vbr, site)
    except VeeamError as exc:
        tally.typed[type(exc).__name__] += 1
        tally.by_operation[f"{name}: {type(exc).__name__}"] += 1
    except TimeoutError:
        if not deadline.expired():  # a TimeoutError of its own: not ours to name a hang
            raise
        tally.hangs += 1
        tally.by_operation[f"{name}: hang"] += 1
    else:
        tally.succeeded += 1


async def worker(vbr: VeeamAgentsClient, site: Site, fake: FakeVBR, calls: Any, tally: Tally) -> None:
    """Take the next call from the shared plan until none is left."""
    for index, name in calls:
        fake.faults.retry_after = RETRY_AFTER if (index // RETRY_AFTER_STRETCH) % 2 else None
        try:
            await run_one(vbr, site, name, tally)
        except Exception as exc:
            tally.untyped[type(exc).__name__] += 1
            tally.by_operation[f"{name}: {type(exc).__name__}"] += 1
            if len(tally.tracebacks) < SHOWN_TRACEBACKS:
                tally.tracebacks.append("".join(traceback.format_exception(exc)))
        tally.done += 1
        if tally.done == MEMORY_WINDOW:
            tally.memory["first"] = memory()


def memory() -> tuple[float, int]:
    """Resident memory of the process in MB and the live objects the collector tracks, after a collection.

    RSS, not tracemalloc: tracing every allocation made the run four times slower. The object count
    is the finer leak signal; both include the fake server, which runs in this process.
    """
    gc.collect()
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20, len(gc.get_objects())


def established_connections(port: int) -> int:
    """ESTABLISHED TCP sockets of this process whose remote end is `port`: the client side of the pool."""
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as rows:
            next(rows)
            for row in rows:
                columns = row.split()
                remote_port = int(columns[2].rsplit(":", 1)[1], 16)
                if remote_port == port and columns[3] == "01" and columns[9] in inodes:
                    count += 1
    return count


# --- setting up and checking -----------------------------------------------------------------


async def prepare(vbr: VeeamAgentsClient, fake: FakeVBR) -> Site:
    """The ids the workers use, spare tokens to delete and one session to read (before any fault)."""
    groups = fake.group_ids
    ids = {group: fake.entity_ids(group) for group in groups}
    site = Site(
        groups=groups,
        stable_entities={group: ids[group][:STABLE_ENTITIES] for group in groups},
        deletable_entities={group: ids[group][STABLE_ENTITIES:] for group in groups},
        stable_tokens=fake.recovery_token_ids,
        spare_tokens=[],
        sessions=[],
        computers=fake.protected_computer_ids,
        rng=random.Random(SEED),
    )
    for _ in range(SPARE_TOKENS):
        token = await vbr.recovery_tokens.create(backup_ids=[uuid.uuid4()], expiration_date=later(30))
        site.spare_tokens.append(str(token.id))
    session = await vbr.discovered_entities.rescan(groups[0], site.entities(groups[0]))
    site.sessions.append(str(session.id))
    return site


async def soak() -> dict[str, Any]:
    """Run the calls against a faulty fake over loopback and gather the figures."""
    fake = FakeVBR(
        protection_groups=GROUPS,
        entities_per_group=ENTITIES_PER_GROUP,
        recovery_tokens=SEEDED_TOKENS,
        seed=SEED,
    )
    tally = Tally()
    with fake.serve() as server:
        async with VeeamAgentsClient(
            server.base_url, username="admin", password=DEFAULT_PASSWORD, max_connections=POOL
        ) as vbr:
            site = await prepare(vbr, fake)
            created_before = fake.stats.recovery_tokens_created
            fake.stats.reset()
            fake.set_faults(**FAULTS)
            start = time.perf_counter()
            calls = iter(enumerate(plan(CALLS, SEED)))
            await asyncio.gather(*(worker(vbr, site, fake, calls, tally) for _ in range(CONCURRENCY)))
            elapsed = time.perf_counter() - start
            tally.memory["last"] = memory()
            connections = established_connections(server.port)
            fake.clear_faults()
    stats = fake.stats
    (first_mb, first_objects), (last_mb, last_objects) = tally.memory["first"], tally.memory["last"]
    return {
        "calls": tally.done,
        "succeeded": tally.succeeded,
        "typed_errors": dict(tally.typed.most_common()),
        "untyped_exceptions": dict(tally.untyped.most_common()),
        "untyped_tracebacks": tally.tracebacks,
        "hangs": tally.hangs,
        "deadline_s": DEADLINE,
        "recovery_tokens_created_on_server": stats.recovery_tokens_created,
        "recovery_token_creates_returned": site.creates_returned,
        "recovery_tokens_created_before_soak": created_before,
        "open_connections": connections,
        "pool_size": POOL,
        "memory_first_mb": first_mb,
        "memory_last_mb": last_mb,
        "memory_growth_mb": last_mb - first_mb,
        "memory_ratio": last_mb / first_mb,
        "objects_first": first_objects,
        "objects_last": last_objects,
        "objects_ratio": last_objects / first_objects,
        "elapsed_s": elapsed,
        "errors_by_operation": dict(sorted(tally.by_operation.items())),
        "server": {
            "requests": stats.requests,
            "by_status": {str(status): count for status, count in sorted(stats.by_status.items())},
            "faults": dict(sorted(stats.faults.items())),
            "token_requests": stats.token_requests,
            "sessions_started": stats.sessions_started,
        },
        "settings": {"concurrency": CONCURRENCY, "seed": SEED, "faults": FAULTS, "retry_after_s": RETRY_AFTER},
    }


def failures(results: dict[str, Any]) -> list[str]:
    """Why the run fails, one line per broken check (empty when it passes)."""
    checks = [
        (results["untyped_exceptions"] == {}, f"untyped exceptions: {results['untyped_exceptions']}"),
        (results["hangs"] == 0, f"{results['hangs']} calls hung past {DEADLINE:g} s"),
        (
            results["recovery_tokens_created_on_server"] == results["recovery_token_creates_returned"],
            f"{results['recovery_tokens_created_on_server']} recovery tokens created on the server, "
            f"{results['recovery_token_creates_returned']} creates returned: a retry duplicated a side effect",
        ),
        (
            results["open_connections"] <= POOL,
            f"{results['open_connections']} connections open at the end, pool size {POOL}",
        ),
        (results["calls"] == CALLS, f"only {results['calls']} of {CALLS} calls ran"),
    ]
    return [message for ok, message in checks if not ok]


def report(results: dict[str, Any]) -> None:
    """The figures as a short table."""
    calls = results["calls"]
    print(f"soak: {calls:,} calls, {CONCURRENCY} workers, pool {POOL}, {results['elapsed_s']:.1f} s")
    print(f"  succeeded            {results['succeeded']:>8,}  ({results['succeeded'] / calls:.1%})")
    for name, count in results["typed_errors"].items():
        print(f"  {name:20} {count:>8,}")
    print(f"  untyped exceptions   {sum(results['untyped_exceptions'].values()):>8,}")
    print(f"  hangs (> {DEADLINE:g} s)       {results['hangs']:>8,}")
    print(
        f"  recovery tokens      {results['recovery_tokens_created_on_server']:>8,} created on the server, "
        f"{results['recovery_token_creates_returned']:,} creates returned"
    )
    print(f"  open connections     {results['open_connections']:>8,}  (pool {POOL})")
    print(
        f"  memory (RSS)         {results['memory_first_mb']:>8.1f} MB after call {MEMORY_WINDOW:,}, "
        f"{results['memory_last_mb']:.1f} MB at the end "
        f"({results['memory_growth_mb']:+.1f} MB, x{results['memory_ratio']:.2f})"
    )
    print(
        f"  live objects         {results['objects_first']:>8,} after call {MEMORY_WINDOW:,}, "
        f"{results['objects_last']:,} at the end (x{results['objects_ratio']:.2f})"
    )
    server = results["server"]
    print(f"  server               {server['requests']:>8,} requests, faults {server['faults']}")
    for trace in results["untyped_tracebacks"]:
        print(trace, file=sys.stderr)


def main() -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # protected computers are deprecated upstream
        results = asyncio.run(soak())
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n")
    report(results)
    print(f"written to {OUT.relative_to(HERE.parent)}")
    broken = failures(results)
    for message in broken:
        print(f"FAILED: {message}", file=sys.stderr)
    if not broken:
        print("soak passed")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
