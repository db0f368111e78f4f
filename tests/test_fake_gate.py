"""The fake VBR server's request gate, through plain httpx calls: logins and tokens, the API version
header, roles, and the 404s and 400s it answers before any operation runs."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from conftest import PASSWORD, REFRESH, Clock
from fake_helpers import (
    AGENTS,
    MISSING,
    admin_http,  # noqa: F401 (the fixture admin)
    assert_error,
    fake_vbr,  # noqa: F401 (the fixture fake)
    future,
    plain_http,  # noqa: F401 (the fixture http)
)

from veeam_agents_client.api import API_VERSION
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR


async def password_login(
    http: httpx.AsyncClient, username: str = "admin", password: str = DEFAULT_PASSWORD
) -> httpx.Response:
    return await http.post(
        "/api/oauth2/token", data={"grant_type": PASSWORD, "username": username, "password": password}
    )


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
