"""`vbr.protection_groups` against the fake VBR over real TLS sockets, at every revision."""

from __future__ import annotations

import json
import typing
import uuid
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from conftest import REVISIONS

from veeam_agents_client import (
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    SessionFailedError,
    UnsupportedOperationError,
    VeeamAgentsClient,
)
from veeam_agents_client.api.agents import create_protection_group
from veeam_agents_client.models import (
    ActiveDirectoryObjectContainerModel,
    ADDomainModel,
    ADObjectModel,
    ADObjectsProtectionGroupCredentialModel,
    ADObjectsProtectionGroupModel,
    ADObjectsProtectionGroupSpec,
    CloudMachineModel,
    CloudMachinesProtectionGroupAWSAccountModel,
    CloudMachinesProtectionGroupModel,
    CloudMachinesProtectionGroupSpec,
    CloudRegionModel,
    CSVFileOptionsProtectionGroupModel,
    CSVFileProtectionGroupCredentialModel,
    CSVFileProtectionGroupModel,
    CSVFileProtectionGroupSpec,
    EADObjectType,
    EAmazonRegionType,
    EAuthenticationType,
    EIndividualComputerConnectionType,
    EProtectionGroupType,
    IndividualComputerContainerModel,
    IndividualComputersProtectionGroupModel,
    IndividualComputersProtectionGroupSpec,
    IrisProtectionGroupModel,
    IrisProtectionGroupSpec,
    IrisServerModel,
    LinuxCredentialsSpec,
    ManuallyAddedProtectionGroupModel,
    PreInstalledAgentsProtectionGroupModel,
    PreInstalledAgentsProtectionGroupSpec,
    ProtectionGroupModel,
    ProtectionGroupOptionsModel,
    SessionModel,
)
from veeam_agents_client.revisions import ENUM_VALUES, OPERATIONS, PROPERTIES, QUERY_PARAMETERS
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer

SINCE = OPERATIONS["create_protection_group"][0]
WITH_GROUPS = REVISIONS[REVISIONS.index(SINCE) :]
WITHOUT_GROUPS = REVISIONS[: REVISIONS.index(SINCE)]
IRIS_SINCE = ENUM_VALUES["EProtectionGroupType"]["Iris"][0]
SCOPE_SINCE = QUERY_PARAMETERS["get_protection_group"]["permissionScope"][0]
MASTER_TYPE_SINCE = PROPERTIES["ADObjectsProtectionGroupCredentialModel"]["masterConnectionType"][0]
PERMANENT = EIndividualComputerConnectionType.PERMANENTCREDENTIALS
WAIT = {"timeout": 30, "poll_interval": 0.02}


@pytest.fixture(scope="module")
def fake() -> FakeVBR:
    return FakeVBR(protection_groups=3, entities_per_group=[30, 10, 5], session_duration=0.1)


@pytest.fixture(scope="module")
def server(fake: FakeVBR) -> Iterator[RunningServer]:
    with fake.serve(tls=True) as running:
        yield running


def client(server: RunningServer, revision: str | None = None, **kwargs: Any) -> VeeamAgentsClient:
    kwargs.setdefault("username", "admin")
    return VeeamAgentsClient(
        server.base_url, password=DEFAULT_PASSWORD, verify=server.verify, api_version=revision, **kwargs
    )


def computers(*hosts: str) -> list[IndividualComputerContainerModel]:
    return [IndividualComputerContainerModel(host_name=host, connection_type=PERMANENT) for host in hosts]


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


async def entity_names(vbr: VeeamAgentsClient, group_id: uuid.UUID) -> set[str]:
    return {entity.name async for entity in vbr.discovered_entities.iterate(group_id)}


async def created(vbr: VeeamAgentsClient, spec: Any, **kwargs: Any) -> Any:
    """Create, wait for the session, and read the new group back by its (unique) name."""
    session = await vbr.protection_groups.create(spec, **kwargs)
    assert isinstance(session, SessionModel)
    assert (await vbr.sessions.wait(session, **WAIT)).state == "Stopped"
    (group,) = (await vbr.protection_groups.list(name_filter=spec.name)).data
    assert session.job_id == group.id  # the session is the group's
    return group


# --- every call, end to end ----------------------------------------------------------------------


