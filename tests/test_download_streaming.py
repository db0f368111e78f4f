"""What a download writes: a file at a path or in a folder, a file object (one that takes part of each
write, an async one), the archive the spec asks for, progress (sync or async, a few times a second,
a known or unknown total), flat memory, and the fsync and atomic rename that put the file in place."""

# Files are looked at and opened inside async tests on purpose: the test checks the disk.
# ruff: noqa: ASYNC240

from __future__ import annotations

import asyncio
import gc
import io
import itertools
import os
import pathlib
import stat
import tarfile
import time
import tracemalloc
import zipfile
from typing import Any

import aiofiles
import httpx
import pytest
from conftest import GROUP_ID
from download_helpers import (
    LINUX,
    MEDIA_DEPRECATION,
    SIZE,
    Spec,
    client,
    entity,
    fresh_faults,  # noqa: F401 (the fixture fresh)
    group,
    host,
    linux_spec,
    sha256,
    shared_fake,  # noqa: F401 (the fixture fake)
    tls_server,  # noqa: F401 (the fixture server)
)

from veeam_agents_client import Download
from veeam_agents_client._downloads import PROGRESS_INTERVAL
from veeam_agents_client.testing import FakeVBR, RunningServer
from veeam_agents_client.testing._files import iso_image

pytestmark = MEDIA_DEPRECATION


async def test_recovery_media_streams_to_a_path_with_progress(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / "media.iso"
    seen: list[tuple[int, int | None]] = []
    async with client(server) as vbr:
        with pytest.warns(DeprecationWarning, match="create_recovery_media_task"):
            result = await vbr.discovered_entities.create_recovery_media(
                group(fake), entity(fake), target, progress=lambda done, total: seen.append((done, total))
            )
    assert isinstance(result, Download)
    assert result.path == target and result.bytes_written == SIZE == target.stat().st_size
    assert result.content_type == "application/vnd.efi.iso"
    # filename* (UTF-8, RFC 6266) wins over the plain ASCII filename the fake also sends
    assert result.filename == f"VeeamRecoveryMedia_{host(fake)}.iso"
    assert sha256(target.read_bytes()) == sha256(iso_image(SIZE, fake.seed))
    assert target.read_bytes()[32769:32774] == b"CD001"
    assert seen[0] == (0, SIZE) and seen[-1] == (SIZE, SIZE)
    assert all(total == SIZE for _, total in seen)
    assert all(a < b for (a, _), (b, _) in itertools.pairwise(seen))
    assert sorted(tmp_path.iterdir()) == [target]  # no temporary file left beside it


async def test_a_folder_destination_takes_the_servers_name(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    async with client(server) as vbr:
        media = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), str(tmp_path))
        packages = await vbr.protection_groups.download_packages(group(fake), linux_spec("Tar"), tmp_path)
    assert media.path == tmp_path / f"VeeamRecoveryMedia_{host(fake)}.iso"
    assert packages.path is not None and packages.path.parent == tmp_path
    assert packages.path.name == packages.filename and packages.filename.endswith(".tar")
    assert sorted(tmp_path.iterdir()) == sorted([media.path, packages.path])
    media.path.write_bytes(b"an older image")
    async with client(server) as vbr:  # the same name again: the file there is replaced
        again = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), f"{tmp_path}{os.sep}")
    assert again.path == media.path and media.path.stat().st_size == SIZE
    assert sorted(tmp_path.iterdir()) == sorted([media.path, packages.path])


