"""The client against the fake VBR over real loopback sockets, plain HTTP and HTTPS."""

from __future__ import annotations

import datetime as dt
import json
import ssl
import subprocess
import sys
import uuid
import warnings
from collections.abc import Iterator

import pytest

from veeam_agents_client import (
    ApiConnectionError,
    AuthenticationError,
    ForbiddenError,
    InsecureTLSWarning,
    NotFoundError,
    SessionFailedError,
    UnsupportedApiVersionError,
    VeeamAgentsClient,
)
from veeam_agents_client.api import API_VERSION
from veeam_agents_client.api.agents import get_all_agent_packages_for_unix
from veeam_agents_client.models import (
    ComputerRecoveryTokenModel,
    DiscoveredADEntityModel,
    DiscoveredClusterEntityModel,
    DiscoveredComputerEntityModel,
    EAgentStatus,
    Error,
    ESessionState,
    LinuxPackageModel,
    ProtectedComputerModel,
    SessionModel,
    UnixPackageModel,
)
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer


@pytest.fixture(scope="module")
def fake() -> FakeVBR:
    return FakeVBR(protection_groups=2, entities_per_group=[450, 30], session_duration=0.3, seed=42)


@pytest.fixture(scope="module", params=["http", "https"])
def server(request: pytest.FixtureRequest, fake: FakeVBR) -> Iterator[RunningServer]:
    with fake.serve(tls=request.param == "https") as running:
        yield running


def client(server: RunningServer, **kwargs: object) -> VeeamAgentsClient:
    kwargs.setdefault("username", "admin")
    kwargs.setdefault("password", DEFAULT_PASSWORD)
    return VeeamAgentsClient(server.base_url, verify=server.ca_path or True, **kwargs)  # type: ignore[arg-type]


async def test_every_operation_returns_its_model(fake: FakeVBR, server: RunningServer) -> None:
    group = fake.group_ids[0]
    async with client(server, page_size=100) as vbr:
        entities = [e async for e in vbr.discovered_entities.iterate(group, concurrency=3)]
        assert len(entities) == 450 == len({e.id for e in entities})
        kinds = {type(e) for e in entities}
        assert kinds == {DiscoveredComputerEntityModel, DiscoveredClusterEntityModel, DiscoveredADEntityModel}
        page = await vbr.discovered_entities.list(group, limit=7, order_column="Name", order_asc=True)
        assert [e.name for e in page.data] == sorted(e.name for e in page.data) and page.total == 450
        one = await vbr.discovered_entities.get(group, entities[0].id)
        assert one.id == entities[0].id and type(one) is type(entities[0])

        expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
        created = await vbr.recovery_tokens.create(backup_ids=[uuid.uuid4()], expiration_date=expires)
        assert isinstance(created, ComputerRecoveryTokenModel)
        renamed = await vbr.recovery_tokens.update(created.id, name="dr-drill", expiration_date=expires)
        assert renamed.name == "dr-drill" and (await vbr.recovery_tokens.get(created.id)).name == "dr-drill"
        assert created.id in [t.id async for t in vbr.recovery_tokens.iterate(order_column="ExpirationDate")]
        await vbr.recovery_tokens.delete(created.id)
        with pytest.raises(NotFoundError) as gone:
            await vbr.recovery_tokens.get(created.id)
        assert gone.value.error_code == "NotFound"

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            computers = [c async for c in vbr.protected_computers.iterate(type_filter="Linux")]
            assert computers and isinstance(await vbr.protected_computers.get(computers[0].id), ProtectedComputerModel)

        linux = [p async for p in vbr.agent_packages.iterate_linux(distribution_filter="ubuntu")]
        assert linux and all(isinstance(p, LinuxPackageModel) and p.distribution_name == "ubuntu" for p in linux)
        unix = await vbr.agent_packages.list_unix()
        assert all(isinstance(p, UnixPackageModel) for p in unix.data)


