"""Streamed downloads (recovery media ISO, protection group packages) against the fake VBR over TLS."""

# Files are looked at and opened inside async tests on purpose: the test checks the disk.
# ruff: noqa: ASYNC240

from __future__ import annotations

import asyncio
import errno
import gc
import hashlib
import io
import itertools
import os
import pathlib
import ssl
import stat
import tarfile
import tempfile
import time
import tracemalloc
import urllib.parse
import zipfile
from collections.abc import Iterator
from typing import Any

import aiofiles
import httpx
import pytest
from conftest import ENTITY_ID, GROUP_ID, REVISIONS, ROOT
from contract import DISPOSITIONS, header_bytes
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from veeam_agents_client import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    Download,
    ForbiddenError,
    IncompleteDownloadError,
    NotFoundError,
    UnexpectedResponseError,
    UnsupportedOperationError,
    VeeamAgentsClient,
)
from veeam_agents_client._downloads import PROGRESS_INTERVAL
from veeam_agents_client._filenames import NAME_MAX, filename_from, safe_filename
from veeam_agents_client.models import (
    PreInstalledAgentsPackagesModel,
    PreInstalledAgentsProtectionGroupPackageSpec,
)
from veeam_agents_client.models import PreInstalledAgentsProtectionGroupPackageSpecFormat as PackageFormat
from veeam_agents_client.revisions import OPERATIONS, QUERY_PARAMETERS
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer
from veeam_agents_client.testing._files import iso_image

PROPS = settings(derandomize=True, database=None, deadline=None)
pytestmark = pytest.mark.filterwarnings("ignore:VBR deprecates create_recovery_media_for:DeprecationWarning")

SIZE = 3 * (1 << 20) + 12345  # several chunks and a partial last one
LINUX = ["Debian 12 x64 - 13.0.0.609", "Ubuntu 24.4 x64 - 13.0.0.609"]
Spec = PreInstalledAgentsProtectionGroupPackageSpec


@pytest.fixture(scope="module")
def fake() -> FakeVBR:
    fake = FakeVBR(protection_groups=1, entities_per_group=30, download_size=SIZE, seed=3)
    fake.add_entity(fake.group_ids[0], type="Cluster")
    return fake


@pytest.fixture(scope="module")
def server(fake: FakeVBR) -> Iterator[RunningServer]:
    with fake.serve(tls=True) as running:
        yield running


@pytest.fixture(autouse=True)
def fresh(fake: FakeVBR) -> Iterator[None]:
    fake.clear_faults()
    fake.download_size = SIZE
    yield
    fake.clear_faults()


def client(server: RunningServer, **kwargs: Any) -> VeeamAgentsClient:
    kwargs.setdefault("username", "admin")
    return VeeamAgentsClient(server.base_url, password=DEFAULT_PASSWORD, verify=server.verify, **kwargs)


def group(fake: FakeVBR) -> str:
    return fake.group_ids[0]


def entity(fake: FakeVBR, computer: bool = True) -> str:
    """A discovered computer of the group (or, with computer=False, a cluster or AD object)."""
    kinds = [(e, (fake.entity(group(fake), e) or {})["type"]) for e in fake.entity_ids(group(fake))]
    return next(e for e, kind in kinds if (kind == "Computer") == computer)


def host(fake: FakeVBR) -> str:
    return str((fake.entity(group(fake), entity(fake)) or {})["name"])