@pytest.mark.parametrize("kind", ["Zip", "Tar"])
async def test_packages_stream_as_the_archive_the_spec_asks_for(
    fake: FakeVBR, server: RunningServer, kind: str
) -> None:
    spec = linux_spec(kind)
    spec.include_windows_packages = True
    buffer = io.BytesIO()
    seen: list[tuple[int, int | None]] = []
    async with client(server) as vbr:
        result = await vbr.protection_groups.download_packages(
            group(fake), spec, buffer, progress=lambda done, total: seen.append((done, total))
        )
    assert result.path is None and result.bytes_written == len(buffer.getvalue()) == seen[-1][0]
    assert not buffer.closed  # the caller's file stays the caller's
    buffer.seek(0)
    expected = ["Windows/VeeamAgentWindows.exe", *(f"Linux/{name}" for name in LINUX)]
    if kind == "Zip":
        archive = zipfile.ZipFile(buffer)
        assert archive.namelist() == expected and archive.testzip() is None  # every CRC checks out
        assert sum(info.file_size for info in archive.infolist()) == SIZE
        assert result.content_type == "application/zip" and result.filename.endswith(".zip")
    else:
        with tarfile.open(fileobj=buffer) as archive:
            assert archive.getnames() == expected
            assert sum(member.size for member in archive.getmembers()) == SIZE
        assert result.content_type == "application/x-tar" and result.filename.endswith(".tar")


async def test_a_raw_file_that_takes_part_of_each_write_gets_everything(fake: FakeVBR, server: RunningServer) -> None:
    class Trickle(io.RawIOBase):
        def __init__(self) -> None:
            self.data = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, chunk: Any) -> int:
            taken = bytes(chunk[:1000])
            self.data += taken
            return len(taken)

    sink = Trickle()
    async with client(server) as vbr:
        result = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), sink)  # type: ignore[arg-type]
    assert result.bytes_written == len(sink.data) == SIZE
    assert sha256(bytes(sink.data)) == sha256(iso_image(SIZE, fake.seed))


async def test_memory_stays_flat_while_a_large_file_streams(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    fake.download_size = 64 << 20
    async with client(server) as vbr:
        await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path / "warm.iso")
        gc.collect()
        tracemalloc.start()
        try:
            result = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path / "a.iso")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert result.bytes_written == 64 << 20
    assert peak < 16 << 20, f"{peak / 2**20:.1f} MiB traced while 64 MiB streamed"


async def test_an_async_file_object_gets_every_byte(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    class Trickle:
        """An async writer that takes part of each write."""

        closed = False

        def __init__(self) -> None:
            self.data = bytearray()

        async def write(self, chunk: Any) -> int:
            await asyncio.sleep(0)
            self.data += chunk[:100_000]
            return min(len(chunk), 100_000)

    trickle = Trickle()
    async with client(server) as vbr:
        async with aiofiles.open(tmp_path / "media.iso", "wb") as sink:
            result = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), sink)  # type: ignore[arg-type]
            assert not sink.closed  # the caller's file stays the caller's
        trickled = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), trickle)  # type: ignore[arg-type]
    assert result.path is None and result.bytes_written == SIZE == (tmp_path / "media.iso").stat().st_size
    assert sha256((tmp_path / "media.iso").read_bytes()) == sha256(iso_image(SIZE, fake.seed))
    assert trickled.bytes_written == len(trickle.data) == SIZE
    assert sha256(bytes(trickle.data)) == sha256(iso_image(SIZE, fake.seed))


async def test_an_async_progress_callback_is_awaited(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    seen: list[tuple[int, int | None]] = []

    async def progress(done: int, total: int | None) -> None:
        await asyncio.sleep(0)
        seen.append((done, total))

    async def stop(done: int, total: int | None) -> None:
        await asyncio.sleep(0)
        if done:
            raise KeyError("stop")

    queue: asyncio.Queue[tuple[int, int | None]] = asyncio.Queue()
    async with client(server) as vbr:
        await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path, progress=progress)
        # any callable whose result is awaitable: here a queue's put, a coroutine
        sink = io.BytesIO()
        await vbr.protection_groups.download_packages(
            group(fake), linux_spec(), sink, progress=lambda done, total: queue.put((done, total))
        )
        with pytest.raises(KeyError, match="stop"):
            await vbr.protection_groups.download_packages(group(fake), linux_spec(), tmp_path / "p.zip", progress=stop)
    assert seen[0] == (0, SIZE) and seen[-1] == (SIZE, SIZE)
    queued = [queue.get_nowait() for _ in range(queue.qsize())]
    assert queued[0][0] == 0 and queued[-1] == (len(sink.getvalue()),) * 2
    assert not (tmp_path / "p.zip").exists() and len(list(tmp_path.iterdir())) == 1