@pytest.mark.parametrize("revision", WITH_GROUPS)
async def test_a_group_lifecycle(fake: FakeVBR, server: RunningServer, revision: str) -> None:
    name = unique("web")
    spec = IndividualComputersProtectionGroupSpec(name=name, description="web farm", computers=computers("web01"))
    async with client(server, revision) as vbr:
        group = await created(vbr, spec, perform_rescan=True)
        assert type(group) is IndividualComputersProtectionGroupModel and group.type_ == "IndividualComputers"
        assert (group.description, group.is_disabled) == ("web farm", False)
        assert await entity_names(vbr, group.id) == {"web01"}  # the rescan found the computer

        group.description = "web farm, two nodes"
        group.computers = computers("web01", "web02")
        session = await vbr.protection_groups.update(group.id, group, perform_rescan=True)
        await vbr.sessions.wait(session, **WAIT)
        scoped = {"permission_scope": "Backup"} if REVISIONS.index(revision) >= REVISIONS.index(SCOPE_SINCE) else {}
        again = await vbr.protection_groups.get(str(group.id), **scoped)
        assert again == group
        assert await entity_names(vbr, group.id) == {"web01", "web02"}

        assert await vbr.protection_groups.disable(group.id) is None
        assert (await vbr.protection_groups.get(group.id)).is_disabled is True
        assert await vbr.protection_groups.enable(group.id) is None
        assert (await vbr.protection_groups.get(group.id)).is_disabled is False

        fake.set_group_entities(str(group.id), [])  # a rescan finds them again
        await vbr.sessions.wait(await vbr.protection_groups.rescan(group.id), **WAIT)
        assert await entity_names(vbr, group.id) == {"web01", "web02"}

        session = await vbr.protection_groups.delete(group.id, uninstall_everything=True)
        assert "uninstall" in (await vbr.sessions.wait(session, **WAIT)).name
        with pytest.raises(NotFoundError) as gone:
            await vbr.protection_groups.get(group.id)
        assert gone.value.resource_id == str(group.id)
        with pytest.raises(NotFoundError):  # its discovered entities went with it
            await vbr.discovered_entities.list(group.id)


async def test_without_perform_rescan_nothing_is_discovered_until_a_rescan(server: RunningServer) -> None:
    async with client(server) as vbr:
        spec = IndividualComputersProtectionGroupSpec(name=unique("quiet"), description="", computers=computers("q1"))
        group = await created(vbr, spec)
        assert await entity_names(vbr, group.id) == set()
        await vbr.sessions.wait(await vbr.protection_groups.rescan(group.id), **WAIT)
        assert await entity_names(vbr, group.id) == {"q1"}


async def test_a_failed_rescan_raises_and_discovers_nothing(fake: FakeVBR, server: RunningServer) -> None:
    async with client(server) as vbr:
        spec = IndividualComputersProtectionGroupSpec(name=unique("failing"), description="", computers=computers("f1"))
        group = await created(vbr, spec)
        fake.session_result = "Failed"
        try:
            with pytest.raises(SessionFailedError):
                await vbr.sessions.wait(await vbr.protection_groups.rescan(group.id), **WAIT)
        finally:
            fake.session_result = "Success"
        assert await entity_names(vbr, group.id) == set()


# --- the list ------------------------------------------------------------------------------------


async def test_list_filters_sorts_and_pages(fake: FakeVBR, server: RunningServer) -> None:
    async with client(server) as vbr:
        everything = [group async for group in vbr.protection_groups.iterate(page_size=2, concurrency=2)]
        assert [str(group.id) for group in everything] == fake.group_ids
        pages = [page async for page in vbr.protection_groups.pages(page_size=2)]
        assert [group for page in pages for group in page.data] == everything
        assert all(len(page.data) == 2 for page in pages[:-1]) and pages[0].total == len(everything)

        by_name = await vbr.protection_groups.list(order_column="Name", order_asc=False, permission_scope="Any")
        assert [group.name for group in by_name.data] == sorted((g.name for g in everything), key=str.casefold)[::-1]
        ad = await vbr.protection_groups.list(type_filter=EProtectionGroupType.ADOBJECTS)
        assert ad.data and all(type(group) is ADObjectsProtectionGroupModel for group in ad.data)
        assert ad.total == sum(group.type_ == "ADObjects" for group in everything)
        seeded = await vbr.protection_groups.list(name_filter="protection group*", order_column="Type")
        assert [g.type_ for g in seeded.data] == sorted(g.type_ for g in everything if g.name.startswith("Protection"))


