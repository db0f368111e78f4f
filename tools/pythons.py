"""Run the test suite on every other CPython the package declares, each found through pyenv.

    python -m tools.pythons [VERSION ...] [-- PYTEST-ARGS]        (make test-pythons)

The versions are pyproject.toml's "Programming Language :: Python :: 3.x" classifiers, less the
one running this (the interpreter `make test` uses). Every one must be installed through pyenv
(the newest patch release of it is taken); a missing one is named, and nothing runs. Each gets
its own virtual environment, .venv-<version>/, with the package and its test extra: the wheel is
built once for all of them, and the dependencies are installed again only when pyproject.toml
changed. The suite then runs there in parallel (pytest-xdist), every warning an error as in
`make test`, but for INTERPRETER_INDEPENDENT: checks of files whose content does not depend on
the interpreter that reads them, which `make test` runs once.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
WHEELS = ROOT / "build" / "pythons"

INTERPRETER_INDEPENDENT = {
    "tests/test_document.py": "the committed OpenAPI document against Veeam's facts (data against data)",
    "tests/test_pipeline.py": "derivation and code generation (data in, files out)",
    "tests/test_docs.py": "the documentation site (pages and docstrings in, HTML out; the docs extra is make test's)",
}


def declared_versions() -> list[str]:
    """The 3.x versions pyproject.toml's classifiers declare, oldest first."""
    found = re.findall(r'"Programming Language :: Python :: (3\.\d+)"', PYPROJECT.read_text())
    return sorted(set(found), key=lambda version: int(version.split(".")[1]))


def find_interpreter(version: str) -> tuple[pathlib.Path | None, str]:
    """(the python executable of the newest installed `version` through pyenv, or None; why not)."""
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return None, "pyenv is not on PATH"
    latest = subprocess.run([pyenv, "latest", version], capture_output=True, text=True, check=False)
    if latest.returncode != 0:
        return None, latest.stderr.strip() or f"pyenv has no {version}"
    release = latest.stdout.strip()
    prefix = subprocess.run([pyenv, "prefix", release], capture_output=True, text=True, check=False)
    python = pathlib.Path(prefix.stdout.strip()) / "bin" / f"python{version}"
    if prefix.returncode != 0 or not python.is_file():
        return None, f"pyenv names {release}, but {python} is not there"
    return python, release


def build_wheel() -> pathlib.Path:
    """The package as a wheel (pure Python: one for every interpreter)."""
    shutil.rmtree(WHEELS, ignore_errors=True)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(WHEELS), str(ROOT)])
    (wheel,) = WHEELS.glob("*.whl")
    return wheel


def prepare(version: str, python: pathlib.Path, wheel: pathlib.Path) -> pathlib.Path:
    """.venv-<version> with the wheel and its test extra; returns its python."""
    venv = ROOT / f".venv-{version}"
    venv_python = venv / "bin" / "python"
    stamp = venv / ".deps-stamp"
    wanted = f"{python}\n{hashlib.sha256(PYPROJECT.read_bytes()).hexdigest()}\n"
    if not venv_python.is_file() or not stamp.is_file() or stamp.read_text() != wanted:
        shutil.rmtree(venv, ignore_errors=True)
        run([str(python), "-m", "venv", str(venv)])
        # The pip an interpreter ships can be old (3.12.1's imports pkg_resources, which warns).
        run([str(venv_python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        run([str(venv_python), "-m", "pip", "install", "--quiet", f"{wheel}[test]"])
        stamp.write_text(wanted)
    else:
        run([str(venv_python), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", str(wheel)])
    return venv_python


def run_suite(venv_python: pathlib.Path, pytest_args: list[str]) -> int:
    ignored = [f"--ignore={path}" for path in INTERPRETER_INDEPENDENT]
    workers = os.environ.get("PYTEST_WORKERS", "auto")
    # -P: the repository root (whose veeam_agents_client/ is not the package) stays off sys.path.
    command = [str(venv_python), "-P", "-m", "pytest", "-n", workers, *ignored, *pytest_args]
    # Warnings are errors (pyproject.toml's filterwarnings), also in the processes tests start.
    environment = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run(command, cwd=ROOT, env=environment, check=False).returncode


def run(command: list[str]) -> None:
    subprocess.run(command, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    pytest_args = args[args.index("--") + 1 :] if "--" in args else []
    parser = argparse.ArgumentParser(prog="python -m tools.pythons", description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="*", help="3.x versions (default: the declared ones but this one)")
    options = parser.parse_args(args[: args.index("--")] if "--" in args else args)
    this = f"{sys.version_info.major}.{sys.version_info.minor}"
    versions = options.versions or [version for version in declared_versions() if version != this]
    found = {version: find_interpreter(version) for version in versions}
    missing = {version: why for version, (python, why) in found.items() if python is None}
    if missing:
        for version, why in missing.items():
            print(f"test-pythons: CPython {version} not found ({why}); install it: pyenv install {version}")
        return 2
    print("test-pythons: " + ", ".join(f"{release} ({python})" for python, release in found.values()), flush=True)
    print("test-pythons: not run there (make test runs them): " + ", ".join(INTERPRETER_INDEPENDENT), flush=True)
    wheel = build_wheel()
    results = {}
    for version, (python, release) in found.items():
        assert python is not None
        started = time.monotonic()
        print(f"\n== CPython {release}: setting up .venv-{version}", flush=True)
        venv_python = prepare(version, python, wheel)
        print(f"== CPython {release}: the suite, warnings as errors", flush=True)
        code = run_suite(venv_python, pytest_args)
        results[release] = (code, time.monotonic() - started)
    print()
    for release, (code, seconds) in results.items():
        print(f"test-pythons: CPython {release}: {'passed' if code == 0 else 'FAILED'} ({seconds:.0f} s)")
    return 0 if all(code == 0 for code, _ in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
