"""The documentation site: it builds strictly, its API reference names every public name of the
package, its generated parts are made at build time, and the README is a short front page whose
links lead somewhere. `make test` runs the strict build here (`make docs` is the same build)."""

from __future__ import annotations

import importlib
import inspect
import os
import pathlib
import re
import subprocess
import sys
import zlib
from typing import Any

import httpx
import pytest
import yaml
from _pytest.fixtures import FixtureFunctionDefinition  # what @pytest.fixture makes (pytest is pinned)
from conftest import ROOT

import veeam_agents_client
import veeam_agents_client.testing
import veeam_agents_client.testing.pytest_plugin
from tools import docs_bench, docs_hooks, docs_tables
from veeam_agents_client import VeeamAgentsClient, models
from veeam_agents_client.client import Client  # vbr.raw, the generated client: not a namespace

README = (ROOT / "README.md").read_text()
DOCS = ROOT / "docs"
MKDOCS = pathlib.Path(sys.executable).parent / "mkdocs"  # the script: its folder, not the checkout, leads sys.path


def build(where: pathlib.Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(MKDOCS), "build", "--strict", "--quiet", "--site-dir", str(where)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def inventory(site: pathlib.Path) -> set[str]:
    """The names the built reference documents (mkdocstrings' Sphinx inventory, objects.inv)."""
    header, _, body = (site / "objects.inv").read_bytes().partition(b"compressed using zlib.\n")
    assert header.startswith(b"# Sphinx inventory version 2"), header[:80]
    return {line.split(" ", 1)[0] for line in zlib.decompress(body).decode().splitlines()}


def resolve(path: str) -> Any:
    """The object a dotted path names: the longest importable module, then attributes."""
    parts = path.split(".")
    for split in range(len(parts), 0, -1):
        try:
            found: Any = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for part in parts[split:]:
            found = getattr(found, part)
        return found
    raise LookupError(path)


def namespaces() -> dict[str, type]:
    """Each namespace of a client (``vbr.recovery_tokens``...) and its class, found on a client."""
    client = VeeamAgentsClient(
        "https://vbr.test", access_token="t", transport=httpx.MockTransport(httpx.Response), logout_on_close=False
    )
    found = {}
    for name in dir(client):
        value = getattr(client, name) if not name.startswith("_") else None
        if type(value).__module__.startswith("veeam_agents_client._") and not isinstance(value, Client):
            found[name] = type(value)
    return found


def public_names() -> dict[str, Any]:
    """Every name a user may import: the package's, the models', the testing package's, the fixtures."""
    plugin = veeam_agents_client.testing.pytest_plugin
    fixtures = [name for name, value in vars(plugin).items() if isinstance(value, FixtureFunctionDefinition)]
    modules = [
        (veeam_agents_client, veeam_agents_client.__all__),
        (models, models.__all__),
        (veeam_agents_client.testing, veeam_agents_client.testing.__all__),
        (plugin, fixtures),
    ]
    return {f"{module.__name__}.{name}": getattr(module, name) for module, names in modules for name in names}


def missing_from_the_reference(documented: set[str]) -> list[str]:
    """What the reference leaves out: public names, namespace classes and their public methods."""
    objects = {}
    for path in documented:
        try:
            objects[path] = resolve(path)
        except (LookupError, AttributeError):
            continue
    by_identity = {id(value) for value in objects.values() if not isinstance(value, str | int | tuple)}
    missing = [
        path for path, value in public_names().items() if path not in documented and id(value) not in by_identity
    ]
    for namespace, resource in namespaces().items():
        paths = [path for path, value in objects.items() if value is resource]
        if not paths:
            missing.append(f"vbr.{namespace}: {resource.__name__}")
        for name, _ in inspect.getmembers(resource, inspect.isfunction):
            if not name.startswith("_") and not any(f"{path}.{name}" in documented for path in paths):
                missing.append(f"vbr.{namespace}.{name}")
    return missing


def test_the_site_builds_strictly_and_its_reference_names_every_public_name(tmp_path: pathlib.Path) -> None:
    """One strict build (as `make docs`), then what it made: the reference documents every public name
    (the client, every namespace class and its methods, every error, the models, the testing package
    and the plugin's fixtures), and every generated part was put in its page."""
    built = build(tmp_path / "site")
    assert built.returncode == 0, built.stdout[-5000:] + built.stderr[-5000:]
    site = tmp_path / "site"
    documented = inventory(site)
    assert not missing_from_the_reference(documented)
    errors = [
        name for name, value in public_names().items() if isinstance(value, type) and issubclass(value, Exception)
    ]
    assert len(errors) > 20 and "veeam_agents_client.VeeamAgentsClient" in documented  # what the checks above saw
    left = [page for page in site.rglob("*.html") if "<!-- generated:" in page.read_text()]
    assert not left, left
    revisions_page = (site / "guide" / "revisions" / "index.html").read_text()
    assert all(f"<td>{revision}</td>" in revisions_page for revision in docs_tables.REVISIONS)


def test_the_reference_check_sees_what_is_left_out() -> None:
    """The check above fails for a public name, a namespace class or a method the reference lacks."""
    complete = set(public_names())
    for resource in namespaces().values():
        path = f"{resource.__module__}.{resource.__qualname__}"
        complete |= {path, *(f"{path}.{name}" for name, _ in inspect.getmembers(resource, inspect.isfunction))}
    assert missing_from_the_reference(complete) == []
    resource = namespaces()["recovery_tokens"]
    path = f"{resource.__module__}.{resource.__qualname__}"
    assert missing_from_the_reference(complete - {f"{path}.create"}) == ["vbr.recovery_tokens.create"]
    without_class = missing_from_the_reference(complete - {path, "veeam_agents_client.RecoveryTokens"})
    assert {"vbr.recovery_tokens: RecoveryTokens", "veeam_agents_client.RecoveryTokens"} <= set(without_class)
    for name in ("veeam_agents_client.NotFoundError", "veeam_agents_client.testing.pytest_plugin.vbr_client"):
        assert missing_from_the_reference(complete - {name}) == [name]


# The generated parts ----------------------------------------------------------------------------------------------


def test_a_marker_asks_for_a_known_part_on_a_line_of_its_own() -> None:
    assert docs_hooks.render("text\n<!-- generated: signature -->\n") == f"text\n{docs_tables.signature_markdown()}\n"
    assert docs_hooks.render("a `<!-- generated: calls -->` quoted\n") == "a `<!-- generated: calls -->` quoted\n"
    with pytest.raises(ValueError, match="no generated part named 'nothing'"):
        docs_hooks.render("<!-- generated: nothing -->\n")
    with pytest.raises(ValueError, match="alone on its line"):
        docs_hooks.render("see <!-- generated: calls -->\n")


def test_the_pages_ask_for_the_generated_tables_where_they_belong() -> None:
    """The revision x calls table and the differences between revisions are made at build time from
    `veeam_agents_client.revisions`, never typed: the pages hold the markers and no typed copy."""
    markers = {
        "guide/calls.md": ["calls"],
        "guide/revisions.md": ["revisions", "differences"],
        "guide/configuration.md": ["signature"],
        "maintainers/benchmarks.md": ["targets", "soak", "bench"],
        **{f"reference/{page}.md": [f"models {family}"] for page, family in reference_model_pages().items()},
    }
    for page, names in markers.items():
        text = (DOCS / page).read_text()
        for name in names:
            assert f"\n<!-- generated: {name} -->\n" in text, (page, name)
    for page in DOCS.rglob("*.md"):
        typed_rows = re.findall(r"^\| \d+\.\d+-rev\d+ \|", page.read_text(), re.MULTILINE)
        assert not typed_rows, f"{page}: a revision table typed by hand"


def reference_model_pages() -> dict[str, str]:
    """Reference page -> the model family it shows: one page per namespace, plus the common and other models."""
    pages = {family.replace("_", "-"): family for family in docs_tables.model_families()}
    pages["common-models"] = pages.pop(docs_tables.COMMON)
    pages["other-models"] = pages.pop(docs_tables.OTHER)
    return pages


def test_every_model_has_one_family_and_every_namespace_a_page() -> None:
    families = docs_tables.model_families()
    placed = [name for names in families.values() for name in names]
    assert sorted(placed) == sorted(models.__all__)
    assert set(namespaces()) <= set(families)
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["nav"]
    reference = {
        next(iter(entry.values()))
        for section in nav
        if "API reference" in section
        for entry in section["API reference"]
    }
    assert {f"reference/{page}.md" for page in reference_model_pages()} <= reference


# The benchmarks page ----------------------------------------------------------------------------------------------


def test_the_benchmarks_page_explains_every_target_and_no_figure_the_scripts_lack() -> None:
    page = (DOCS / "maintainers" / "benchmarks.md").read_text()
    meaning = page[page.index("## What each figure means") :].split("\n## ", 1)[0]
    described = {
        name for row in re.findall(r"^\| (.*?) \|", meaning, re.MULTILINE) for name in re.findall(r"`(\w[\w*]*)`", row)
    }
    assert set(docs_bench.bench_targets()) <= described
    scripts = "".join(path.read_text() for path in (ROOT / "benchmarks").glob("*.py"))
    for name in described:
        if "*" in name:  # one per body: `{prefix}_..._vs_json`, the prefix one of the bodies'
            head, tail = name.split("*")
            found = f'"{head.rstrip("_")}"' in scripts and re.search(r"\{prefix\}_\w+" + re.escape(tail), scripts)
        else:
            found = re.search(rf"\b{name}\b", scripts)
        assert found, f"the page describes {name}, which no benchmark script writes"
    soak = page[page.index("## The soak") :].split("\n## ", 1)[0]
    for name in re.findall(r"^\| `(\w+)`", soak, re.MULTILINE):
        assert f'"{name}"' in (ROOT / "benchmarks" / "soak.py").read_text(), name


# The README -------------------------------------------------------------------------------------------------------


def test_the_readme_is_a_short_front_page_linking_every_guide() -> None:
    assert len(README.splitlines()) <= 200
    links = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", README)
    assert links
    for link in links:
        assert (ROOT / link).exists(), f"README links to {link}, which is not there"
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["nav"]
    guides = [
        next(iter(entry.values()))
        for section in nav
        for title, entries in (section.items() if isinstance(section, dict) else [])
        if title in ("User guide", "Maintainers")
        for entry in entries
    ]
    assert len(guides) >= 15
    index = (DOCS / "index.md").read_text()
    for guide in guides:
        assert f"](docs/{guide})" in README, f"the README does not link {guide}"
        assert f"]({guide})" in index, f"the site's front page does not link {guide}"


def test_the_docs_speak_of_the_project_only() -> None:
    """No history in the pages: no issue or ticket numbers."""
    for page in [ROOT / "README.md", *DOCS.rglob("*.md")]:
        assert not re.search(r"\b(issue|ticket|PR)\s*#?\d+", page.read_text(), re.IGNORECASE), page