async def test_the_seeded_groups_are_the_entity_groups(fake: FakeVBR, server: RunningServer) -> None:
    groups = await _seeded(server, fake)
    assert [type(group) for group in groups] == [
        IndividualComputersProtectionGroupModel,
        ADObjectsProtectionGroupModel,
        ManuallyAddedProtectionGroupModel,
    ]
    async with client(server) as vbr:
        for group in groups:
            listed = [entity.id async for entity in vbr.discovered_entities.iterate(group.id)]
            assert [str(entity_id) for entity_id in listed] == fake.entity_ids(str(group.id))


async def _seeded(server: RunningServer, fake: FakeVBR) -> list[Any]:
    async with client(server) as vbr:
        return [await vbr.protection_groups.get(group_id) for group_id in fake.group_ids[:3]]


# --- every kind, and a kind this client does not know --------------------------------------------


def every_spec(name: str) -> list[Any]:
    """A spec of each kind create takes, built with the typed constructors (no `type` given anywhere)."""
    domain = uuid.uuid4()
    ad = ADObjectModel(
        id=uuid.uuid4(),
        full_name="corp.example.com/Servers",
        domain_id=domain,
        distinguished_name="OU=Servers,DC=corp,DC=example,DC=com",
        type_=EADObjectType.ORGANIZATIONUNIT,
    )
    linux = LinuxCredentialsSpec(username="root", authentication_type=EAuthenticationType.PASSWORD, password="pw")
    return [
        IndividualComputersProtectionGroupSpec(
            name=f"{name} individual",
            description="",
            computers=[
                IndividualComputerContainerModel(
                    host_name="lnx01",
                    connection_type=EIndividualComputerConnectionType.SINGLEUSECREDENTIALS,
                    single_use_credentials=linux,
                )
            ],
            options=ProtectionGroupOptionsModel(install_backup_agent=True),
        ),
        ADObjectsProtectionGroupSpec(
            name=f"{name} ad",
            description="",
            active_directory=ActiveDirectoryObjectContainerModel(
                domain_controller_settings=ADDomainModel(
                    id=domain, name="corp.example.com", server_name="dc01", credentials_id=uuid.uuid4()
                ),
                objects=[ad],
            ),
            credentials=ADObjectsProtectionGroupCredentialModel(
                use_custom_credentials=False, master_credentials_id=uuid.uuid4()
            ),
        ),
        CSVFileProtectionGroupSpec(
            name=f"{name} csv",
            description="",
            file=CSVFileOptionsProtectionGroupModel(path=r"\\files\pcs.csv"),
            credentials=CSVFileProtectionGroupCredentialModel(master_credentials_id=uuid.uuid4()),
        ),
        PreInstalledAgentsProtectionGroupSpec(name=f"{name} preinstalled", description=""),
        CloudMachinesProtectionGroupSpec(
            name=f"{name} cloud",
            description="",
            cloud_account=CloudMachinesProtectionGroupAWSAccountModel(
                credentials_id=uuid.uuid4(), region_type=EAmazonRegionType.GLOBAL, region_id="eu-west-1"
            ),
            cloud_machines=[CloudMachineModel(name="i-0abc", object_id="i-0abc"), CloudRegionModel(name="eu-west-1")],
        ),
        IrisProtectionGroupSpec(
            name=f"{name} iris",
            description="",
            servers=[IrisServerModel(host_name="iris01", connection_type=PERMANENT)],
        ),
    ]


GROUP_OF = {
    IndividualComputersProtectionGroupSpec: IndividualComputersProtectionGroupModel,
    ADObjectsProtectionGroupSpec: ADObjectsProtectionGroupModel,
    CSVFileProtectionGroupSpec: CSVFileProtectionGroupModel,
    PreInstalledAgentsProtectionGroupSpec: PreInstalledAgentsProtectionGroupModel,
    CloudMachinesProtectionGroupSpec: CloudMachinesProtectionGroupModel,
    IrisProtectionGroupSpec: IrisProtectionGroupModel,
}


