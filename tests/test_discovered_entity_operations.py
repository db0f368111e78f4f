"""The newer discovered-entity calls (see `OPERATIONS` for their revisions) against the fake VBR over real TLS sockets:
every group's entities, the agent/driver/trust/reboot/recovery-media actions and what they change,
recovery media tasks, and agent backups."""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, NamedTuple

import httpx
import pytest
from conftest import ENTITY_ID, GROUP_ID, REVISIONS, example

from veeam_agents_client import (
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    Page,
    SessionFailedError,
    UnsupportedOperationError,
    VeeamAgentsClient,
)
from veeam_agents_client.models import (
    BackupModel,
    DiscoveredComputerEntityModel,
    EEmbeddedRecoveryMediaState,
    ETaskResult,
    RecoveryMediaTaskModel,
    SessionModel,
)
from veeam_agents_client.revisions import OPERATIONS
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer
from veeam_agents_client.types import Unset

SESSION_SECONDS = 60.0  # sessions and tasks run this long in fake time: a test moves time on with advance()


@pytest.fixture(scope="module")
def fake() -> FakeVBR:
    return FakeVBR(
        protection_groups=3,
        entities_per_group=[70, 40, 25],
        session_duration=SESSION_SECONDS,
        access_token_lifetime=30 * 86400,  # advance() must not expire the module's tokens
        agent_backups=12,
    )


@pytest.fixture(scope="module")
def server(fake: FakeVBR) -> Iterator[RunningServer]:
    with fake.serve(tls=True) as running:
        yield running


@pytest.fixture(autouse=True)
def clean_fake(fake: FakeVBR) -> Iterator[None]:
    yield
    fake.session_result = "Success"


def client(server: RunningServer, **kwargs: Any) -> VeeamAgentsClient:
    kwargs.setdefault("username", "admin")
    return VeeamAgentsClient(server.base_url, password=DEFAULT_PASSWORD, verify=server.verify, **kwargs)


def computer(fake: FakeVBR, **fields: Any) -> tuple[str, str]:
    """(group id, entity id) of a new computer with an agent in the first group, with ``fields``
    set (None removes a field)."""
    group = fake.group_ids[0]
    wanted = {"agentStatus": "Installed", "agentVersion": "13.0.0.632", "driverStatus": "Installed"}
    wanted |= {"rebootRequired": False, "isTrusted": True} | fields
    entity = fake.add_entity(group, **{name: value for name, value in wanted.items() if value is not None})
    fake.update_entity(group, entity["id"], **{name: None for name, value in wanted.items() if value is None})
    return group, entity["id"]


async def finish(vbr: VeeamAgentsClient, fake: FakeVBR, session: SessionModel) -> SessionModel:
    """Move fake time past the session's end and wait for it."""
    fake.advance(SESSION_SECONDS + 1)
    return await vbr.sessions.wait(session, timeout=30, poll_interval=0.01)


# --- every group's entities ----------------------------------------------------------------------


def everything(fake: FakeVBR) -> list[tuple[str, str]]:
    """(group id, entity id) of every entity, groups in creation order, as the fake holds them."""
    return [(group, entity) for group in fake.group_ids for entity in fake.entity_ids(group)]


def keys(entities: list[Any]) -> list[tuple[str, str]]:
    return [(str(entity.protection_group_id), str(entity.id)) for entity in entities]


