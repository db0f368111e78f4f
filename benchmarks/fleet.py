"""Fleet figures for `make bench`: 1,000 clients in one process, each with its own connection pool.

The servers are one fake VBR in another process listening on 1,000 ports over TLS (one CA). The
clients verify as a default client does (``verify=True``), with SSL_CERT_FILE naming certifi's
whole bundle plus the fake's CA: each would hold 700-850 KB of CAs if it built its own context.
Each client logs in and lists recovery tokens, at most 100 at a time, and stays open until all
are done, as a service holding one client per customer server would; then all are closed.

The clients run in a fresh interpreter of their own (memory that earlier benchmarks freed would
otherwise hide the fleet's growth); ``make bench ONLY=fleet`` runs only this part.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import certifi

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.testing import DEFAULT_PASSWORD

CLIENTS = 1000
AT_ONCE = 100
CLOSE_WAIT = 5.0  # seconds the sockets get to close after the last aclose()


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def allow_open_files(count: int) -> None:
    """Raise the soft limit on open files (children inherit it): a socket per client here, two per
    server (listening and accepted) in the fake's process."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < count:
        if hard != resource.RLIM_INFINITY and hard < count:
            raise RuntimeError(f"the fleet needs {count} open files; this machine allows {hard} (ulimit -Hn)")
        resource.setrlimit(resource.RLIMIT_NOFILE, (count, hard))


async def visit(vbr: VeeamAgentsClient, gate: asyncio.Semaphore) -> None:
    async with gate:
        await vbr.login()
        await vbr.recovery_tokens.list()


async def close(vbr: VeeamAgentsClient, gate: asyncio.Semaphore) -> None:
    async with gate:
        await vbr.aclose()


def client(base_url: str) -> VeeamAgentsClient:
    return VeeamAgentsClient(base_url, username="admin", password=DEFAULT_PASSWORD)


def fleet_figures(fake_process: Callable[..., contextlib.AbstractContextManager[dict[str, Any]]]) -> dict[str, float]:
    """Serve the fleet from a fake in its own process, and measure the clients in another whose
    SSL_CERT_FILE names certifi's bundle plus the fake's CA."""
    allow_open_files(3 * CLIENTS + 256)
    with (
        fake_process("--tls", f"--servers={CLIENTS}", "--groups=1", "--entities=1") as fake,
        tempfile.TemporaryDirectory(prefix="fleet-") as folder,
    ):
        assert len(set(fake["base_urls"])) == CLIENTS, len(fake["base_urls"])
        bundle = Path(folder, "bundle.pem")
        bundle.write_bytes(Path(certifi.where()).read_bytes() + b"\n" + Path(fake["ca_path"]).read_bytes())
        child = subprocess.run(
            [sys.executable, __file__],
            input=json.dumps(fake["base_urls"]),
            stdout=subprocess.PIPE,
            env=os.environ | {"SSL_CERT_FILE": str(bundle)},
            text=True,
            check=True,
        )
    figures: dict[str, float] = json.loads(child.stdout.splitlines()[-1])
    return figures


async def measure(urls: list[str]) -> dict[str, float]:
    """In the child: RSS and open files before the fleet, once built, after the calls and after closing."""
    gate = asyncio.Semaphore(AT_ONCE)
    warm = client(urls[0])  # every module a call loads is loaded before the baseline
    await visit(warm, gate)
    await warm.aclose()
    del warm
    gc.collect()
    rss, fds = rss_bytes(), open_fds()

    start = time.perf_counter()
    fleet = [client(url) for url in urls]
    gc.collect()
    constructed = rss_bytes()
    outcomes = await asyncio.gather(*(visit(vbr, gate) for vbr in fleet), return_exceptions=True)
    seconds = time.perf_counter() - start
    gc.collect()
    called = rss_bytes()

    await asyncio.gather(*(close(vbr, gate) for vbr in fleet))
    closed = time.perf_counter()
    while open_fds() > fds and time.perf_counter() - closed < CLOSE_WAIT:  # noqa: ASYNC110 (polls the OS)
        await asyncio.sleep(0.05)  # the loop runs the transports' last callbacks meanwhile
    close_seconds = time.perf_counter() - closed
    fds_after_close = open_fds() - fds
    errors = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
    for error in errors[:3]:
        print(f"fleet error: {type(error).__name__}: {error}", file=sys.stderr)
    return {
        "fleet_kb_per_client": (called - rss) / len(urls) / 1024,
        "fleet_kb_per_client_constructed": (constructed - rss) / len(urls) / 1024,
        "fleet_seconds": seconds,
        "fleet_errors": len(errors),
        "fleet_fds_after_close": fds_after_close,
        "fleet_close_seconds": close_seconds,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(measure(json.loads(sys.stdin.read())))))
