"""`vbr.agent_states` and `vbr.recovery_appliances` against the fake VBR over real TLS sockets."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import REVISIONS

from veeam_agents_client import (
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    UnsupportedOperationError,
    VeeamAgentsClient,
)
from veeam_agents_client.models import (
    AgentRecoveryApplianceModel,
    AgentStateModel,
    EAgentsRecoveryApplianceOperationType,
    ESessionResult,
    SessionModel,
)
from veeam_agents_client.revisions import OPERATIONS
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer

WITH_AGENT = ("Installed", "UpgradeRequired")


@pytest.fixture(scope="module")
def fake() -> FakeVBR:
    return FakeVBR(protection_groups=2, entities_per_group=[150, 40], recovery_appliances=7, session_duration=0.2)


@pytest.fixture(scope="module")
def server(fake: FakeVBR) -> Iterator[RunningServer]:
    with fake.serve(tls=True) as running:
        yield running


def client(server: RunningServer, **kwargs: Any) -> VeeamAgentsClient:
    kwargs.setdefault("username", "admin")
    return VeeamAgentsClient(server.base_url, password=DEFAULT_PASSWORD, verify=server.verify, **kwargs)


def expected_states(fake: FakeVBR) -> list[tuple[str, str, str]]:
    """(id, name, status) of every discovered computer with an agent, groups in order, as the fake holds them."""
    found = []
    for group in fake.group_ids:
        for entity_id in fake.entity_ids(group):
            entity = fake.entity(group, entity_id)
            assert entity is not None
            if entity["type"] == "Computer" and entity.get("agentStatus") in WITH_AGENT:
                found.append((entity_id, entity["name"], entity["state"]))
    return found


def as_tuples(states: list[AgentStateModel]) -> list[tuple[str, str, str]]:
    return [(str(state.id), state.name, state.status.value) for state in states]


# --- agent states ------------------------------------------------------------------------------


async def test_agent_states_are_the_computers_with_an_agent(fake: FakeVBR, server: RunningServer) -> None:
    expected = expected_states(fake)
    assert 20 < len(expected) < 190  # some computers have no agent, clusters and AD objects none
    async with client(server) as vbr:
        walked = [state async for state in vbr.agent_states.iterate(page_size=17, concurrency=3)]
        first = await vbr.agent_states.list(limit=5)
        pages = [page async for page in vbr.agent_states.pages(page_size=50)]
    assert all(type(state) is AgentStateModel for state in walked)
    assert as_tuples(walked) == expected
    assert first.total == len(expected) and as_tuples(first.data) == expected[:5] and first.next_skip == 5
    assert [len(page.data) for page in pages] == [50] * (len(expected) // 50) + [len(expected) % 50]


async def test_agent_state_filters(fake: FakeVBR, server: RunningServer) -> None:
    expected = expected_states(fake)
    async with client(server) as vbr:
        sql = [state async for state in vbr.agent_states.iterate(name_filter="*SQL*")]
        newest_first = await vbr.agent_states.list(order_asc=False, limit=len(expected))
        exact = await vbr.agent_states.list(name_filter=expected[3][1])
    assert as_tuples(sql) == [state for state in expected if "sql" in state[1]] and sql
    assert as_tuples(newest_first.data) == expected[::-1]
    assert as_tuples(exact.data) == [expected[3]]


async def test_agent_state_get(fake: FakeVBR, server: RunningServer) -> None:
    state_id, name, status = expected_states(fake)[0]
    group = fake.group_ids[0]
    without = next(
        e for e in fake.entity_ids(group) if (fake.entity(group, e) or {}).get("agentStatus") not in WITH_AGENT
    )
    async with client(server) as vbr:
        state = await vbr.agent_states.get(uuid.UUID(state_id))
        assert (str(state.id), state.name, state.status) == (state_id, name, status)
        with pytest.raises(NotFoundError) as missing:
            await vbr.agent_states.get(without)  # a discovered entity, but no agent on it
    assert missing.value.resource_id == without


async def test_installing_an_agent_adds_its_state() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=60, session_duration=0.1, seed=5)
    group = fake.group_ids[0]
    target = next(
        e
        for e in fake.entity_ids(group)
        if (entity := fake.entity(group, e))
        and entity["type"] == "Computer"
        and entity["agentStatus"] == "NotInstalled"
    )
    with fake.serve(tls=True) as server:
        async with client(server) as vbr:
            before = (await vbr.agent_states.list()).total
            with pytest.raises(NotFoundError):
                await vbr.agent_states.get(target)
            session = await vbr.discovered_entities.install_agent(group, [target])
            await vbr.sessions.wait(session, timeout=30, poll_interval=0.05)
            assert (await vbr.agent_states.get(target)).name == (fake.entity(group, target) or {})["name"]
            assert (await vbr.agent_states.list()).total == before + 1


# --- recovery appliances -----------------------------------------------------------------------


async def test_recovery_appliances_list_and_filters(fake: FakeVBR, server: RunningServer) -> None:
    everyone = {a.id: a for a in fake.recovery_appliances.values()}
    detached = {i for i, a in everyone.items() if a.detached}
    assert detached and len(detached) < len(everyone)
    async with client(server) as vbr:
        listed = [a async for a in vbr.recovery_appliances.iterate(page_size=3)]
        every = [a async for a in vbr.recovery_appliances.iterate(state_filter="All")]
        connected = await vbr.recovery_appliances.list(state_filter="Connected")
        disconnected = await vbr.recovery_appliances.list(state_filter="Disconnected")
        by_name = await vbr.recovery_appliances.list(order_column="HostName", order_asc=False)
        detached_last = await vbr.recovery_appliances.list(order_column="IsDetached")
        named = await vbr.recovery_appliances.list(name_filter="lon-*")
    assert all(type(a) is AgentRecoveryApplianceModel for a in listed)
    assert [str(a.id) for a in listed] == [str(a.id) for a in every] == list(everyone)
    assert {str(a.id) for a in connected.data} == set(everyone) - detached and connected.total == len(everyone) - len(
        detached
    )
    assert {str(a.id) for a in disconnected.data} == detached
    assert [a.host_name for a in by_name.data] == sorted((a.host_name for a in everyone.values()), reverse=True)
    assert [a.is_detached for a in detached_last.data] == sorted(a.is_detached for a in listed)
    assert named.data and all(a.host_name.startswith("lon-") for a in named.data)


async def test_recovery_appliance_get(fake: FakeVBR, server: RunningServer) -> None:
    seeded = next(a for a in fake.recovery_appliances.values() if a.detached)
    async with client(server) as vbr:
        appliance = await vbr.recovery_appliances.get(seeded.id)
        with pytest.raises(NotFoundError) as missing:  # declared by the derivation's 404 rule
            await vbr.recovery_appliances.get(uuid.uuid4())
    assert (str(appliance.id), appliance.host_name, appliance.is_detached) == (seeded.id, seeded.host_name, True)
    assert [(op.operation, op.enabled) for op in appliance.operations] == [
        (EAgentsRecoveryApplianceOperationType.REBOOT, False)
    ]
    assert appliance.creation_time.tzinfo is not None and appliance.addresses == seeded.addresses
    assert missing.value.error_code == "NotFound"


async def test_reboot_runs_a_session_and_the_appliance_reports_back(fake: FakeVBR, server: RunningServer) -> None:
    first, second = [a for a in fake.recovery_appliances.values() if not a.detached][:2]
    async with client(server) as vbr:
        before = (await vbr.recovery_appliances.get(first.id)).last_contact_time
        session = await vbr.recovery_appliances.reboot(first.id)
        assert type(session) is SessionModel and session.session_type == "AgentsRecoveryAppliancesManagement"
        assert session.state in ("Starting", "Working") and first.host_name in session.name
        done = await vbr.sessions.wait(session, timeout=30, poll_interval=0.05)
        assert done.state == "Stopped" and done.result is not None and done.result.result == ESessionResult.SUCCESS
        assert (await vbr.recovery_appliances.get(first.id)).last_contact_time > before

        both = await vbr.recovery_appliances.reboot_many([first.id, uuid.UUID(second.id)])
        assert "2 appliances" in both.name
        assert (await vbr.sessions.wait(both.id, timeout=30, poll_interval=0.05)).state == "Stopped"


async def test_reboot_refusals(fake: FakeVBR, server: RunningServer) -> None:
    connected = next(a for a in fake.recovery_appliances.values() if not a.detached)
    detached = next(a for a in fake.recovery_appliances.values() if a.detached)
    async with client(server) as vbr:
        started = fake.stats.sessions_started
        with pytest.raises(BadRequestError) as refused:
            await vbr.recovery_appliances.reboot_many([connected.id, detached.id])
        assert detached.host_name in refused.value.message
        with pytest.raises(BadRequestError):
            await vbr.recovery_appliances.reboot(detached.id)
        with pytest.raises(NotFoundError):
            await vbr.recovery_appliances.reboot(uuid.uuid4())
        with pytest.raises(BadRequestError) as unknown:
            await vbr.recovery_appliances.reboot_many([uuid.uuid4()])
        assert unknown.value.error_code == "NotFound"
        assert fake.stats.sessions_started == started  # nothing was half started


async def test_the_restore_operator_is_refused(server: RunningServer) -> None:
    async with client(server, username="operator") as vbr:
        for call in (vbr.agent_states.list(), vbr.recovery_appliances.list()):
            with pytest.raises(ForbiddenError):
                await call


# --- an older revision -------------------------------------------------------------------------

OLDER_CALLS = {
    "get_all_agent_states": lambda vbr: vbr.agent_states.list(),
    "get_agent_state": lambda vbr: vbr.agent_states.get(uuid.uuid4()),
    "get_agents_recovery_appliances": lambda vbr: vbr.recovery_appliances.list(state_filter="Connected"),
    "get_agents_recovery_appliance": lambda vbr: vbr.recovery_appliances.get(uuid.uuid4()),
    "reboot_agents_recovery_appliance": lambda vbr: vbr.recovery_appliances.reboot(uuid.uuid4()),
    "reboot_agents_recovery_appliances": lambda vbr: vbr.recovery_appliances.reboot_many([uuid.uuid4()]),
}


async def test_an_older_revision_raises_unsupported_operation(fake: FakeVBR, server: RunningServer) -> None:
    older = REVISIONS[-2]
    async with client(server, api_version=older) as vbr:
        sent = fake.stats.requests
        for module, call in OLDER_CALLS.items():
            assert OPERATIONS[module][0] not in REVISIONS[: REVISIONS.index(older) + 1]
            with pytest.raises(UnsupportedOperationError) as caught:
                await call(vbr)
            assert caught.value.operation == module and caught.value.revision == older
            assert caught.value.since == OPERATIONS[module][0]
        with pytest.raises(UnsupportedOperationError):
            [state async for state in vbr.agent_states.iterate()]
        assert fake.stats.requests == sent  # refused before any request