async def test_list_all_walks_every_group(fake: FakeVBR, server: RunningServer) -> None:
    expected = everything(fake)
    assert len({group for group, _ in expected}) == 3
    async with client(server) as vbr:
        walked = [entity async for entity in vbr.discovered_entities.iterate_all(page_size=13, concurrency=3)]
        first = await vbr.discovered_entities.list_all(limit=10, skip=5)
        pages = [page async for page in vbr.discovered_entities.pages_all(page_size=50)]
    assert keys(walked) == expected
    assert isinstance(first, Page) and first.total == len(expected) and keys(first.data) == expected[5:15]
    assert [len(page.data) for page in pages] == [50] * (len(expected) // 50) + [len(expected) % 50]
    assert any(type(entity) is DiscoveredComputerEntityModel for entity in walked)


async def test_list_all_filters_and_order(fake: FakeVBR, server: RunningServer) -> None:
    rendered = [fake.entity(group, entity) or {} for group, entity in everything(fake)]
    async with client(server) as vbr:
        online = [e async for e in vbr.discovered_entities.iterate_all(state_filter="Online", permission_scope="Any")]
        lon = await vbr.discovered_entities.list_all(name_filter="lon-*", limit=500)
        by_name = await vbr.discovered_entities.list_all(order_column="Name", order_asc=False, limit=500)
        no_agent = await vbr.discovered_entities.list_all(agent_status_filter="NotInstalled", limit=500)
    assert [str(e.id) for e in online] == [e["id"] for e in rendered if e.get("state") == "Online"] and online
    assert lon.data and [e.name for e in lon.data] == [e["name"] for e in rendered if e["name"].startswith("lon-")]
    assert [e.name for e in by_name.data] == sorted((e["name"] for e in rendered), key=str.casefold, reverse=True)
    assert no_agent.total == sum(e.get("agentStatus") == "NotInstalled" for e in rendered)


async def test_list_all_sends_the_filters(stub, make_client, spec) -> None:
    stub.route("GET", "/api/v1/agents/discoveredEntities", example(spec, "DiscoveredEntitiesResultExample"))
    async with make_client() as vbr:
        await vbr.discovered_entities.list_all(permission_scope="Restore", driver_status_filter="Failed", limit=7)
    (sent,) = stub.api_requests()
    assert dict(sent.url.params) == {
        "skip": "0",
        "limit": "7",
        "permissionScope": "Restore",
        "driverStatusFilter": "Failed",
    }


# --- actions and what they change ----------------------------------------------------------------


def embedded_media(entity: Any) -> Any:
    state = entity.embedded_recovery_media_state
    return None if isinstance(state, Unset) else state.state


# (call, fields before, what the entity shows once the session has ended)
ACTIONS: list[tuple[str, dict[str, Any], Callable[[Any], Any], Any]] = [
    (
        "upgrade_agent",
        {"agentStatus": "UpgradeRequired", "agentVersion": "12.3.1.1139"},
        lambda e: (e.agent_status, e.agent_version != "12.3.1.1139"),
        ("Installed", True),
    ),
    (
        "install_cbt_driver",
        {"driverStatus": "NotInstalled"},
        lambda e: (e.driver_status, e.reboot_required),
        ("Installed", True),
    ),
    (
        "uninstall_cbt_driver",
        {"driverStatus": "Installed"},
        lambda e: (e.driver_status, e.reboot_required),
        ("NotInstalled", True),
    ),
    ("reboot", {"rebootRequired": True}, lambda e: e.reboot_required, False),
    ("prepare_for_remote_bmr", {}, embedded_media, EEmbeddedRecoveryMediaState.CREATED),
    ("recreate_embedded_recovery_media", {}, embedded_media, EEmbeddedRecoveryMediaState.CREATED),
]


@pytest.mark.parametrize(("method", "before", "shows", "after"), ACTIONS, ids=[a[0] for a in ACTIONS])
async def test_an_action_changes_the_entity_when_its_session_ends(
    fake: FakeVBR, server: RunningServer, method: str, before: dict[str, Any], shows: Callable[[Any], Any], after: Any
) -> None:
    group, entity_id = computer(fake, **before)
    async with client(server) as vbr:
        unchanged = shows(await vbr.discovered_entities.get(group, entity_id))
        assert unchanged != after
        session = await getattr(vbr.discovered_entities, method)(group, [uuid.UUID(entity_id)])
        assert type(session) is SessionModel and session.state in ("Starting", "Working")
        assert (fake.entity(group, entity_id) or {})["name"] in session.name
        assert shows(await vbr.discovered_entities.get(group, entity_id)) == unchanged  # still running
        done = await finish(vbr, fake, session)
        assert done.state == "Stopped" and done.id == session.id
        assert shows(await vbr.discovered_entities.get(group, entity_id)) == after


async def test_a_failed_session_changes_nothing_but_records_the_failure(fake: FakeVBR, server: RunningServer) -> None:
    group, entity_id = computer(fake, agentStatus="UpgradeRequired", agentVersion="12.3.1.1139")
    fake.session_result = "Failed"
    async with client(server) as vbr:
        upgrade = await vbr.discovered_entities.upgrade_agent(group, [entity_id])
        media = await vbr.discovered_entities.prepare_for_remote_bmr(group, [entity_id])
        fake.advance(SESSION_SECONDS + 1)
        for session in (upgrade, media):
            with pytest.raises(SessionFailedError):
                await vbr.sessions.wait(session, timeout=30, poll_interval=0.01)
        entity = await vbr.discovered_entities.get(group, entity_id)
    assert (entity.agent_status, entity.agent_version) == ("UpgradeRequired", "12.3.1.1139")
    assert embedded_media(entity) == EEmbeddedRecoveryMediaState.FAILED


async def test_trust_takes_effect_at_once(fake: FakeVBR, server: RunningServer) -> None:
    group, first = computer(fake, isTrusted=False)
    _, second = computer(fake, isTrusted=False)
    async with client(server) as vbr:
        started = fake.stats.sessions_started
        assert await vbr.discovered_entities.trust(uuid.UUID(group), [first, uuid.UUID(second)]) is None
        trusted = [await vbr.discovered_entities.get(group, entity) for entity in (first, second)]
    assert [entity.is_trusted for entity in trusted] == [True, True]
    assert fake.stats.sessions_started == started  # no session: a 204


async def test_actions_on_several_entities_run_one_session(fake: FakeVBR, server: RunningServer) -> None:
    group, first = computer(fake, rebootRequired=True)
    _, second = computer(fake, rebootRequired=True)
    async with client(server) as vbr:
        session = await vbr.discovered_entities.reboot(group, [first, second])
        assert "2 entities" in session.name
        await finish(vbr, fake, session)
        assert [(await vbr.discovered_entities.get(group, e)).reboot_required for e in (first, second)] == [False] * 2


async def test_action_refusals(fake: FakeVBR, server: RunningServer) -> None:
    group, entity_id = computer(fake)
    async with client(server) as vbr:
        started = fake.stats.sessions_started
        with pytest.raises(NotFoundError) as no_group:
            await vbr.discovered_entities.upgrade_agent(uuid.uuid4(), [entity_id])
        with pytest.raises(NotFoundError) as no_entity:
            await vbr.discovered_entities.reboot(group, [entity_id, str(uuid.uuid4())])
        with pytest.raises(NotFoundError):
            await vbr.discovered_entities.trust(group, [uuid.uuid4()])
        assert fake.stats.sessions_started == started  # nothing was half started
    assert no_group.value.error_code == "NotFound" and "Protection group" in no_group.value.message
    assert "Discovered entity" in no_entity.value.message


# --- recovery media task -------------------------------------------------------------------------


async def test_recovery_media_task_progresses_and_finishes(fake: FakeVBR, server: RunningServer) -> None:
    group, entity_id = computer(fake)
    name = (fake.entity(group, entity_id) or {})["name"]
    async with client(server) as vbr:
        task = await vbr.discovered_entities.create_recovery_media_task(group, entity_id, allow_remote_bmr=True)
        assert type(task) is RecoveryMediaTaskModel and task.state in ("Starting", "Working") and name in task.name
        assert (await vbr.tasks.get(task.id)).result == ETaskResult.NONE
        fake.advance(SESSION_SECONDS * 0.5)
        halfway = await vbr.tasks.get(task.id)
        assert halfway.state == "Working" and 0 < halfway.progress_percent < 100
        fake.advance(SESSION_SECONDS)
        done = await vbr.tasks.wait(task, timeout=30, poll_interval=0.01)
    assert done.state == "Stopped" and done.result == ETaskResult.SUCCESS and done.progress_percent == 100


async def test_recovery_media_task_refusals(fake: FakeVBR, server: RunningServer) -> None:
    group = fake.group_ids[0]
    _, without_agent = computer(fake, agentStatus="NotInstalled", agentVersion=None)
    async with client(server) as vbr:
        with pytest.raises(BadRequestError) as no_agent:
            await vbr.discovered_entities.create_recovery_media_task(group, without_agent, format="Iso")
        with pytest.raises(NotFoundError):
            await vbr.discovered_entities.create_recovery_media_task(group, uuid.uuid4())
        with pytest.raises(NotFoundError):
            await vbr.discovered_entities.create_recovery_media_task(uuid.uuid4(), without_agent)
    assert "agent" in no_agent.value.message


async def test_recovery_media_task_sends_format_and_remote_bmr(stub, make_client, spec) -> None:
    path = f"/api/v1/agents/protectionGroups/{GROUP_ID}/discoveredEntities/{ENTITY_ID}/createRecoveryMedia"
    stub.route("POST", path, (201, example(spec, "RecoveryMediaTaskModelExample")))
    async with make_client() as vbr:
        task = await vbr.discovered_entities.create_recovery_media_task(GROUP_ID, ENTITY_ID)
        await vbr.discovered_entities.create_recovery_media_task(GROUP_ID, ENTITY_ID, allow_remote_bmr=True)
    assert type(task) is RecoveryMediaTaskModel
    default, remote = stub.api_requests()
    assert dict(default.url.params) == {"format": "Iso", "allowRemoteBmr": "false"}
    assert dict(remote.url.params) == {"format": "Iso", "allowRemoteBmr": "true"}


# --- agent backups -------------------------------------------------------------------------------


async def test_backups_of_an_agent(fake: FakeVBR, server: RunningServer) -> None:
    holder = next(iter(fake.agent_backups.holders.values()))
    expected = [backup.id for backup in fake.agent_backups.of(holder)]
    assert len(expected) == 2
    async with client(server) as vbr:
        page = await vbr.discovered_entities.backups(uuid.UUID(holder))
        walked = [backup async for backup in vbr.discovered_entities.iterate_backups(holder, page_size=1)]
        pages = [p async for p in vbr.discovered_entities.backups_pages(holder, page_size=1, concurrency=2)]
        later = await vbr.discovered_entities.backups(holder, skip=1, limit=5)
    assert all(type(backup) is BackupModel for backup in page.data) and page.total == 2
    assert [str(b.id) for b in page.data] == [str(b.id) for b in walked] == expected
    assert [len(p.data) for p in pages] == [1, 1] and [str(b.id) for b in later.data] == expected[1:]
    assert page.data[0].platform_name in ("WindowsPhysical", "LinuxPhysical") and page.data[0].creation_time.tzinfo


async def test_attach_and_detach_backups(fake: FakeVBR, server: RunningServer) -> None:
    _, entity_id = computer(fake)
    spares = [backup.id for backup in fake.agent_backups.unattached()[:2]]
    assert len(spares) == 2
    async with client(server) as vbr:
        assert (await vbr.discovered_entities.backups(entity_id)).total == 0
        assert await vbr.discovered_entities.attach_backup(entity_id, [uuid.UUID(spares[0]), spares[1]]) is None
        attached = [str(b.id) async for b in vbr.discovered_entities.iterate_backups(entity_id)]
        await vbr.discovered_entities.attach_backup(entity_id, [spares[0]])  # already here: nothing changes
        assert await vbr.discovered_entities.detach_backup(entity_id, [spares[0]]) is None
        left = [str(b.id) for b in (await vbr.discovered_entities.backups(entity_id)).data]
        await vbr.discovered_entities.detach_backup(entity_id, [spares[1]])
    assert sorted(attached) == sorted(spares) and left == [spares[1]]
    assert {backup.id for backup in fake.agent_backups.unattached()} >= set(spares)  # detached, not deleted


async def test_backup_refusals_change_nothing(fake: FakeVBR, server: RunningServer) -> None:
    _, entity_id = computer(fake)
    holder = next(iter(fake.agent_backups.holders.values()))
    held = fake.agent_backups.of(holder)[0].id
    spare = fake.agent_backups.unattached()[0].id
    unknown = str(uuid.uuid4())
    async with client(server) as vbr:
        with pytest.raises(BadRequestError) as missing:
            await vbr.discovered_entities.attach_backup(entity_id, [spare, unknown])
        with pytest.raises(BadRequestError) as taken:
            await vbr.discovered_entities.attach_backup(entity_id, [held])
        with pytest.raises(BadRequestError) as foreign:
            await vbr.discovered_entities.detach_backup(entity_id, [held])
        for call in (
            vbr.discovered_entities.backups(uuid.uuid4()),
            vbr.discovered_entities.attach_backup(uuid.uuid4(), [spare]),
            vbr.discovered_entities.detach_backup(uuid.uuid4(), [spare]),
        ):
            with pytest.raises(NotFoundError):
                await call
        assert (await vbr.discovered_entities.backups(entity_id)).total == 0  # the known spare was not attached
    assert missing.value.error_code == "NotFound" and missing.value.resource_id == unknown
    assert "detach it first" in taken.value.message and "not attached" in foreign.value.message
    assert fake.agent_backups.holders[held] == holder


async def test_attach_and_detach_send_the_backup_ids(stub, make_client) -> None:
    entity, backup = uuid.uuid4(), uuid.uuid4()
    for verb in ("attachBackup", "detachBackup"):
        stub.route("POST", f"/api/v1/agents/discoveredEntities/{entity}/{verb}", lambda r: httpx.Response(204))
    async with make_client() as vbr:
        await vbr.discovered_entities.attach_backup(str(entity), (b for b in [backup]))
        await vbr.discovered_entities.detach_backup(entity, [str(backup)])
    assert [json.loads(r.content) for r in stub.api_requests()] == [{"backupIds": [str(backup)]}] * 2


# --- roles, revisions and validation -------------------------------------------------------------


class Target(NamedTuple):
    """What a call acts on: a computer with an agent, and a backup no agent holds."""

    group: str
    entity: str
    backup: str


def target(fake: FakeVBR) -> Target:
    return Target(*computer(fake), fake.agent_backups.unattached()[0].id)


# Each new call by its generated module (the revision table's key), on a Target.
NEW_CALLS: dict[str, Callable[[VeeamAgentsClient, Target], Awaitable[Any]]] = {
    "get_all_discovered_entities": lambda vbr, t: vbr.discovered_entities.list_all(limit=3),
    "upgrade_agent_on_discovered_entities": lambda vbr, t: vbr.discovered_entities.upgrade_agent(t.group, [t.entity]),
    "install_cbt_driver_on_discovered_entities": lambda vbr, t: vbr.discovered_entities.install_cbt_driver(
        t.group, [t.entity]
    ),
    "uninstall_cbt_driver_from_discovered_entities": lambda vbr, t: vbr.discovered_entities.uninstall_cbt_driver(
        t.group, [t.entity]
    ),
    "trust_discovered_entities": lambda vbr, t: vbr.discovered_entities.trust(t.group, [t.entity]),
    "reboot_discovered_entities": lambda vbr, t: vbr.discovered_entities.reboot(t.group, [t.entity]),
    "prepare_for_remote_bmr": lambda vbr, t: vbr.discovered_entities.prepare_for_remote_bmr(t.group, [t.entity]),
    "recreate_embedded_recovery_media": lambda vbr, t: vbr.discovered_entities.recreate_embedded_recovery_media(
        t.group, [t.entity]
    ),
    "create_recovery_media_task_for_discovered_entity": lambda vbr, t: (
        vbr.discovered_entities.create_recovery_media_task(t.group, t.entity)
    ),
    "get_agent_backups": lambda vbr, t: vbr.discovered_entities.backups(t.entity),
    "attach_backup_to_agent": lambda vbr, t: vbr.discovered_entities.attach_backup(t.entity, [t.backup]),
    "detach_backup_from_agent": lambda vbr, t: vbr.discovered_entities.detach_backup(t.entity, [t.backup]),
}


def has(revision: str, module: str) -> bool:
    since, until = OPERATIONS[module]
    position = REVISIONS.index(revision)
    return REVISIONS.index(since) <= position and (until is None or position <= REVISIONS.index(until))


@pytest.mark.parametrize("revision", REVISIONS)
async def test_each_call_works_at_the_revisions_that_have_it(
    fake: FakeVBR, server: RunningServer, revision: str
) -> None:
    on = target(fake)
    async with client(server, api_version=revision) as vbr:
        for module, call in NEW_CALLS.items():
            sent = fake.stats.requests
            if has(revision, module):
                await call(vbr, on)
                assert fake.stats.requests > sent
            else:
                with pytest.raises(UnsupportedOperationError) as caught:
                    await call(vbr, on)
                assert (caught.value.operation, caught.value.revision) == (module, revision)
                assert caught.value.since == OPERATIONS[module][0]
                assert fake.stats.requests == sent, f"{module} sent a request at {revision}"
        if not has(revision, "get_all_discovered_entities"):
            with pytest.raises(UnsupportedOperationError):
                [entity async for entity in vbr.discovered_entities.iterate_all()]


async def test_the_restore_operator_is_refused(fake: FakeVBR, server: RunningServer) -> None:
    on = target(fake)
    async with client(server, username="operator") as vbr:
        for call in NEW_CALLS.values():
            refused = fake.stats.by_status[403]
            with pytest.raises(ForbiddenError):
                await call(vbr, on)
            assert fake.stats.by_status[403] == refused + 1
