"""make test-pythons: which interpreters it runs the suite on, and how it fails without one."""

from __future__ import annotations

import tomllib

import pytest
from conftest import ROOT

from tools import pythons


def test_the_versions_are_the_declared_classifiers() -> None:
    classifiers = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["classifiers"]
    declared = [c.rsplit(" :: ", 1)[1] for c in classifiers if c.startswith("Programming Language :: Python :: 3.")]
    assert pythons.declared_versions() == declared and len(declared) >= 3  # oldest first, as declared


def test_a_missing_interpreter_is_named_and_nothing_runs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pythons, "build_wheel", lambda: pytest.fail("set-up ran without its interpreters"))
    assert pythons.main(["3.99"]) != 0
    assert "CPython 3.99 not found" in capsys.readouterr().out


def test_without_pyenv_every_version_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr(pythons, "build_wheel", lambda: pytest.fail("set-up ran without its interpreters"))
    assert pythons.main(["3.12", "3.13"]) != 0
    out = capsys.readouterr().out
    assert "CPython 3.12 not found (pyenv is not on PATH)" in out and "CPython 3.13 not found" in out


def test_the_interpreter_independent_checks_exist() -> None:
    assert all((ROOT / path).is_file() for path in pythons.INTERPRETER_INDEPENDENT)
