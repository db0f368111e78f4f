"""The OpenAPI document states every published fact, and the package was generated from it."""

from __future__ import annotations

import pathlib
from typing import Any

from conftest import SPEC_PATH
from openapi_spec_validator import validate

import veeam_agents_client
from veeam_agents_client import API_VERSION

# Where the document departs from the published one on purpose (each is commented in the YAML):
# the discovered-entity oneOf moves from the base schema to DiscoveredEntity, which the list items
# and GetDiscoveredEntity point to, because the published cycle breaks the generator.
DELIBERATE = {
    ("components", "schemas", "DiscoveredEntityModel", "oneOf"),
    ("components", "schemas", "DiscoveredEntitiesResult", "properties", "data", "items", "$ref"),
    (
        "paths",
        "/api/v1/agents/protectionGroups/{id}/discoveredEntities/{entityId}",
        "get",
        "responses",
        "200",
        "content",
        "application/json",
        "schema",
        "$ref",
    ),
    # A one-member allOf would fold Cluster into its base class; the document adds an empty object.
    ("components", "schemas", "DiscoveredClusterEntityModel", "allOf"),
}
IGNORED_KEYS = {"info"}  # title and prose are ours


def _missing_facts(fact: Any, ours: Any, path: tuple[str, ...]) -> list[str]:
    if path in DELIBERATE:
        return []
    if isinstance(fact, dict):
        if not isinstance(ours, dict):
            return [f"{'/'.join(path)}: expected an object"]
        problems = []
        for key, value in fact.items():
            if not path and key in IGNORED_KEYS:
                continue
            if key not in ours:
                if (*path, key) not in DELIBERATE:
                    problems.append(f"{'/'.join((*path, key))}: missing")
                continue
            problems += _missing_facts(value, ours[key], (*path, key))
        return problems
    if isinstance(fact, list):
        if not isinstance(ours, list) or len(ours) != len(fact):
            return [f"{'/'.join(path)}: expected {fact!r}, found {ours!r}"]
        if all(isinstance(item, str) for item in fact):  # enums, required lists: order does not matter
            return [] if sorted(fact) == sorted(ours) else [f"{'/'.join(path)}: {fact} != {ours}"]
        return [p for index, item in enumerate(fact) for p in _missing_facts(item, ours[index], (*path, str(index)))]
    return [] if fact == ours else [f"{'/'.join(path)}: expected {fact!r}, found {ours!r}"]


def test_document_states_every_published_fact(facts: dict[str, Any], spec: dict[str, Any]) -> None:
    assert _missing_facts(facts, spec, ()) == []


def test_deliberate_changes_keep_the_published_shape(facts: dict[str, Any], spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    published = facts["components"]["schemas"]["DiscoveredEntityModel"]
    assert schemas["DiscoveredEntity"]["oneOf"] == published["oneOf"]
    assert schemas["DiscoveredEntity"]["discriminator"] == published["discriminator"]
    assert schemas["DiscoveredEntitiesResult"]["properties"]["data"]["items"] == {
        "$ref": "#/components/schemas/DiscoveredEntity"
    }
    cluster = schemas["DiscoveredClusterEntityModel"]["allOf"]
    assert cluster[0] == {"$ref": "#/components/schemas/DiscoveredEntityModel"}
    assert cluster[1:] == [{"type": "object"}]
    for value, ref in published["discriminator"]["mapping"].items():
        assert schemas[ref.rsplit("/", 1)[1]]["x-discriminated-by"] == {"type": value}


def test_the_checker_notices_a_missing_fact(facts: dict[str, Any], spec: dict[str, Any]) -> None:
    broken = {**spec, "components": {**spec["components"], "schemas": dict(spec["components"]["schemas"])}}
    broken["components"]["schemas"]["Error"] = {**broken["components"]["schemas"]["Error"], "required": ["message"]}
    assert _missing_facts(facts, broken, ()) == [
        "components/schemas/Error/required: expected ['errorCode', 'message'], found ['message']"
    ]


def test_document_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


def test_package_revision_comes_from_the_document(spec: dict[str, Any]) -> None:
    assert API_VERSION == spec["info"]["version"] == "1.3-rev0"
    header = spec["components"]["parameters"]["apiVersionParam"]
    assert header["schema"]["default"] == API_VERSION


def test_installed_package_holds_generated_and_hand_written_code() -> None:
    package = pathlib.Path(veeam_agents_client.__file__).parent
    assert "site-packages" in package.parts
    assert (package / "py.typed").exists()
    assert (package / "api" / "agents" / "get_discovered_entities.py").exists()
    assert (package / "_client.py").exists()
    generated = (package / "api" / "agents" / "get_discovered_entities.py").read_text()
    assert "do not edit" in generated
    assert SPEC_PATH.exists()
