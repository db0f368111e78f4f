"""Behaviour of the fake VBR server (veeam_agents_client.testing) through plain httpx calls, and the
fake's own arguments checked like the client's."""

from __future__ import annotations

import typing
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from conftest import PASSWORD, REFRESH, Clock

from veeam_agents_client.api import API_VERSION
from veeam_agents_client.models import ErrorErrorCode
from veeam_agents_client.testing import DEFAULT_PASSWORD, DroppedConnection, FakeVBR

AGENTS = "/api/v1/agents"
ERROR_CODES = {code.value for code in ErrorErrorCode}  # the document's Error.errorCode enum


@pytest.fixture
def fake(clock: Clock) -> FakeVBR:
    return FakeVBR(entities_per_group=[300, 40], protected_computers=12, clock=clock, session_duration=10.0)


@pytest.fixture
async def http(fake: FakeVBR) -> AsyncIterator[httpx.AsyncClient]:
    """A client with the API version header but no token."""
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url="https://vbr.test:9419", headers={"x-api-version": API_VERSION}
    ) as client:
        yield client


@pytest.fixture
async def admin(fake: FakeVBR, http: httpx.AsyncClient) -> httpx.AsyncClient:
    """The same client logged in as the backup administrator."""
    http.headers["Authorization"] = "Bearer " + fake.issue_token("admin")
    return http


async def password_login(
    http: httpx.AsyncClient, username: str = "admin", password: str = DEFAULT_PASSWORD
) -> httpx.Response:
    return await http.post(
        "/api/oauth2/token", data={"grant_type": PASSWORD, "username": username, "password": password}
    )


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) <= {"errorCode", "message", "resourceId"}
    assert body["errorCode"] in ERROR_CODES
    assert isinstance(body["message"], str) and body["message"]
    if code is not None:
        assert body["errorCode"] == code
    return body


