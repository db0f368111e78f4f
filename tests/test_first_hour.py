"""Stumbles of a new user's first hour: import errors that say what to do, public names to annotate
with, one ``ApiError``, and arguments of the fake checked like the client's."""

from __future__ import annotations

import os
import pathlib
import pydoc
import re
import shutil
import subprocess
import sys
import time
import typing

import httpx
import pytest
import yaml
from conftest import REVISIONS, ROOT, SPEC_PATH, load

import veeam_agents_client
from tools import spec
from veeam_agents_client import testing
from veeam_agents_client._constants import RAW_ONLY_OPERATIONS
from veeam_agents_client.client import Client  # vbr.raw, the generated client: not a namespace
from veeam_agents_client.models import EOSBitness
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

EXTRA = "pip install 'veeam-agents-client[testing]'"
# The document's operations that the fake serves (one conformance test each in every revision that has it).
API_OPERATIONS = {
    operation["operationId"]
    for item in yaml.safe_load(SPEC_PATH.read_text())["paths"].values()
    for operation in item.values()
    if isinstance(operation, dict) and "operationId" in operation
} - RAW_ONLY_OPERATIONS


def python(code: str, *, cwd: pathlib.Path = ROOT / "tests") -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter, by default where no source folder shadows the package."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


# --- import errors ---------------------------------------------------------------------------


@pytest.mark.parametrize("missing", ["starlette", "uvicorn", "trustme"])
def test_testing_without_the_extra_says_how_to_install_it(missing: str) -> None:
    result = python(f"import sys; sys.modules[{missing!r}] = None; from veeam_agents_client.testing import FakeVBR")
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: veeam_agents_client.testing needs the testing extra"), last
    assert missing in last and EXTRA in last


def test_without_the_extra_the_package_and_its_pytest_plugin_still_import() -> None:
    extra = ("starlette", "uvicorn", "trustme", "pytest_asyncio")
    block = f"import sys; [sys.modules.__setitem__(m, None) for m in {extra}]"
    result = python(f"{block}; import veeam_agents_client, veeam_agents_client.testing.pytest_plugin")
    assert result.returncode == 0, result.stderr


def test_a_bug_inside_the_fake_is_not_reported_as_a_missing_extra() -> None:
    result = python("import sys; sys.modules['veeam_agents_client.testing._fake'] = None; "
                    "from veeam_agents_client.testing import FakeVBR")  # fmt: skip
    assert result.returncode == 1 and "testing extra" not in result.stderr


def test_the_source_folder_shadowing_the_package_is_explained() -> None:
    result = python("import veeam_agents_client", cwd=ROOT)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"ImportError: veeam_agents_client was imported from {ROOT / 'veeam_agents_client'}")
    assert "repository root" in last and "make install" in last


# --- public names ----------------------------------------------------------------------------


async def test_resource_classes_have_public_names() -> None:
    client = veeam_agents_client.VeeamAgentsClient(
        "https://vbr.test", access_token="t", transport=httpx.MockTransport(httpx.Response), logout_on_close=False
    )
    try:
        attributes = [name for name in dir(client) if not name.startswith("_")]
        namespaces = {name: value for name in attributes if type(value := getattr(client, name)).__module__.startswith(
            "veeam_agents_client._") and not isinstance(value, Client)}  # fmt: skip
        assert set(namespaces) == {"recovery_tokens", "protected_computers", "discovered_entities",
                                   "agent_packages", "sessions", "tasks", "agent_states",
                                   "recovery_appliances", "protection_groups"}  # fmt: skip
        documentation = pydoc.render_doc(veeam_agents_client.VeeamAgentsClient, renderer=pydoc.plaintext)
        for name, resource in namespaces.items():
            public = type(resource).__name__
            assert getattr(veeam_agents_client, public) is type(resource) and public in veeam_agents_client.__all__
            assert f"``{name}`` ({public})" in " ".join(w for w in documentation.split() if w != "|"), name
    finally:
        await client.aclose()


