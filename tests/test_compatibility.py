"""The compatibility matrix: the client against the fake VBR at every revision, over TLS sockets.

For each revision, a client with default settings meets a server that speaks up to that
revision (negotiation), and a client pinned to it meets a server that speaks all of them. Like real
servers, each also accepts (and lists) revisions this client does not know. Every call the
revision has must succeed; every call it lacks must raise UnsupportedOperationError without a
request.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import uuid
import warnings
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from conftest import REVISIONS, unknown_revisions_of_an_older_server

from veeam_agents_client import (
    NotFoundError,
    SessionFailedError,
    UnsupportedOperationError,
    VeeamAgentsClient,
)
from veeam_agents_client.models import (
    ComputerRecoveryTokenModel,
    DiscoveredComputerEntityModel,
    EIndividualComputerConnectionType,
    IndividualComputerContainerModel,
    IndividualComputersProtectionGroupSpec,
    PreInstalledAgentsProtectionGroupPackageSpec,
    PreInstalledAgentsProtectionGroupPackageSpecFormat,
    RecoveryMediaTaskModel,
)
from veeam_agents_client.revisions import OPERATIONS, ROUTES
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer
from veeam_agents_client.types import OPERATION

Scenario = Callable[[VeeamAgentsClient, FakeVBR], Awaitable[None]]
PERMANENT = EIndividualComputerConnectionType.PERMANENTCREDENTIALS


async def recovery_tokens(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
    created = await vbr.recovery_tokens.create(backup_ids=[uuid.uuid4()], expiration_date=expires)
    assert isinstance(created, ComputerRecoveryTokenModel)
    assert (await vbr.recovery_tokens.update(created.id, name="drill", expiration_date=expires)).name == "drill"
    assert created.id in [token.id async for token in vbr.recovery_tokens.iterate()]
    await vbr.recovery_tokens.delete(created.id)


async def protected_computers(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        first = (await vbr.protected_computers.list(limit=1)).data[0]
        assert (await vbr.protected_computers.get(first.id)).id == first.id


async def discovered_entities(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    group = fake.group_ids[0]
    entities = [entity async for entity in vbr.discovered_entities.iterate(group, concurrency=2)]
    assert len(entities) == len(fake.entity_ids(group))
    computer = next(e for e in entities if isinstance(e, DiscoveredComputerEntityModel))
    assert (await vbr.discovered_entities.get(group, computer.id)).id == computer.id
    session = await vbr.discovered_entities.install_agent(group, [computer.id])
    with contextlib.suppress(SessionFailedError):
        assert (await vbr.sessions.wait(session, timeout=30, poll_interval=0.05)).state == "Stopped"


async def agent_packages(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    assert (await vbr.agent_packages.list_linux()).data
    assert (await vbr.agent_packages.list_unix()).data


async def tasks(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    task = await vbr.tasks.wait(fake.start_task(duration=0.2), timeout=30, poll_interval=0.05)
    assert type(task) is RecoveryMediaTaskModel and task.state == "Stopped"


async def agent_states(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    states = [state async for state in vbr.agent_states.iterate(page_size=7)]
    assert states and len({state.id for state in states}) == len(states)
    assert (await vbr.agent_states.get(states[0].id)) == states[0]


async def recovery_appliances(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    connected = [a async for a in vbr.recovery_appliances.iterate(state_filter="Connected")]
    assert connected and not any(appliance.is_detached for appliance in connected)
    assert (await vbr.recovery_appliances.get(connected[0].id)).host_name == connected[0].host_name
    session = await vbr.recovery_appliances.reboot(connected[0].id)
    assert (await vbr.sessions.wait(session, timeout=30, poll_interval=0.05)).state == "Stopped"
    assert (await vbr.recovery_appliances.reboot_many([a.id for a in connected])).state in ("Starting", "Working")


def computer_with_agent(fake: FakeVBR) -> tuple[str, str]:
    """(group id, entity id) of the first computer with an agent, read from the fake (no request)."""
    group = fake.group_ids[0]
    for entity_id in fake.entity_ids(group):
        entity = fake.entity(group, entity_id) or {}
        if entity.get("type") == "Computer" and entity.get("agentStatus") in ("Installed", "UpgradeRequired"):
            return group, entity_id
    raise AssertionError("the fake has no computer with an agent")


async def agent_maintenance(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    group, entity = computer_with_agent(fake)
    for act in (vbr.discovered_entities.upgrade_agent, vbr.discovered_entities.install_cbt_driver):
        session = await act(group, [entity])
        assert (await vbr.sessions.wait(session, timeout=30, poll_interval=0.05)).state == "Stopped"
    assert (fake.entity(group, entity) or {})["driverStatus"] == "Installed"
    await vbr.discovered_entities.uninstall_cbt_driver(group, [entity])
    assert await vbr.discovered_entities.trust(group, [entity]) is None
    assert (fake.entity(group, entity) or {})["isTrusted"] is True


async def every_group(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    everything = [entity async for entity in vbr.discovered_entities.iterate_all(page_size=25, concurrency=2)]
    assert len(everything) == sum(len(fake.entity_ids(group)) for group in fake.group_ids)


async def remote_recovery(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    group, entity = computer_with_agent(fake)
    for act in (
        vbr.discovered_entities.reboot,
        vbr.discovered_entities.prepare_for_remote_bmr,
        vbr.discovered_entities.recreate_embedded_recovery_media,
    ):
        session = await act(group, [entity])
        assert (await vbr.sessions.wait(session, timeout=30, poll_interval=0.05)).state == "Stopped"
    task = await vbr.discovered_entities.create_recovery_media_task(group, entity, allow_remote_bmr=True)
    assert (await vbr.tasks.wait(task, timeout=30, poll_interval=0.05)).state == "Stopped"


async def agent_backups(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    holder = next(iter(fake.agent_backups.holders.values()))
    spare = fake.agent_backups.unattached()[0].id
    before = [backup.id async for backup in vbr.discovered_entities.iterate_backups(holder)]
    await vbr.discovered_entities.attach_backup(holder, [spare])
    assert (await vbr.discovered_entities.backups(holder)).total == len(before) + 1
    await vbr.discovered_entities.detach_backup(holder, [spare])


async def downloads(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    group = fake.group_ids[0]
    spec = PreInstalledAgentsProtectionGroupPackageSpec(
        format_=PreInstalledAgentsProtectionGroupPackageSpecFormat.TAR, include_windows_packages=True
    )
    packages = await vbr.protection_groups.download_packages(group, spec, io.BytesIO())
    assert packages.content_type == "application/x-tar" and packages.bytes_written > fake.download_size
    computer = next(e for e in fake.entity_ids(group) if (fake.entity(group, e) or {}).get("type") == "Computer")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        media = await vbr.discovered_entities.create_recovery_media(group, computer, io.BytesIO())
    assert media.bytes_written == fake.download_size and media.filename


async def protection_groups(vbr: VeeamAgentsClient, fake: FakeVBR) -> None:
    spec = IndividualComputersProtectionGroupSpec(
        name=f"compat {uuid.uuid4().hex[:8]}",
        description="",
        computers=[IndividualComputerContainerModel(host_name="c01", connection_type=PERMANENT)],
    )
    await vbr.sessions.wait(
        await vbr.protection_groups.create(spec, perform_rescan=True), timeout=30, poll_interval=0.05
    )
    (group,) = (await vbr.protection_groups.list(name_filter=spec.name)).data
    assert [entity.name async for entity in vbr.discovered_entities.iterate(group.id)] == ["c01"]
    await vbr.protection_groups.disable(group.id)
    assert (await vbr.protection_groups.get(group.id)).is_disabled is True
    await vbr.sessions.wait(await vbr.protection_groups.delete(group.id), timeout=30, poll_interval=0.05)


# Each scenario with the generated operations it uses: the revision table says which revisions have them.
SCENARIOS: dict[str, tuple[Scenario, set[str]]] = {
    "recovery_tokens": (
        recovery_tokens,
        {"create_computer_recovery_token", "update_computer_recovery_token", "get_all_computer_recovery_tokens"},
    ),
    "protected_computers": (protected_computers, {"get_protected_computers", "get_protected_computer"}),
    "discovered_entities": (
        discovered_entities,
        {"get_discovered_entities", "get_discovered_entity", "install_agent_on_discovered_entities"},
    ),
    "agent_maintenance": (
        agent_maintenance,
        {
            "upgrade_agent_on_discovered_entities",
            "install_cbt_driver_on_discovered_entities",
            "uninstall_cbt_driver_from_discovered_entities",
            "trust_discovered_entities",
        },
    ),
    "every_group": (every_group, {"get_all_discovered_entities"}),
    "remote_recovery": (
        remote_recovery,
        {
            "reboot_discovered_entities",
            "prepare_for_remote_bmr",
            "recreate_embedded_recovery_media",
            "create_recovery_media_task_for_discovered_entity",
            "get_task",
        },
    ),
    "agent_backups": (
        agent_backups,
        {"get_agent_backups", "attach_backup_to_agent", "detach_backup_from_agent"},
    ),
    "agent_packages": (agent_packages, {"get_all_agent_packages", "get_all_agent_packages_for_unix"}),
    "tasks": (tasks, {"get_task"}),
    "agent_states": (agent_states, {"get_all_agent_states", "get_agent_state"}),
    "recovery_appliances": (
        recovery_appliances,
        {
            "get_agents_recovery_appliances",
            "get_agents_recovery_appliance",
            "reboot_agents_recovery_appliance",
            "reboot_agents_recovery_appliances",
        },
    ),
    "downloads": (downloads, {"download_protection_group_packages", "create_recovery_media_for_discovered_entity"}),
    "protection_groups": (
        protection_groups,
        {
            "create_protection_group",
            "get_all_protection_groups",
            "get_protection_group",
            "disable_protection_group",
            "delete_protection_group",
        },
    ),
}


def has(revision: str, operations: set[str]) -> bool:
    key = REVISIONS.index
    return all(
        key(since) <= key(revision) and (until is None or key(revision) <= key(until))
        for since, until in (OPERATIONS[name] for name in operations)
    )


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, tuple[FakeVBR, RunningServer]]]:
    """A fake per revision that speaks up to it, plus one ("all") that speaks every revision."""
    with contextlib.ExitStack() as stack:
        estate = {}
        for index, revision in enumerate([*REVISIONS, "all"]):
            spoken = REVISIONS if revision == "all" else REVISIONS[: index + 1]
            fake = FakeVBR(
                revisions=spoken,
                also_accepts=unknown_revisions_of_an_older_server(),
                entities_per_group=60,
                session_duration=0.2,
                seed=index,
            )
            estate[revision] = (fake, stack.enter_context(fake.serve(tls=True)))
        yield estate


@pytest.mark.parametrize("mode", ["negotiated", "pinned"])
@pytest.mark.parametrize("revision", REVISIONS)
async def test_every_call_works_or_says_which_revision_it_needs(
    servers: dict[str, tuple[FakeVBR, RunningServer]], revision: str, mode: str
) -> None:
    fake, server = servers[revision if mode == "negotiated" else "all"]
    pinned: dict[str, Any] = {} if mode == "negotiated" else {"api_version": revision}
    fake.stats.reset()
    async with VeeamAgentsClient(
        server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=server.verify, **pinned
    ) as vbr:
        assert vbr.api_version == revision
        offers = 1 if mode == "pinned" or revision == REVISIONS[-1] else 2  # at most one refused offer
        assert fake.stats.requests == offers and fake.stats.token_requests == 1
        for name, (scenario, operations) in SCENARIOS.items():
            before = fake.stats.requests
            if has(revision, operations):
                await scenario(vbr, fake)
            else:
                with pytest.raises(UnsupportedOperationError):
                    await scenario(vbr, fake)
                assert fake.stats.requests == before, f"{name} sent a request at {revision}"
    assert fake.stats.token_requests == 1  # one login for everything
    assert {status for status in fake.stats.by_status if status >= 400} <= {400}  # only the refused offer


async def test_a_vbr_12_server_end_to_end() -> None:
    """The default client against a server of the oldest revision's generation (a VBR 12.2 lists
    v1.0-rev1 to v1.1-rev2): one refused offer, one login in the newest revision both know although
    the server names newer ones the client does not know, the calls that revision has, and every
    other operation of the document refused without a request."""
    oldest = REVISIONS[0]
    fake = FakeVBR(revisions=[oldest], also_accepts=unknown_revisions_of_an_older_server(), seed=7)
    assert fake.accepted_versions[-1] != oldest  # the server names newer revisions than the one agreed
    with fake.serve(tls=True) as server:
        async with VeeamAgentsClient(
            server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=server.verify
        ) as vbr:
            assert vbr.api_version == oldest
            assert (fake.stats.requests, fake.stats.token_requests) == (2, 1)
            assert dict(fake.stats.by_status) == {400: 1, 200: 1}
            await recovery_tokens(vbr, fake)
            with pytest.raises(NotFoundError):  # GET session is there: the fake looked for the session
                await vbr.sessions.get(uuid.uuid4())
            sent = fake.stats.requests
            http = vbr.raw.get_async_httpx_client()
            lacking = [name for name in ROUTES if not has(oldest, {name})]
            assert lacking
            for name in lacking:
                method, template = ROUTES[name]
                path = template.replace("{id}", str(uuid.uuid4())).replace("{entityId}", str(uuid.uuid4()))
                with pytest.raises(UnsupportedOperationError) as caught:  # named as every generated function does
                    await http.request(method, path, json={}, extensions={OPERATION: name})
                assert (caught.value.operation, caught.value.revision) == (name, oldest)
            assert fake.stats.requests == sent
        assert fake.stats.token_requests == 1
        assert fake.stats.by_operation["Logout"] == 1


async def test_protection_group_ids_where_no_call_lists_groups() -> None:
    """The revisions guide's way to group ids at the first revision with discovered entities, which cannot
    list groups yet: the groups covering protected computers, each of which then lists its entities."""
    revision = OPERATIONS["get_discovered_entities"][0]
    assert not has(revision, {"get_all_protection_groups"}) and has(revision, {"get_protected_computers"})
    fake = FakeVBR(revisions=[revision], protection_groups=3, entities_per_group=5, protected_computers=6, seed=3)
    lonely = fake.add_group(entities=5)  # protects no computer: this way cannot find it
    covering = {group["id"] for computer in fake.protected_computers.values() for group in computer["protectionGroups"]}
    assert covering and lonely not in covering
    async with VeeamAgentsClient(
        "https://vbr.test", username="admin", password=DEFAULT_PASSWORD, transport=fake.transport()
    ) as vbr:
        assert vbr.api_version == revision
        with pytest.warns(DeprecationWarning):
            group_ids = {
                group.id async for computer in vbr.protected_computers.iterate() for group in computer.protection_groups
            }
        assert {str(group_id) for group_id in group_ids} == covering
        for group_id in group_ids:
            assert (await vbr.discovered_entities.list(group_id)).total == 5