def test_the_constructors_fill_in_every_discriminator() -> None:
    specs = every_spec("x")
    # every kind create takes, as the generated code types its body
    body = typing.get_type_hints(create_protection_group.asyncio_detailed)["body"]
    assert sorted(type(spec).__name__ for spec in specs) == sorted(kind.__name__ for kind in typing.get_args(body))
    assert [spec.to_dict()["type"] for spec in specs] == [
        "IndividualComputers",
        "ADObjects",
        "CSVFile",
        "PreInstalledAgents",
        "CloudMachines",
        "Iris",
    ]
    cloud = specs[4].to_dict()
    assert cloud["cloudAccount"]["accountType"] == "AWS"
    assert [item["type"] for item in cloud["cloudMachines"]] == ["Machine", "Region"]
    assert specs[0].to_dict()["computers"][0]["singleUseCredentials"]["type"] == "Linux"
    for spec in specs:  # and the dict reads back as the same model, nested kinds included
        assert type(spec).from_dict(spec.to_dict()) == spec


@pytest.mark.parametrize("revision", WITH_GROUPS)
async def test_every_kind_round_trips_through_the_server(server: RunningServer, revision: str) -> None:
    name = unique(f"kinds {revision}")
    async with client(server, revision) as vbr:
        for spec in every_spec(name):
            if isinstance(spec, IrisProtectionGroupSpec) and REVISIONS.index(revision) < REVISIONS.index(IRIS_SINCE):
                with pytest.raises(BadRequestError, match="type"):  # the revision has no such kind
                    await vbr.protection_groups.create(spec)
                continue
            group = await created(vbr, spec, perform_rescan=True)
            assert type(group) is GROUP_OF[type(spec)]
            sent = spec.to_dict()
            if isinstance(spec, IndividualComputersProtectionGroupSpec):  # a password is kept, never shown
                del sent["computers"][0]["singleUseCredentials"]["password"]
            if isinstance(spec, ADObjectsProtectionGroupSpec) and REVISIONS.index(revision) >= REVISIONS.index(
                MASTER_TYPE_SINCE
            ):  # the revision requires it in answers: a group made without it shows the default
                sent["credentials"].setdefault("masterConnectionType", "PermanentCredentials")
            assert {k: v for k, v in group.to_dict().items() if k not in ("id", "isDisabled")} == sent
            assert '"pw"' not in json.dumps(group.to_dict())
            assert await vbr.protection_groups.get(group.id) == group
        found = await entity_names(vbr, (await vbr.protection_groups.list(name_filter=f"{name} cloud")).data[0].id)
        assert found == {"i-0abc", "eu-west-1-vm1", "eu-west-1-vm2"}


async def test_a_kind_this_client_does_not_know_is_kept_whole(fake: FakeVBR, server: RunningServer) -> None:
    settings = {"databases": [{"name": "orders", "port": 27017}]}
    group_id = fake.add_group(name=unique("mongo"), kind="MongoDB", settings=settings, entities=2)
    async with client(server) as vbr:
        group = await vbr.protection_groups.get(group_id)
        listed = [g async for g in vbr.protection_groups.iterate() if str(g.id) == group_id]
    assert type(group) is ProtectionGroupModel and listed == [group]
    assert group.type_ == "MongoDB" and group.additional_properties == settings
    assert group.to_dict()["databases"] == settings["databases"]


@pytest.mark.parametrize("revision", [r for r in WITH_GROUPS if REVISIONS.index(r) < REVISIONS.index(IRIS_SINCE)])
async def test_a_revision_without_the_kind_does_not_see_such_groups(server: RunningServer, revision: str) -> None:
    async with client(server) as vbr:
        spec = IrisProtectionGroupSpec(name=unique("iris"), description="", servers=[IrisServerModel("i1", PERMANENT)])
        group = await created(vbr, spec)
    async with client(server, revision) as older:
        assert group.id not in [g.id async for g in older.protection_groups.iterate()]
        with pytest.raises(NotFoundError):
            await older.protection_groups.get(group.id)


# --- errors from the server ----------------------------------------------------------------------

MISSING = uuid.UUID(int=7)
ON_A_GROUP: dict[str, Callable[[VeeamAgentsClient, Any], Awaitable[Any]]] = {
    "get": lambda vbr, group_id: vbr.protection_groups.get(group_id),
    "update": lambda vbr, group_id: vbr.protection_groups.update(
        group_id, ManuallyAddedProtectionGroupModel(id=group_id, name="n", description="")
    ),
    "delete": lambda vbr, group_id: vbr.protection_groups.delete(group_id),
    "rescan": lambda vbr, group_id: vbr.protection_groups.rescan(group_id),
    "enable": lambda vbr, group_id: vbr.protection_groups.enable(group_id),
    "disable": lambda vbr, group_id: vbr.protection_groups.disable(group_id),
}


