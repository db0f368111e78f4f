"""Every operation through the public client: the request it sends and the model it returns."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
import warnings
from typing import Any

import httpx
import pytest
import yaml
from conftest import ENTITY_ID, GROUP_ID, RAW_ONLY_OPERATIONS, REVISIONS, SESSION_ID, SPEC_PATH, TOKEN_ID, example
from seeds import CLUSTER_ENTITY, SEED_PROTECTED_COMPUTER, SEED_SESSION, SEED_TOKEN

import veeam_agents_client
from veeam_agents_client import (
    BadRequestError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    Page,
    UnauthorizedError,
)
from veeam_agents_client.api.agents import get_computer_recovery_token
from veeam_agents_client.models import (
    ComputerRecoveryTokenModel,
    DiscoveredClusterEntityModel,
    DiscoveredComputerEntityModel,
    EOSBitness,
    ManuallyAddedProtectionGroupModel,
    PreInstalledAgentsProtectionGroupPackageSpec,
    PreInstalledAgentsProtectionGroupSpec,
    ProtectedComputerModel,
    SessionModel,
)
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

ENTITIES = f"/api/v1/agents/protectionGroups/{GROUP_ID}/discoveredEntities"
EXPIRES = dt.datetime(2030, 1, 1, 12, 0, tzinfo=dt.UTC)


def page(items: list[Any], total: int | None = None, skip: int = 0, limit: int = 200) -> dict[str, Any]:
    return {"data": items, "pagination": {"total": len(items) if total is None else total, "count": len(items),
                                          "skip": skip, "limit": limit}}  # fmt: skip


async def test_recovery_token_crud(stub, make_client) -> None:
    stub.route("GET", "/api/v1/agents/recoveryTokens", page([SEED_TOKEN]))
    stub.route("POST", "/api/v1/agents/recoveryTokens", SEED_TOKEN)
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    stub.route("PUT", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", {**SEED_TOKEN, "name": "renamed"})
    stub.route("DELETE", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", lambda r: httpx.Response(204))
    backup = uuid.uuid4()
    async with make_client() as vbr:
        listed = await vbr.recovery_tokens.list(order_column="ExpirationDate", order_asc=True, name_filter="ops*")
        created = await vbr.recovery_tokens.create(backup_ids=[backup], expiration_date=EXPIRES)
        fetched = await vbr.recovery_tokens.get(TOKEN_ID)
        updated = await vbr.recovery_tokens.update(uuid.UUID(TOKEN_ID), name="renamed", expiration_date=EXPIRES)
        assert await vbr.recovery_tokens.delete(TOKEN_ID) is None

    assert isinstance(listed, Page) and isinstance(listed.data[0], ComputerRecoveryTokenModel)
    assert listed.total == 1
    assert created.id == fetched.id == uuid.UUID(TOKEN_ID)
    assert updated.name == "renamed"
    sent = stub.api_requests()
    assert dict(sent[0].url.params) == {
        "skip": "0",
        "limit": "200",
        "orderColumn": "ExpirationDate",
        "orderAsc": "true",
        "nameFilter": "ops*",
    }
    assert json.loads(sent[1].content) == {"backupIds": [str(backup)], "expirationDate": "2030-01-01T12:00:00+00:00"}
    assert json.loads(sent[3].content) == {
        "id": TOKEN_ID,
        "name": "renamed",
        "expirationDate": "2030-01-01T12:00:00+00:00",
    }
    assert [r.method for r in sent] == ["GET", "POST", "GET", "PUT", "DELETE"]


async def test_protected_computers_warn_and_parse(stub, make_client) -> None:
    stub.route("GET", "/api/v1/agents/protectedComputers", page([SEED_PROTECTED_COMPUTER]))
    stub.route("GET", f"/api/v1/agents/protectedComputers/{TOKEN_ID}", SEED_PROTECTED_COMPUTER)
    async with make_client() as vbr:
        with pytest.warns(DeprecationWarning, match="use instead: discovered_entities"):
            listed = await vbr.protected_computers.list(type_filter="Linux", order_column="Type")
        with pytest.warns(DeprecationWarning):
            one = await vbr.protected_computers.get(TOKEN_ID)
        with pytest.warns(DeprecationWarning):
            every = [c async for c in vbr.protected_computers.iterate()]
    assert isinstance(listed.data[0], ProtectedComputerModel)
    assert one.name == "string" and len(every) == 1
    assert stub.api_requests()[0].url.params["typeFilter"] == "Linux"


async def test_discovered_entities_list_get_delete(stub, make_client, spec) -> None:
    computer = example(spec, "DiscoveredEntityModelExample")
    stub.route("GET", ENTITIES, page([computer, CLUSTER_ENTITY]))
    stub.route("GET", f"{ENTITIES}/{ENTITY_ID}", computer)
    stub.route("DELETE", f"{ENTITIES}/{ENTITY_ID}", lambda r: httpx.Response(204))
    async with make_client() as vbr:
        listed = await vbr.discovered_entities.list(
            GROUP_ID,
            order_column="AgentStatus",
            ip_address_filter="172.24.*",
            state_filter="Online",
            agent_status_filter="NotInstalled",
            driver_status_filter="Installed",
        )
        one = await vbr.discovered_entities.get(GROUP_ID, ENTITY_ID)
        await vbr.discovered_entities.delete(uuid.UUID(GROUP_ID), ENTITY_ID)
    assert [type(e) for e in listed.data] == [DiscoveredComputerEntityModel, DiscoveredClusterEntityModel]
    assert isinstance(one, DiscoveredComputerEntityModel) and one.name == "dlsql03"
    params = stub.api_requests()[0].url.params
    assert params["stateFilter"] == "Online" and params["agentStatusFilter"] == "NotInstalled"
    assert params["driverStatusFilter"] == "Installed" and params["ipAddressFilter"] == "172.24.*"
    assert params["orderColumn"] == "AgentStatus"


@pytest.mark.parametrize(
    ("method", "action"),
    [
        ("rescan", "rescan"),
        ("install_agent", "installAgent"),
        ("uninstall_agent", "uninstallAgent"),
        ("uninstall_all_components", "uninstallAllComponents"),
        ("upgrade_agent", "upgradeAgent"),
        ("install_cbt_driver", "installCBTDriver"),
        ("uninstall_cbt_driver", "uninstallCBTDriver"),
        ("reboot", "reboot"),
        ("prepare_for_remote_bmr", "prepareForRemoteBmr"),
        ("recreate_embedded_recovery_media", "recreateEmbeddedRm"),
    ],
)
async def test_entity_actions_return_the_session(stub, make_client, spec, method, action) -> None:
    operation = spec["paths"][f"/api/v1/agents/protectionGroups/{{id}}/discoveredEntities/{action}"]["post"]
    status = next(int(code) for code in operation["responses"] if code.startswith("2"))  # 201 for the newest
    stub.route("POST", f"{ENTITIES}/{action}", (status, example(spec, "AgentDiscoveryEntitySessionModelExample")))
    async with make_client() as vbr:
        session = await getattr(vbr.discovered_entities, method)(GROUP_ID, [ENTITY_ID])
    assert isinstance(session, SessionModel) and session.id == uuid.UUID(SESSION_ID)
    (sent,) = stub.api_requests()
    assert json.loads(sent.content) == {"entityIds": [ENTITY_ID]}


async def test_agent_packages(stub, make_client, spec) -> None:
    stub.route("GET", "/api/v1/agents/packages/linux", example(spec, "LinuxPackageResultExample"))
    stub.route("GET", "/api/v1/agents/packages/unix", example(spec, "UnixPackageResultExample"))
    async with make_client() as vbr:
        linux = await vbr.agent_packages.list_linux(distribution_filter="debian", package_bitness_filter="x64")
        every_linux = [p async for p in vbr.agent_packages.iterate_linux(order_column="DistributionName")]
        unix = await vbr.agent_packages.list_unix(order_column="Name")
        every_unix = [p async for p in vbr.agent_packages.iterate_unix()]
    assert len(linux.data) == 60 and linux.total == 60
    assert len(every_linux) == 60  # one page of 60 < 200: a short page ends the walk
    assert [p.package_name for p in unix.data] == [p.package_name for p in every_unix]
    assert stub.api_requests()[0].url.params["distributionFilter"] == "debian"


async def test_sessions_get_and_wait(stub, make_client) -> None:
    states = iter(["Starting", "Working", "Working", "Stopped"])

    def session(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**SEED_SESSION, "id": SESSION_ID, "state": next(states)})

    stub.route("GET", f"/api/v1/sessions/{SESSION_ID}", session)
    async with make_client() as vbr:
        first = await vbr.sessions.get(SESSION_ID)
        done = await vbr.sessions.wait(first, timeout=10, poll_interval=0.01)
    assert first.state == "Starting" and done.state == "Stopped"
    assert len(stub.api_requests()) == 4


async def test_raw_client_shares_auth_and_version(stub, make_client) -> None:
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    async with make_client(api_version=REVISIONS[-2]) as vbr:  # a pinned revision, not the default
        response = await get_computer_recovery_token.asyncio_detailed(uuid.UUID(TOKEN_ID), client=vbr.raw)
    assert isinstance(response.parsed, ComputerRecoveryTokenModel)
    assert all(r.headers["x-api-version"] == REVISIONS[-2] for r in stub.requests)
    assert stub.requests[-2].headers["authorization"].startswith("Bearer access-")


# One call per operation of the document, by operationId (login and logout run inside every test).
CALLS = {
    "GetAllComputerRecoveryTokens": lambda vbr: vbr.recovery_tokens.list(),
    "CreateComputerRecoveryToken": lambda vbr: vbr.recovery_tokens.create(
        backup_ids=[TOKEN_ID], expiration_date=EXPIRES
    ),
    "GetComputerRecoveryToken": lambda vbr: vbr.recovery_tokens.get(TOKEN_ID),
    "UpdateComputerRecoveryToken": lambda vbr: vbr.recovery_tokens.update(TOKEN_ID, name="n", expiration_date=EXPIRES),
    "DeleteComputerRecoveryToken": lambda vbr: vbr.recovery_tokens.delete(TOKEN_ID),
    "GetProtectedComputers": lambda vbr: vbr.protected_computers.list(),
    "GetProtectedComputer": lambda vbr: vbr.protected_computers.get(TOKEN_ID),
    "GetDiscoveredEntities": lambda vbr: vbr.discovered_entities.list(GROUP_ID),
    "RescanDiscoveredEntities": lambda vbr: vbr.discovered_entities.rescan(GROUP_ID, [ENTITY_ID]),
    "InstallAgentOnDiscoveredEntities": lambda vbr: vbr.discovered_entities.install_agent(GROUP_ID, [ENTITY_ID]),
    "UninstallAgentFromDiscoveredEntities": lambda vbr: vbr.discovered_entities.uninstall_agent(GROUP_ID, [ENTITY_ID]),
    "UninstallAllComponentsFromDiscoveredEntities": lambda vbr: vbr.discovered_entities.uninstall_all_components(
        GROUP_ID, [ENTITY_ID]
    ),
    "GetAllDiscoveredEntities": lambda vbr: vbr.discovered_entities.list_all(),
    "UpgradeAgentOnDiscoveredEntities": lambda vbr: vbr.discovered_entities.upgrade_agent(GROUP_ID, [ENTITY_ID]),
    "InstallCBTDriverOnDiscoveredEntities": lambda vbr: vbr.discovered_entities.install_cbt_driver(
        GROUP_ID, [ENTITY_ID]
    ),
    "UninstallCBTDriverFromDiscoveredEntities": lambda vbr: vbr.discovered_entities.uninstall_cbt_driver(
        GROUP_ID, [ENTITY_ID]
    ),
    "TrustDiscoveredEntities": lambda vbr: vbr.discovered_entities.trust(GROUP_ID, [ENTITY_ID]),
    "RebootDiscoveredEntities": lambda vbr: vbr.discovered_entities.reboot(GROUP_ID, [ENTITY_ID]),
    "PrepareForRemoteBmr": lambda vbr: vbr.discovered_entities.prepare_for_remote_bmr(GROUP_ID, [ENTITY_ID]),
    "RecreateEmbeddedRecoveryMedia": lambda vbr: vbr.discovered_entities.recreate_embedded_recovery_media(
        GROUP_ID, [ENTITY_ID]
    ),
    "CreateRecoveryMediaTaskForDiscoveredEntity": lambda vbr: vbr.discovered_entities.create_recovery_media_task(
        GROUP_ID, ENTITY_ID
    ),
    "GetAgentBackups": lambda vbr: vbr.discovered_entities.backups(TOKEN_ID),
    "AttachBackupToAgent": lambda vbr: vbr.discovered_entities.attach_backup(TOKEN_ID, [SESSION_ID]),
    "DetachBackupFromAgent": lambda vbr: vbr.discovered_entities.detach_backup(TOKEN_ID, [SESSION_ID]),
    "GetDiscoveredEntity": lambda vbr: vbr.discovered_entities.get(GROUP_ID, ENTITY_ID),
    "DeleteDiscoveredEntity": lambda vbr: vbr.discovered_entities.delete(GROUP_ID, ENTITY_ID),
    "GetAllAgentPackages": lambda vbr: vbr.agent_packages.list_linux(),
    "GetAllAgentPackagesForUnix": lambda vbr: vbr.agent_packages.list_unix(),
    "GetSession": lambda vbr: vbr.sessions.get(SESSION_ID),
    "GetTask": lambda vbr: vbr.tasks.get(SESSION_ID),
    "GetAllAgentStates": lambda vbr: vbr.agent_states.list(),
    "GetAgentState": lambda vbr: vbr.agent_states.get(TOKEN_ID),
    "GetAgentsRecoveryAppliances": lambda vbr: vbr.recovery_appliances.list(),
    "GetAgentsRecoveryAppliance": lambda vbr: vbr.recovery_appliances.get(TOKEN_ID),
    "RebootAgentsRecoveryAppliance": lambda vbr: vbr.recovery_appliances.reboot(TOKEN_ID),
    "RebootAgentsRecoveryAppliances": lambda vbr: vbr.recovery_appliances.reboot_many([TOKEN_ID]),
    "CreateRecoveryMediaForDiscoveredEntity": lambda vbr: vbr.discovered_entities.create_recovery_media(
        GROUP_ID, ENTITY_ID, io.BytesIO()
    ),
    "DownloadProtectionGroupPackages": lambda vbr: vbr.protection_groups.download_packages(
        GROUP_ID, PreInstalledAgentsProtectionGroupPackageSpec(include_mac_packages=True), io.BytesIO()
    ),
    "GetAllProtectionGroups": lambda vbr: vbr.protection_groups.list(),
    "GetProtectionGroup": lambda vbr: vbr.protection_groups.get(GROUP_ID),
    "CreateProtectionGroup": lambda vbr: vbr.protection_groups.create(
        PreInstalledAgentsProtectionGroupSpec(name="n", description="")
    ),
    "UpdateProtectionGroup": lambda vbr: vbr.protection_groups.update(
        GROUP_ID, ManuallyAddedProtectionGroupModel(id=uuid.UUID(GROUP_ID), name="n", description="")
    ),
    "DeleteProtectionGroup": lambda vbr: vbr.protection_groups.delete(GROUP_ID),
    "RescanProtectionGroup": lambda vbr: vbr.protection_groups.rescan(GROUP_ID),
    "EnableProtectionGroup": lambda vbr: vbr.protection_groups.enable(GROUP_ID),
    "DisableProtectionGroup": lambda vbr: vbr.protection_groups.disable(GROUP_ID),
}
ERRORS = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    500: InternalServerError,
}


def _documented_errors() -> list[tuple[str, str, str, int]]:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    cases = []
    for template, item in spec["paths"].items():
        for method, operation in item.items():
            if operation["operationId"] in CALLS:
                path = template.format(id=TOKEN_ID, entityId=ENTITY_ID)
                if "/protectionGroups/" in template:
                    path = template.format(id=GROUP_ID, entityId=ENTITY_ID)
                if "/sessions/" in template or "/tasks/" in template:
                    path = template.format(id=SESSION_ID)
                for status in operation["responses"]:
                    if int(status) >= 400:
                        cases.append((operation["operationId"], method.upper(), path, int(status)))
    return cases


def test_every_operation_has_a_call() -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    operations = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    assert operations - set(CALLS) == {"CreateToken", "Logout", *RAW_ONLY_OPERATIONS}
    assert not RAW_ONLY_OPERATIONS & set(CALLS)


@pytest.mark.parametrize(("operation", "method", "path", "status"), _documented_errors())
async def test_every_documented_error_raises_its_class(stub, make_client, operation, method, path, status) -> None:
    body = {"errorCode": "UnknownError", "message": f"{operation} failed on purpose"}
    stub.route(method, path, (status, body))
    async with make_client(max_retries=0) as vbr:
        with pytest.raises(ERRORS[status]) as caught, warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            await CALLS[operation](vbr)
    assert caught.value.message == f"{operation} failed on purpose"
    assert caught.value.method == method and httpx.URL(caught.value.url).path == path
    # a 401 is answered by logging in again and replaying once
    assert len(stub.api_requests()) == (2 if status == 401 else 1)


async def test_package_bitness_filter_filters() -> None:
    fake = FakeVBR(protection_groups=0)
    async with veeam_agents_client.VeeamAgentsClient(
        "https://vbr.test", username="admin", password=DEFAULT_PASSWORD, transport=fake.transport()
    ) as vbr:
        packages = [p async for p in vbr.agent_packages.iterate_linux(package_bitness_filter="x86")]
        assert packages and {p.package_bitness for p in packages} == {EOSBitness.X86}
