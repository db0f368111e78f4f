"""The wheel a user builds (as the README's install section says): license, project URLs, the pytest
plugin's entry point, and the hand-written layer merged into the one package."""

from __future__ import annotations

import email
import fnmatch
import pathlib
import re
import subprocess
import sys
import tomllib
import zipfile
from email.message import Message

import pytest
from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


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
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd="/", check=False)
    assert result.returncode == 0, result.stderr
    loaded, total = map(int, result.stdout.split())
    assert loaded < total * 0.1, (loaded, total)
