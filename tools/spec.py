"""Reading Veeam's published OpenAPI documents: revisions, the facts files, and the Agents section.

Shared by `tools.derive` (which writes the project's document) and `tools.api_diff` (which reports
what changed between two revisions). Works on plain JSON data; nothing here knows the client.
"""

from __future__ import annotations

import json
import pathlib
import re
from collections.abc import Iterator
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
FACTS_DIR = ROOT / "openapi" / "veeam"
DOCUMENT = ROOT / "openapi" / "vbr-agents.yaml"
INTENT = ROOT / "openapi" / "intent.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Operations outside the Agents and Login tags that an agents client polls.
POLLING_OPERATIONS = {("/api/v1/sessions/{id}", "get"), ("/api/v1/tasks/{id}", "get")}
SECTION_TAGS = {"Agents", "Login"}
PROSE_KEYS = {"description", "summary"}
_REVISION = re.compile(r"^(\d+)\.(\d+)-rev(\d+)$")

Json = dict[str, Any]


def revision_key(revision: str) -> tuple[int, int, int]:
    """Sort key of a revision string such as "1.3-rev2"."""
    match = _REVISION.match(revision)
    if match is None:
        raise ValueError(f"not an API revision: {revision!r} (expected e.g. 1.3-rev2)")
    major, minor, rev = match.groups()
    return int(major), int(minor), int(rev)


def facts_path(revision: str) -> pathlib.Path:
    return FACTS_DIR / f"vbr-rest-{revision}-agents.facts.json"


def published_revisions() -> list[str]:
    """Every revision whose facts the repository holds, oldest first."""
    names = (path.name.removeprefix("vbr-rest-").removesuffix("-agents.facts.json") for path in FACTS_DIR.iterdir())
    return sorted((name for name in names if _REVISION.match(name)), key=revision_key)


def load(source: str | pathlib.Path) -> Json:
    """A revision string ("1.3-rev1", read from the facts) or the path of a published JSON document."""
    if isinstance(source, str) and _REVISION.match(source):
        source = facts_path(source)
    document: Json = json.loads(pathlib.Path(source).read_text())
    return document


def operations(document: Json) -> Iterator[tuple[str, str, Json]]:
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, operation


def refs(node: Any) -> Iterator[str]:
    """Every `$ref` target below node, as written."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def ref_name(ref: str) -> tuple[str, str]:
    """("schemas", "TokenModel") for "#/components/schemas/TokenModel"."""
    _, _, kind, name = ref.split("/", 3)
    return kind, name


def strip_prose(node: Any, *, in_names: bool = False, in_data: bool = False) -> Any:
    """A copy without the vendor's sentences; property names and example data are kept as they are."""
    if in_data:
        return node
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {}
    for key, value in node.items():
        if not in_names and (key == "externalDocs" or (key in PROSE_KEYS and isinstance(value, str))):
            continue
        copy[key] = strip_prose(
            value,
            in_names=not in_names and key in {"properties", "mapping", "examples", "responses", "paths"},
            in_data=not in_names and key in {"example", "value", "default", "enum"},
        )
    return copy


def agents_section(document: Json) -> Json:
    """The Agents and Login operations, GET session and GET task, and every component they reach.

    Takes a whole published document or a facts file (which already is such a section), and
    returns it in the facts' form: no prose, no servers or tags, only what the operations reach.
    """
    kept: dict[str, dict[str, Json]] = {}
    for path, method, operation in operations(document):
        if SECTION_TAGS & set(operation.get("tags", ())):
            kept.setdefault(path, {})[method] = operation
    components = document.get("components", {})
    reached = _reachable(kept, components)
    for path, method in sorted(POLLING_OPERATIONS):
        operation = document.get("paths", {}).get(path, {}).get(method)
        if operation is None:
            continue
        returned = {ref_name(ref)[1] for ref in refs(operation.get("responses", {}))}
        # GET session always; GET task only where the section hands out the model it returns.
        if path.startswith("/api/v1/sessions") or returned & reached.get("schemas", set()):
            kept.setdefault(path, {})[method] = operation
    reached = _reachable(kept, components)
    section: Json = {
        "openapi": document.get("openapi", "3.0.1"),
        "info": {"title": document.get("info", {}).get("title", ""), "version": document["info"]["version"]},
        "security": document.get("security", []),
        "paths": {path: kept[path] for path in document["paths"] if path in kept},
        "components": {
            kind: {name: entry for name, entry in entries.items() if name in reached.get(kind, set())}
            for kind, entries in components.items()
            if kind != "securitySchemes" and reached.get(kind)
        }
        | {"securitySchemes": components.get("securitySchemes", {})},
    }
    stripped: Json = strip_prose(section)
    stripped["info"] = section["info"]
    return stripped


def _reachable(paths: dict[str, dict[str, Json]], components: Json) -> dict[str, set[str]]:
    reached: dict[str, set[str]] = {}
    pending = list(refs(paths))
    while pending:
        kind, name = ref_name(pending.pop())
        if name in reached.setdefault(kind, set()):
            continue
        reached[kind].add(name)
        pending.extend(refs(components.get(kind, {}).get(name, {})))
    return reached
