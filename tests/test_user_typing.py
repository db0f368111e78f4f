"""What a user's ``mypy --strict`` sees: the built package vendored under another name, the examples
and the Python snippets of the README and of every page of the docs all check clean.

One mypy run (in a temporary project, with this venv's mypy and dependencies) covers all three.
"""

from __future__ import annotations

import pathlib
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass

import pytest
from conftest import ROOT

import veeam_agents_client

VENDORED = "vendored_vbr"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))

# Snippets are fragments: each becomes the body of an async function whose parameters give
# the names a snippet uses without defining (a password, ids, a fake, the user's own job).
SNIPPET_HEADER = """\
import datetime as dt
import uuid
from collections.abc import Awaitable, Callable

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.testing import FakeVBR


async def snippet(
    vbr: VeeamAgentsClient,
    expires: dt.datetime,
    pw: str,
    group_id: uuid.UUID,
    entity_id: uuid.UUID,
    credentials_id: uuid.UUID,
    fake: FakeVBR,
    my_inventory_job: Callable[[VeeamAgentsClient, str], Awaitable[int]],
) -> None:
"""


@dataclass(frozen=True)
class Snippet:
    page: str  # the page's path in the repository
    line: int  # its line of the snippet's first code line
    code: str


def snippets() -> list[Snippet]:
    found = []
    for page in PAGES:
        text = page.read_text()
        found += [  # fenced at the margin, or indented inside a list item
            Snippet(str(page.relative_to(ROOT)), text.count("\n", 0, match.start(2)) + 1, textwrap.dedent(match[2]))
            for match in re.finditer(r"^( *)```python\n(.*?)^\1```", text, re.DOTALL | re.MULTILINE)
        ]
    return found


def snippet_module(snippet: Snippet) -> str:
    body = "".join(f"    {line}" if line.strip() else line for line in snippet.code.splitlines(keepends=True))
    return SNIPPET_HEADER + body


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Errors of one ``mypy --strict`` run, keyed by the file they are in (relative to the project)."""
    project = tmp_path_factory.mktemp("user-project")
    installed = pathlib.Path(veeam_agents_client.__file__).parent
    shutil.copytree(installed, project / VENDORED, ignore=shutil.ignore_patterns("__pycache__"))
    quickstart = (ROOT / "examples" / "quickstart.py").read_text()
    (project / "vendored_app.py").write_text(quickstart.replace("veeam_agents_client", VENDORED))
    (project / "examples").mkdir()
    for example in EXAMPLES:
        shutil.copy(example, project / "examples" / example.name)
    (project / "snippets").mkdir()
    for number, snippet in enumerate(snippets()):
        (project / "snippets" / f"snippet_{number}.py").write_text(snippet_module(snippet))
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary", "--show-error-codes"]
    result = subprocess.run(
        [*mypy, VENDORED, "vendored_app.py", "examples", "snippets"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    errors: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        errors.setdefault(line.split(":", 1)[0], []).append(line)
    return errors


def test_vendored_package_is_strict_clean(mypy_errors: dict[str, list[str]]) -> None:
    found = [line for path, lines in mypy_errors.items() if path.startswith(VENDORED) for line in lines]
    assert not found, "\n".join(found)


def test_a_script_using_the_vendored_package_is_strict_clean(mypy_errors: dict[str, list[str]]) -> None:
    assert "vendored_app.py" not in mypy_errors, "\n".join(mypy_errors["vendored_app.py"])


@pytest.mark.parametrize("example", [p.name for p in EXAMPLES])
def test_example_is_strict_clean(mypy_errors: dict[str, list[str]], example: str) -> None:
    path = f"examples/{example}"
    assert path not in mypy_errors, "\n".join(mypy_errors[path])


def test_snippets_are_strict_clean(mypy_errors: dict[str, list[str]]) -> None:
    header_lines = SNIPPET_HEADER.count("\n")
    found = []
    for number, snippet in enumerate(snippets()):
        for error in mypy_errors.get(f"snippets/snippet_{number}.py", []):
            _, line, message = error.split(":", 2)
            found.append(f"{snippet.page}:{snippet.line + int(line) - header_lines - 1}:{message}")
    assert not found, "\n".join(found)


def test_snippets_are_found() -> None:
    found = snippets()
    assert {"README.md", "docs/guide/getting-started.md", "docs/guide/testing.md"} <= {s.page for s in found}
    assert len(found) >= 10
    assert all(any(name in s.code for name in ("vbr", "fake", "veeam_agents_client", "logging")) for s in found)
