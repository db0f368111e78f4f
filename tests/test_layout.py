"""How the package is put together: no runtime import circle among the hand-written modules, and a
fake that stays in small modules and checks request bodies with no code of the client's. And how the
tests are: a test module imports helper modules (conftest, seeds...), never another test module."""

from __future__ import annotations

import ast
import pathlib
import tomllib
from collections.abc import Iterator

import pytest
from conftest import ROOT, fresh_python

import veeam_agents_client
from veeam_agents_client import testing

PACKAGE = pathlib.Path(veeam_agents_client.__file__).parent  # as installed: generated code and custom/ merged
HAND_WRITTEN = ROOT / "custom"
LONGEST_FAKE_MODULE = 500  # lines


def modules(package: pathlib.Path) -> dict[str, pathlib.Path]:
    """Dotted name -> file of every module of the package."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def runtime_imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports a module runs when it is imported: at module level (in ifs and trys too), but
    not under ``if TYPE_CHECKING:`` and not inside functions (those run at call time)."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
        for child in node.orelse:
            yield from runtime_imports(child)
    elif isinstance(node, ast.Module | ast.If | ast.Try | ast.With | ast.ExceptHandler):
        for field in ("body", "orelse", "finalbody", "handlers"):
            for child in getattr(node, field, []):
                yield from runtime_imports(child)


def imported(module: str, is_package: bool, node: ast.Import | ast.ImportFrom, known: set[str]) -> set[str]:
    """The package's modules an import statement loads (``from . import x`` loads the module x)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names} & known
    base = module if is_package else module.rpartition(".")[0]
    if node.level:
        parts = base.split(".")
        origin = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
    else:
        origin = node.module or ""
    return {f"{origin}.{alias.name}" if f"{origin}.{alias.name}" in known else origin for alias in node.names} & known


def import_graph(package: pathlib.Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports at import time."""
    found = modules(package)
    known = set(found)
    return {
        name: {
            target
            for node in runtime_imports(ast.parse(path.read_text()))
            for target in imported(name, path.name == "__init__.py", node, known)
        }
        - {name}
        for name, path in found.items()
    }


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(group)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def hand_written(module: str) -> bool:
    relative = pathlib.Path(*module.split(".")[1:])
    return (HAND_WRITTEN / relative).with_suffix(".py").is_file() or (HAND_WRITTEN / relative / "__init__.py").is_file()


def test_the_circle_finder_finds_a_circle_and_only_runtime_ones(tmp_path: pathlib.Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from . import b\n")
    (package / "b.py").write_text("import os\n\nif os.sep:\n    from .sub.c import C\n")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "c.py").write_text("from .. import a\n\nC = 1\n")
    (package / "d.py").write_text("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from . import e\n")
    (package / "e.py").write_text("from . import d\n\n\ndef late():\n    from . import f\n")
    (package / "f.py").write_text("from .e import late\n")
    graph = import_graph(package)
    assert graph["pkg.b"] == {"pkg.sub.c"} and graph["pkg.d"] == set() and graph["pkg.e"] == {"pkg.d"}
    assert circles(graph) == [{"pkg.a", "pkg.b", "pkg.sub.c"}]


def test_no_hand_written_module_is_in_an_import_circle() -> None:
    graph = import_graph(PACKAGE)
    assert any(module.startswith(f"{testing.__name__}._areas.") for module in graph)  # the fake's modules are seen
    assert [group for group in circles(graph) if any(map(hand_written, group))] == []


FAKE_MODULES = sorted((HAND_WRITTEN / "testing").rglob("*.py"))


@pytest.mark.parametrize("path", FAKE_MODULES, ids=[str(path.relative_to(HAND_WRITTEN)) for path in FAKE_MODULES])
def test_the_fakes_modules_stay_small(path: pathlib.Path) -> None:
    assert len(path.read_text().splitlines()) <= LONGEST_FAKE_MODULE


def test_the_fake_checks_bodies_with_none_of_the_clients_checks() -> None:
    """The fake reads bodies against the document with its own validator: no module of it imports
    the client's argument checks (a bug shared by both would hide)."""
    checks = f"{veeam_agents_client.__name__}._validation"
    found = modules(PACKAGE)
    fake = {name: path for name, path in found.items() if name.startswith(f"{testing.__name__}.")}
    assert len(fake) > 20
    for name, path in fake.items():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):  # function-level imports too
            if isinstance(node, ast.Import | ast.ImportFrom):
                assert checks not in imported(name, path.name == "__init__.py", node, set(found)), name


def test_a_missing_package_of_the_testing_extra_is_named_with_the_install_line() -> None:
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["testing"]
    names = {requirement.split(">")[0].split("=")[0].replace("-", "_") for requirement in extra}
    assert names - {"pytest_asyncio"} == set(testing.EXTRA_PACKAGES)  # the plugin does without pytest-asyncio
    script = (
        "import sys; sys.modules['openapi_schema_validator'] = None; from veeam_agents_client.testing import FakeVBR"
    )
    result = fresh_python(script)
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: veeam_agents_client.testing needs the testing extra"), last
    assert "openapi_schema_validator" in last


# --- the test suite ------------------------------------------------------------------------------

TESTS = ROOT / "tests"


def imported_test_modules(source: str, test_modules: set[str]) -> set[str]:
    """The test modules a module's source imports, anywhere in it (inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module] if node.module else [alias.name for alias in node.names]
        else:
            continue
        found |= {part for name in names for part in name.split(".")} & test_modules
    return found


def test_the_import_finder_finds_test_modules_only() -> None:
    source = (
        "import conftest\nfrom seeds import X\nimport test_a\n\n\n"
        "def late():\n    from test_b import helper\n    from . import test_c\n    import tests.test_d\n"
    )
    modules = {"test_a", "test_b", "test_c", "test_d", "test_e"}
    assert imported_test_modules(source, modules) == {"test_a", "test_b", "test_c", "test_d"}


def test_no_test_module_imports_another_test_module() -> None:
    """Shared data and helpers live in helper modules (seeds, relaxations, conftest): importing from a
    test module ties one subject's file to another's, and a test imported by name runs twice."""
    paths = sorted(TESTS.rglob("*.py"))
    test_modules = {path.stem for path in paths if path.stem.startswith("test_")}
    assert len(test_modules) > 40
    found = {
        str(path.relative_to(TESTS)): imported
        for path in paths
        if (imported := imported_test_modules(path.read_text(), test_modules))
    }
    assert found == {}