@pytest.mark.parametrize("call", sorted(ON_A_GROUP))
async def test_an_unknown_group_is_not_found(server: RunningServer, call: str) -> None:
    async with client(server) as vbr:
        with pytest.raises(NotFoundError) as caught:
            await ON_A_GROUP[call](vbr, MISSING)
    assert caught.value.resource_id == str(MISSING)


async def test_the_server_refuses_a_bad_spec_with_400(fake: FakeVBR, server: RunningServer) -> None:
    bad = {"name": "bad", "description": "", "type": "IndividualComputers", "computers": [{"hostName": 5}]}
    async with client(server) as vbr:
        response = await vbr.raw.get_async_httpx_client().post("/api/v1/agents/protectionGroups", json=bad)
        assert response.status_code == 400 and "computers[0].hostName" in response.json()["message"]
        taken = fake.groups[fake.group_ids[0]].name
        spec = IndividualComputersProtectionGroupSpec(name=taken, description="", computers=computers("x"))
        with pytest.raises(BadRequestError, match="already exists"):
            await vbr.protection_groups.create(spec)
        group = (await vbr.protection_groups.list(type_filter="ADObjects", limit=1)).data[0]
        changed = IndividualComputersProtectionGroupModel(id=group.id, name=group.name, description="")
        with pytest.raises(BadRequestError, match="cannot change"):
            await vbr.protection_groups.update(group.id, changed)
        # the document makes schedule days unique: a day named twice is refused, never stored and echoed
        days = {"daily": {"isEnabled": True, "days": ["Saturday", "Saturday"]}}
        twice = bad | {"name": "twice", "computers": [{"hostName": "h", "connectionType": "PermanentCredentials"}],
                       "options": {"rescanSchedule": days}}  # fmt: skip
        response = await vbr.raw.get_async_httpx_client().post("/api/v1/agents/protectionGroups", json=twice)
        assert response.status_code == 400 and "days lists an item twice" in response.json()["message"]
        assert not (await vbr.protection_groups.list(name_filter="twice")).data


async def test_only_a_backup_administrator_may(fake: FakeVBR, server: RunningServer) -> None:
    async with client(server, username="operator") as vbr:
        with pytest.raises(ForbiddenError):
            await vbr.protection_groups.list()
        for call in ON_A_GROUP.values():
            with pytest.raises(ForbiddenError):
                await call(vbr, uuid.UUID(fake.group_ids[0]))
    assert (await _seeded(server, fake))[0].is_disabled is False  # nothing changed


# --- revisions without protection groups ---------------------------------------------------------


async def first(iterator: Any) -> Any:
    return await anext(aiter(iterator))


EVERY_CALL: dict[str, Callable[[VeeamAgentsClient], Awaitable[Any]]] = {
    "get_all_protection_groups": lambda vbr: vbr.protection_groups.list(),
    "get_protection_group": lambda vbr: vbr.protection_groups.get(MISSING),
    "create_protection_group": lambda vbr: vbr.protection_groups.create(every_spec("x")[0]),
    "update_protection_group": lambda vbr: ON_A_GROUP["update"](vbr, MISSING),
    "delete_protection_group": lambda vbr: vbr.protection_groups.delete(MISSING),
    "rescan_protection_group": lambda vbr: vbr.protection_groups.rescan(MISSING),
    "enable_protection_group": lambda vbr: vbr.protection_groups.enable(MISSING),
    "disable_protection_group": lambda vbr: vbr.protection_groups.disable(MISSING),
}


@pytest.mark.parametrize("revision", WITHOUT_GROUPS)
async def test_older_revisions_raise_unsupported_without_a_request(
    fake: FakeVBR, server: RunningServer, revision: str
) -> None:
    async with client(server, revision) as vbr:
        sent = fake.stats.requests
        calls = {**EVERY_CALL, "iterate": lambda v: first(v.protection_groups.iterate())}
        calls["pages"] = lambda v: first(v.protection_groups.pages())
        for name, call in calls.items():
            with pytest.raises(UnsupportedOperationError) as caught:
                await call(vbr)
            assert caught.value.since == SINCE and caught.value.revision == revision
            assert caught.value.operation == name or name in ("iterate", "pages")
        assert fake.stats.requests == sent


def test_every_operation_of_the_namespace_is_called_here() -> None:
    groups = {module for module in OPERATIONS if "protection_group" in module}
    assert groups - {"download_protection_group_packages"} == set(EVERY_CALL)  # packages: the downloads' tests
