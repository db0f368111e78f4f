"""What the fake VBR server changes, through plain httpx calls: recovery tokens created, edited and
deleted, discovered entities deleted, and agent actions whose sessions run to their end."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
from conftest import Clock
from fake_helpers import (
    AGENTS,
    MISSING,
    admin_http,  # noqa: F401 (the fixture admin)
    assert_error,
    fake_vbr,  # noqa: F401 (the fixture fake)
    future,
    list_all,
    plain_http,  # noqa: F401 (the fixture http)
)

from veeam_agents_client.testing import FakeVBR

# --- recovery tokens CRUD --------------------------------------------------------------------


async def test_recovery_token_crud(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    expiration = future(30)
    created = await admin.post(
        f"{AGENTS}/recoveryTokens",
        json={"backupIds": ["7e76a5bb-287a-490e-ae0a-5e852ea775ee"], "expirationDate": expiration},
    )
    assert created.status_code == 201  # the newest revision answers a create with 201
    token = created.json()
    assert set(token) == {"id", "name", "recoveryToken", "expirationDate"}
    assert datetime.fromisoformat(token["expirationDate"]) == datetime.fromisoformat(expiration)
    assert token["recoveryToken"] and token["name"]
    assert fake.stats.recovery_tokens_created == 1 and token["id"] in fake.recovery_token_ids
    got = await admin.get(f"{AGENTS}/recoveryTokens/{token['id']}")
    assert got.json() == token

    edited = {**token, "name": "Rack 7 restore", "expirationDate": future(60)}
    updated = await admin.put(f"{AGENTS}/recoveryTokens/{token['id']}", json=edited)
    assert updated.status_code == 200
    assert updated.json()["name"] == "Rack 7 restore"
    assert updated.json()["recoveryToken"] == token["recoveryToken"]
    listed = (await admin.get(f"{AGENTS}/recoveryTokens", params={"nameFilter": "Rack 7 restore"})).json()
    assert listed["pagination"]["total"] == 1

    mismatch = {**edited, "id": MISSING}
    assert_error(await admin.put(f"{AGENTS}/recoveryTokens/{token['id']}", json=mismatch), 400)
    assert_error(await admin.put(f"{AGENTS}/recoveryTokens/{token['id']}", json={"id": token["id"]}), 400)
    assert_error(await admin.put(f"{AGENTS}/recoveryTokens/{MISSING}", json={**edited, "id": MISSING}), 404)

    deleted = await admin.delete(f"{AGENTS}/recoveryTokens/{token['id']}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert_error(await admin.get(f"{AGENTS}/recoveryTokens/{token['id']}"), 404)
    assert (await admin.get(f"{AGENTS}/recoveryTokens")).json()["pagination"]["total"] == 5


# --- discovered entities: delete and actions --------------------------------------------------


async def test_delete_entity(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    group = fake.group_ids[1]
    entity = fake.entity_ids(group)[5]
    response = await admin.delete(f"{AGENTS}/protectionGroups/{group}/discoveredEntities/{entity}")
    assert response.status_code == 204 and response.content == b""
    assert fake.entity(group, entity) is None
    assert_error(await admin.get(f"{AGENTS}/protectionGroups/{group}/discoveredEntities/{entity}"), 404)
    listed = (await admin.get(f"{AGENTS}/protectionGroups/{group}/discoveredEntities")).json()
    assert listed["pagination"]["total"] == 39 and entity not in [item["id"] for item in listed["data"]]


def first_computer(fake: FakeVBR, group: str, **wanted: str) -> str:
    for entity_id in fake.entity_ids(group):
        entity = fake.entity(group, entity_id)
        assert entity is not None
        if entity["type"] == "Computer" and all(entity.get(k) == v for k, v in wanted.items()):
            return entity_id
    raise AssertionError(f"no computer with {wanted}")


async def run_action(
    fake: FakeVBR, admin: httpx.AsyncClient, clock: Clock, action: str, group: str, entity: str
) -> dict[str, Any]:
    """Start an action, watch its session through Starting and Working to Stopped."""
    started = await admin.post(
        f"{AGENTS}/protectionGroups/{group}/discoveredEntities/{action}", json={"entityIds": [entity]}
    )
    assert started.status_code == 200, started.text
    session = started.json()
    assert session["state"] == "Starting" and session["progressPercent"] == 0
    assert session["jobId"] == group
    seen = [session["state"]]
    progress = [session["progressPercent"]]
    for _ in range(12):
        clock.now += 1
        polled: dict[str, Any] = (await admin.get(f"/api/v1/sessions/{session['id']}")).json()
        seen.append(polled["state"])
        progress.append(polled["progressPercent"])
        if polled["state"] == "Stopped":
            break
    assert seen[0] == "Starting" and "Working" in seen and seen[-1] == "Stopped"
    assert progress == sorted(progress) and progress[-1] == 100
    assert "endTime" in polled
    return polled


async def test_install_agent(fake: FakeVBR, admin: httpx.AsyncClient, clock: Clock) -> None:
    group = fake.group_ids[0]
    entity = first_computer(fake, group, agentStatus="NotInstalled")
    session = await run_action(fake, admin, clock, "installAgent", group, entity)
    assert session["sessionType"] == "AgentDiscovery"
    assert session["result"] == {"result": "Success", "message": "Success", "isCanceled": False}
    after = (await admin.get(f"{AGENTS}/protectionGroups/{group}/discoveredEntities/{entity}")).json()
    assert after["agentStatus"] == "Installed" and after["agentVersion"] and after["driverStatus"] == "Installed"


async def test_uninstall_agent(fake: FakeVBR, admin: httpx.AsyncClient, clock: Clock) -> None:
    group = fake.group_ids[0]
    entity = first_computer(fake, group, agentStatus="Installed")
    await run_action(fake, admin, clock, "uninstallAgent", group, entity)
    after = fake.entity(group, entity)
    assert after is not None and after["agentStatus"] == "NotInstalled" and "agentVersion" not in after


async def test_uninstall_all_components(fake: FakeVBR, admin: httpx.AsyncClient, clock: Clock) -> None:
    group = fake.group_ids[0]
    entity = first_computer(fake, group, agentStatus="Installed", driverStatus="Installed")
    session = await run_action(fake, admin, clock, "uninstallAllComponents", group, entity)
    assert session["sessionType"] == "Infrastructure"
    after = fake.entity(group, entity)
    assert after is not None
    assert (after["agentStatus"], after["driverStatus"]) == ("NotInstalled", "NotInstalled")
    assert {plugin["status"] for plugin in after["plugins"]} == {"NotInstalled"}
    filtered = await list_all(
        admin, f"{AGENTS}/protectionGroups/{group}/discoveredEntities", driverStatusFilter="NotInstalled"
    )
    assert entity in [item["id"] for item in filtered]


async def test_rescan_brings_entity_online(fake: FakeVBR, admin: httpx.AsyncClient, clock: Clock) -> None:
    group = fake.group_ids[0]
    entity = first_computer(fake, group, state="Offline")
    session = await run_action(fake, admin, clock, "rescan", group, entity)
    assert session["name"].startswith("Rescan of ")
    after = fake.entity(group, entity)
    assert after is not None and after["state"] == "Online"


async def test_forced_failure(fake: FakeVBR, admin: httpx.AsyncClient, clock: Clock) -> None:
    fake.session_result = "Failed"
    group = fake.group_ids[0]
    entity = first_computer(fake, group, agentStatus="NotInstalled")
    session = await run_action(fake, admin, clock, "installAgent", group, entity)
    assert session["result"]["result"] == "Failed"
    after = fake.entity(group, entity)
    assert after is not None and after["agentStatus"] == "Failed" and "agentVersion" not in after


async def test_action_on_entity_of_another_group_is_404(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    stranger = fake.entity_ids(fake.group_ids[1])[0]
    response = await admin.post(
        f"{AGENTS}/protectionGroups/{fake.group_ids[0]}/discoveredEntities/installAgent",
        json={"entityIds": [stranger]},
    )
    assert assert_error(response, 404, "NotFound")["resourceId"] == stranger
    assert fake.stats.sessions_started == 0


async def test_sessions_have_increasing_usn(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    group = fake.group_ids[0]
    entities = fake.entity_ids(group)[:2]
    usns = []
    for entity in entities:
        response = await admin.post(
            f"{AGENTS}/protectionGroups/{group}/discoveredEntities/rescan", json={"entityIds": [entity]}
        )
        usns.append(response.json()["usn"])
    assert usns[0] < usns[1]
