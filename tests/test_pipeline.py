"""The revision pipeline end to end: a new revision becomes a document and generated code mechanically."""

from __future__ import annotations

import copy
import filecmp
import itertools
import os
import pathlib
import subprocess
import sys
from typing import Any

import pytest
import yaml
from conftest import REVISIONS, ROOT
from openapi_python_client.strings import snake_case
from relaxations import unexplained

from tools import api_diff, derive, listings, spec
from veeam_agents_client import revisions

NEWEST = REVISIONS[-1]
MAJOR, MINOR, REV = spec.revision_key(NEWEST)
NEXT = f"{MAJOR}.{MINOR}-rev{REV + 1}"


def next_revision() -> dict[str, Any]:
    """The newest facts plus what a new revision typically brings."""
    facts = copy.deepcopy(spec.load(NEWEST))
    facts["info"]["version"] = NEXT
    facts["components"]["parameters"]["apiVersionParam"]["schema"]["default"] = NEXT
    schemas = facts["components"]["schemas"]
    schemas["ESessionState"]["enum"].append("Paused")
    schemas["SessionModel"]["properties"]["widgetCount"] = {"type": "integer", "format": "int32"}
    schemas["WidgetModel"] = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "name": {"type": "string"},
            "apiKey": {"type": "string"},  # a secret by its name: marked and hidden with no one listing it
        },
    }
    sessions = facts["paths"]["/api/v1/sessions/{id}"]["get"]["parameters"]
    sessions.append(
        {"name": "withLogs", "in": "query", "required": True, "schema": {"type": "boolean", "default": True}}
    )
    facts["paths"]["/api/v1/agents/widgets/{id}"] = {
        "get": {
            "tags": ["Agents"],
            "operationId": "GetWidget",
            "parameters": [
                {"$ref": "#/components/parameters/apiVersionParam"},
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
            ],
            "responses": {
                "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetModel"}}}},
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    }
    return facts


def generate(document: dict[str, Any], folder: pathlib.Path) -> pathlib.Path:
    path = folder / "document.yaml"
    path.write_text(derive.render(document))
    bin_dir = pathlib.Path(sys.executable).parent
    output = folder / "veeam_agents_client"
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        *("--path", str(path), "--config", str(ROOT / "generator-config.yml")),
        *("--custom-template-path", str(ROOT / "openapi" / "templates"), "--meta", "none", "--fail-on-warning"),
        *("--output-path", str(output)),
    ]
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=folder)
    return output


def test_a_new_revision_is_derived_and_generated_with_nothing_else_changed(tmp_path: pathlib.Path) -> None:
    intent = yaml.safe_load(spec.INTENT.read_text())
    document, stale = derive.derive(next_revision(), [spec.load(revision) for revision in REVISIONS], intent)
    assert stale == []
    operation = document["paths"]["/api/v1/agents/widgets/{id}"]["get"]
    assert operation["x-since"] == NEXT and operation["responses"]["400"]  # marked, and the 400 rule applied
    assert document["components"]["schemas"]["SessionModel"]["properties"]["widgetCount"]["x-since"] == NEXT
    assert document["components"]["schemas"]["WidgetModel"]["properties"]["apiKey"]["x-secret"] is True
    # a query parameter older revisions lack: marked, and never sent unless given (no default)
    (with_logs,) = (p for p in document["paths"]["/api/v1/sessions/{id}"]["get"]["parameters"] if "name" in p
                    and p["name"] == "withLogs")  # fmt: skip
    assert with_logs["x-since"] == NEXT and "required" not in with_logs and "default" not in with_logs["schema"]
    assert not [line for line in unexplained(next_revision(), document) if "withLogs" in line]  # a known relaxation
    generated = generate(document, tmp_path)

    committed = ROOT / "veeam_agents_client"
    new = {"api/agents/get_widget.py", "models/widget_model.py"}
    changed = {"models/session_model.py", "models/e_session_state.py", "models/__init__.py", "api/__init__.py",
               "api/sessions/get_session.py"}  # fmt: skip
    assert all((generated / name).is_file() for name in new)
    assert "PAUSED" in (generated / "models/e_session_state.py").read_text()
    assert "widget_count" in (generated / "models/session_model.py").read_text()
    assert "WidgetModel" in (generated / "models/__init__.py").read_text()
    assert '"WidgetModel": frozenset(\n        {\n            "apiKey",' in (generated / "api/__init__.py").read_text()
    assert "with_logs: bool | Unset = UNSET," in (generated / "api/sessions/get_session.py").read_text()
    for path in sorted(generated.rglob("*.py")):
        name = path.relative_to(generated).as_posix()
        if name in new or name in changed:
            continue
        # Every endpoint's x_api_version default names the revision; apart from that, nothing moves.
        assert path.read_text().replace(NEXT, NEWEST) == (committed / name).read_text(), name
    assert filecmp.cmp(generated / "types.py", committed / "types.py", shallow=False)


