"""The wheel a user builds (as the README's install section says): license, project URLs, the pytest
plugin's entry point, and the hand-written layer merged into the one package; importing it: errors
that say what to do (the testing extra missing, the source folder in the way), and public names to
annotate with."""

from __future__ import annotations

import email
import fnmatch
import pathlib
import pydoc
import re
import subprocess
import sys
import tomllib
import zipfile
from email.message import Message

import httpx
import pytest
from conftest import ROOT, fresh_python

import veeam_agents_client
from veeam_agents_client import testing
from veeam_agents_client.client import Client  # vbr.raw, the generated client: not a namespace

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
EXTRA = "pip install 'veeam-agents-client[testing]'"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("*.whl")
    return zipfile.ZipFile(built)


def dist_info(wheel: zipfile.ZipFile, name: str) -> str:
    (path,) = [n for n in wheel.namelist() if re.fullmatch(rf"[^/]+\.dist-info/{name}", n)]
    return wheel.read(path).decode()


def metadata(wheel: zipfile.ZipFile) -> Message:
    return email.message_from_string(dist_info(wheel, "METADATA"))


def test_the_license_file_matches_the_declared_license(wheel: zipfile.ZipFile) -> None:
    assert PYPROJECT["project"]["license"] == "MIT" == metadata(wheel)["License-Expression"]
    text = dist_info(wheel, "licenses/LICENSE")
    assert text == (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n") and "Permission is hereby granted, free of charge" in text


def test_project_urls(wheel: zipfile.ZipFile) -> None:
    urls = metadata(wheel).get_all("Project-URL") or []
    assert urls and all(re.fullmatch(r"[^,]+, https://\S+", url) for url in urls), urls


def test_the_pytest_plugin_is_registered(wheel: zipfile.ZipFile) -> None:
    entry_points = dist_info(wheel, "entry_points.txt")
    assert "[pytest11]\nveeam_agents_client = veeam_agents_client.testing.pytest_plugin" in entry_points


def test_the_wheel_is_the_whole_package(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    custom = {f"veeam_agents_client/{p.relative_to(ROOT / 'custom')}" for p in (ROOT / "custom").rglob("*.py")}
    assert custom <= names
    assert {
        "veeam_agents_client/py.typed",
        "veeam_agents_client/client.py",
        "veeam_agents_client/api/__init__.py",
    } <= names


def test_the_readme_install_commands_fit_the_wheel(wheel: zipfile.ZipFile) -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Install in your project") :]
    section = section[: section.index("\n## ", 1)]
    (pattern,) = re.findall(r"pip install [^\n]*?(dist/[^\s)\"]+\.whl)", section)
    assert fnmatch.fnmatch(f"dist/{pathlib.Path(str(wheel.filename)).name}", pattern)
    for extra in re.findall(r"veeam-agents-client\[(\w+)\]", section):
        assert extra in PYPROJECT["project"]["optional-dependencies"]
    minimum = PYPROJECT["project"]["requires-python"].removeprefix(">=")
    assert f"Python {minimum} or newer" in section


def test_resources_and_models_are_imported_on_first_use() -> None:
    """Importing the client leaves the resource modules and most models unimported; every exported
    name still resolves (attribute, from-import, dir) to the class defined in its own module."""
    script = """
import sys
import veeam_agents_client
from veeam_agents_client import models
loaded = {name for name in sys.modules if name.startswith("veeam_agents_client.models.")}
print(len(loaded), len(models.__all__))
assert "veeam_agents_client._protection_groups" not in sys.modules  # resources load on first use
assert veeam_agents_client.ProtectionGroups.__name__ == "ProtectionGroups"
assert "ProtectionGroups" in dir(veeam_agents_client) and "ProtectionGroups" in veeam_agents_client.__all__
client = veeam_agents_client.VeeamAgentsClient("https://vbr.example.test", username="u", password="p")
assert client.protection_groups is client.protection_groups  # made once, on first use
try:
    veeam_agents_client.NoSuchName
except AttributeError as error:
    assert "NoSuchName" in str(error)
else:
    raise AssertionError("an unknown name must raise AttributeError")
from veeam_agents_client.models import TokenModel
assert TokenModel.__module__ == "veeam_agents_client.models.token_model"
for name in models.__all__:
    model = getattr(models, name)
    assert model.__name__ == name and model.__module__.startswith("veeam_agents_client.models."), name
assert set(models.__all__) <= set(dir(models))
try:
    models.NoSuchModel
except AttributeError as error:
    assert "NoSuchModel" in str(error)
else:
    raise AssertionError("an unknown name must raise AttributeError")
"""
    result = fresh_python(script)
    assert result.returncode == 0, result.stderr
    loaded, total = map(int, result.stdout.split())
    assert loaded < total * 0.1, (loaded, total)


# Importing the package: errors that say what to do, public names to annotate with ---------------------------------


@pytest.mark.parametrize("missing", ["starlette", "uvicorn", "trustme"])
def test_testing_without_the_extra_says_how_to_install_it(missing: str) -> None:
    result = fresh_python(
        f"import sys; sys.modules[{missing!r}] = None; from veeam_agents_client.testing import FakeVBR"
    )
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: veeam_agents_client.testing needs the testing extra"), last
    assert missing in last and EXTRA in last


def test_without_the_extra_the_package_and_its_pytest_plugin_still_import() -> None:
    extra = ("starlette", "uvicorn", "trustme", "pytest_asyncio")
    block = f"import sys; [sys.modules.__setitem__(m, None) for m in {extra}]"
    result = fresh_python(f"{block}; import veeam_agents_client, veeam_agents_client.testing.pytest_plugin")
    assert result.returncode == 0, result.stderr


def test_a_bug_inside_the_fake_is_not_reported_as_a_missing_extra() -> None:
    result = fresh_python("import sys; sys.modules['veeam_agents_client.testing._fake'] = None; "
                    "from veeam_agents_client.testing import FakeVBR")  # fmt: skip
    assert result.returncode == 1 and "testing extra" not in result.stderr


def test_the_source_folder_shadowing_the_package_is_explained() -> None:
    result = fresh_python("import veeam_agents_client", cwd=ROOT)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"ImportError: veeam_agents_client was imported from {ROOT / 'veeam_agents_client'}")
    assert "repository root" in last and "make install" in last


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


def test_the_fake_has_no_second_api_error() -> None:
    assert not hasattr(testing, "ApiError")
    for name in set(testing.__all__) & set(veeam_agents_client.__all__):
        assert getattr(testing, name) is getattr(veeam_agents_client, name), name
