"""What the fake VBR server lists, through plain httpx calls: paging, sorting and filters, the agent
packages, and sites of hand-made content or of any size."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest
from fake_helpers import (
    AGENTS,
    admin_http,  # noqa: F401 (the fixture admin)
    assert_error,
    fake_vbr,  # noqa: F401 (the fixture fake)
    list_all,
    plain_http,  # noqa: F401 (the fixture http)
)

from veeam_agents_client.testing import FakeVBR

# --- lists --------------------------------------------------------------------------------------


async def test_entity_paging_covers_every_entity_once(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    group = fake.group_ids[0]
    items = await list_all(admin, f"{AGENTS}/protectionGroups/{group}/discoveredEntities")
    assert [item["id"] for item in items] == fake.entity_ids(group)
    assert len(items) == 300
    assert {item["type"] for item in items} == {"Computer", "Cluster", "ActiveDirectory"}
    assert all(item["protectionGroupId"] == group for item in items)


async def test_pagination_block(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    path = f"{AGENTS}/protectionGroups/{fake.group_ids[0]}/discoveredEntities"
    default = (await admin.get(path)).json()
    assert default["pagination"] == {"total": 300, "count": 200, "skip": 0, "limit": 200}
    tail = (await admin.get(path, params={"skip": 290, "limit": 50})).json()
    assert tail["pagination"] == {"total": 300, "count": 10, "skip": 290, "limit": 50}
    beyond = (await admin.get(path, params={"skip": 1000})).json()
    assert beyond["data"] == [] and beyond["pagination"]["total"] == 300


@pytest.mark.parametrize(
    ("column", "field"),
    [
        ("Name", "name"),
        ("State", "state"),
        ("AgentStatus", "agentStatus"),
        ("DriverStatus", "driverStatus"),
        ("OperatingSystem", "operatingSystem"),
    ],
)
@pytest.mark.parametrize("ascending", [True, False])
async def test_entity_sorting(
    fake: FakeVBR, admin: httpx.AsyncClient, column: str, field: str, ascending: bool
) -> None:
    path = f"{AGENTS}/protectionGroups/{fake.group_ids[0]}/discoveredEntities"
    items = await list_all(admin, path, orderColumn=column, orderAsc=str(ascending).lower())
    keys = [(item.get(field) or "").casefold() for item in items]
    assert keys == sorted(keys, reverse=not ascending)
    assert len(set(keys)) > 1


async def test_entity_filters(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    path = f"{AGENTS}/protectionGroups/{fake.group_ids[0]}/discoveredEntities"
    everything = await list_all(admin, path)
    for param, field, value in (
        ("stateFilter", "state", "Offline"),
        ("agentStatusFilter", "agentStatus", "NotInstalled"),
        ("driverStatusFilter", "driverStatus", "Installed"),
    ):
        expected = [item["id"] for item in everything if item.get(field) == value]
        got = await list_all(admin, path, **{param: value})
        assert [item["id"] for item in got] == expected and expected
    one = everything[7]
    named = (await admin.get(path, params={"nameFilter": one["name"].upper()})).json()
    assert [item["id"] for item in named["data"]] == [one["id"]]
    windows_sql = [item["id"] for item in everything if "-sql" in item["name"]]
    contains = await list_all(admin, path, nameFilter="*-SQL*")
    assert [item["id"] for item in contains] == windows_sql and windows_sql
    prefix = await list_all(admin, path, nameFilter="lon-*")
    assert prefix and all(item["name"].startswith("lon-") for item in prefix)
    assert len(prefix) == sum(item["name"].startswith("lon-") for item in everything)
    suffix = await list_all(admin, path, nameFilter="*07")
    assert suffix and all(item["name"].endswith("07") for item in suffix)
    ip = next(item for item in everything if item["type"] == "Computer")["ipAddresses"][0]
    by_ip = await list_all(admin, path, ipAddressFilter=ip)
    assert [ip in item["ipAddresses"] for item in by_ip] == [True] and len(by_ip) == 1
    subnet = await list_all(admin, path, ipAddressFilter="172.24.*")
    assert subnet and all(any(a.startswith("172.24.") for a in item["ipAddresses"]) for item in subnet)
    combined = (await admin.get(path, params={"stateFilter": "Online", "nameFilter": "*sql*", "limit": 3})).json()
    assert combined["pagination"]["count"] <= 3
    assert all(item["state"] == "Online" and "sql" in item["name"] for item in combined["data"])


async def test_computer_entities_are_varied(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    items = await list_all(admin, f"{AGENTS}/protectionGroups/{fake.group_ids[0]}/discoveredEntities")
    computers = [item for item in items if item["type"] == "Computer"]
    assert len({c["agentStatus"] for c in computers}) >= 4
    assert len({c["operatingSystem"] for c in computers}) >= 4
    assert {c["state"] for c in computers} == {"Online", "Offline", "Unknown"}
    assert any("agentVersion" in c for c in computers) and any("agentVersion" not in c for c in computers)
    assert all(len(c["plugins"]) == 4 and c["ipAddresses"] for c in computers)
    ad = next(item for item in items if item["type"] == "ActiveDirectory")
    assert ad["domain"]["name"] and ad["entity"]["distinguishedName"].startswith("OU=")


async def test_recovery_token_list_sorting_and_filter(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    body = (
        await admin.get(f"{AGENTS}/recoveryTokens", params={"orderColumn": "ExpirationDate", "orderAsc": "false"})
    ).json()
    dates = [datetime.fromisoformat(item["expirationDate"]) for item in body["data"]]
    assert dates == sorted(dates, reverse=True) and body["pagination"]["total"] == 5
    named = (await admin.get(f"{AGENTS}/recoveryTokens", params={"nameFilter": "*token 3"})).json()
    assert [item["name"] for item in named["data"]] == ["Recovery token 3"]


async def test_protected_computer_list(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    items = await list_all(admin, f"{AGENTS}/protectedComputers", orderColumn="Name")
    names = [item["name"] for item in items]
    assert names == sorted(names) and len(items) == 12
    assert all(item["type"] == "Linux" and item["protectionGroups"] for item in items)
    assert all(group["id"] in fake.group_ids for item in items for group in item["protectionGroups"])
    typed = (await admin.get(f"{AGENTS}/protectedComputers", params={"typeFilter": "Linux", "limit": 5})).json()
    assert typed["pagination"] == {"total": 12, "count": 5, "skip": 0, "limit": 5}
    assert_error(await admin.get(f"{AGENTS}/protectedComputers", params={"typeFilter": "Windows"}), 400)


async def test_linux_packages(admin: httpx.AsyncClient) -> None:
    everything = (await admin.get(f"{AGENTS}/packages/linux")).json()
    assert everything["pagination"]["total"] == 63
    assert everything["data"][0] == {
        "packageBitness": "x64",
        "packageName": "Debian 11 x64 - 13.0.0.609",
        "distributionName": "debian",
    }
    ubuntu = (await admin.get(f"{AGENTS}/packages/linux", params={"distributionFilter": "Ubuntu"})).json()
    assert ubuntu["pagination"]["total"] == 12
    assert {item["distributionName"] for item in ubuntu["data"]} == {"ubuntu"}
    x86 = (await admin.get(f"{AGENTS}/packages/linux", params={"packageBitnessFilter": "x86"})).json()
    assert x86["pagination"]["total"] == 3 and all("x86" in item["packageName"] for item in x86["data"])
    nosnap = (await admin.get(f"{AGENTS}/packages/linux", params={"nameFilter": "SLES*", "orderColumn": "Name"})).json()
    names = [item["packageName"] for item in nosnap["data"]]
    assert names == sorted(names, key=str.casefold) and len(names) == 17
    by_dist = (
        await admin.get(f"{AGENTS}/packages/linux", params={"orderColumn": "DistributionName", "orderAsc": "false"})
    ).json()
    dists = [item["distributionName"].casefold() for item in by_dist["data"]]
    assert dists == sorted(dists, reverse=True)


async def test_unix_packages(admin: httpx.AsyncClient) -> None:
    body = (await admin.get(f"{AGENTS}/packages/unix")).json()
    assert body == {
        "data": [
            {"packageName": "IBM AIX"},
            {"packageName": "Solaris Intel"},
            {"packageName": "Solaris SPARC"},
        ],
        "pagination": {"total": 3, "count": 3, "skip": 0, "limit": 200},
    }
    solaris = (
        await admin.get(
            f"{AGENTS}/packages/unix",
            params={"nameFilter": "solaris*", "orderColumn": "Name", "orderAsc": "false"},
        )
    ).json()
    assert [item["packageName"] for item in solaris["data"]] == ["Solaris SPARC", "Solaris Intel"]


# --- hand-made content and size ---------------------------------------------------------------


async def test_hand_made_entities(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    group = fake.add_group(name="Lab")
    made = fake.set_group_entities(
        group,
        [
            {"id": "7E76A5BB-287A-490E-AE0A-5E852EA775EE", "name": "dlsql03", "agentStatus": "Installed"},
            {"name": "dlweb01", "state": "Offline"},
        ],
    )
    assert made[0]["id"] == "7e76a5bb-287a-490e-ae0a-5e852ea775ee"
    listed = (await admin.get(f"{AGENTS}/protectionGroups/{group}/discoveredEntities")).json()
    assert [item["name"] for item in listed["data"]] == ["dlsql03", "dlweb01"]
    got = (await admin.get(f"{AGENTS}/protectionGroups/{group}/discoveredEntities/{made[0]['id']}")).json()
    assert got["agentStatus"] == "Installed" and got["protectionGroupId"] == group
    fake.add_entity(group, name="dlfs09", type="Cluster")
    offline = (
        await admin.get(f"{AGENTS}/protectionGroups/{group}/discoveredEntities", params={"stateFilter": "Offline"})
    ).json()
    assert [item["name"] for item in offline["data"]] == ["dlweb01"]
    assert len(fake.entity_ids(group)) == 3


async def test_hand_made_entities_of_every_type(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    group = fake.add_group()
    fake.set_group_entities(group, [{"type": "Cluster", "name": "sqlclu"}, {"type": "ActiveDirectory"}, {}])
    listed = (await admin.get(f"{AGENTS}/protectionGroups/{group}/discoveredEntities")).json()["data"]
    assert [item["type"] for item in listed] == ["Cluster", "ActiveDirectory", "Computer"]
    assert set(listed[0]) == {"type", "id", "name", "parentId", "protectionGroupId"}
    assert "domain" in listed[1] and "entity" in listed[1] and "agentStatus" not in listed[1]
    assert listed[2]["ipAddresses"] and listed[2]["plugins"] and listed[2]["agentStatus"]


async def test_hundred_thousand_entities(admin: httpx.AsyncClient) -> None:
    big = FakeVBR(protection_groups=1, entities_per_group=100_000, protected_computers=0)
    group = big.group_ids[0]
    async with httpx.AsyncClient(transport=big.transport(), base_url="http://vbr", headers=big.headers()) as http:
        path = f"{AGENTS}/protectionGroups/{group}/discoveredEntities"
        last = (await http.get(path, params={"skip": 99_990, "limit": 200})).json()
        assert last["pagination"] == {"total": 100_000, "count": 10, "skip": 99_990, "limit": 200}
        ids = big.entity_ids(group)
        assert len(set(ids)) == 100_000 and [item["id"] for item in last["data"]] == ids[-10:]
        one = (await http.get(f"{path}/{ids[54_321]}")).json()
        assert one["id"] == ids[54_321]
        first = (await http.get(path, params={"orderColumn": "Name", "limit": 5})).json()
        names = [item["name"] for item in first["data"]]
        assert names == sorted(names, key=str.casefold)


def test_same_seed_same_site() -> None:
    one, two = FakeVBR(seed=7, entities_per_group=50), FakeVBR(seed=7, entities_per_group=50)
    other = FakeVBR(seed=8, entities_per_group=50)
    assert one.group_ids == two.group_ids and one.entity_ids(one.group_ids[0]) == two.entity_ids(two.group_ids[0])
    assert one.recovery_token_ids == two.recovery_token_ids
    assert one.group_ids != other.group_ids