def test_a_new_list_operation_needs_only_its_listing() -> None:
    """A list operation a revision adds is reported until intent.yaml names its calls; then its typed
    calls and filters are written, and nothing else of `listings.py` moves."""
    facts = next_revision()
    schemas = facts["components"]["schemas"]
    schemas["WidgetsResult"] = copy.deepcopy(schemas["AgentsRecoveryAppliancesResult"])
    schemas["WidgetsResult"]["properties"]["data"]["items"] = {"$ref": "#/components/schemas/WidgetModel"}
    paging = facts["paths"]["/api/v1/agents/recoveryAppliances"]["get"]["parameters"][:3]  # version, skip, limit
    facts["paths"]["/api/v1/agents/widgets"] = {
        "get": {
            "tags": ["Agents"],
            "operationId": "GetWidgets",
            "parameters": [*paging, {"name": "nameFilter", "in": "query", "schema": {"type": "string"}}],
            "responses": {
                "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetsResult"}}}},
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    }
    intent = yaml.safe_load(spec.INTENT.read_text())
    older = [spec.load(revision) for revision in REVISIONS]
    _, stale = derive.derive(facts, older, intent)
    assert stale == ["operations/GetWidgets/listing (missing: name the client's list calls)"]
    intent["operations"]["GetWidgets"] = {
        "listing": {"calls": ["list", "pages", "iterate"], "filters": "WidgetListFilters", "items": "widgets",
                    "each": "widget"}
    }  # fmt: skip
    document, stale = derive.derive(facts, older, intent)
    assert stale == []
    written = listings.listings(document)
    widgets = written.pop("get_widgets.py")
    compile(widgets, "get_widgets.py", "exec")
    assert "WidgetListFilters: TypeAlias = get_widgets.Filters" in widgets
    assert "class GetWidgetsListing(Resource):" in widgets
    assert "-> AsyncIterator[WidgetModel]:" in widgets and '"""Every widget, each once."""' in widgets
    committed = ROOT / "veeam_agents_client" / "listings"
    assert written == {path.name: path.read_text() for path in committed.glob("*.py")}  # nothing else moves


def test_api_diff_reports_what_a_client_needs_to_know(capsys: pytest.CaptureFixture[str]) -> None:
    lines = list(api_diff.diff(spec.load(NEWEST), next_revision()))
    assert f"# {NEWEST} -> {NEXT}" in lines
    assert "+ GET /api/v1/agents/widgets/{id} (GetWidget)" in lines
    assert "+ WidgetModel" in lines
    assert "~ SessionModel: + property widgetCount" in lines
    assert "~ ESessionState: enum + Paused" in lines


def test_api_diff_between_published_revisions() -> None:
    first, second = REVISIONS[-2:]
    lines = list(api_diff.diff(spec.load(first), spec.load(second)))
    assert "~ POST /api/v1/agents/recoveryTokens: + response 201" in lines
    assert "~ ESessionState: enum + ActionRequired" in lines
    renames = [
        line for revisions in itertools.pairwise(REVISIONS) for line in api_diff.diff(*map(spec.load, revisions))
    ]
    assert "~ ELoginGrantType: enum 'password' renamed 'Password'" in renames
    examples = lines[next(index for index, line in enumerate(lines) if line.startswith("\n## Examples")) :]
    assert any("'monday' is not one of" in line for line in examples)  # Veeam's lowercase day names


