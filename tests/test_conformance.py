"""Every response of the fake VBR server conforms to the document of the revision the request names (schemathesis)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
import schemathesis
import yaml  # type: ignore[import-untyped]
from conftest import RAW_ONLY_OPERATIONS, REVISIONS, ROOT, SPEC_PATH
from hypothesis import HealthCheck, settings

from tools import derive, spec
from veeam_agents_client.testing import FakeVBR
from veeam_agents_client.testing._app import UNSERVED as NOT_SERVED

INTENT = yaml.safe_load(spec.INTENT.read_text())
# Each revision's own document, derived as the project's is (the newest one is the project's).
DOCUMENTS: dict[str, dict[str, Any]] = {
    revision: derive.derive(spec.load(revision), derive.older_revisions(revision), INTENT)[0] for revision in REVISIONS
}
# Generated examples per operation: the newest revision gets the most, older ones a sample.
EXAMPLES = {revision: 25 if revision == REVISIONS[-1] else 8 for revision in REVISIONS}

# One fake serves every revision; each request names its revision in x-api-version.
FAKE = FakeVBR(entities_per_group=[50, 5], session_duration=30)


def operation_ids(document: dict[str, Any]) -> set[str]:
    return {str(operation["operationId"]) for _, _, operation in spec.operations(document)}


# The fake serves the project's document but the operations it says it does not (with the reason),
# and none that an older revision had and the project's document (the newest revision) no longer has.
UNSERVED = set(NOT_SERVED) | set().union(*map(operation_ids, DOCUMENTS.values())) - operation_ids(
    DOCUMENTS[REVISIONS[-1]]
)

# Paths where one method is served and another is raw-only: the fake's 405 rightly lists only the
# served methods there, so the Allow header check is off on those paths (none once all are served).
NEWEST_OPERATIONS = [
    (path, operation["operationId"]) for path, _, operation in spec.operations(DOCUMENTS[REVISIONS[-1]])
]
PARTLY_SERVED = {path for path, op in NEWEST_OPERATIONS if op in UNSERVED} & {
    path for path, op in NEWEST_OPERATIONS if op not in UNSERVED
}


def revision_schema(revision: str) -> Any:
    """The revision's document for schemathesis, against the fake, without the operations it lacks."""
    schema = schemathesis.openapi.from_dict(DOCUMENTS[revision]).exclude(operation_id=sorted(UNSERVED))
    schema.app = FAKE.app
    # VBR ignores query parameters it does not know, as does the fake: do not send any.
    schema.config.generation.update(allow_extra_parameters=False)
    return schema


SCHEMAS = {revision: revision_schema(revision) for revision in REVISIONS}


def revision_of(case: schemathesis.Case[Any]) -> str:
    version: str = case.operation.schema.raw_schema["info"]["version"]
    return version


# A discriminated family (DiscoveredEntity, Task, ...) is a oneOf whose members a plain JSON Schema
# validator cannot tell apart: a member that adds nothing to the base (the Cluster entity) or only
# optional fields (most tasks) matches every sibling's payload too, so "valid under more than one"
# fails them. The discriminator says which member applies; this copy of the schemas spells that out.
def resolved_schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = dict(document["components"]["schemas"])
    for name, schema in document["components"]["schemas"].items():
        if "oneOf" in schema and "mapping" in schema.get("discriminator", {}):
            field, mapping = schema["discriminator"]["propertyName"], schema["discriminator"]["mapping"]
            schemas[name] = {
                "type": "object",
                "required": [field],
                "allOf": [
                    {"if": {"properties": {field: {"const": kind}}}, "then": {"$ref": ref}}
                    for kind, ref in mapping.items()
                ],
            }
    return schemas


def union_responses(document: dict[str, Any]) -> dict[str, str]:
    """Operation label -> the schema of its JSON success body, where that body holds a family."""
    schemas = document["components"]["schemas"]
    unions = {name for name, schema in schemas.items() if "oneOf" in schema and "discriminator" in schema}

    def reaches(name: str, seen: frozenset[str] = frozenset()) -> bool:
        inner = {ref.rsplit("/", 1)[1] for ref in spec.refs(schemas[name])} - seen
        return name in unions or any(reaches(other, seen | {name}) for other in inner)

    labels = {}
    for path, method, operation in spec.operations(document):
        for status, answer in operation["responses"].items():
            ref = answer.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
            if status.startswith("2") and ref and reaches(ref.rsplit("/", 1)[1]):
                labels[f"{method.upper()} {path}"] = ref.rsplit("/", 1)[1]
    return labels