def sha256(data: bytes | Iterator[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in [data] if isinstance(data, bytes) else data:
        digest.update(chunk)
    return digest.hexdigest()


def linux_spec(format: str = "Zip") -> Spec:
    return Spec(
        format_=PackageFormat(format), linux_packages=PreInstalledAgentsPackagesModel(include=True, package_names=LINUX)
    )


# --- what a download writes ----------------------------------------------------------------------


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


# --- failures leave nothing behind ---------------------------------------------------------------


async def test_a_connection_dropped_midway_removes_the_partial_file(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / "media.iso"
    target.write_bytes(b"the previous image")
    fake.set_faults(drop_body_after=SIZE // 2, path_pattern="createRecoveryMedia")
    seen: list[int] = []
    async with client(server) as vbr:
        with pytest.raises(IncompleteDownloadError) as caught:
            await vbr.discovered_entities.create_recovery_media(
                group(fake), entity(fake), target, progress=lambda done, total: seen.append(done)
            )
        assert fake.stats.faults["drop_body"] == 1
        error = caught.value
        assert isinstance(error, ApiConnectionError) and isinstance(error.__cause__, httpx.TransportError)
        assert error.expected == SIZE and seen[-1] <= error.received <= SIZE // 2 < error.expected
        assert error.method == "GET" and "createRecoveryMedia" in error.url
        # only the file that was there before: a failed download never replaces it
        assert sorted(tmp_path.iterdir()) == [target] and target.read_bytes() == b"the previous image"
        # a caller's file object keeps what came, for the caller to deal with
        fake.set_faults(drop_body_after=SIZE // 2)
        buffer = io.BytesIO()
        with pytest.raises(IncompleteDownloadError):
            await vbr.protection_groups.download_packages(group(fake), linux_spec(), buffer)
        assert 0 < len(buffer.getvalue()) <= SIZE // 2 and not buffer.closed
        fake.clear_faults()
        assert (await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), target)).bytes_written
    assert target.stat().st_size == SIZE


async def test_a_name_the_file_system_refuses_is_the_servers_error(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    """Safe names the file system still will not take there: a folder already has the name, or
    the folder's path and the name together are longer than the system allows."""
    taken = tmp_path / "taken" / "media.zip"
    taken.mkdir(parents=True)
    deep = tmp_path / "deep"
    while len(os.fsencode(deep)) < 4000:  # PATH_MAX on Linux is 4096: the folder fits, folder/long name does not
        deep /= "d" * min(200, 4000 - len(os.fsencode(deep)))
    deep.mkdir(parents=True)
    cases = {
        taken.parent: 'attachment; filename="media.zip"',
        deep: f'attachment; filename="{"n" * 200}.zip"',
    }
    async with client(server) as vbr:
        for folder, header in cases.items():
            fake.set_faults(response_headers={"content-disposition": header}, path_pattern="packages")
            sent = fake.stats.requests
            with pytest.raises(UnexpectedResponseError, match="refuses the file name the server suggests") as caught:
                await vbr.protection_groups.download_packages(group(fake), linux_spec(), folder)
            assert fake.stats.requests == sent + 1
            assert caught.value.status_code == 200 and caught.value.body == f"Content-Disposition: {header}"
            assert isinstance(caught.value.__cause__, OSError)
    assert list(taken.parent.iterdir()) == [taken] and list(taken.iterdir()) == []
    assert list(deep.iterdir()) == []


async def test_an_os_error_of_the_callers_side_is_raised_as_is(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No right to write in the folder is not the server's fault, even when the server names the file."""
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if pathlib.Path(path).parent == tmp_path:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    async with client(server) as vbr:
        with pytest.raises(PermissionError):
            await vbr.protection_groups.download_packages(group(fake), linux_spec(), tmp_path)
    assert list(tmp_path.iterdir()) == []


async def test_a_body_shorter_than_its_content_length_is_an_error(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    fake.set_faults(content_length_offset=1000, path_pattern="packages")
    async with client(server) as vbr:
        with pytest.raises(IncompleteDownloadError) as caught:
            await vbr.protection_groups.download_packages(group(fake), linux_spec("Tar"), tmp_path)
    assert caught.value.expected == caught.value.received + 1000
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("offset", "sent"), [(1000, "only"), (-1000, "more than")])
async def test_the_client_checks_the_size_itself(fake: FakeVBR, tmp_path: pathlib.Path, offset: int, sent: str) -> None:
    """In-process, no HTTP/1.1 framing stands between the lie and the client: its own check must catch it."""
    fake.set_faults(content_length_offset=offset)
    async with VeeamAgentsClient(
        "https://vbr", username="admin", password=DEFAULT_PASSWORD, transport=fake.transport()
    ) as vbr:
        with pytest.raises(IncompleteDownloadError, match=f"sent {sent}") as caught:
            await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path)
    assert caught.value.expected == SIZE + offset and caught.value.__cause__ is None
    assert list(tmp_path.iterdir()) == []


async def test_an_error_status_is_its_typed_error_and_writes_nothing(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    missing = "0b6cdbd5-3bd0-47b3-8f6d-6d3b7e7e3b9a"
    async with client(server) as vbr:
        with pytest.raises(NotFoundError) as caught:
            await vbr.discovered_entities.create_recovery_media(group(fake), missing, tmp_path / "x.iso")
        assert caught.value.status_code == 404 and caught.value.resource_id == missing
        assert missing in caught.value.body
        with pytest.raises(ApiError) as refused:
            await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake, computer=False), tmp_path)
        assert refused.value.status_code == 400
        with pytest.raises(NotFoundError):
            await vbr.protection_groups.download_packages(missing, linux_spec(), tmp_path)
    async with client(server, username="operator") as vbr:
        with pytest.raises(ForbiddenError):
            await vbr.protection_groups.download_packages(group(fake), linux_spec(), tmp_path)
    assert list(tmp_path.iterdir()) == []


async def test_a_stalled_body_times_out(fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path) -> None:
    fake.set_faults(slow_body_rate=1.0, slow_chunk_size=256 << 10, slow_chunk_delay=1.0, path_pattern="packages")
    async with client(server, timeout=0.3) as vbr:
        with pytest.raises(ApiTimeoutError) as caught:
            await vbr.protection_groups.download_packages(group(fake), linux_spec(), tmp_path)
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert list(tmp_path.iterdir()) == []


async def test_cancelling_a_download_removes_the_partial_file(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    started = asyncio.Event()

    def progress(done: int, total: int | None) -> None:
        if 0 < done < SIZE:
            started.set()

    fake.set_faults(slow_body_rate=1.0, slow_chunk_size=32 << 10, slow_chunk_delay=0.01)  # a second or more
    async with client(server) as vbr:
        job = asyncio.create_task(
            vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path, progress=progress)
        )
        await started.wait()
        assert list(tmp_path.iterdir())  # the temporary file is there while it streams
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job
        assert list(tmp_path.iterdir()) == []
        # the client is fine afterwards
        fake.clear_faults()
        assert (await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path)).path


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


# --- auth, retries, revisions ------------------------------------------------------------------


async def test_a_revoked_token_is_renewed_and_the_download_replayed(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    async with client(server) as vbr:
        await vbr.login()
        for download in (
            lambda: vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path / "a.iso"),
            lambda: vbr.protection_groups.download_packages(group(fake), linux_spec(), tmp_path / "b.zip"),
        ):
            fake.revoke_all_tokens()
            before, logins = fake.stats.by_status[401], fake.stats.token_requests
            result = await download()
            assert fake.stats.by_status[401] == before + 1 and fake.stats.token_requests > logins  # logged in again
            assert result.path is not None and result.path.stat().st_size == result.bytes_written >= SIZE


async def test_an_expired_token_is_refreshed_before_the_download(tmp_path: pathlib.Path) -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=5, access_token_lifetime=1)
    with fake.serve(tls=True) as served:
        async with client(served) as vbr:
            await asyncio.sleep(1.1)  # the token's second is over
            result = await vbr.protection_groups.download_packages(group(fake), linux_spec(), tmp_path)
    assert result.bytes_written > 0 and fake.stats.token_requests == 2 and fake.stats.by_status[401] == 0


def test_gets_are_retried_before_the_body_and_posts_are_not(
    stub: Any, make_client: Any, tmp_path: pathlib.Path
) -> None:
    answers = {"GET": [503, 200], "POST": [503, 200]}

    def answer(request: httpx.Request) -> httpx.Response:
        status = answers[request.method].pop(0)
        if status != 200:
            return httpx.Response(status, json={"errorCode": "ServiceUnavailable", "message": "busy"})
        return httpx.Response(200, content=b"x" * 5000, headers={"content-type": "application/octet-stream"})

    stub.route("GET", f"/api/v1/agents/protectionGroups/{GROUP_ID}/discoveredEntities/{ENTITY_ID}/createRecoveryMedia",
               answer)  # fmt: skip
    stub.route("POST", f"/api/v1/agents/protectionGroups/{GROUP_ID}/packages", answer)

    async def run() -> None:
        async with make_client(max_retries=2) as vbr:
            media = await vbr.discovered_entities.create_recovery_media(GROUP_ID, ENTITY_ID, tmp_path / "m.iso")
            assert media.bytes_written == 5000 and media.filename is None
            with pytest.raises(ApiError) as caught:
                await vbr.protection_groups.download_packages(GROUP_ID, Spec(include_mac_packages=True), tmp_path)
            assert caught.value.status_code == 503

    asyncio.run(run())
    assert [r.method for r in stub.api_requests()] == ["GET", "GET", "POST"]
    assert stub.api_requests()[0].headers["accept-encoding"] == "identity"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.iso"]


@pytest.mark.parametrize(
    "content_type", ["text/html; charset=utf-8", "Text/HTML; charset=UTF-8", "application/json", "APPLICATION/JSON"]
)
async def test_a_page_instead_of_the_file_is_refused(
    stub: Any, make_client: Any, tmp_path: pathlib.Path, content_type: str
) -> None:
    page = b"<html><title>Sign in</title></html>"
    stub.route("POST", f"/api/v1/agents/protectionGroups/{GROUP_ID}/packages",
               lambda r: httpx.Response(200, content=page, headers={"content-type": content_type}))  # fmt: skip
    async with make_client() as vbr:
        with pytest.raises(UnexpectedResponseError) as caught:
            await vbr.protection_groups.download_packages(GROUP_ID, Spec(include_mac_packages=True), tmp_path)
    assert caught.value.status_code == 200 and "Sign in" in caught.value.body
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


@pytest.mark.parametrize("revision", REVISIONS)
async def test_revisions_without_the_operation_refuse_before_any_request(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path, revision: str
) -> None:
    def has(operation: str) -> bool:
        since, until = OPERATIONS[operation]
        key = REVISIONS.index
        return key(since) <= key(revision) and (until is None or key(revision) <= key(until))

    async with client(server, api_version=revision) as vbr:
        for operation, call in (
            (
                "create_recovery_media_for_discovered_entity",
                lambda: vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path / "m.iso"),
            ),
            (
                "download_protection_group_packages",
                lambda: vbr.protection_groups.download_packages(group(fake), linux_spec(), tmp_path / "p.zip"),
            ),
        ):
            sent = fake.stats.requests
            if has(operation):
                assert (await call()).bytes_written > 0
                assert fake.stats.requests == sent + 1
            else:
                with pytest.raises(UnsupportedOperationError) as caught:
                    await call()
                assert caught.value.operation == operation and caught.value.revision == revision
                assert fake.stats.requests == sent
    assert (tmp_path / "p.zip").exists() == has("download_protection_group_packages")


