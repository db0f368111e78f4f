"""How a download is asked for: a revoked token renewed and an expired one refreshed first, retries only
before the body and only for GETs, and each revision's operations and parameters (allowRemoteBmr)."""

from __future__ import annotations

import asyncio
import io
import pathlib
import ssl
from typing import Any

import httpx
import pytest
from conftest import ENTITY_ID, GROUP_ID, REVISIONS
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

from veeam_agents_client import ApiError, UnsupportedOperationError
from veeam_agents_client.revisions import OPERATIONS, QUERY_PARAMETERS
from veeam_agents_client.testing import FakeVBR, RunningServer

pytestmark = MEDIA_DEPRECATION


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
