"""The OpenAPI document states every published fact of every revision, or a listed relaxation of it."""

from __future__ import annotations

import copy
import pathlib
from typing import Any

import pytest
import yaml
from conftest import REVISIONS, SPEC_PATH
from openapi_spec_validator import validate
from relaxations import explain, missing_facts, unexplained

import veeam_agents_client
from tools import derive, spec
from veeam_agents_client import API_VERSION


def test_document_states_every_fact_of_every_revision(facts: dict[str, Any], spec_document: dict[str, Any]) -> None:
    assert unexplained(facts, spec_document) == []


def test_the_newest_revision_needs_only_deliberate_changes(
    newest_facts: dict[str, Any], spec_document: dict[str, Any]
) -> None:
    kinds = {
        explain(path, fact, ours, newest_facts["info"]["version"], spec_document)
        for path, fact, ours in missing_facts(newest_facts, spec_document, ())
    }
    assert kinds <= {
        "family-split",
        "single-parent",
        "narrower-required",
        "wider-enum",
        "wider-bounds",
        "newer-parameter",
        "typed-filter",
    }


def test_the_checker_notices_a_missing_fact(newest_facts: dict[str, Any], spec_document: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec_document)
    broken["components"]["schemas"]["Error"]["required"] = ["message", "errorCode", "resourceId"]
    del broken["paths"]["/api/v1/agents/recoveryTokens"]["post"]["responses"]["201"]
    broken["components"]["schemas"]["ESessionState"]["enum"].remove("Working")
    assert [line.split(": ")[0] for line in unexplained(newest_facts, broken)] == [
        "paths//api/v1/agents/recoveryTokens/post/responses/201",
        "components/schemas/ESessionState/enum",
        "components/schemas/Error/required",
    ]


def test_every_revision_named_in_the_document_has_its_facts(spec_document: dict[str, Any]) -> None:
    named = {spec_document["info"]["version"]}
    for node in derive._dicts(spec_document):
        named |= {node[key] for key in ("x-since", "x-until") if key in node}
        named |= set(node.get("x-enum-by-revision", {}))
        named |= {*node.get("x-enum-since", {}).values(), *node.get("x-enum-until", {}).values()}
    assert named == set(REVISIONS)
    for revision in named:
        assert spec.facts_path(revision).is_file(), revision


def test_document_is_valid_openapi(spec_document: dict[str, Any]) -> None:
    validate(spec_document)


def test_document_is_the_derivation_of_the_facts() -> None:
    intent = yaml.safe_load(spec.INTENT.read_text())
    document, stale = derive.derive(spec.load(REVISIONS[-1]), derive.older_revisions(REVISIONS[-1]), intent)
    assert stale == []
    assert derive.render(document) == SPEC_PATH.read_text()


def test_package_revision_comes_from_the_document(spec_document: dict[str, Any]) -> None:
    assert API_VERSION == spec_document["info"]["version"] == REVISIONS[-1]
    header = spec_document["components"]["parameters"]["apiVersionParam"]
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


@pytest.fixture(scope="module")
def spec_document() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return document


def test_the_revision_table_knows_which_revisions_send_each_property() -> None:
    """For every property of every published schema: the revisions that have it are exactly those
    `PROPERTIES` allows (no mark: all of them), `$ref` properties included."""
    from veeam_agents_client.revisions import PROPERTIES

    published = {revision: spec.load(revision)["components"]["schemas"] for revision in REVISIONS}
    key = spec.revision_key
    checked = 0
    for name in {name for schemas in published.values() for name in schemas}:
        having = [revision for revision in REVISIONS if name in published[revision]]
        holders = {revision: _properties(published[revision], name) for revision in having}
        for prop in set().union(*holders.values()):
            since, until = PROPERTIES.get(name, {}).get(prop, (None, None))
            allowed = [
                revision
                for revision in having
                if (since is None or key(since) <= key(revision)) and (until is None or key(revision) <= key(until))
            ]
            assert allowed == [revision for revision in having if prop in holders[revision]], (name, prop)
            checked += 1
    assert checked > 500


def _properties(schemas: dict[str, Any], name: str) -> set[str]:
    """The properties a schema's model has: its own, and those of the parts of its allOf."""
    names: set[str] = set()
    for part in [schemas[name], *schemas[name].get("allOf", [])]:
        names |= (
            _properties(schemas, spec.ref_name(part["$ref"])[1]) if "$ref" in part else set(part.get("properties", {}))
        )
    return names
