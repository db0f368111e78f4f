"""The README's install section and the vendoring guide, followed as written, each in a fresh virtual
environment: the shell lines run verbatim (``pip`` and ``python`` are the environment's, and
``./veeam-agents-client`` is this checkout), then the user's side is tried: the extra's fake from
the installed wheel; from the vendored copy, the plugin named in ``conftest.py``, a test suite
with the testing guide's pytest settings, and ``mypy --strict`` with only what the guide installs."""

from __future__ import annotations

import os
import pathlib
import re
import subprocess
import tomllib
import venv

import pytest
from conftest import ROOT

README = ROOT / "README.md"
VENDORING = ROOT / "docs" / "guide" / "vendoring.md"
TESTING = ROOT / "docs" / "guide" / "testing.md"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def section(page: pathlib.Path, heading: str) -> str:
    text = page.read_text()
    start = text.index(f"{heading}\n")
    end = text.find("\n#", start + len(heading) + 1)
    return text[start:] if end == -1 else text[start:end]


def shell_lines(page: pathlib.Path, heading: str) -> list[str]:
    """The commands of the section's first plain code block, without their comments."""
    block = re.search(r"^```\n(.*?)^```", section(page, heading), re.DOTALL | re.MULTILINE)
    assert block is not None, heading
    return [line.split("  #", 1)[0].strip() for line in block[1].splitlines() if line.strip()]


def code(page: pathlib.Path, heading: str, language: str) -> str:
    block = re.search(rf"^```{language}\n(.*?)^```", section(page, heading), re.DOTALL | re.MULTILINE)
    assert block is not None, (heading, language)
    return block[1]


def fresh_environment(where: pathlib.Path) -> dict[str, str]:
    """A new virtual environment with pip; the environment variables that make it the one in use."""
    venv.EnvBuilder(with_pip=True).create(where / "venv")
    bin_dir = where / "venv" / "bin"
    ours = ("PYTHONWARNINGS",)  # this suite's strictness is not the user's: their pip may warn as it likes
    inherited = {name: value for name, value in os.environ.items() if name not in ours}
    return {**inherited, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(where / "venv")}


def run(command: str, cwd: pathlib.Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        ["/bin/bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture
def user(tmp_path: pathlib.Path) -> tuple[pathlib.Path, dict[str, str]]:
    """A user's folder next to this checkout (as ./veeam-agents-client) and a fresh environment."""
    (tmp_path / "veeam-agents-client").symlink_to(ROOT)
    (tmp_path / "your_project").mkdir()
    return tmp_path, fresh_environment(tmp_path)


def test_the_vendoring_guide_lists_what_the_package_declares() -> None:
    """The vendoring lines install exactly the runtime dependencies and the testing extra."""
    lines = shell_lines(VENDORING, "# Vendoring")
    quoted = [re.findall(r'"([^"]+)"', line) for line in lines if line.startswith("pip install")]
    assert quoted[0] == PROJECT["dependencies"]
    testing = [requirement.split("  ")[0] for requirement in PROJECT["optional-dependencies"]["testing"]]
    assert quoted[-1] == testing


def test_the_install_lines_work_as_written(user: tuple[pathlib.Path, dict[str, str]]) -> None:
    folder, env = user
    lines = shell_lines(README, "## Install in your project")
    assert any("[testing]" in line and "*.whl" in line for line in lines)  # the wheel with its extra
    for line in lines[2:]:  # build the wheel, install it with the extra (the checkout lines do the same)
        run(line, folder, env)
    check = "from veeam_agents_client.testing import FakeVBR; import veeam_agents_client; print(FakeVBR().group_ids[0])"
    run(f"cd / && python -c '{check}'", folder, env)


USER_TESTS = """
from collections.abc import Callable

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.testing import FakeVBR, RunningServer


async def test_against_the_fake(vbr_client: VeeamAgentsClient, vbr_fake: FakeVBR) -> None:
    entities = [e async for e in vbr_client.discovered_entities.iterate(vbr_fake.group_ids[0])]
    assert len(entities) == len(vbr_fake.entity_ids(vbr_fake.group_ids[0]))


async def test_a_fleet(
    vbr_servers: Callable[..., RunningServer], vbr_clients: Callable[..., VeeamAgentsClient]
) -> None:
    async with vbr_clients(vbr_servers(protection_groups=1, entities_per_group=1)) as vbr:
        assert vbr.api_version
"""


def test_the_vendoring_lines_work_as_written(user: tuple[pathlib.Path, dict[str, str]]) -> None:
    folder, env = user
    for line in shell_lines(VENDORING, "# Vendoring"):
        run(line, folder, env)
    project = folder / "your_project"
    assert (project / "veeam_agents_client" / "__init__.py").is_file()
    (project / "conftest.py").write_text(code(VENDORING, "# Vendoring", "python"))
    (project / "pyproject.toml").write_text(code(TESTING, "# Testing your own code against a fake VBR", "toml"))
    (project / "test_mine.py").write_text(USER_TESTS)
    tools = [
        requirement for requirement in PROJECT["optional-dependencies"]["test"] if requirement.startswith("pytest")
    ]
    mypy = next(r for r in PROJECT["optional-dependencies"]["test"] if r.startswith("mypy"))
    run("pip install " + " ".join(f"'{requirement}'" for requirement in [*tools, mypy]), folder, env)
    for speed_up in ("orjson", "msgspec"):  # the optional speed-ups are not there: the copy must do without them
        missing = subprocess.run(
            [str(folder / "venv" / "bin" / "python"), "-c", f"import {speed_up}"], capture_output=True, check=False
        )
        assert missing.returncode != 0, speed_up
    tested = run("python -m pytest -q -p no:cacheprovider -W error", project, env)
    assert "2 passed" in tested.stdout, tested.stdout
    typed = run("python -m mypy --strict --no-incremental veeam_agents_client test_mine.py conftest.py", project, env)
    assert "Success" in typed.stdout, typed.stdout
