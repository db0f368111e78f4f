"""`vbr.with_options(timeout=..., max_retries=...)`: other limits for some calls, one pool, one login."""

from __future__ import annotations

import asyncio
import pathlib

import httpx
import pytest
from conftest import BASE_URL, TOKEN_ID, VBRStub
from seeds import SEED_SESSION, SEED_TOKEN

from veeam_agents_client import (
    ApiTimeoutError,
    ClientClosedError,
    InternalServerError,
    RetryPolicy,
    SessionTimeoutError,
    VeeamAgentsClient,
)
from veeam_agents_client.models import PreInstalledAgentsPackagesModel, PreInstalledAgentsProtectionGroupPackageSpec
from veeam_agents_client.models import PreInstalledAgentsProtectionGroupPackageSpecFormat as PackageFormat
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

TOKEN_PATH = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"
SESSION_PATH = f"/api/v1/sessions/{SEED_SESSION['id']}"


def slow(seconds: float, body: object):
    async def answer(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(seconds)
        return httpx.Response(200, json=body)

    return answer


def client(stub: VBRStub, **kwargs: object) -> VeeamAgentsClient:
    return VeeamAgentsClient(
        BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub), **kwargs
    )


async def test_a_view_has_its_own_timeout_and_shares_the_login() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=1, recovery_tokens=2, seed=1)
    fake.set_faults(latency=0.3, path_pattern="recoveryTokens")
    token_id = fake.recovery_token_ids[0]
    async with fake_client(fake, timeout=5.0) as vbr:
        impatient = vbr.with_options(timeout=0.05)
        with pytest.raises(ApiTimeoutError):
            await impatient.recovery_tokens.get(token_id)
        await vbr.recovery_tokens.get(token_id)  # the origin keeps its own
        patient = impatient.with_options(timeout=10.0)
        await patient.recovery_tokens.get(token_id)
        assert patient.api_version == vbr.api_version
    assert fake.stats.tokens_issued == 1  # one login for all three


def fake_client(fake: FakeVBR, **kwargs: object) -> VeeamAgentsClient:
    return VeeamAgentsClient(
        "https://vbr.test", username="admin", password=DEFAULT_PASSWORD, transport=fake.transport(), **kwargs
    )


async def test_a_view_has_its_own_retry_budget() -> None:
    stub = VBRStub()
    busy = {"count": 0}

    def always_busy(request: httpx.Request) -> httpx.Response:
        busy["count"] += 1
        return httpx.Response(503, headers={"retry-after": "0"})

    stub.route("GET", TOKEN_PATH, always_busy)
    async with client(stub, max_retries=2) as vbr:
        with pytest.raises(InternalServerError):
            await vbr.with_options(max_retries=0).recovery_tokens.get(TOKEN_ID)
        assert busy["count"] == 1
        with pytest.raises(InternalServerError):
            await vbr.recovery_tokens.get(TOKEN_ID)
        assert busy["count"] == 1 + 3
        with pytest.raises(ValueError, match="max_retries"):
            vbr.with_options(max_retries=-1)
        with pytest.raises(ValueError, match="timeout"):
            vbr.with_options(timeout=0)


async def test_a_view_ends_with_its_origin_and_closes_nothing_itself() -> None:
    stub = VBRStub()
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    vbr = client(stub)
    view = vbr.with_options(timeout=1.0)
    async with view:  # leaving a view's block logs nothing out and closes nothing
        await view.recovery_tokens.get(TOKEN_ID)
    await view.aclose()
    assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
    assert stub.logouts == 0
    await vbr.aclose()
    assert stub.logouts == 1
    with pytest.raises(ClientClosedError):
        await view.recovery_tokens.get(TOKEN_ID)


async def test_waits_honour_the_view() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=2, session_duration=60.0, seed=2)
    async with fake_client(fake, timeout=10.0) as vbr:
        session = await vbr.protection_groups.rescan(fake.group_ids[0])
        fake.set_faults(latency=0.3, path_pattern="sessions")
        with pytest.raises(ApiTimeoutError):  # the view's poll times out at its 0.05 s, and is not retried
            await vbr.with_options(timeout=0.05, max_retries=0).sessions.wait(session.id, timeout=5.0)
        with pytest.raises(SessionTimeoutError) as caught:  # the origin's polls are answered
            await vbr.sessions.wait(session.id, timeout=0.8)
        assert caught.value.session is not None and caught.value.session.id == session.id


async def test_downloads_honour_the_view(tmp_path: pathlib.Path) -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=3, download_size=256 << 10, seed=5)
    fake.set_faults(latency=0.3, path_pattern="packages")
    spec = PreInstalledAgentsProtectionGroupPackageSpec(
        format_=PackageFormat.ZIP, linux_packages=PreInstalledAgentsPackagesModel(include=True)
    )
    with fake.serve(tls=True) as server:
        async with VeeamAgentsClient(
            server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=server.verify, timeout=0.05
        ) as vbr:
            with pytest.raises(ApiTimeoutError):
                await vbr.protection_groups.download_packages(fake.group_ids[0], spec, tmp_path)
            done = await vbr.with_options(timeout=5.0).protection_groups.download_packages(
                fake.group_ids[0], spec, tmp_path
            )
    assert done.bytes_written >= 256 << 10 and done.path is not None and done.path.parent == tmp_path


async def test_a_view_takes_a_retry_policy() -> None:
    stub = VBRStub()
    busy = {"count": 0}

    def always_busy(request: httpx.Request) -> httpx.Response:
        busy["count"] += 1
        return httpx.Response(503)

    stub.route("GET", TOKEN_PATH, always_busy)
    async with client(stub, max_retries=0) as vbr:
        with pytest.raises(InternalServerError):
            await vbr.with_options(retry_policy=RetryPolicy(max_retries=4, backoff=0.0)).recovery_tokens.get(TOKEN_ID)
    assert busy["count"] == 5