RESOLVED_SCHEMAS = {revision: resolved_schemas(document) for revision, document in DOCUMENTS.items()}
UNION_RESPONSES = {revision: union_responses(document) for revision, document in DOCUMENTS.items()}


def response_schema_with_discriminator(ctx: Any, response: Any, case: schemathesis.Case[Any]) -> bool | None:
    """response_schema_conformance, but discriminated families are checked by their discriminator."""
    model = UNION_RESPONSES[revision_of(case)].get(case.operation.label)
    if model is None or not 200 <= response.status_code < 300:
        result: bool | None = schemathesis.checks.response_schema_conformance(ctx, response, case)
        return result
    root = {"$ref": f"#/components/schemas/{model}", "components": {"schemas": RESOLVED_SCHEMAS[revision_of(case)]}}
    validator = jsonschema.Draft202012Validator(root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    validator.validate(response.json())
    return None


# The schema cannot say that a password grant needs a user name, or that an action needs at least
# one entity id: such schema-valid requests are rightly refused, so positive_data_acceptance is off.
EXCLUDED = [schemathesis.checks.positive_data_acceptance, schemathesis.checks.response_schema_conformance]


def resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        _, kind, name = node["$ref"].removeprefix("#/").split("/")
        node = document["components"][kind][name]
    return node


def object_parts(
    document: dict[str, Any], schema: dict[str, Any], instance: dict[str, Any], seen: frozenset[str] = frozenset()
) -> Iterator[dict[str, Any]]:
    """The schema and everything it is made of for this instance: allOf parts, the oneOf member its
    discriminator names (each named schema once: a child's allOf leads back to its family)."""
    if schema.get("$ref") in seen:
        return
    seen |= {schema["$ref"]} if "$ref" in schema else set()
    schema = resolve(document, schema)
    yield schema
    for part in schema.get("allOf", []):
        yield from object_parts(document, part, instance, seen)
    discriminator = schema.get("discriminator", {})
    chosen = discriminator.get("mapping", {}).get(instance.get(discriminator.get("propertyName", "")))
    if chosen is not None:
        yield from object_parts(document, {"$ref": chosen}, instance, seen)


def undeclared(document: dict[str, Any], schema: dict[str, Any], instance: Any, where: str = "") -> Iterator[str]:
    """Properties of ``instance`` that the revision's schema does not declare (a property of a newer revision)."""
    schema = resolve(document, schema)
    if isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            yield from undeclared(document, schema["items"], item, f"{where}[{index}]")
    if not isinstance(instance, dict):
        return
    parts = list(object_parts(document, schema, instance))
    if any(part.get("additionalProperties") for part in parts):
        return  # a map with free keys
    declared = {name: prop for part in parts for name, prop in part.get("properties", {}).items()}
    for name, value in instance.items():
        if name in declared:
            yield from undeclared(document, declared[name], value, f"{where}.{name}")
        else:
            yield f"{where}.{name}"


def only_the_revisions_properties(ctx: Any, response: Any, case: schemathesis.Case[Any]) -> bool | None:
    """The body carries no property that the revision's document lacks (a newer revision's field)."""
    document = DOCUMENTS[revision_of(case)]
    operation = document["paths"][case.operation.path][case.operation.method.lower()]
    answer = resolve(document, operation["responses"].get(str(response.status_code), {}))
    schema = answer.get("content", {}).get("application/json", {}).get("schema")
    if schema is not None and response.content:
        extra = sorted({re.sub(r"\[\d+\]", "[]", where) for where in undeclared(document, schema, response.json())})
        assert not extra, f"{case.operation.label} {response.status_code}: {revision_of(case)} has no {extra}"
    return None


ADDITIONAL: list[Any] = [response_schema_with_discriminator, only_the_revisions_properties]


# A 204 has no body and no Content-Type, as VBR sends it, while the document gives 204 an
# application/json EmptySuccessResponse: for 204 only, the two body checks are off, and the body
# must be empty instead.
NO_BODY_CHECKS = [
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
]


def send(case: schemathesis.Case[Any]) -> Any:
    """Call the fake with a fresh admin token in the case's revision, and validate the answer."""
    if case.headers and "x-api-version" in case.headers:
        case.headers["x-api-version"] = revision_of(case)
    headers = {"Authorization": f"Bearer {FAKE.issue_token()}"}
    response = case.call(headers=headers)
    excluded = list(EXCLUDED)
    if case.operation.path in PARTLY_SERVED:
        excluded.append(schemathesis.checks.allow_header_conformance)
    if response.status_code == 204:
        assert response.content == b""
        excluded += NO_BODY_CHECKS
        additional: list[Any] = []
    else:
        additional = ADDITIONAL
    case.validate_response(
        response,
        headers=headers,
        excluded_checks=excluded,
        additional_checks=additional,
        transport_kwargs={"headers": headers},
    )
    return response


def conformance_test(revision: str, operation_id: str) -> Callable[[schemathesis.Case[Any]], None]:
    """A schemathesis test (examples, coverage and fuzzing phases) of one operation in one revision."""

    @SCHEMAS[revision].include(operation_id=operation_id).parametrize()
    # Derandomized: the gate draws the same cases every run (CONFORMANCE_EXPLORE=1 draws new ones,
    # which is how a repeated schedule day once got past the fake).
    @settings(
        max_examples=EXAMPLES[revision],
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=not os.environ.get("CONFORMANCE_EXPLORE"),
    )
    def test(case: schemathesis.Case[Any]) -> None:
        send(case)

    return test


# One test per revision and operation (test_GetSession_conforms_in_1_3_rev0, ...), so that each has
# its own node id to select, rerun and report on.
for _revision, _schema in SCHEMAS.items():
    for _result in _schema.get_all_operations():
        _operation_id = _result.ok().definition.raw["operationId"]
        _name = f"test_{_operation_id}_conforms_in_{re.sub(r'[^0-9a-z]', '_', _revision)}"
        globals()[_name] = conformance_test(_revision, _operation_id)


# --- hand-picked calls that reach real objects, so the 200 and 204 bodies are checked too -----


def future() -> str:
    return (datetime.now(UTC) + timedelta(days=9)).isoformat()


def grant(revision: str, word: str) -> str:
    """A grant type as the revision's document spells it."""
    enum = DOCUMENTS[revision]["components"]["schemas"]["ELoginGrantType"]["enum"]
    (spelled,) = (value for value in enum if value.casefold() == word)
    return str(spelled)


def realistic_calls(revision: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    group = FAKE.group_ids[0]
    entities = FAKE.entity_ids(group)
    token = FAKE.recovery_token_ids[0]
    computer = FAKE.protected_computer_ids[0]
    entity_path = "/api/v1/agents/protectionGroups/{id}/discoveredEntities"
    yield (
        "POST",
        "/api/oauth2/token",
        {"body": {"grant_type": grant(revision, "password"), "username": "admin", "password": "Passw0rd!"}},
    )
    yield "POST", "/api/oauth2/logout", {}
    yield "GET", "/api/v1/agents/recoveryTokens", {"query": {"orderColumn": "ExpirationDate", "limit": 3}}
    yield (
        "POST",
        "/api/v1/agents/recoveryTokens",
        {"body": {"backupIds": [computer], "expirationDate": future()}},
    )
    yield "GET", "/api/v1/agents/recoveryTokens/{id}", {"path_parameters": {"id": token}}
    body = {"id": token, "name": "Renamed", "expirationDate": future()}
    yield "PUT", "/api/v1/agents/recoveryTokens/{id}", {"path_parameters": {"id": token}, "body": body}
    yield (
        "DELETE",
        "/api/v1/agents/recoveryTokens/{id}",
        {"path_parameters": {"id": FAKE.recovery_token_ids[1]}},
    )
    yield "GET", "/api/v1/agents/protectedComputers", {"query": {"typeFilter": "Linux"}}
    yield "GET", "/api/v1/agents/protectedComputers/{id}", {"path_parameters": {"id": computer}}
    for order in ("Name", "State", "AgentStatus", "DriverStatus", "OperatingSystem"):
        yield "GET", entity_path, {"path_parameters": {"id": group}, "query": {"orderColumn": order}}
    yield "GET", entity_path, {"path_parameters": {"id": group}, "query": {"stateFilter": "Online"}}
    for entity in entities[:12]:
        yield "GET", entity_path + "/{entityId}", {"path_parameters": {"id": group, "entityId": entity}}
    for action in ("rescan", "installAgent", "uninstallAgent", "uninstallAllComponents"):
        yield (
            "POST",
            f"{entity_path}/{action}",
            {"path_parameters": {"id": group}, "body": {"entityIds": entities[:3]}},
        )
    yield "DELETE", entity_path + "/{entityId}", {"path_parameters": {"id": group, "entityId": entities[-1]}}
    yield "GET", "/api/v1/agents/packages/linux", {"query": {"distributionFilter": "ubuntu"}}
    yield "GET", "/api/v1/agents/packages/unix", {}
    yield "GET", "/api/v1/agents/discoveredEntities/states", {"query": {"nameFilter": "*0*", "orderAsc": False}}
    with_agent = next(e for e in entities if (FAKE.entity(group, e) or {}).get("agentStatus") == "Installed")
    yield "GET", "/api/v1/agents/discoveredEntities/states/{id}", {"path_parameters": {"id": with_agent}}
    appliances = FAKE.recovery_appliance_ids[:2]  # connected ones (every third is detached)
    yield (
        "GET",
        "/api/v1/agents/recoveryAppliances",
        {"query": {"orderColumn": "LastContactTime", "stateFilter": "All"}},
    )
    yield "GET", "/api/v1/agents/recoveryAppliances/{id}", {"path_parameters": {"id": appliances[0]}}
    yield "POST", "/api/v1/agents/recoveryAppliances/{id}/reboot", {"path_parameters": {"id": appliances[0]}}
    yield "POST", "/api/v1/agents/recoveryAppliances/reboot", {"body": {"ids": appliances}}
    # the discovered-entity operations that came after the first Agents revisions
    yield (
        "GET",
        "/api/v1/agents/discoveredEntities",
        {"query": {"orderColumn": "DriverStatus", "orderAsc": False, "permissionScope": "Backup", "limit": 30}},
    )
    for action in (
        "upgradeAgent",
        "installCBTDriver",
        "uninstallCBTDriver",
        "trust",
        "reboot",
        "prepareForRemoteBmr",
        "recreateEmbeddedRm",
    ):
        yield "POST", f"{entity_path}/{action}", {"path_parameters": {"id": group}, "body": {"entityIds": [with_agent]}}
    yield (
        "POST",
        entity_path + "/{entityId}/createRecoveryMedia",
        {"path_parameters": {"id": group, "entityId": with_agent}, "query": {"format": "Iso", "allowRemoteBmr": True}},
    )
    holder, spare = next(iter(FAKE.agent_backups.holders.values())), FAKE.agent_backups.unattached()[0].id
    backups_path = "/api/v1/agents/discoveredEntities/{id}"
    yield "GET", backups_path + "/backups", {"path_parameters": {"id": holder}, "query": {"limit": 1}}
    for verb in ("attachBackup", "detachBackup"):
        yield "POST", f"{backups_path}/{verb}", {"path_parameters": {"id": holder}, "body": {"backupIds": [spare]}}
    for task in (FAKE.start_task(duration=0), FAKE.start_task()):  # finished, and running
        yield "GET", "/api/v1/tasks/{id}", {"path_parameters": {"id": task}}
    computer = next(e for e in entities if (FAKE.entity(group, e) or {}).get("type") == "Computer")
    yield (
        "GET",
        entity_path + "/{entityId}/createRecoveryMedia",
        {"path_parameters": {"id": group, "entityId": computer}, "query": {"format": "Iso", "allowRemoteBmr": False}},
    )
    for archive in ("Zip", "Tar"):
        body = {"format": archive, "includeWindowsPackages": True, "unixPackages": {"include": True}}
        yield "POST", "/api/v1/agents/protectionGroups/{id}/packages", {"path_parameters": {"id": group}, "body": body}
    yield from protection_group_calls(revision)


def protection_group_calls(revision: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Each protection group call on a group of its own (groups named after the revision: names are unique)."""
    groups = "/api/v1/agents/protectionGroups"
    edited, deleted = (
        FAKE.add_group(name=f"{what} in {revision}", entities=3, kind="IndividualComputers")
        for what in ("Edited", "Deleted")
    )
    yield "GET", groups, {"query": {"orderColumn": "Type", "orderAsc": False, "permissionScope": "Any"}}
    yield "GET", groups, {"query": {"typeFilter": "ADObjects", "nameFilter": "*group*"}}
    yield "GET", groups + "/{id}", {"path_parameters": {"id": FAKE.group_ids[1]}}
    computers = [{"hostName": "new01.corp.example.com", "connectionType": "PermanentCredentials"}]
    # installNoSnapAgent is newer than the group operations: an older revision's answers must not show it
    options = {"installCBTDriver": True, "installNoSnapAgent": True}
    spec = {"name": f"Created in {revision}", "description": "", "type": "IndividualComputers"}
    yield (
        "POST",
        groups,
        {"query": {"performRescan": True}, "body": spec | {"computers": computers, "options": options}},
    )
    model = {"id": edited, "name": f"Edited again in {revision}", "description": "d", "type": "IndividualComputers"}
    body = model | {"computers": computers, "options": options}
    yield "PUT", groups + "/{id}", {"path_parameters": {"id": edited}, "body": body}
    for action in ("rescan", "disable", "enable"):
        yield "POST", f"{groups}/{{id}}/{action}", {"path_parameters": {"id": edited}}
    yield "GET", groups + "/{id}", {"path_parameters": {"id": edited}}
    yield "DELETE", groups + "/{id}", {"path_parameters": {"id": deleted}, "query": {"uninstallEverything": True}}


@pytest.mark.parametrize("revision", REVISIONS)
def test_realistic_calls_conform(revision: str) -> None:
    schema, document = SCHEMAS[revision], DOCUMENTS[revision]
    statuses: dict[str, set[int]] = {}
    calls = [call for call in realistic_calls(revision) if call[0].lower() in document["paths"].get(call[1], {})]
    before = set(FAKE.sessions.sessions)
    for method, path, parts in calls:
        case = schema[path][method].Case(headers={"x-api-version": revision}, **parts)
        response = send(case)
        statuses.setdefault(f"{method} {path}", set()).add(response.status_code)
    assert all(codes <= {200, 201, 204} for codes in statuses.values()), statuses
    served = {
        f"{method.upper()} {path}"
        for path, method, operation in spec.operations(document)
        if operation["operationId"] not in UNSERVED
    }
    assert set(statuses) == served - {"GET /api/v1/sessions/{id}"}
    sessions = set(FAKE.sessions.sessions) - before
    assert bool(sessions) == any("discoveredEntities" in path for path in document["paths"])

    def read(session_id: str) -> dict[str, Any]:
        case = schema["/api/v1/sessions/{id}"]["GET"].Case(
            headers={"x-api-version": revision}, path_parameters={"id": session_id}
        )
        body: dict[str, Any] = send(case).json()
        return body

    for session_id in sessions:  # held for an operator: a state this revision may not have
        FAKE.require_action(session_id)
        assert read(session_id)["state"] in ("ActionRequired", "Working")
        FAKE.resume_session(session_id)
    FAKE.advance(60)
    for session_id in sessions:
        assert read(session_id)["state"] == "Stopped"


# The document's operations that the fake serves (one conformance test each in every revision that has it).
API_OPERATIONS = operation_ids(yaml.safe_load(SPEC_PATH.read_text())) - RAW_ONLY_OPERATIONS


def test_conformance_tests_have_one_node_id_per_revision_and_operation() -> None:
    result = subprocess.run(
        [sys.executable, "-P", "-m", "pytest", "--collect-only", "-q", "tests/test_conformance.py"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    node_ids = [line for line in result.stdout.splitlines() if line.startswith("tests/test_conformance.py::")]
    per_operation = [node.split("::test_")[1].split("_conforms_in_") for node in node_ids if "_conforms_in_" in node]
    revisions = {re.sub(r"[^0-9a-z]", "_", revision): revision for revision in REVISIONS}
    served = {
        (operation["operationId"], revision)
        for revision in REVISIONS
        for _, _, operation in spec.operations(spec.load(revision))
        if operation["operationId"] in API_OPERATIONS
    }
    assert len(per_operation) == len(served), per_operation
    assert {(operation, revisions[revision]) for operation, revision in per_operation} == served
