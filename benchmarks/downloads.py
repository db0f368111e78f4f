"""Download figures for `make bench`: memory of a 2 GiB download, and throughput against bare httpx.

Both read recovery media ISOs from a fake VBR in its own process over loopback. The memory figure
comes from a child process of its own (a fresh interpreter whose peak RSS is that download's).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import httpx

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.models import DiscoveredComputerEntityModel
from veeam_agents_client.testing import DEFAULT_PASSWORD

RSS_SIZE = 2 << 30
SPEED_SIZE = 512 << 20
SPEED_ROUNDS = 3

warnings.filterwarnings("ignore", "VBR deprecates create_recovery_media_for", DeprecationWarning)


async def first_computer(vbr: VeeamAgentsClient, group: str) -> str:
    async for entity in vbr.discovered_entities.iterate(group):
        if isinstance(entity, DiscoveredComputerEntityModel):
            return str(entity.id)
    raise RuntimeError("the fake has no discovered computer")


def rss_now_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def reset_peak_rss() -> None:
    """Linux: writing 5 to clear_refs resets the process's peak RSS (VmHWM) to its current RSS."""
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


def peak_rss_mb() -> float:
    """The peak RSS of this process's memory since the last reset (VmHWM).

    Not `getrusage().ru_maxrss`: Linux carries that across fork and exec, so a child of the
    benchmark reports the benchmark's own peak (131 MB by then) as its own."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    raise RuntimeError("no VmHWM in /proc/self/status")


async def measure_rss(base_url: str, group: str, folder: str) -> dict[str, float]:
    """In the child: warm up with the start of a download, then how much a 2 GiB one adds to peak RSS."""
    async with VeeamAgentsClient(base_url, username="admin", password=DEFAULT_PASSWORD) as vbr:
        entity = await first_computer(vbr, group)

        def stop_early(done: int, total: int | None) -> None:
            if done > 16 << 20:
                raise InterruptedError

        with contextlib.suppress(InterruptedError):  # until a progress call past 16 MiB: every code path has run once
            await vbr.discovered_entities.create_recovery_media(group, entity, folder, progress=stop_early)
        before = peak_rss_mb()  # informative: the peak of the imports, the login and the warm-up
        reset_peak_rss()  # what happened before must not count
        baseline = rss_now_mb()
        done = await vbr.discovered_entities.create_recovery_media(group, entity, Path(folder, "big.iso"))
        peak = peak_rss_mb()
    assert done.bytes_written == RSS_SIZE, done
    return {
        "download_peak_rss_mb": peak - baseline,
        "download_baseline_rss_mb": baseline,
        "download_peak_before_mb": before,
    }


def download_peak_rss_mb(fake_process: Any) -> dict[str, float]:
    """A 2 GiB recovery media download in a fresh process: what it adds to that process's peak RSS."""
    with (
        fake_process("--groups=1", "--entities=20", f"--download-size={RSS_SIZE}") as fake,
        tempfile.TemporaryDirectory(prefix="bench-download-") as folder,
    ):
        child = subprocess.run(
            [sys.executable, __file__, "rss", fake["base_url"], fake["group_ids"][0], folder],
            check=True,
            capture_output=True,
            text=True,
        )
    figures: dict[str, float] = json.loads(child.stdout)
    return figures


async def throughput(base_url: str, group: str) -> dict[str, float]:
    """Best of interleaved rounds: the client's download against a bare httpx stream to a file."""
    async with (
        VeeamAgentsClient(base_url, username="admin", password=DEFAULT_PASSWORD) as vbr,
        httpx.AsyncClient(base_url=base_url) as bare,
    ):
        entity = await first_computer(vbr, group)
        login = {"grant_type": "Password", "username": "admin", "password": DEFAULT_PASSWORD}
        token = (await bare.post("/api/oauth2/token", data=login, headers={"x-api-version": vbr.api_version})).json()
        headers = {"x-api-version": vbr.api_version, "Authorization": f"Bearer {token['access_token']}"}
        path = f"/api/v1/agents/protectionGroups/{group}/discoveredEntities/{entity}/createRecoveryMedia"
        params = {"format": "Iso", "allowRemoteBmr": "false"}

        async def ours(target: Path) -> int:
            return (await vbr.discovered_entities.create_recovery_media(group, entity, target)).bytes_written

        async def theirs(target: Path) -> int:
            async with bare.stream("GET", path, params=params, headers=headers) as response:
                response.raise_for_status()
                with open(target, "wb") as file:  # noqa: ASYNC230 (as the client writes: in the loop)
                    async for chunk in response.aiter_bytes():
                        file.write(chunk)
            return target.stat().st_size  # noqa: ASYNC240

        best = {"ours": float("inf"), "httpx": float("inf")}
        with tempfile.TemporaryDirectory(prefix="bench-download-") as folder:
            for _ in range(SPEED_ROUNDS):
                for name, download in (("ours", ours), ("httpx", theirs)):
                    target = Path(folder, f"{name}.iso")
                    start = time.perf_counter()
                    assert await download(target) == SPEED_SIZE
                    best[name] = min(best[name], time.perf_counter() - start)
                    target.unlink()  # noqa: ASYNC240
    return {
        "download_vs_httpx": best["httpx"] / best["ours"],  # throughput ratio: ours over bare httpx
        "download_mb_per_s": SPEED_SIZE / best["ours"] / 2**20,
        "download_httpx_mb_per_s": SPEED_SIZE / best["httpx"] / 2**20,
    }


async def download_vs_httpx(fake_process: Any) -> dict[str, float]:
    with fake_process("--groups=1", "--entities=20", f"--download-size={SPEED_SIZE}") as fake:
        return await throughput(fake["base_url"], fake["group_ids"][0])


if __name__ == "__main__":  # the child of download_peak_rss_mb
    print(json.dumps(asyncio.run(measure_rss(*sys.argv[2:5]))))
