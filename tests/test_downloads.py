"""Streamed downloads (recovery media ISO, protection group packages) against the fake VBR over TLS."""

# Files are looked at and opened inside async tests on purpose: the test checks the disk.
# ruff: noqa: ASYNC230, ASYNC240

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import io
import itertools
import pathlib
import ssl
import tarfile
import tracemalloc
import zipfile
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
from conftest import ENTITY_ID, GROUP_ID, REVISIONS

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
from veeam_agents_client._downloads import filename_from
from veeam_agents_client.models import (
    PreInstalledAgentsPackagesModel,
    PreInstalledAgentsProtectionGroupPackageSpec,
)
from veeam_agents_client.models import PreInstalledAgentsProtectionGroupPackageSpecFormat as PackageFormat
from veeam_agents_client.revisions import OPERATIONS, QUERY_PARAMETERS
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer
from veeam_agents_client.testing._downloads import iso_image

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
    assert len(seen) > 3 and all(total == SIZE for _, total in seen)
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
        assert error.expected == SIZE and error.received == seen[-1] <= SIZE // 2 < error.expected
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
        if done > 0:
            started.set()

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
        assert (await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), tmp_path)).path


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


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "application/json"])
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


# --- arguments are checked before any request ----------------------------------------------------


async def test_bad_arguments_fail_before_any_request(fake: FakeVBR, tmp_path: pathlib.Path) -> None:
    g, e = group(fake), entity(fake)
    with contextlib.ExitStack() as files:
        closed = files.enter_context(open(tmp_path / "exists", "wb"))
        closed.close()
        reader = files.enter_context(open(tmp_path / "exists", "rb"))
        text = files.enter_context(open(tmp_path / "text", "w"))

        def media(*args: Any, **kwargs: Any) -> Callable[[VeeamAgentsClient], Awaitable[Any]]:
            return lambda vbr: vbr.discovered_entities.create_recovery_media(*args, **kwargs)

        def packages(*args: Any, **kwargs: Any) -> Callable[[VeeamAgentsClient], Awaitable[Any]]:
            return lambda vbr: vbr.protection_groups.download_packages(*args, **kwargs)

        names = PreInstalledAgentsPackagesModel(include=True, package_names="Debian 12")  # type: ignore[arg-type]
        cases = [
            (media("nope", e, tmp_path), ValueError, "protection_group_id"),
            (media(g, 7, tmp_path), TypeError, "entity_id"),
            (media(g, e, tmp_path, format="Zip"), ValueError, "format"),
            (media(g, e, tmp_path, allow_remote_bmr="yes"), TypeError, "allow_remote_bmr"),
            (media(g, e, 42), TypeError, "destination"),
            (media(g, e, tmp_path / "no" / "such" / "m.iso"), ValueError, "destination"),
            (media(g, e, text), TypeError, "destination"),
            (media(g, e, closed), ValueError, "destination"),
            (media(g, e, reader), ValueError, "destination"),
            (media(g, e, tmp_path, progress=5), TypeError, "progress"),
            (packages("nope", Spec(), tmp_path), ValueError, "id"),
            (packages(g, {"format": "Zip"}, tmp_path), TypeError, "spec"),
            (packages(g, Spec(format_="Zip"), tmp_path), TypeError, r"spec\.format_"),  # a str, not the enum
            (packages(g, Spec(include_mac_packages="yes"), tmp_path), TypeError, r"spec\.include_mac_packages"),
            (packages(g, Spec(linux_packages=names), tmp_path), TypeError, r"spec\.linux_packages\.package_names"),
        ]
        fake.stats.reset()
        async with VeeamAgentsClient(
            "https://vbr",
            username="admin",
            password=DEFAULT_PASSWORD,
            transport=fake.transport(),
            logout_on_close=False,
        ) as vbr:
            sent = fake.stats.requests  # the login
            for call, error, argument in cases:
                with pytest.raises(error, match=argument):
                    await call(vbr)
            assert fake.stats.requests == sent
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exists", "text"]


# --- Content-Disposition -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ('attachment; filename="media.iso"', "media.iso"),
        ("attachment; filename=plain.zip", "plain.zip"),
        ("attachment; filename=\"fallback.iso\"; filename*=UTF-8''%E2%82%AC%20rates.iso", "€ rates.iso"),
        ("attachment; filename*=UTF-8''%E2%82%AC.iso; filename=\"fallback.iso\"", "€.iso"),
        ("attachment; filename*=iso-8859-1'en'%A3%20rates.tar", "£ rates.tar"),
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename="C:\\\\temp\\\\evil.exe"', "evil.exe"),
        ('attachment; filename=".bashrc"', "bashrc"),
        ('attachment; filename="a\\"b.iso"', 'a"b.iso'),
        ('attachment; filename="line\r\nbreak.iso"', "linebreak.iso"),
        ('attachment; filename=".."', None),
        ("attachment", None),
        ("", None),
        (None, None),
    ],
)
def test_the_suggested_name_is_read_as_rfc_6266_says_and_made_safe(header: str | None, name: str | None) -> None:
    assert filename_from(header) == name


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