# --- Content-Disposition -------------------------------------------------------------------------


LONG_STEM = "é" * 200  # 400 bytes of UTF-8


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ('attachment; filename="media.iso"', "media.iso"),
        ("attachment; filename=plain.zip", "plain.zip"),
        ("attachment; filename=\"fallback.iso\"; filename*=UTF-8''%E2%82%AC%20rates.iso", "€ rates.iso"),
        ("attachment; filename*=UTF-8''%E2%82%AC.iso; filename=\"fallback.iso\"", "€.iso"),
        ("attachment; filename*=iso-8859-1'en'%A3%20rates.tar", "£ rates.tar"),
        ("attachment; filename=\"plain.iso\"; filename*=KOI8-R''%C1.iso", "plain.iso"),  # a charset we do not read
        ("attachment; filename=\"plain.iso\"; filename*=''%C1.iso", "plain.iso"),  # no charset at all
        # traversal, either slash, absolute and UNC paths, percent-encoded too
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename="..\\\\..\\\\boot.ini"', "boot.ini"),
        ('attachment; filename="C:\\\\temp\\\\evil.exe"', "evil.exe"),
        ('attachment; filename="\\\\\\\\server\\\\share\\\\x.iso"', "x.iso"),
        ("attachment; filename*=UTF-8'en'%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "passwd"),
        ("attachment; filename*=UTF-8''%2E%2E%5Cwin.ini", "win.ini"),
        # dot-only and hidden names
        ('attachment; filename=".bashrc"', "bashrc"),
        ('attachment; filename=". .bashrc"', "bashrc"),
        ('attachment; filename=" . . .profile"', "profile"),
        ('attachment; filename=".."', None),
        ('attachment; filename=". ."', None),
        ('attachment; filename=". .."', None),
        ('attachment; filename="..."', None),
        ('attachment; filename="/"', None),
        # control and invisible characters
        ('attachment; filename="line\r\nbreak.iso"', "linebreak.iso"),
        ("attachment; filename*=UTF-8''nul%00byte%07.iso", "nulbyte.iso"),
        ("attachment; filename*=UTF-8''evil%E2%80%AEgpj.exe", "evilgpj.exe"),  # a right-to-left override
        # what Windows cannot open
        ('attachment; filename="a\\"b.iso"', "a_b.iso"),
        ('attachment; filename="a:b|c?d*e<f>.iso"', "a_b_c_d_e_f_.iso"),
        ('attachment; filename="CON"', "_CON"),
        ('attachment; filename="nul.iso"', "_nul.iso"),
        ('attachment; filename="Aux .tar.gz"', "_Aux .tar.gz"),
        ('attachment; filename="com1"', "_com1"),
        ('attachment; filename="LPT9.zip"', "_LPT9.zip"),
        ("attachment; filename*=UTF-8''COM%C2%B9.iso", "_COM\u00b9.iso"),
        ('attachment; filename="conout$.log"', "_conout$.log"),
        ('attachment; filename="CONSOLE.iso"', "CONSOLE.iso"),
        ('attachment; filename="media.iso. . "', "media.iso"),
        # too long for a file system: cut at a character boundary, the extension kept
        (f"attachment; filename*=UTF-8''{urllib.parse.quote(LONG_STEM)}.iso", "é" * 125 + ".iso"),
        (f'attachment; filename="{"x" * 300}"', "x" * 255),
        (f'attachment; filename="x.{"y" * 300}"', "x." + "y" * 253),  # no extension worth keeping
        ('attachment; filename=""', None),
        ("attachment", None),
        ("", None),
        (None, None),
    ],
)
def test_the_suggested_name_is_read_as_rfc_6266_says_and_made_safe(header: str | None, name: str | None) -> None:
    assert filename_from(header) == name