async def list_all(client: httpx.AsyncClient, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list, page by page."""
    items: list[dict[str, Any]] = []
    while True:
        response = await client.get(path, params={**params, "skip": len(items), "limit": 70})
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["data"]
        if len(items) >= body["pagination"]["total"] or not body["data"]:
            return items


def future(days: float = 10) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


# --- authentication ----------------------------------------------------------------------------


async def test_password_login_returns_a_token_model(http: httpx.AsyncClient, fake: FakeVBR) -> None:
    response = await password_login(http)
    assert response.status_code == 200
    token = response.json()
    assert token["token_type"] == "bearer"
    assert token["expires_in"] == 900
    issued = datetime.fromisoformat(token[".issued"])
    expires = datetime.fromisoformat(token[".expires"])
    assert issued.tzinfo is not None and expires - issued == timedelta(seconds=900)
    assert token["access_token"] != token["refresh_token"]
    ok = await http.get(f"{AGENTS}/packages/unix", headers={"Authorization": f"Bearer {token['access_token']}"})
    assert ok.status_code == 200
    assert fake.stats.token_requests == 1 and fake.stats.tokens_issued == 1


async def test_wrong_password_is_401(http: httpx.AsyncClient) -> None:
    assert_error(await password_login(http, password="nope"), 401, "AccessDenied")
    assert_error(await password_login(http, username="ghost"), 401, "AccessDenied")


@pytest.mark.parametrize(
    "form",
    [{}, {"grant_type": PASSWORD}, {"grant_type": REFRESH}, {"grant_type": "magic"}],
)
async def test_bad_login_forms_are_400(http: httpx.AsyncClient, form: dict[str, str]) -> None:
    assert_error(await http.post("/api/oauth2/token", data=form), 400)


async def test_login_must_be_form_encoded(http: httpx.AsyncClient) -> None:
    response = await http.post("/api/oauth2/token", json={"grant_type": PASSWORD, "username": "admin"})
    assert_error(response, 400, "UnexpectedContent")


async def test_refresh_token_works_once(http: httpx.AsyncClient) -> None:
    first = (await password_login(http)).json()
    refreshed = await http.post(
        "/api/oauth2/token", data={"grant_type": REFRESH, "refresh_token": first["refresh_token"]}
    )
    assert refreshed.status_code == 200
    assert refreshed.json()["access_token"] != first["access_token"]
    again = await http.post("/api/oauth2/token", data={"grant_type": REFRESH, "refresh_token": first["refresh_token"]})
    assert_error(again, 400, "InvalidToken")


async def test_logout_revokes_both_tokens(http: httpx.AsyncClient) -> None:
    token = (await password_login(http)).json()
    bearer = {"Authorization": f"Bearer {token['access_token']}"}
    response = await http.post("/api/oauth2/logout", headers=bearer)
    assert response.status_code == 200 and response.json() == {}
    assert_error(await http.get(f"{AGENTS}/packages/unix", headers=bearer), 401, "InvalidToken")
    refresh = await http.post(
        "/api/oauth2/token", data={"grant_type": REFRESH, "refresh_token": token["refresh_token"]}
    )
    assert_error(refresh, 400, "InvalidToken")


async def test_access_token_expires(fake: FakeVBR, admin: httpx.AsyncClient, clock: Clock) -> None:
    assert (await admin.get(f"{AGENTS}/packages/unix")).status_code == 200
    clock.now += 901
    assert_error(await admin.get(f"{AGENTS}/packages/unix"), 401, "ExpiredToken")


async def test_configurable_access_token_lifetime(clock: Clock) -> None:
    fake = FakeVBR(entities_per_group=1, protection_groups=1, access_token_lifetime=30, clock=clock)
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://vbr") as http:
        http.headers["x-api-version"] = API_VERSION
        token = (await password_login(http)).json()
        assert token["expires_in"] == 30
        fake.advance(31)
        response = await http.get(
            f"{AGENTS}/packages/unix", headers={"Authorization": f"Bearer {token['access_token']}"}
        )
        assert_error(response, 401, "ExpiredToken")


async def test_missing_and_garbage_bearer_are_401(http: httpx.AsyncClient) -> None:
    assert_error(await http.get(f"{AGENTS}/packages/unix"), 401, "AccessDenied")
    assert_error(
        await http.get(f"{AGENTS}/packages/unix", headers={"Authorization": "Bearer nope"}),
        401,
        "InvalidToken",
    )


async def test_empty_body_401_option(fake: FakeVBR, http: httpx.AsyncClient) -> None:
    fake.set_faults(empty_401=True)
    response = await http.get(f"{AGENTS}/packages/unix")
    assert response.status_code == 401
    assert response.content == b""


async def test_revoke_all_tokens(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    assert fake.revoke_all_tokens() == 1
    assert_error(await admin.get(f"{AGENTS}/packages/unix"), 401, "InvalidToken")


@pytest.mark.parametrize("version", [None, "0.9-rev9", "garbage"])
async def test_api_version_header_is_checked(fake: FakeVBR, version: str | None) -> None:
    headers = {"Authorization": "Bearer " + fake.issue_token()}
    if version is not None:
        headers["x-api-version"] = version
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://vbr") as http:
        for request in (
            http.get(f"{AGENTS}/packages/unix", headers=headers),
            http.post(
                "/api/oauth2/token",
                data={"grant_type": PASSWORD, "username": "admin", "password": DEFAULT_PASSWORD},
                headers=headers,
            ),
        ):
            body = assert_error(await request, 400)
            assert API_VERSION in body["message"]


# --- roles ------------------------------------------------------------------------------------


ADMIN_ONLY_CALLS = [
    ("GET", f"{AGENTS}/recoveryTokens", None),
    (
        "POST",
        f"{AGENTS}/recoveryTokens",
        {"backupIds": ["7e76a5bb-287a-490e-ae0a-5e852ea775ee"], "expirationDate": future()},
    ),
    ("GET", f"{AGENTS}/packages/linux", None),
    ("GET", f"{AGENTS}/packages/unix", None),
    ("GET", "GROUP/discoveredEntities", None),
    ("POST", "GROUP/discoveredEntities/rescan", {"entityIds": ["ENTITY"]}),
    ("POST", "GROUP/discoveredEntities/installAgent", {"entityIds": ["ENTITY"]}),
    ("GET", "GROUP/discoveredEntities/ENTITY", None),
    ("DELETE", "GROUP/discoveredEntities/ENTITY", None),
]


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ONLY_CALLS)
async def test_operator_is_forbidden_on_admin_only_operations(
    fake: FakeVBR, http: httpx.AsyncClient, method: str, path: str, body: Any
) -> None:
    group = fake.group_ids[0]
    entity = fake.entity_ids(group)[0]
    path = path.replace("GROUP", f"{AGENTS}/protectionGroups/{group}").replace("ENTITY", entity)
    if body is not None and "entityIds" in body:
        body = {"entityIds": [entity]}
    response = await http.request(
        method, path, json=body, headers={"Authorization": "Bearer " + fake.issue_token("operator")}
    )
    assert_error(response, 403, "AccessDenied")
    assert fake.stats.recovery_tokens_created == 0 and fake.stats.sessions_started == 0
    assert fake.entity(group, entity) is not None


async def test_operator_may_read_protected_computers(fake: FakeVBR, http: httpx.AsyncClient) -> None:
    http.headers["Authorization"] = "Bearer " + fake.issue_token("operator")
    listed = await http.get(f"{AGENTS}/protectedComputers")
    assert listed.status_code == 200 and listed.json()["pagination"]["total"] == 12
    one = await http.get(f"{AGENTS}/protectedComputers/{fake.protected_computer_ids[3]}")
    assert one.status_code == 200 and one.json()["id"] == fake.protected_computer_ids[3]
    session_less = await http.get("/api/v1/sessions/8ca855d7-4bde-4277-bbc9-fabd606d0a5e")
    assert_error(session_less, 404, "NotFound")


# --- 404 and 400 ------------------------------------------------------------------------------

MISSING = "0b5a3f6e-8d5c-4c1e-9a55-2f1d7c3b9e10"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", f"/api/v1/sessions/{MISSING}"),
        ("GET", f"{AGENTS}/recoveryTokens/{MISSING}"),
        ("DELETE", f"{AGENTS}/recoveryTokens/{MISSING}"),
        ("GET", f"{AGENTS}/protectedComputers/{MISSING}"),
        ("GET", f"{AGENTS}/protectionGroups/{MISSING}/discoveredEntities"),
        ("GET", f"{AGENTS}/protectionGroups/GROUP/discoveredEntities/{MISSING}"),
        ("DELETE", f"{AGENTS}/protectionGroups/GROUP/discoveredEntities/{MISSING}"),
    ],
)
async def test_unknown_ids_are_404(fake: FakeVBR, admin: httpx.AsyncClient, method: str, path: str) -> None:
    response = await admin.request(method, path.replace("GROUP", fake.group_ids[0]))
    body = assert_error(response, 404, "NotFound")
    assert body["resourceId"] == MISSING


async def test_unknown_route_and_method(admin: httpx.AsyncClient) -> None:
    assert_error(await admin.get("/api/v1/nothing"), 404, "NotFound")
    assert_error(await admin.patch(f"{AGENTS}/packages/unix"), 405, "MethodNotAllowed")


@pytest.mark.parametrize(
    "params",
    [
        {"skip": "x"},
        {"limit": "1.5"},
        {"skip": "-1"},
        {"limit": "-5"},
        {"orderColumn": "Colour"},
        {"orderAsc": "maybe"},
        {"stateFilter": "Sleeping"},
        {"agentStatusFilter": "Broken"},
        {"driverStatusFilter": "Gone"},
    ],
)
async def test_bad_query_values_are_400(fake: FakeVBR, admin: httpx.AsyncClient, params: dict[str, str]) -> None:
    path = f"{AGENTS}/protectionGroups/{fake.group_ids[0]}/discoveredEntities"
    assert_error(await admin.get(path, params=params), 400, "InvalidURI")


async def test_bad_path_uuid_is_400(admin: httpx.AsyncClient) -> None:
    assert_error(await admin.get(f"{AGENTS}/recoveryTokens/not-a-uuid"), 400, "InvalidURI")


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"[]",
        b"{}",
        b'{"expirationDate": "2099-01-01T00:00:00Z"}',
        b'{"backupIds": [], "expirationDate": "2099-01-01T00:00:00Z"}',
        b'{"backupIds": ["nope"], "expirationDate": "2099-01-01T00:00:00Z"}',
        b'{"backupIds": ["7e76a5bb-287a-490e-ae0a-5e852ea775ee"]}',
        b'{"backupIds": ["7e76a5bb-287a-490e-ae0a-5e852ea775ee"], "expirationDate": "tomorrow"}',
        b'{"backupIds": ["7e76a5bb-287a-490e-ae0a-5e852ea775ee"], "expirationDate": "2099-01-01T00:00:00"}',
        b'{"backupIds": ["7e76a5bb-287a-490e-ae0a-5e852ea775ee"], "expirationDate": "2001-01-01T00:00:00Z"}',
    ],
)
async def test_malformed_recovery_token_bodies_are_400(fake: FakeVBR, admin: httpx.AsyncClient, content: bytes) -> None:
    response = await admin.post(
        f"{AGENTS}/recoveryTokens", content=content, headers={"content-type": "application/json"}
    )
    assert_error(response, 400, "UnexpectedContent")
    assert fake.stats.recovery_tokens_created == 0


@pytest.mark.parametrize(
    "body",
    [{}, {"entityIds": []}, {"entityIds": "x"}, {"entityIds": ["nope"]}, {"entityIds": None}, {"entityIds": [5]}],
)
async def test_malformed_action_bodies_are_400(fake: FakeVBR, admin: httpx.AsyncClient, body: Any) -> None:
    response = await admin.post(f"{AGENTS}/protectionGroups/{fake.group_ids[0]}/discoveredEntities/rescan", json=body)
    assert_error(response, 400, "UnexpectedContent")
    assert fake.stats.sessions_started == 0


SECRET = "S3cret-0f-the-caller"


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        (  # each field at fault, by its JSON path, and what the document wants there
            "/recoveryTokens",
            {"backupIds": [SECRET, 7], "expirationDate": SECRET},
            "The field backupIds[0] is invalid: expected a uuid. "
            "The field backupIds[1] is invalid: expected string, got integer. "
            "The field expirationDate is invalid: expected a date-time.",
        ),
        ("/recoveryTokens", {"expirationDate": "2099-01-01T00:00:00Z"}, "The field backupIds is required."),
        (
            "/protectionGroups",
            {"name": "n", "description": "", "type": "IndividualComputers", "computers": [{"hostName": None}]},
            "The field computers[0].connectionType is required. "
            "The field computers[0].hostName is invalid: expected string, got null.",
        ),
        (
            "/protectionGroups",
            {"name": "n", "description": "", "type": "ManuallyAdded"},  # a kind of models, not of specs
            "The field type must be one of IndividualComputers, ADObjects, CSVFile, PreInstalledAgents, "
            "CloudMachines, Iris: 'ManuallyAdded'.",
        ),
        (
            "/protectionGroups/{group}/packages",
            {"format": "Rar", "linuxPackages": {"include": "yes", "packageNames": [SECRET, 1]}},
            "The field format is invalid: expected one of Zip, Tar. "
            "The field linuxPackages.include is invalid: expected boolean, got string. "
            "The field linuxPackages.packageNames[1] is invalid: expected string, got integer.",
        ),
    ],
)
async def test_bodies_the_document_refuses_are_400_naming_each_field(
    fake: FakeVBR, admin: httpx.AsyncClient, path: str, body: dict[str, Any], message: str
) -> None:
    """Checked against the document's schema (not by the client's code): every field at fault is
    named, and no value the caller sent is repeated back (it may be a password)."""
    groups = len(fake.group_ids)
    response = await admin.post(AGENTS + path.format(group=fake.group_ids[0]), json=body)
    assert assert_error(response, 400, "UnexpectedContent")["message"] == message
    assert SECRET not in response.text
    assert len(fake.group_ids) == groups and fake.stats.recovery_tokens_created == 0


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


# --- faults -----------------------------------------------------------------------------------


async def test_injected_errors_are_deterministic_and_act_before_the_operation(
    fake: FakeVBR, admin: httpx.AsyncClient
) -> None:
    async def run() -> list[int]:
        fake.set_faults(error_rates={500: 0.3, 503: 0.2}, retry_after=3, seed=42)
        statuses = []
        for _ in range(40):
            response = await admin.post(
                f"{AGENTS}/recoveryTokens", json={"backupIds": [MISSING], "expirationDate": future()}
            )
            statuses.append(response.status_code)
            if response.status_code == 503:
                assert response.headers["retry-after"] == "3"
                assert_error(response, 503, "ServiceUnavailable")
            elif response.status_code == 500:
                assert_error(response, 500, "UnknownError")
        return statuses

    first = await run()
    before = fake.stats.recovery_tokens_created
    assert before == first.count(201)
    assert {500, 503, 201} == set(first)
    assert await run() == first
    assert fake.stats.faults["error503"] == 2 * first.count(503)
    assert fake.stats.by_status[503] == 2 * first.count(503)


async def test_dropped_connection_over_asgi(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(drop_rate=1.0)
    with pytest.raises(httpx.TransportError) as caught:
        await admin.post(f"{AGENTS}/recoveryTokens", json={"backupIds": [MISSING], "expirationDate": future()})
    assert isinstance(caught.value, DroppedConnection)
    assert fake.stats.recovery_tokens_created == 0 and fake.stats.faults["drop"] == 1
    fake.clear_faults()
    assert (await admin.get(f"{AGENTS}/packages/unix")).status_code == 200


async def test_html_error_pages(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(html_error_rates={502: 1.0})
    response = await admin.get(f"{AGENTS}/packages/unix")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<title>502 Bad Gateway</title>" in response.text


async def test_latency_and_slow_bodies_keep_bodies_intact(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    expected = (await admin.get(f"{AGENTS}/packages/linux")).json()
    fake.set_faults(latency=0.001, jitter=0.002, slow_body_rate=1.0, slow_chunk_size=512, slow_chunk_delay=0.0)
    assert (await admin.get(f"{AGENTS}/packages/linux")).json() == expected
    # httpx.ASGITransport joins the body parts, so look at the ASGI messages themselves.
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        messages.append(message)

    headers = [(name.lower().encode(), value.encode()) for name, value in admin.headers.items()]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": f"{AGENTS}/packages/linux",
        "raw_path": f"{AGENTS}/packages/linux".encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "server": ("vbr", 80),
        "client": ("127.0.0.1", 5000),
    }
    await fake.app(scope, receive, send)
    bodies = [m for m in messages if m["type"] == "http.response.body"]
    assert len(bodies) > 3 and all(len(m["body"]) <= 512 for m in bodies)
    assert [m["more_body"] for m in bodies] == [True] * (len(bodies) - 1) + [False]
    assert httpx.Response(200, content=b"".join(m["body"] for m in bodies)).json() == expected
    assert fake.stats.faults["slow"] == 2


async def test_revoke_every_n_calls(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(revoke_every=3)
    statuses = [(await admin.get(f"{AGENTS}/packages/unix")).status_code for _ in range(4)]
    assert statuses == [200, 200, 401, 401]
    admin.headers["Authorization"] = "Bearer " + fake.issue_token()
    assert (await admin.get(f"{AGENTS}/packages/unix")).status_code == 200
    assert fake.stats.faults["revoke"] == 1


async def test_injected_401_with_empty_body(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(error_rates={401: 1.0}, empty_401=True)
    response = await admin.get(f"{AGENTS}/packages/unix")
    assert response.status_code == 401 and response.content == b""


async def test_faults_limited_to_matching_paths(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(error_rates={500: 1.0}, path_pattern=r"/packages/linux$")
    assert (await admin.get(f"{AGENTS}/packages/unix")).status_code == 200
    assert (await admin.get(f"{AGENTS}/packages/linux")).status_code == 500


def test_the_fakes_error_codes_are_the_documents() -> None:
    from veeam_agents_client.testing._errors import ErrorCode

    assert set(typing.get_args(ErrorCode)) == ERROR_CODES


# The fake's own arguments -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"error_rates": {503: 5}}, r"error_rates\[503\] must be a probability between 0 and 1, got 5"),
        ({"error_rates": {503: -0.1}}, r"error_rates\[503\] must be a probability"),
        ({"error_rates": {500: 0.6, 503: 0.6}}, r"error_rates: the probabilities add up to 1.2, more than 1"),
        ({"error_rates": {200: 0.5}}, r"error_rates: 200 is not an HTTP error status"),
        ({"html_error_rates": {"503": 0.5}}, r"html_error_rates: '503' is not an HTTP error status"),
        ({"drop_rate": 1.5}, r"drop_rate must be a probability"),
        ({"slow_body_rate": True}, r"slow_body_rate must be a probability"),
        ({"latency": -1}, r"latency must be a number of seconds >= 0"),
        ({"jitter": float("nan")}, r"jitter must be a number of seconds >= 0"),
        ({"retry_after": -3}, r"retry_after must be an int >= 0"),
        ({"revoke_every": 0}, r"revoke_every must be an int >= 1"),
        ({"slow_chunk_size": 0}, r"slow_chunk_size must be an int >= 1"),
    ],
)
def test_the_fake_refuses_impossible_faults(settings: dict[str, object], message: str) -> None:
    fake = FakeVBR(protection_groups=0)
    before = fake.faults
    with pytest.raises(ValueError, match=message):
        fake.set_faults(**settings)
    assert fake.faults is before


def test_the_fake_refuses_a_rates_mapping_of_another_type() -> None:
    with pytest.raises(TypeError, match="error_rates must be a dict of HTTP status to probability, not list"):
        FakeVBR(protection_groups=0).set_faults(error_rates=[(503, 0.5)])


def test_the_fake_refuses_unknown_session_results() -> None:
    with pytest.raises(ValueError, match="session_result must be one of Success, Warning, Failed, got 'Sucess'"):
        FakeVBR(protection_groups=0, session_result="Sucess")  # type: ignore[arg-type]
    fake = FakeVBR(protection_groups=0, session_result="Warning")
    with pytest.raises(ValueError, match="got 'failed'"):
        fake.session_result = "failed"  # type: ignore[assignment]
    assert fake.session_result == "Warning"


def test_unknown_group_and_entity_ids_are_named() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=2)
    for call in (
        lambda: fake.entity_ids("nope"),
        lambda: fake.entity("nope", "x"),
        lambda: fake.add_entity("nope"),
        lambda: fake.set_group_entities("nope", []),
        lambda: fake.update_entity("nope", "x"),
    ):
        with pytest.raises(KeyError, match=r"no protection group 'nope' on this fake; its ids are in fake.group_ids"):
            call()
    group = fake.group_ids[0]
    assert fake.entity_ids(group.upper()) == fake.entity_ids(group)
    with pytest.raises(KeyError, match=f"protection group {group} has no discovered entity 'x'"):
        fake.update_entity(group, "x", name="y")
