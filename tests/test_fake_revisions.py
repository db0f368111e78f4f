"""The fake VBR answers each request in the API revision its x-api-version names.

What each revision has is read here from Veeam's facts of that revision (openapi/veeam/), not from
the revision table the fake reads, so a wrong table or a wrong reading of it fails these tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from conftest import REVISIONS, Clock, load, unknown_revisions_of_an_older_server

from tools.spec import revision_key
from veeam_agents_client.revisions import ROUTES
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR
from veeam_agents_client.testing._app import SERVED, UNSERVED
from veeam_agents_client.testing._areas.discovered_entities import ENTITY_SCHEMAS
from veeam_agents_client.testing._revisions import module_name

AGENTS = "/api/v1/agents"
FACTS: dict[str, dict[str, Any]] = {revision: load(revision) for revision in REVISIONS}
REFUSAL = re.compile(
    r"^Unsupported RESTAPI version\. The following versions are supported: "
    r"v(?P<first>\d+\.\d+-rev\d+)(?:, v\d+\.\d+-rev\d+)*\.$"
)
ROUTE_MISSING = "/api/v1/no/such/route"
# (operation id, method, path) of each operation the fake serves
OPERATIONS = [(operation, *ROUTES[module_name(operation)]) for operation in SERVED]


def operation_ids(revision: str) -> set[str]:
    return {
        operation["operationId"]
        for item in FACTS[revision]["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def schema(revision: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = FACTS[revision]["components"]["schemas"][name]
    return found


def declared(revision: str, name: str) -> set[str]:
    """Every property a schema of the revision's facts declares, its allOf parents' included."""
    node = schema(revision, name)
    names = set(node.get("properties", {}))
    for part in node.get("allOf", []):
        if "$ref" in part:
            names |= declared(revision, part["$ref"].rsplit("/", 1)[1])
        names |= set(part.get("properties", {}))
    return names


def success_status(revision: str, operation_id: str) -> int:
    for item in FACTS[revision]["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                (status,) = (int(code) for code in operation["responses"] if code.startswith("2"))
                return status
    raise LookupError(operation_id)


def having(operation_id: str) -> list[str]:
    return [revision for revision in REVISIONS if operation_id in operation_ids(revision)]


def future() -> str:
    return (datetime.now(UTC) + timedelta(days=9)).isoformat()


@pytest.fixture
def fake(clock: Clock) -> FakeVBR:
    return FakeVBR(entities_per_group=[200], protected_computers=4, clock=clock, session_duration=10.0)


@pytest.fixture
async def http(fake: FakeVBR) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://vbr.test:9419") as client:
        yield client


# --- versions ----------------------------------------------------------------------------------


def test_every_revision_is_served_by_default() -> None:
    assert FakeVBR(entities_per_group=0).revisions == tuple(REVISIONS)


def subsets() -> Iterator[list[str]]:
    for revision in REVISIONS:
        yield [revision]
    yield REVISIONS[:2]
    yield [REVISIONS[0], REVISIONS[-1]]


@pytest.mark.parametrize("chosen", list(subsets()), ids=lambda chosen: "+".join(chosen))
async def test_other_versions_are_refused_with_vbrs_message(chosen: list[str]) -> None:
    fake = FakeVBR(entities_per_group=0, revisions=chosen)
    assert fake.revisions == tuple(chosen)
    expected = "Unsupported RESTAPI version. The following versions are supported: "
    expected += ", ".join(f"v{revision}" for revision in chosen) + "."
    refused = [revision for revision in REVISIONS if revision not in chosen]
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://vbr.test") as http:
        for version in [*refused, "garbage", "", None, f"v{chosen[0]}"]:
            headers = {"Authorization": f"Bearer {fake.issue_token()}"}
            if version is not None:
                headers["x-api-version"] = version
            form = {"grant_type": "password", "username": "admin", "password": DEFAULT_PASSWORD}
            for response in (
                await http.get(f"{AGENTS}/recoveryTokens", headers=headers),
                await http.post("/api/oauth2/token", data=form, headers=headers),
            ):
                assert response.status_code == 400, (version, response.text)
                message = response.json()["message"]
                assert message == expected and REFUSAL.match(message), message
        for revision in chosen:
            ok = await http.get(f"{AGENTS}/recoveryTokens", headers=fake.headers(revision=revision))
            assert ok.status_code == 200, ok.text
    assert fake.stats.token_requests == 0  # refused before the grant was looked at


async def test_an_older_server_lists_and_accepts_revisions_no_document_here_describes() -> None:
    oldest, unknown = REVISIONS[0], unknown_revisions_of_an_older_server()
    fake = FakeVBR(entities_per_group=0, revisions=[oldest], also_accepts=unknown)
    listed = sorted([oldest, *unknown], key=revision_key)
    assert fake.revisions == (oldest,) and fake.accepted_versions == tuple(listed)
    lacking = next(  # a list the oldest revision does not have
        path for operation, method, path, *_ in OPERATIONS
        if method == "GET" and "{" not in path and operation not in operation_ids(oldest)
    )  # fmt: skip
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://vbr.test") as http:
        refused = await http.get(f"{AGENTS}/recoveryTokens", headers=fake.headers(revision=REVISIONS[-1]))
        assert refused.status_code == 400
        message = refused.json()["message"]
        assert REFUSAL.match(message) and message.endswith(": " + ", ".join(f"v{v}" for v in listed) + "."), message
        for version in listed:  # each answered as the revision the fake serves
            headers = fake.headers(revision=version)
            assert (await http.get(f"{AGENTS}/recoveryTokens", headers=headers)).status_code == 200, version
            assert (await http.get(lacking, headers=headers)).status_code == 404, version


def test_also_accepts_names_only_revisions_no_document_here_describes() -> None:
    with pytest.raises(ValueError, match=re.escape(REVISIONS[1])):
        FakeVBR(entities_per_group=0, revisions=[REVISIONS[0]], also_accepts=[REVISIONS[1]])
    with pytest.raises(ValueError, match="also_accepts"):
        FakeVBR(entities_per_group=0, also_accepts=["latest"])
    with pytest.raises(TypeError, match="also_accepts"):
        FakeVBR(entities_per_group=0, also_accepts=unknown_revisions_of_an_older_server()[0])


def test_the_command_line_serves_the_revisions_it_is_given() -> None:
    chosen, unknown = REVISIONS[:2], unknown_revisions_of_an_older_server()
    command = [sys.executable, "-m", "veeam_agents_client.testing", "--entities=0", f"--revisions={','.join(chosen)}"]
    command.append(f"--also-accepts={','.join(unknown)}")
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd="/") as process:
        try:
            assert process.stdout is not None and process.stdin is not None
            ready = json.loads(process.stdout.readline())
            assert ready["revisions"] == chosen
            assert ready["accepted_versions"] == sorted([*chosen, *unknown], key=revision_key)
            url = f"{ready['base_url']}{AGENTS}/recoveryTokens"
            for revision in REVISIONS:
                response = httpx.get(url, headers={"x-api-version": revision})
                assert response.status_code == (401 if revision in chosen else 400), response.text
            assert response.json()["message"].endswith(
                ": " + ", ".join(f"v{v}" for v in ready["accepted_versions"]) + "."
            )
            process.stdin.close()
            assert process.wait(timeout=30) == 0
        finally:
            process.kill()


def test_a_fake_of_no_or_unknown_revisions_is_refused() -> None:
    with pytest.raises(ValueError, match="revisions"):
        FakeVBR(revisions=[])
    with pytest.raises(ValueError, match=r"9\.9-rev9"):
        FakeVBR(revisions=[REVISIONS[-1], "9.9-rev9"])
    with pytest.raises(TypeError):
        FakeVBR(revisions=REVISIONS[-1])


# --- operations a revision lacks ---------------------------------------------------------------


def concrete(path: str, fake: FakeVBR, method: str = "GET") -> str:
    group = fake.group_ids[0]
    if method == "DELETE" and path.endswith("/protectionGroups/{id}"):
        group = fake.add_group()  # a group of its own: the calls after it still need the first one
    return path.replace("{entityId}", fake.entity_ids(group)[0] if "{entityId}" in path else "").replace("{id}", group)


@pytest.mark.parametrize("revision", REVISIONS)
async def test_operations_the_revision_lacks_are_missing_routes(
    fake: FakeVBR, http: httpx.AsyncClient, revision: str
) -> None:
    no_route = await http.get(ROUTE_MISSING, headers=fake.headers(revision=revision))
    assert no_route.status_code == 404
    has = operation_ids(revision)
    lacked = 0
    for operation, method, path in OPERATIONS:
        response = await http.request(
            method, concrete(path, fake, method), headers=fake.headers(revision=revision), json={}
        )
        if operation in has:
            assert response.content != no_route.content, (operation, response.text)
        elif any(p == path and o in has for o, _, p in OPERATIONS):  # another method is there: 405
            lacked += 1
            assert response.status_code == 405, (operation, response.text)
            assert method not in response.headers["allow"], operation
        else:
            lacked += 1
            assert response.status_code == 404, (operation, response.text)
            assert response.json() == no_route.json(), operation
    assert lacked == sum(operation not in has for operation, *_ in OPERATIONS)
    if revision == REVISIONS[0]:
        assert lacked > 0  # the oldest revision has no discovered entities


def shadowed(path: str) -> bool:
    """Whether another served path has a parameter where this one has a fixed name (and matches it otherwise)."""
    mine = path.split("/")
    return any(
        other != path
        and len(theirs := other.split("/")) == len(mine)
        and all(a == b or (b.startswith("{") and not a.startswith("{")) for a, b in zip(mine, theirs, strict=True))
        for _, _, other in OPERATIONS
    )


SHADOWED = [(operation, method, path) for operation, method, path in OPERATIONS if shadowed(path)]


@pytest.mark.parametrize(("operation", "method", "path"), SHADOWED, ids=[operation for operation, *_ in SHADOWED])
async def test_a_fixed_name_in_a_path_wins_over_a_parameter(
    fake: FakeVBR, http: httpx.AsyncClient, operation: str, method: str, path: str
) -> None:
    """POST .../discoveredEntities/trust is the trust operation, not the entity "trust"."""
    await http.request(method, concrete(path, fake, method), headers=fake.headers(), json={})
    assert fake.stats.by_operation == {operation: 1}


def test_every_operation_of_the_document_is_served_or_said_not_to_be(spec: dict[str, Any]) -> None:
    documented = {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if "operationId" in op
    }
    assert set(SERVED) | set(UNSERVED) == set(documented), set(documented) ^ (set(SERVED) | set(UNSERVED))
    assert not set(SERVED) & set(UNSERVED)
    assert all(reason.strip() for reason in UNSERVED.values())  # each says why
    # the fake's routes are the document's: its table names every operation at its method and path
    assert {module_name(operation): route for operation, route in documented.items()} == ROUTES


# --- shapes ------------------------------------------------------------------------------------


@pytest.mark.parametrize("revision", having("GetDiscoveredEntity"))
async def test_entities_carry_only_the_revisions_properties(
    fake: FakeVBR, http: httpx.AsyncClient, revision: str
) -> None:
    group = fake.group_ids[0]
    headers = fake.headers(revision=revision)
    listed = await http.get(f"{AGENTS}/protectionGroups/{group}/discoveredEntities", headers=headers)
    entities = listed.json()["data"]
    one = await http.get(f"{AGENTS}/protectionGroups/{group}/discoveredEntities/{entities[0]['id']}", headers=headers)
    computers = [e for e in [*entities, one.json()] if e["type"] == "Computer"]
    assert computers
    allowed = declared(revision, ENTITY_SCHEMAS["Computer"])
    for entity in computers:
        assert set(entity) <= allowed, set(entity) - allowed
        assert ("isTrusted" in entity) == ("isTrusted" in allowed)
    if "isTrusted" in allowed:
        assert {entity["isTrusted"] for entity in computers} == {True, False}


async def test_a_group_made_in_a_newer_revision_shows_each_revision_its_own_fields() -> None:
    """The fields of a nested model that a revision lacks are left out where they stand: an AD
    object's connectionType came in a later revision than the groups, a computer's did not."""
    fake = FakeVBR(protection_groups=3, entities_per_group=5)
    newest = fake.headers(revision=REVISIONS[-1])
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://vbr.test:9419") as http:
        listed = await http.get(f"{AGENTS}/protectionGroups", headers=newest)
        kinds = {group["type"]: group for group in listed.json()["data"]}
        seeded = kinds["ADObjects"]
        ad_object = seeded["activeDirectory"]["objects"][0]
        custom = {"useMasterCredentials": False, "connectionType": "PermanentCredentials", "object": ad_object,
                  "credentialsId": seeded["credentials"]["masterCredentialsId"]}  # fmt: skip
        credentials = {**seeded["credentials"], "useCustomCredentials": True, "customCredentials": [custom]}
        spec = {"name": "custom-per-object", "description": "", "type": "ADObjects",
                "activeDirectory": seeded["activeDirectory"], "credentials": credentials}  # fmt: skip
        created = await http.post(f"{AGENTS}/protectionGroups", json=spec, headers=newest)
        assert created.status_code in (200, 201), created.text
        for revision in having("GetProtectionGroup"):
            headers = fake.headers(revision=revision)
            group = (await http.get(f"{AGENTS}/protectionGroups/{created.json()['jobId']}", headers=headers)).json()
            (shown,) = group["credentials"]["customCredentials"]
            allowed = declared(revision, "ADObjectCustomCredentialsModel")
            assert set(shown) <= allowed and ("connectionType" in shown) == ("connectionType" in allowed), revision
            assert shown["object"]["id"] == ad_object["id"]
            master = declared(revision, "ADObjectsProtectionGroupCredentialModel")
            assert set(group["credentials"]) <= master and "masterCredentialsId" in group["credentials"], revision
            assert ("masterConnectionType" in group["credentials"]) == ("masterConnectionType" in master), revision
            path = f"{AGENTS}/protectionGroups/{kinds['IndividualComputers']['id']}"
            individual = (await http.get(path, headers=headers)).json()
            assert all("connectionType" in computer for computer in individual["computers"]), revision
    assert "connectionType" not in declared(having("GetProtectionGroup")[0], "ADObjectCustomCredentialsModel")


async def start_session(fake: FakeVBR, http: httpx.AsyncClient) -> str:
    group = fake.group_ids[0]
    response = await http.post(
        f"{AGENTS}/protectionGroups/{group}/discoveredEntities/rescan",
        json={"entityIds": fake.entity_ids(group)[:2]},
        headers=fake.headers(),
    )
    assert response.status_code == 200, response.text
    session_id: str = response.json()["id"]
    return session_id


@pytest.mark.parametrize("revision", REVISIONS)
async def test_sessions_carry_only_the_revisions_properties(
    fake: FakeVBR, http: httpx.AsyncClient, revision: str
) -> None:
    session_id = await start_session(fake, http)
    body = (await http.get(f"/api/v1/sessions/{session_id}", headers=fake.headers(revision=revision))).json()
    allowed = declared(revision, "SessionModel")
    assert set(body) <= allowed, set(body) - allowed
    assert ("initiatedBy" in body) == ("initiatedBy" in allowed)


@pytest.mark.parametrize("revision", REVISIONS)
async def test_create_answers_the_revisions_success_status(
    fake: FakeVBR, http: httpx.AsyncClient, revision: str
) -> None:
    response = await http.post(
        f"{AGENTS}/recoveryTokens",
        json={"backupIds": [fake.group_ids[0]], "expirationDate": future()},
        headers=fake.headers(revision=revision),
    )
    assert response.status_code == success_status(revision, "CreateComputerRecoveryToken"), response.text
    assert response.json()["id"] in fake.recovery_token_ids
    deleted = await http.delete(
        f"{AGENTS}/recoveryTokens/{response.json()['id']}", headers=fake.headers(revision=revision)
    )
    assert deleted.status_code == 204 and deleted.content == b""


def test_revisions_differ_in_the_create_status() -> None:
    assert len({success_status(revision, "CreateComputerRecoveryToken") for revision in REVISIONS}) > 1


# --- grant spellings -----------------------------------------------------------------------------


def spellings(revision: str, word: str) -> tuple[str, str]:
    """(the revision's spelling of a grant type, the other revisions' spelling)."""
    (own,) = (v for v in schema(revision, "ELoginGrantType")["enum"] if v.casefold() == word)
    return own, own.swapcase()[0] + own[1:]


@pytest.mark.parametrize("revision", REVISIONS)
async def test_grant_types_in_the_revisions_spelling(http: httpx.AsyncClient, revision: str) -> None:
    headers = {"x-api-version": revision}
    password, other_password = spellings(revision, "password")
    refresh, other_refresh = spellings(revision, "refresh_token")
    login = {"username": "admin", "password": DEFAULT_PASSWORD}
    refused = await http.post("/api/oauth2/token", data={"grant_type": other_password, **login}, headers=headers)
    assert refused.status_code == 400 and refused.json()["errorCode"] == "UnexpectedContent"
    token = await http.post("/api/oauth2/token", data={"grant_type": password, **login}, headers=headers)
    assert token.status_code == 200, token.text
    pair = token.json()
    wrong = {"grant_type": other_refresh, "refresh_token": pair["refresh_token"]}
    assert (await http.post("/api/oauth2/token", data=wrong, headers=headers)).status_code == 400
    right = {"grant_type": refresh, "refresh_token": pair["refresh_token"]}
    assert (await http.post("/api/oauth2/token", data=right, headers=headers)).status_code == 200


def test_revisions_differ_in_grant_spelling() -> None:
    assert len({spellings(revision, "password")[0] for revision in REVISIONS}) == 2


# --- ActionRequired ------------------------------------------------------------------------------


def with_action_required() -> list[str]:
    return [revision for revision in REVISIONS if "ActionRequired" in schema(revision, "ESessionState")["enum"]]


async def test_a_session_waits_in_action_required_until_resumed(
    fake: FakeVBR, http: httpx.AsyncClient, clock: Clock
) -> None:
    assert with_action_required() and set(with_action_required()) != set(REVISIONS)
    session_id = await start_session(fake, http)
    clock.now += 4
    fake.require_action(session_id)

    async def states() -> dict[str, dict[str, Any]]:
        return {
            revision: (await http.get(f"/api/v1/sessions/{session_id}", headers=fake.headers(revision=revision))).json()
            for revision in REVISIONS
        }

    clock.now += 3600  # far past its duration: it still waits for the operator
    held = await states()
    for revision, body in held.items():
        assert body["state"] == ("ActionRequired" if revision in with_action_required() else "Working"), revision
        assert "endTime" not in body and body["result"]["result"] == "None"
    assert fake.session(session_id)["progressPercent"] == 40

    fake.resume_session(session_id)
    clock.now += 5.9
    assert (await states())[REVISIONS[-1]]["state"] == "Working"
    clock.now += 0.2
    done = (await states())[REVISIONS[-1]]
    assert done["state"] == "Stopped" and done["result"]["result"] == "Success"
    with pytest.raises(ValueError, match="finished"):
        fake.require_action(session_id)
    with pytest.raises(KeyError, match="no session"):
        fake.require_action("0b5a3f6e-8d5c-4c1e-9a55-2f1d7c3b9e10")


def test_action_required_needs_a_revision_that_has_it() -> None:
    older = [revision for revision in REVISIONS if revision not in with_action_required()]
    fake = FakeVBR(entities_per_group=0, revisions=older)
    with pytest.raises(ValueError, match="ActionRequired"):
        fake.require_action("0b5a3f6e-8d5c-4c1e-9a55-2f1d7c3b9e10")


# --- query parameters ----------------------------------------------------------------------------


def query_parameters(revision: str, operation_id: str) -> set[str]:
    for item in FACTS[revision]["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return {p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"}
    return set()


@pytest.mark.parametrize("revision", having("GetDiscoveredEntities"))
async def test_query_parameters_the_revision_lacks_are_ignored(
    fake: FakeVBR, http: httpx.AsyncClient, revision: str
) -> None:
    path = f"{AGENTS}/protectionGroups/{fake.group_ids[0]}/discoveredEntities"
    headers = fake.headers(revision=revision)
    known = "permissionScope" in query_parameters(revision, "GetDiscoveredEntities")
    response = await http.get(path, params={"permissionScope": "Nonsense"}, headers=headers)
    assert response.status_code == (400 if known else 200), response.text
    fine = await http.get(path, params={"permissionScope": "Backup", "limit": 5}, headers=headers)
    assert fine.status_code == 200 and fine.json()["pagination"]["count"] == 5


def test_some_revisions_lack_permission_scope() -> None:
    revisions = having("GetDiscoveredEntities")
    assert len({"permissionScope" in query_parameters(r, "GetDiscoveredEntities") for r in revisions}) == 2