def test_api_diff_from_the_oldest_revision() -> None:
    """What a VBR 12.0 user gains with the next revision: its new operations, and the session's job
    id under its later name."""
    oldest, second = REVISIONS[:2]
    lines = list(api_diff.diff(spec.load(oldest), spec.load(second)))
    assert f"# {oldest} -> {second}" in lines
    added = {name for name, (since, _) in revisions.OPERATIONS.items() if since == second}
    assert added and all(
        f"+ {revisions.ROUTES[name][0]} {revisions.ROUTES[name][1]} ({operation_id})" in lines
        for name, operation_id in _operation_ids(spec.load(second)).items()
        if name in added
    )
    assert "~ SessionModel: + property jobId" in lines and "~ SessionModel: - property activityId" in lines


def _operation_ids(facts: dict[str, Any]) -> dict[str, str]:
    return {snake_case(op["operationId"]): op["operationId"] for _, _, op in spec.operations(facts)}


def test_examples_omitting_a_required_field_relax_it() -> None:
    facts = copy.deepcopy(spec.load(NEWEST))
    facts["components"]["schemas"]["TokenModel"]["required"].append("scope")
    facts["components"]["schemas"]["TokenModel"]["properties"]["scope"] = {"type": "string"}
    older = [spec.load(revision) for revision in REVISIONS[:-1]]
    for old in older:  # as if every revision required it: only the examples can relax it
        old["components"]["schemas"]["TokenModel"]["required"].append("scope")
    document, _ = derive.derive(facts, older, yaml.safe_load(spec.INTENT.read_text()))
    assert "scope" not in document["components"]["schemas"]["TokenModel"]["required"]
    assert "access_token" in document["components"]["schemas"]["TokenModel"]["required"]


def test_agents_section_drops_prose_and_what_the_section_does_not_reach() -> None:
    facts = spec.load(NEWEST)
    published = copy.deepcopy(facts)
    published["info"]["description"] = "Vendor prose."
    published["tags"] = [{"name": "Agents", "description": "Vendor prose."}]
    published["paths"]["/api/v1/jobs"] = {"get": {"tags": ["Jobs"], "operationId": "GetJobs", "responses": {}}}
    published["components"]["schemas"]["JobModel"] = {"type": "object", "description": "Vendor prose."}
    operation = published["paths"]["/api/oauth2/token"]["post"]
    operation["summary"], operation["description"] = "Vendor prose.", "More vendor prose."
    published["components"]["schemas"]["TokenModel"]["properties"]["access_token"]["description"] = "Vendor prose."
    published["components"]["schemas"]["TokenModel"]["description"] = "Vendor prose."
    assert spec.agents_section(published) == facts
    # a property named "description" is a fact, not prose
    assert (
        "description" in spec.agents_section(published)["components"]["schemas"]["ProtectionGroupModel"]["properties"]
    )


def test_the_revision_table_says_which_revision_has_what() -> None:
    """veeam_agents_client.revisions agrees with Veeam's facts of every revision."""
    published = {revision: spec.load(revision) for revision in REVISIONS}
    for path, method, operation in spec.operations(published[NEWEST]):
        module = snake_case(operation["operationId"])
        having = [revision for revision, facts in published.items() if method in facts["paths"].get(path, {})]
        assert revisions.OPERATIONS[module] == (having[0], None), module
        for status, span in revisions.SUCCESS_STATUSES[module].items():
            documented = [r for r in having if str(status) in published[r]["paths"][path][method]["responses"]]
            assert span == (documented[0], None if documented[-1] == NEWEST else documented[-1]), (module, status)
    assert tuple(REVISIONS) == revisions.REVISIONS
    for revision, spelled in revisions.ENUM_SPELLINGS["ELoginGrantType"].items():
        assert set(spelled.values()) == set(published[revision]["components"]["schemas"]["ELoginGrantType"]["enum"])