async def test_agent_install_session_runs_to_the_end(fake: FakeVBR, server: RunningServer) -> None:
    group = fake.group_ids[1]
    async with client(server) as vbr:
        computers = [
            e async for e in vbr.discovered_entities.iterate(group) if isinstance(e, DiscoveredComputerEntityModel)
        ][:2]
        session = await vbr.discovered_entities.install_agent(group, [c.id for c in computers])
        assert isinstance(session, SessionModel)
        done = await vbr.sessions.wait(session, timeout=30, poll_interval=0.05)
        assert done.state is ESessionState.STOPPED
        for computer in computers:
            after = await vbr.discovered_entities.get(group, computer.id)
            assert after.agent_status is EAgentStatus.INSTALLED and after.agent_version
        for action in ("rescan", "uninstall_agent", "uninstall_all_components"):
            started = await getattr(vbr.discovered_entities, action)(group, [computers[0].id])
            assert (await vbr.sessions.wait(started.id, timeout=30, poll_interval=0.05)).state == "Stopped"


async def test_failed_session_raises(fake: FakeVBR, server: RunningServer) -> None:
    group = fake.group_ids[1]
    fake.session_result = "Failed"
    try:
        async with client(server) as vbr:
            entity = (await vbr.discovered_entities.list(group, limit=1)).data[0]
            session = await vbr.discovered_entities.rescan(group, [entity.id])
            with pytest.raises(SessionFailedError) as caught:
                await vbr.sessions.wait(session, timeout=30, poll_interval=0.05)
            assert caught.value.session.id == session.id
    finally:
        fake.session_result = "Success"


async def test_roles_and_bad_requests(fake: FakeVBR, server: RunningServer) -> None:
    async with client(server, username="operator") as vbr:
        with pytest.raises(ForbiddenError) as forbidden:
            await vbr.recovery_tokens.list()
        assert forbidden.value.error_code == "AccessDenied"
    old = client(server, api_version="0.9-rev9")
    with pytest.raises(UnsupportedApiVersionError) as refused:  # the login is the first request to be refused
        await old.login()
    await old.aclose()
    assert not isinstance(refused.value, AuthenticationError)
    assert refused.value.status_code == 400 and API_VERSION in refused.value.offered
    async with client(server) as vbr:  # the raw generated call skips our argument checks
        response = await get_all_agent_packages_for_unix.asyncio_detailed(client=vbr.raw, limit=-1)
        assert response.status_code == 400 and isinstance(response.parsed, Error)


async def test_wrong_password_is_refused_once(fake: FakeVBR, server: RunningServer) -> None:
    fake.stats.reset()
    vbr = client(server, password="not-the-password")
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            await vbr.login()
    await vbr.aclose()
    assert fake.stats.token_requests == 1


async def test_revoked_tokens_and_expiry_are_survived(fake: FakeVBR, server: RunningServer) -> None:
    async with client(server) as vbr:
        fake.revoke_all_tokens()
        assert (await vbr.agent_packages.list_unix()).total == 3
        fake.set_faults(empty_401=True)
        try:
            fake.revoke_all_tokens()
            assert (await vbr.agent_packages.list_unix()).total == 3
        finally:
            fake.clear_faults()


async def test_tls_verification(fake: FakeVBR) -> None:
    with fake.serve(tls=True) as server:
        untrusted = VeeamAgentsClient(server.base_url, username="admin", password=DEFAULT_PASSWORD, max_retries=0)
        with pytest.raises(ApiConnectionError) as caught:
            await untrusted.login()
        assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
        await untrusted.aclose()

        context = ssl.create_default_context(cafile=server.ca_path)
        async with VeeamAgentsClient(server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=context) as a:
            assert (await a.agent_packages.list_unix()).total == 3
        async with VeeamAgentsClient(
            server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=server.ca_path
        ) as b:
            assert (await b.agent_packages.list_unix()).total == 3
        with warnings.catch_warnings(record=True) as caught_warnings:
            warnings.simplefilter("always")
            insecure = VeeamAgentsClient(server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=False)
        async with insecure:
            assert (await insecure.agent_packages.list_unix()).total == 3
        assert [w.category for w in caught_warnings] == [InsecureTLSWarning]


async def test_fake_runs_as_its_own_process() -> None:
    command = [sys.executable, "-m", "veeam_agents_client.testing", "--groups=1", "--entities=5", "--tls"]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd="/") as process:
        try:
            assert process.stdout is not None and process.stdin is not None
            ready = json.loads(process.stdout.readline())
            vbr = VeeamAgentsClient(
                ready["base_url"], username="admin", password=DEFAULT_PASSWORD, verify=ready["ca_path"]
            )
            async with vbr:
                page = await vbr.discovered_entities.list(ready["group_ids"][0])
            assert page.total == 5
            process.stdin.close()  # closing its input stops the server
            assert process.wait(timeout=30) == 0
        finally:
            process.kill()