async def test_the_file_is_on_disk_before_it_takes_its_name_and_keeps_the_old_ones_permissions(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fsync on the complete temporary file, then the atomic rename of that same file; a replaced
    file's permission bits stay, a new file gets the usual ones (0o666 less the umask)."""
    events: list[tuple[str, int, int]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        events.append(("fsync", os.fstat(descriptor).st_ino, os.fstat(descriptor).st_size))
        real_fsync(descriptor)

    def replace(source: Any, target: Any, **kwargs: Any) -> None:
        events.append(("replace", os.stat(source).st_ino, os.stat(source).st_size))
        real_replace(source, target, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    existing = tmp_path / "media.iso"
    existing.write_bytes(b"the previous image")
    existing.chmod(0o640)
    umask = os.umask(0o022)
    os.umask(umask)
    async with client(server) as vbr:
        replaced = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), existing)
        inode = existing.stat().st_ino
        assert events == [("fsync", inode, SIZE), ("replace", inode, SIZE)]
        created = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path / "new.iso")
    assert replaced.path == existing and existing.stat().st_size == SIZE
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    assert created.path is not None and stat.S_IMODE(created.path.stat().st_mode) == 0o666 & ~umask
    assert [kind for kind, _, _ in events] == ["fsync", "replace"] * 2


async def test_progress_comes_a_few_times_a_second_not_once_a_chunk(fake: FakeVBR, server: RunningServer) -> None:
    """`progress=print` on a large image: a few lines a second, the first at 0, the last at the total."""

    class Chunks(io.BytesIO):
        writes = 0

        def write(self, chunk: Any) -> int:
            self.writes += 1
            return super().write(chunk)

    size = 8 << 20
    fake.download_size = size
    fake.set_faults(
        slow_body_rate=1.0, slow_chunk_size=16 << 10, slow_chunk_delay=0.002
    )  # 512 chunks, a second or more
    seen: list[tuple[int, int | None]] = []
    sink = Chunks()
    async with client(server) as vbr:
        started = time.monotonic()
        await vbr.discovered_entities.create_recovery_media(
            group(fake), entity(fake), sink, progress=lambda done, total: seen.append((done, total))
        )
        elapsed = time.monotonic() - started
    assert sink.writes >= 100 and elapsed >= 1.0  # many chunks, over a second
    assert seen[0] == (0, size) and seen[-1] == (size, size)
    assert 1 <= len(seen) - 2 <= elapsed / PROGRESS_INTERVAL + 1  # some calls between, none closer than the interval
    assert all(a < b for (a, _), (b, _) in itertools.pairwise(seen))


async def test_an_exception_from_progress_aborts_the_download(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    def progress(done: int, total: int | None) -> None:
        if done > SIZE // 3:
            raise KeyError("stop")

    async with client(server) as vbr:
        with pytest.raises(KeyError, match="stop"):
            await vbr.protection_groups.download_packages(group(fake), linux_spec(), tmp_path, progress=progress)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("length", ["\u00b2", "-5", "1e3", "0x10", "\uff15"])  # a superscript and a full-width digit
async def test_a_content_length_that_is_no_number_means_an_unknown_size(
    stub: Any, make_client: Any, tmp_path: pathlib.Path, length: str
) -> None:
    body = b"x" * 5000
    stub.route("POST", f"/api/v1/agents/protectionGroups/{GROUP_ID}/packages",
               lambda r: httpx.Response(200, content=body, headers=[(b"content-length", length.encode())]))  # fmt: skip
    seen: list[tuple[int, int | None]] = []
    async with make_client() as vbr:
        result = await vbr.protection_groups.download_packages(
            GROUP_ID, Spec(include_mac_packages=True), tmp_path, progress=lambda done, total: seen.append((done, total))
        )
    assert result.bytes_written == 5000 and seen[-1] == (5000, None)
    assert result.path is not None and result.path.read_bytes() == body
