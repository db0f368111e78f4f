"""Every response of the fake VBR server conforms to the OpenAPI document (schemathesis)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import schemathesis
import yaml  # type: ignore[import-untyped]
from conftest import SPEC_PATH as SPEC
from hypothesis import HealthCheck, settings

from veeam_agents_client._constants import RAW_ONLY_OPERATIONS
from veeam_agents_client.api import API_VERSION
from veeam_agents_client.models import ELoginGrantType
from veeam_agents_client.testing import FakeVBR

DOCUMENT: dict[str, Any] = yaml.safe_load(SPEC.read_text())
ERROR_SCHEMA = DOCUMENT["components"]["schemas"]["Error"]

FAKE = FakeVBR(entities_per_group=[50, 5], session_duration=0.5)
# The fake serves the operations that have a hand-written call; the rest are raw-only for now.
schema = schemathesis.openapi.from_path(SPEC).exclude(operation_id=list(RAW_ONLY_OPERATIONS))
schema.app = FAKE.app
# VBR ignores query parameters it does not know, as does the fake: do not send any.
schema.config.generation.update(allow_extra_parameters=False)

# The document's DiscoveredEntity is a oneOf whose members a plain JSON Schema validator cannot
# tell apart: DiscoveredClusterEntityModel (the base plus an empty object) also matches every
# Computer and Active Directory entity, so "valid under more than one" fails every such entity.
# The discriminator (type) says which member applies; this copy of the schemas spells that out.
MAPPING: dict[str, str] = DOCUMENT["components"]["schemas"]["DiscoveredEntity"]["discriminator"]["mapping"]
RESOLVED_SCHEMAS = {
    **DOCUMENT["components"]["schemas"],
    "DiscoveredEntity": {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"enum": list(MAPPING)}},
        "allOf": [
            {"if": {"properties": {"type": {"const": kind}}}, "then": {"$ref": ref}} for kind, ref in MAPPING.items()
        ],
    },
}
ENTITY_OPERATIONS = {
    "GET /api/v1/agents/protectionGroups/{id}/discoveredEntities": "DiscoveredEntitiesResult",
    "GET /api/v1/agents/protectionGroups/{id}/discoveredEntities/{entityId}": "DiscoveredEntity",
}


def response_schema_with_discriminator(ctx: Any, response: Any, case: schemathesis.Case[Any]) -> bool | None:
    """response_schema_conformance, but discovered entities are checked by their discriminator."""
    model = ENTITY_OPERATIONS.get(case.operation.label)
    if model is None or response.status_code != 200:
        result: bool | None = schemathesis.checks.response_schema_conformance(ctx, response, case)
        return result
    root = {"$ref": f"#/components/schemas/{model}", "components": {"schemas": RESOLVED_SCHEMAS}}
    validator = jsonschema.Draft202012Validator(root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    validator.validate(response.json())
    return None


# The schema cannot say that a password grant needs a user name, or that an action needs at least
# one entity id: such schema-valid requests are rightly refused, so positive_data_acceptance is off.
EXCLUDED = [schemathesis.checks.positive_data_acceptance, schemathesis.checks.response_schema_conformance]
ADDITIONAL: list[Any] = [response_schema_with_discriminator]


# A 204 has no body and no Content-Type, as VBR sends it, while the document gives 204 an
# application/json EmptySuccessResponse: for 204 only, the two body checks are off, and the body
# must be empty instead.
NO_BODY_CHECKS = [
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
]


def send(case: schemathesis.Case[Any]) -> Any:
    """Call the fake with a fresh admin token and the supported API version, and validate the answer."""
    if case.headers and "x-api-version" in case.headers:
        case.headers["x-api-version"] = API_VERSION
    headers = {"Authorization": f"Bearer {FAKE.issue_token()}"}
    response = case.call(headers=headers)
    excluded = list(EXCLUDED)
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


def conformance_test(operation_id: str) -> Callable[[schemathesis.Case[Any]], None]:
    """A schemathesis test (examples, coverage and fuzzing phases) of one operation of the document."""

    @schema.include(operation_id=operation_id).parametrize()
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    def test(case: schemathesis.Case[Any]) -> None:
        send(case)

    return test


# One test per operation of the document (test_GetSession_conforms, ...), so that each has its own
# node id to select, rerun and report on.
OPERATION_IDS = [result.ok().definition.raw["operationId"] for result in schema.get_all_operations()]
for _operation_id in OPERATION_IDS:
    globals()[f"test_{_operation_id}_conforms"] = conformance_test(_operation_id)


# --- hand-picked calls that reach real objects, so the 200 and 204 bodies are checked too -----


def future() -> str:
    return (datetime.now(UTC) + timedelta(days=9)).isoformat()


def realistic_calls() -> Iterator[tuple[str, str, dict[str, Any]]]:
    group = FAKE.group_ids[0]
    entities = FAKE.entity_ids(group)
    token = FAKE.recovery_token_ids[0]
    computer = FAKE.protected_computer_ids[0]
    entity_path = "/api/v1/agents/protectionGroups/{id}/discoveredEntities"
    yield (
        "POST",
        "/api/oauth2/token",
        {"body": {"grant_type": ELoginGrantType.PASSWORD.value, "username": "admin", "password": "Passw0rd!"}},
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


def test_realistic_calls_conform() -> None:
    statuses: dict[str, set[int]] = {}
    for method, path, parts in realistic_calls():
        case = schema[path][method].Case(headers={"x-api-version": API_VERSION}, **parts)
        response = send(case)
        statuses.setdefault(f"{method} {path}", set()).add(response.status_code)
    assert all(codes <= {200, 204} for codes in statuses.values()), statuses
    assert len(statuses) == 18
    sessions = [session_id for session_id in FAKE.sessions.sessions]
    FAKE.advance(1)
    for session_id in sessions:
        case = schema["/api/v1/sessions/{id}"]["GET"].Case(
            headers={"x-api-version": API_VERSION}, path_parameters={"id": session_id}
        )
        body = send(case).json()
        assert body["state"] == "Stopped"
