"""A download that fails raises a typed error and leaves nothing behind: a dropped connection, a body
shorter or longer than announced, an error status, a stall, a cancellation, a page instead of the
file; an OS error of the caller's side is raised as it is."""

# Files are looked at and opened inside async tests on purpose: the test checks the disk.
# ruff: noqa: ASYNC240

from __future__ import annotations

import asyncio
import errno
import io
import os
import pathlib
from typing import Any

import httpx
import pytest
from conftest import GROUP_ID
from download_helpers import (
    MEDIA_DEPRECATION,
    SIZE,
    Spec,
    client,
    entity,
    fresh_faults,  # noqa: F401 (the fixture fresh)
    group,
    linux_spec,
    shared_fake,  # noqa: F401 (the fixture fake)
    tls_server,  # noqa: F401 (the fixture server)
)

from veeam_agents_client import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ForbiddenError,
    IncompleteDownloadError,
    NotFoundError,
    UnexpectedResponseError,
    VeeamAgentsClient,
)
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer

pytestmark = MEDIA_DEPRECATION


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
