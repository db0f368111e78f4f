"""Every published example and seed sample parses into the right model; newer servers still parse."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml
from conftest import REVISIONS, SPEC_PATH, example, load
from seeds import AD_ENTITY, CLUSTER_ENTITY, SEED_PROTECTED_COMPUTER, SEED_SESSION, SEED_TOKEN

from tools.spec import operations
from veeam_agents_client import api, models
from veeam_agents_client.api.agents import get_discovered_entity, get_protected_computers
from veeam_agents_client.client import Client
from veeam_agents_client.errors import ResponseFieldError, UnexpectedResponseBody
from veeam_agents_client.models import (
    ComputerRecoveryTokenModel,
    DiscoveredADEntityModel,
    DiscoveredClusterEntityModel,
    DiscoveredComputerEntityModel,
    DiscoveredEntitiesActionSpec,
    DiscoveredEntitiesResult,
    DiscoveredEntityModel,
    EAgentStatus,
    EDiscoveredEntityType,
    EOperatingSystem,
    ESessionResult,
    ESessionState,
    ESessionType,
    LinuxPackageResult,
    ProtectedComputerModel,
    SessionModel,
    TokenModel,
    UnixPackageResult,
)
from veeam_agents_client.types import UNSET, parse_uuid

DOCUMENT: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]
MODULES = {  # operationId, lowercased -> generated module ("agents.get_all_agent_states")
    module.name.replace("_", ""): f"{tag.name}.{module.name}"
    for tag in pkgutil.iter_modules(api.__path__)
    for module in pkgutil.iter_modules([f"{api.__path__[0]}/{tag.name}"])
}
# Published placeholders, not payloads (test_published_placeholder_example_is_not_a_protected_computer_page).
PLACEHOLDER_EXAMPLES = {"ProtectedComputerResultExample"}
PLACEHOLDER_VALUES = [{"property": "value"}]


def _parse_entity(payload: Any) -> Any:
    """Parse a GetDiscoveredEntity 200 body through the generated endpoint code."""
    request = httpx.Request("GET", "https://vbr/api/v1/agents/protectionGroups/x/discoveredEntities/y")
    response = httpx.Response(200, json=payload, request=request)
    return get_discovered_entity._build_response(client=Client(base_url="https://vbr"), response=response).parsed


def test_token_example(spec: dict[str, Any]) -> None:
    token = TokenModel.from_dict(example(spec, "TokenModelExample"))
    assert token.expires_in == 900
    assert token.token_type == "bearer"
    assert token.issued == dt.datetime(2025, 4, 24, 14, 24, 18, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.mark.parametrize("name", ["SessionModelExample", "AgentDiscoveryEntitySessionModelExample"])
def test_session_examples(spec: dict[str, Any], name: str) -> None:
    session = SessionModel.from_dict(example(spec, name))
    assert session.state is ESessionState.STOPPED
    assert session.result is not UNSET and session.result.result is ESessionResult.SUCCESS
    assert session.result.is_canceled is False


def test_session_example_with_nulls_reads_them_as_unset(spec: dict[str, Any]) -> None:
    session = SessionModel.from_dict(example(spec, "SessionModelExample"))
    assert session.resource_id is UNSET
    assert session.parent_session_id is UNSET
    assert session.session_type is ESessionType.CONFIGURATIONBACKUP


def test_discovered_entities_example(spec: dict[str, Any]) -> None:
    result = DiscoveredEntitiesResult.from_dict(example(spec, "DiscoveredEntitiesResultExample"))
    (computer,) = result.data
    assert type(computer) is DiscoveredComputerEntityModel
    assert computer.agent_status is EAgentStatus.INSTALLED
    assert computer.operating_system is EOperatingSystem.WINDOWSSERVER2022
    assert [plugin.type_.value for plugin in computer.plugins] == ["MSSQL", "OracleRMAN", "SAPHANA", "SAPOnOracle"]
    assert result.pagination.total == 1


def test_discovered_entity_example_through_the_endpoint(spec: dict[str, Any]) -> None:
    entity = _parse_entity(example(spec, "DiscoveredEntityModelExample"))
    assert type(entity) is DiscoveredComputerEntityModel
    assert entity.ip_addresses == ["172.24.29.220"]
    # No offset in the payload: kept as a naive datetime in the server's local time (see the models guide).
    assert entity.last_connected == dt.datetime(2025, 4, 23, 8, 18, 33, 905840)


def test_each_entity_type_gets_its_own_model() -> None:
    assert type(_parse_entity(CLUSTER_ENTITY)) is DiscoveredClusterEntityModel
    ad = _parse_entity(AD_ENTITY)
    assert type(ad) is DiscoveredADEntityModel
    assert ad.domain.server_name == "dc01.corp.example"
    assert ad.entity.type_.value == "OrganizationUnit"


def test_unknown_entity_type_is_a_generic_entity_keeping_its_data() -> None:
    payload = {**CLUSTER_ENTITY, "type": "KubernetesCluster", "nodes": 3, "state": "Online"}
    entity = _parse_entity(payload)
    assert type(entity) is DiscoveredEntityModel
    assert entity.type_ == "KubernetesCluster"
    assert entity.additional_properties == {"nodes": 3, "state": "Online"}
    assert entity.to_dict() == payload


def test_entity_missing_its_type_fields_is_the_base_model_never_a_sibling() -> None:
    # An AD entity without its domain must not silently become a Cluster, nor cost the page:
    # it reads as the base model, every field kept as sent.
    payload = {key: value for key, value in AD_ENTITY.items() if key != "domain"}
    entity = _parse_entity(payload)
    assert type(entity) is DiscoveredEntityModel
    assert entity.type_ is EDiscoveredEntityType.ACTIVEDIRECTORY
    assert entity.additional_properties == {"entity": payload["entity"]}
    assert entity.to_dict() == payload
    page = DiscoveredEntitiesResult.from_dict(
        {"data": [CLUSTER_ENTITY, payload, AD_ENTITY], "pagination": {"total": 3, "count": 3}}
    )
    assert [type(item) for item in page.data] == [
        DiscoveredClusterEntityModel,
        DiscoveredEntityModel,
        DiscoveredADEntityModel,
    ]


def test_an_unreadable_base_field_names_the_field_and_value() -> None:
    bad = {**CLUSTER_ENTITY, "parentId": "not-a-uuid"}
    with pytest.raises(ResponseFieldError) as caught:
        DiscoveredEntitiesResult.from_dict({"data": [CLUSTER_ENTITY, bad], "pagination": {"total": 2, "count": 2}})
    assert caught.value.path == "data[1].parentId"
    assert caught.value.value == "not-a-uuid"
    assert str(caught.value).startswith("data[1].parentId: ")
    response = httpx.Response(200, json=bad, request=httpx.Request("GET", "https://vbr/x"))
    with pytest.raises(UnexpectedResponseBody) as outer:
        get_discovered_entity._build_response(client=Client(base_url="https://vbr"), response=response)
    assert isinstance(outer.value.__cause__, ResponseFieldError)
    assert outer.value.__cause__.path == "parentId"


def test_package_examples(spec: dict[str, Any]) -> None:
    linux = LinuxPackageResult.from_dict(example(spec, "LinuxPackageResultExample"))
    assert len(linux.data) == linux.pagination.total == 60
    assert {package.distribution_name for package in linux.data} >= {"debian", "ubuntu", "RHEL", "SLES"}
    unix = UnixPackageResult.from_dict(example(spec, "UnixPackageResultExample"))
    assert [package.package_name for package in unix.data] == ["IBM AIX", "Solaris Intel", "Solaris SPARC"]


def test_action_spec_example(spec: dict[str, Any]) -> None:
    action = DiscoveredEntitiesActionSpec.from_dict(example(spec, "DiscoveredEntitiesActionSpecExample"))
    assert action.entity_ids == [uuid.UUID("7e76a5bb-287a-490e-ae0a-5e852ea775ee")]


def test_seed_samples() -> None:
    token = ComputerRecoveryTokenModel.from_dict(SEED_TOKEN)
    assert token.expiration_date == dt.datetime(2019, 8, 24, 14, 15, 22, tzinfo=dt.UTC)
    computer = ProtectedComputerModel.from_dict(SEED_PROTECTED_COMPUTER)
    assert computer.type_.value == "Linux"
    session = SessionModel.from_dict(SEED_SESSION)
    assert session.result.message == "done"
    assert session.parent_session_id == uuid.UUID("b1d7834e-fe2f-4cad-b0e5-ff5c5615f344")


def test_published_placeholder_example_is_not_a_protected_computer_page() -> None:
    # Older revisions show {"property": "value"} for GetProtectedComputers; it is not a valid
    # page, and parsing it must say so in the library's own terms.
    answers = [
        load(revision)["paths"]["/api/v1/agents/protectedComputers"]["get"]["responses"]
        for revision in REVISIONS
        if "/api/v1/agents/protectedComputers" in load(revision)["paths"]
    ]
    placeholder = next(
        a["200"]["content"]["application/json"]["example"]
        for a in answers
        if "example" in a["200"]["content"]["application/json"]
    )
    assert placeholder in PLACEHOLDER_VALUES
    response = httpx.Response(200, json=placeholder, request=httpx.Request("GET", "https://vbr/x"))
    with pytest.raises(UnexpectedResponseBody):
        get_protected_computers._build_response(client=Client(base_url="https://vbr"), response=response)


def test_newer_revision_values_and_fields_parse(spec: dict[str, Any]) -> None:
    payload = dict(example(spec, "DiscoveredEntityModelExample"))
    payload.update(agentStatus="Quarantined", operatingSystem="WindowsServer2028", vendorNotes={"a": 1})
    payload["plugins"] = [{"type": "PostgreSQL", "status": "Installed", "version": "14"}]
    entity = _parse_entity(payload)
    assert type(entity) is DiscoveredComputerEntityModel
    assert entity.agent_status == "Quarantined"
    assert isinstance(entity.agent_status, EAgentStatus)
    assert entity.agent_status is not EAgentStatus.INSTALLED
    assert EAgentStatus("Installed") is EAgentStatus.INSTALLED  # known values stay real members
    assert entity.plugins[0].type_ == "PostgreSQL"
    assert entity.additional_properties["vendorNotes"] == {"a": 1}
    assert entity.to_dict()["agentStatus"] == "Quarantined"


def test_optional_fields_sent_as_null_parse() -> None:
    payload = {**SEED_SESSION, "endTime": None, "result": None, "platformName": None, "progressPercent": None}
    session = SessionModel.from_dict(payload)
    assert session.end_time is UNSET
    assert session.result is UNSET
    assert session.platform_name is UNSET


@pytest.mark.parametrize(
    "text",
    [
        "7e76a5bb-287a-490e-ae0a-5e852ea775ee",
        "7E76A5BB-287A-490E-AE0A-5E852EA775EE",
        "{7e76a5bb-287a-490e-ae0a-5e852ea775ee}",
        "urn:uuid:7e76a5bb-287a-490e-ae0a-5e852ea775ee",
        "00000000-0000-0000-0000-000000000000",
    ],
)
def test_fast_uuid_parsing_matches_uuid(text: str) -> None:
    for _ in range(2):  # the second read comes from the cache of recent values
        parsed = parse_uuid(text)
        assert parsed == uuid.UUID(text)
        assert str(parsed) == str(uuid.UUID(text)) and hash(parsed) == hash(uuid.UUID(text))
        assert isinstance(parsed, uuid.UUID)


@pytest.mark.parametrize("text", ["not-a-uuid", "7e76a5bb-287a-490e-ae0a-5e852ea775eg", "", "7e76a5bb"])
def test_fast_uuid_parsing_rejects_what_uuid_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        uuid.UUID(text)
    with pytest.raises(ValueError):
        parse_uuid(text)


def test_enum_from_json_keeps_unknown_values() -> None:
    assert EAgentStatus.from_json("Installed") is EAgentStatus.INSTALLED
    newer = EAgentStatus.from_json("Quarantined")
    assert newer == "Quarantined" and newer.value == "Quarantined" and str(newer) == "Quarantined"
    assert newer not in list(EAgentStatus)


def published_examples(facts: dict[str, Any]) -> Iterator[tuple[str, str, Any, dict[str, Any], str]]:
    """(example name, operationId, value, our media-type object, where) for every example Veeam
    attached to a request or response body, paired with the same body in our document."""
    for path, method, operation in operations(facts):
        ours = DOCUMENT["paths"].get(path, {}).get(method)
        if ours is None:  # dropped by later revisions (test_document)
            continue
        bodies = [("requestBody", operation.get("requestBody", {}), ours.get("requestBody", {}))]
        bodies += [(status, answer, ours["responses"][status]) for status, answer in operation["responses"].items()]
        for where, body, our_body in bodies:
            for media, content in body.get("content", {}).items():
                for reference in content.get("examples", {}).values():
                    name = reference["$ref"].rsplit("/", 1)[1]
                    value = facts["components"]["examples"][name]["value"]
                    yield name, operation["operationId"], value, our_body["content"][media], where
                if "example" in content and content["example"] not in PLACEHOLDER_VALUES:  # written in place
                    name = f"{operation['operationId']} {where} example"
                    yield name, operation["operationId"], content["example"], our_body["content"][media], where


def expected_model(schema: dict[str, Any], value: Any) -> str:
    """The model a payload must land in: the schema's, or for a family the discriminator's choice."""
    name = schema["$ref"].rsplit("/", 1)[1]
    family = SCHEMAS[name]
    if "oneOf" in family and isinstance(value, dict):
        field, mapping = family["discriminator"]["propertyName"], family["discriminator"]["mapping"]
        return str(mapping[value[field]].rsplit("/", 1)[1]) if value.get(field) in mapping else name
    return name


def test_every_published_example_of_every_revision_parses_into_its_model(facts: dict[str, Any]) -> None:
    checked = 0
    for name, operation_id, value, media, where in published_examples(facts):
        if name in PLACEHOLDER_EXAMPLES:
            continue
        expected = expected_model(media["schema"], value)
        if where == "requestBody":
            parsed = getattr(models, expected).from_dict(value)
        else:
            module = importlib.import_module(f"veeam_agents_client.api.{MODULES[operation_id.lower()]}")
            answer = httpx.Response(int(where), json=value, request=httpx.Request("GET", "https://vbr.test/"))
            parsed = module._parse_response(client=Client("https://vbr.test"), response=answer)
        assert type(parsed).__name__ == expected, (facts["info"]["version"], name)
        for item, raw in zip(getattr(parsed, "data", None) or [], value.get("data", []), strict=True):
            items = SCHEMAS[expected]["properties"]["data"]["items"]
            assert type(item).__name__ == expected_model(items, raw), (facts["info"]["version"], name)
        checked += 1
    assert checked and checked >= len(facts["components"].get("examples", {})) // 2