def test_shortening_leaves_room_for_the_temporary_name() -> None:
    header = f"attachment; filename*=UTF-8''{urllib.parse.quote(LONG_STEM)}.iso"
    assert filename_from(header, 240) == "é" * 118 + ".iso"  # 236 + 4 bytes: the ".{name}.{8 hex}.part" fits 255
    assert filename_from(header, 5) == "éé"  # no room for the extension and a stem: the stem wins
    assert filename_from('attachment; filename="CON.iso"', 4) == "_CON"


def test_the_downloads_guide_states_the_limits_the_code_has() -> None:
    """The figures of the downloads guide; test_hostile_names_through_the_client sees the name's."""
    section = (ROOT / "docs" / "guide" / "downloads.md").read_text()
    words = " ".join(section.split())
    room = NAME_MAX - len(".") - len(".") - 8 - len(".part")  # ".{name}.{8 hex}.part" in NAME_MAX bytes
    assert f"at most every {PROGRESS_INTERVAL:g} s" in words and f"cut to {room} bytes" in words


def safe_name_problems(name: str, limit: int) -> list[str]:
    """Why `name` is not a file name a server may give us (empty when it is one)."""
    stem = name.partition(".")[0].rstrip(" ").upper()
    windows_ports = {f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789\u00b9\u00b2\u00b3"}
    checks = {
        "empty": name == "",
        "a folder part": pathlib.PurePosixPath(name).name != name or pathlib.PureWindowsPath(name).name != name,
        "hidden or a dot name": name.startswith((".", " ")),
        "ends in a dot or space": name.endswith((".", " ")),
        "control or invisible characters": not name.isprintable(),
        "a character Windows forbids": any(char in name for char in '<>:"/\\|?*'),
        "a Windows device name": stem in {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} or stem in windows_ports,
        "too long": len(name.encode()) > limit,
        "not settled": safe_filename(name, limit) != name,
    }
    return [problem for problem, found in checks.items() if found]


@settings(PROPS, max_examples=300)
@given(header=DISPOSITIONS, limit=st.sampled_from([NAME_MAX, NAME_MAX - 15, 40, 8]))
def test_any_suggested_name_comes_out_safe_or_not_at_all(header: str, limit: int) -> None:
    name = filename_from(header, limit)
    note(f"name: {name!r}")
    assert name is None or safe_name_problems(name, limit) == []


@settings(PROPS, max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=DISPOSITIONS, encoding=st.sampled_from(["utf-8", "latin-1"]), slash=st.booleans())
def test_whatever_the_server_names_the_file_it_stays_inside_the_folder(
    fake: FakeVBR, header: str, encoding: str, slash: bool
) -> None:
    """Through the whole client: the temporary file and the file are direct children of the folder
    (never the folder, its parent or a hidden name), and nothing else is left there."""
    raw = header_bytes(header, encoding)
    fake.download_size = 1000
    fake.set_faults(response_headers={"content-disposition": raw}, path_pattern="packages")
    with tempfile.TemporaryDirectory() as parent:
        folder = pathlib.Path(parent, "downloads")
        folder.mkdir()
        at_start: list[pathlib.Path] = []

        async def run() -> Download:
            async with VeeamAgentsClient(
                "https://vbr", username="admin", password=DEFAULT_PASSWORD, transport=fake.transport()
            ) as vbr:
                return await vbr.protection_groups.download_packages(
                    group(fake),
                    linux_spec(),
                    f"{folder}{os.sep}" if slash else folder,
                    progress=lambda done, total: at_start.extend(folder.iterdir()) if done == 0 else None,
                )

        result = asyncio.run(run())
        assert result.path is not None
        note(f"temporary: {at_start}, file: {result.path.name!r}")
        [temporary] = at_start
        assert temporary.parent == folder and temporary.name.startswith(".") and temporary.name.endswith(".part")
        assert len(temporary.name.encode()) <= NAME_MAX
        assert result.path.parent == folder and result.path.resolve().parent == folder.resolve()
        assert safe_name_problems(result.path.name, NAME_MAX - 15) == []
        assert list(folder.iterdir()) == [result.path] and result.path.stat().st_size == result.bytes_written > 1000
        assert sorted(pathlib.Path(parent).iterdir()) == [folder]
        assert result.filename in (None, result.path.name)


async def test_hostile_names_through_the_client(fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path) -> None:
    """Over real HTTP, the names that once escaped or failed: each a file with a safe name in the folder."""
    cases = {
        'attachment; filename=". .bashrc"': "bashrc",
        'attachment; filename=". ."': f"agent-packages-{group(fake)}.zip",  # nothing left: our own name
        'attachment; filename=". .."': f"agent-packages-{group(fake)}.zip",
        f'attachment; filename="{"n" * 246}.zip"': "n" * 236 + ".zip",  # 250 bytes: too long with ".part"
        'attachment; filename="nul.zip"': "_nul.zip",
        'attachment; filename="packages: latest.zip. "': "packages_ latest.zip",
    }
    injected = fake.stats.faults["headers"]
    async with client(server) as vbr:
        for header, name in cases.items():
            fake.set_faults(response_headers={"content-disposition": header}, path_pattern="packages")
            folder = tmp_path / str(len(list(tmp_path.iterdir())))
            folder.mkdir()
            result = await vbr.protection_groups.download_packages(group(fake), linux_spec(), folder)
            assert result.path == folder / name, header
            assert list(folder.iterdir()) == [result.path] and result.path.stat().st_size == result.bytes_written
    assert fake.stats.faults["headers"] == injected + len(cases)


async def test_a_link_in_the_folder_is_replaced_not_followed(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    """The server names a link to a file or a folder outside: the link goes, replaced by the file,
    and what it pointed to stays as it was."""
    folder, outside = tmp_path / "downloads", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (outside / "passwd").write_text("root:x:0:0")
    (folder / "passwd").symlink_to(outside / "passwd")
    (folder / "etc").symlink_to(outside, target_is_directory=True)
    async with client(server) as vbr:
        fake.set_faults(response_headers={"content-disposition": 'attachment; filename="../passwd"'})
        result = await vbr.protection_groups.download_packages(group(fake), linux_spec(), folder)
        assert result.path == folder / "passwd" and not result.path.is_symlink()
        assert result.path.stat().st_size == result.bytes_written
        fake.set_faults(response_headers={"content-disposition": 'attachment; filename="etc"'})
        result = await vbr.protection_groups.download_packages(group(fake), linux_spec(), folder)
        assert result.path == folder / "etc" and result.path.is_file() and not result.path.is_symlink()
    assert (outside / "passwd").read_text() == "root:x:0:0" and sorted(outside.iterdir()) == [outside / "passwd"]
    assert sorted(folder.iterdir()) == [folder / "etc", folder / "passwd"]


async def test_a_callers_long_file_name_gets_a_temporary_name_that_fits(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / ("m" * (NAME_MAX - 4) + ".iso")  # as long as a name may be: ".{name}.{hex}.part" is not
    async with client(server) as vbr:
        result = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), target)
    assert result.path == target and target.stat().st_size == SIZE
    assert list(tmp_path.iterdir()) == [target]


async def test_allow_remote_bmr_goes_only_to_revisions_that_have_it(fake: FakeVBR, server: RunningServer) -> None:
    """The revision before allowRemoteBmr has no such parameter (and no remote bare-metal recovery),
    later ones require it: the client sends it where the agreed revision has it, and refuses True
    before a revision without it."""
    since = QUERY_PARAMETERS["create_recovery_media_for_discovered_entity"]["allowRemoteBmr"][0]
    before = REVISIONS[REVISIONS.index(since) - 1]
    assert OPERATIONS["create_recovery_media_for_discovered_entity"][0] == before  # the download is older
    for revision, sent in ((before, None), (since, "false")):
        queries: list[httpx.QueryParams] = []

        async def note(request: httpx.Request, queries: list[httpx.QueryParams] = queries) -> None:
            queries.append(request.url.params)

        async with (
            httpx.AsyncClient(
                verify=ssl.create_default_context(cafile=server.ca_path), event_hooks={"request": [note]}
            ) as http,
            client(server, api_version=revision, http_client=http) as vbr,
        ):
            done = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), io.BytesIO())
            assert done.bytes_written == SIZE
            assert queries[-1].get("allowRemoteBmr") == sent, revision
            if revision == before:
                count = len(queries)
                with pytest.raises(UnsupportedOperationError) as caught:
                    await vbr.discovered_entities.create_recovery_media(
                        group(fake), entity(fake), io.BytesIO(), allow_remote_bmr=True
                    )
                assert caught.value.parameter == "allowRemoteBmr" and len(queries) == count
