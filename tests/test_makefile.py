"""The Makefile installs the package again exactly when a file of it changed, was added or was removed
(read from ``make -n demo`` in a copy of the project, its install stamped a minute after its last change)."""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import time

import pytest
from conftest import ROOT


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