def test_every_filter_typeddict_has_a_public_name() -> None:
    resources = [getattr(veeam_agents_client, name) for name in ("RecoveryTokens", "ProtectedComputers",
                 "DiscoveredEntities", "AgentPackages", "AgentStates", "RecoveryAppliances",
                 "ProtectionGroups")]  # fmt: skip
    used = set()
    for resource in resources:
        for name, method in vars(resource).items():
            if callable(method) and not name.startswith("_"):
                kwargs = typing.get_type_hints(method, include_extras=True).get("filters")
                if kwargs is not None:
                    used.add(typing.get_args(kwargs)[0])
    assert len(used) >= len(resources)  # each resource has at least one filter type
    public = {getattr(veeam_agents_client, name): name for name in veeam_agents_client.__all__}
    for typed_dict in used:  # the generated module's Filters, under a public name of the package
        assert public.get(typed_dict, "").endswith("ListFilters"), typed_dict


def test_the_fake_has_no_second_api_error() -> None:
    assert not hasattr(testing, "ApiError")
    for name in set(testing.__all__) & set(veeam_agents_client.__all__):
        assert getattr(testing, name) is getattr(veeam_agents_client, name), name


# --- arguments checked -----------------------------------------------------------------------


@pytest.mark.parametrize("bitness", ["X64bogus", "X64", "64"])
async def test_package_bitness_filter_is_checked_before_any_request(bitness: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    async with veeam_agents_client.VeeamAgentsClient(
        "https://vbr.test", access_token="t", transport=transport, logout_on_close=False
    ) as vbr:
        allowed = ", ".join(repr(member.value) for member in EOSBitness)
        with pytest.raises(ValueError, match=re.escape(f"package_bitness_filter must be one of {allowed}, got")):
            await vbr.agent_packages.list_linux(package_bitness_filter=bitness)
    assert not sent


async def test_package_bitness_filter_filters() -> None:
    fake = FakeVBR(protection_groups=0)
    async with veeam_agents_client.VeeamAgentsClient(
        "https://vbr.test", username="admin", password=DEFAULT_PASSWORD, transport=fake.transport()
    ) as vbr:
        packages = [p async for p in vbr.agent_packages.iterate_linux(package_bitness_filter="x86")]
        assert packages and {p.package_bitness for p in packages} == {EOSBitness.X86}


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


# --- tests of our own ------------------------------------------------------------------------


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
        for _, _, operation in spec.operations(load(revision))
        if operation["operationId"] in API_OPERATIONS
    }
    assert len(per_operation) == len(served), per_operation
    assert {(operation, revisions[revision]) for operation, revision in per_operation} == served


@pytest.fixture
def make_project(tmp_path: pathlib.Path) -> pathlib.Path:
    """A copy of what the Makefile's install step reads, installed (stamped) a minute after its last change."""
    for name in ("Makefile", "pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, tmp_path / name)
    for folder in ("custom", "veeam_agents_client"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").touch(mode=0o755)
    for stamp in (".deps-stamp", ".installed-stamp"):
        (tmp_path / ".venv" / stamp).touch()
    an_hour_ago = time.time() - 3600
    for path in [tmp_path, *tmp_path.rglob("*")]:
        when = an_hour_ago + 60 if path.name.endswith("-stamp") else an_hour_ago
        os.utime(path, (when, when))
    return tmp_path


def demo_commands(project: pathlib.Path) -> str:
    make = shutil.which("make")
    assert make is not None
    return subprocess.run([make, "-n", "demo"], cwd=project, capture_output=True, text=True, check=True).stdout


REINSTALL = "pip install --quiet --no-deps --force-reinstall ."


def test_make_demo_reinstalls_only_after_a_change(make_project: pathlib.Path) -> None:
    assert REINSTALL not in demo_commands(make_project)
    (make_project / "custom" / "_client.py").touch()
    assert REINSTALL in demo_commands(make_project)


def test_make_demo_reinstalls_after_a_file_is_added(make_project: pathlib.Path) -> None:
    (make_project / "custom" / "testing" / "_new.py").touch()
    assert REINSTALL in demo_commands(make_project)


def test_make_demo_reinstalls_after_a_file_is_removed(make_project: pathlib.Path) -> None:
    (make_project / "veeam_agents_client" / "models" / "error.py").unlink()
    assert REINSTALL in demo_commands(make_project)
