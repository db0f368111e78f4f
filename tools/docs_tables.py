"""The API parts of the documentation site, made from the code rather than typed: the client's
signature, the calls of each namespace with the API revision each needs, what each revision adds, the
differences between revisions, and which models each namespace's reference page shows.

The MkDocs hook (`tools/docs_hooks.py`) puts them into the pages at build time, so a new revision, call,
filter or model changes the site by itself; the tests read the same output. They come from the installed
package: `revisions.py` (the document's revision marks), each public method's `__operation__` (the
operation it calls) and signature, and the models' type hints. The benchmark parts: `tools/docs_bench.py`.
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import pathlib
import pkgutil
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx

from veeam_agents_client import VeeamAgentsClient, api, models
from veeam_agents_client.revisions import (
    DEPRECATED,
    ENUM_SPELLINGS,
    ENUM_VALUES,
    OPERATIONS,
    PROPERTIES,
    QUERY_PARAMETERS,
    REVISIONS,
    ROUTES,
    SUCCESS_STATUSES,
    Span,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Calls ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """A public method of a namespace and the operation it calls."""

    namespace: str
    method: Callable[..., Any]

    @property
    def name(self) -> str:
        return self.method.__name__

    @property
    def operation(self) -> str:
        operation: str | None = getattr(self.method, "__operation__", None)
        if operation is None:
            raise LookupError(f"{self.namespace}.{self.name} names no operation (the @operation decorator)")
        return operation

    @property
    def since(self) -> str:
        since = OPERATIONS[self.operation][0]
        return since if since is not None else REVISIONS[0]

    @property
    def signature(self) -> str:
        """The call as the tables show it: keyword-only arguments as ``name=``, defaults as written."""
        parts = []
        for parameter in inspect.signature(self.method).parameters.values():
            if parameter.name == "self":
                continue
            if parameter.kind is parameter.VAR_KEYWORD:
                parts.append(f"**{parameter.name}")
            elif parameter.default is not parameter.empty:
                parts.append(f"{parameter.name}={_default(parameter.default)}")
            else:
                parts.append(f"{parameter.name}=" if parameter.kind is parameter.KEYWORD_ONLY else parameter.name)
        return f"{self.name}({', '.join(parts)})"

    @property
    def filters(self) -> type | None:
        """The TypedDict of the call's keyword filters (the generated module's `Filters`), if it takes any."""
        if not any(p.kind is p.VAR_KEYWORD for p in inspect.signature(self.method).parameters.values()):
            return None
        hint = typing.get_type_hints(self.method, include_extras=True)["filters"]
        (filters,) = typing.get_args(hint)
        return typing.cast(type, filters)


def _default(value: object) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


def offline_client() -> VeeamAgentsClient:
    """A client that never reaches a network: only its namespaces are looked at."""
    return VeeamAgentsClient(
        "https://vbr.invalid",
        access_token="unused",  # noqa: S106 - never sent
        transport=httpx.MockTransport(httpx.Response),
        logout_on_close=False,
    )


@functools.cache
def namespaces() -> dict[str, type]:
    """Each namespace of the client (``vbr.recovery_tokens``...), in the client's order, and its class."""
    client = offline_client()
    found = {}
    for attribute, value in vars(VeeamAgentsClient).items():
        if type(value).__name__ == "_Namespace":
            found[attribute] = type(getattr(client, attribute))
    return found


def calls(namespace: str) -> list[Call]:
    """The public methods of a namespace, in the order the class defines them."""
    resource = namespaces()[namespace]
    methods = [
        member
        for klass in reversed(resource.__mro__)
        for name, member in vars(klass).items()
        if inspect.isfunction(member) and not name.startswith("_")
    ]
    return [Call(namespace, method) for method in methods]


def every_call() -> Iterator[Call]:
    for namespace in namespaces():
        yield from calls(namespace)


def camel(name: str) -> str:
    """A Python argument name as the API writes the query parameter (``permission_scope`` -> ``permissionScope``)."""
    return re.sub(r"_([a-z])", lambda match: match[1].upper(), name)


def _span_text(span: Span) -> str:
    since, until = span
    since = since or REVISIONS[0]
    return f"{since} to {until}" if until is not None else since


def _revision_cell(call: Call) -> str:
    text = _span_text(OPERATIONS[call.operation])
    deprecation = DEPRECATED.get(call.operation)
    if deprecation is not None:
        since, until, _ = deprecation
        text += f"; deprecated {f'from {since}' if until is None else f'in {since} to {until}'}"
    return text


def _filter_names(call: Call) -> list[str]:
    filters = call.filters
    assert filters is not None
    spans = QUERY_PARAMETERS.get(call.operation, {})
    named = []
    for key in filters.__annotations__:
        span = spans.get(camel(key))
        named.append(f"`{key}`" + (f" ({_span_text(span)})" if span is not None else ""))
    return named


def calls_markdown() -> str:
    """Every namespace: its calls with the revision each needs and the operation it sends, and its filters."""
    out = []
    for namespace, resource in namespaces().items():
        out += [f"### `vbr.{namespace}`", ""]
        summary = (inspect.getdoc(resource) or "").split("\n\n")[0].replace("\n", " ")
        reference = f"[{resource.__name__}](../reference/{_page(namespace)}.md)"
        out += [f"{summary} Reference: {reference}.", ""]
        out += ["| call | API revision | operation |", "|---|---|---|"]
        for call in calls(namespace):
            method, path = ROUTES[call.operation]
            out.append(f"| `{call.signature}` | {_revision_cell(call)} | `{method} {path}` |")
        out.append("")
        by_filters: dict[type, list[Call]] = {}
        for call in calls(namespace):
            if call.filters is not None:
                by_filters.setdefault(call.filters, []).append(call)
        for group in by_filters.values():
            names = ", ".join(f"`{call.name}`" for call in group)
            out += [f"Filters of {names}: {', '.join(_filter_names(group[0]))}.", ""]
    return "\n".join(out)


def _page(namespace: str) -> str:
    return namespace.replace("_", "-")


# Revisions -----------------------------------------------------------------------------------------------------


def _present(span: Span, revision: str) -> bool:
    since, until = span
    position = REVISIONS.index(revision)
    return (since is None or REVISIONS.index(since) <= position) and (
        until is None or position <= REVISIONS.index(until)
    )


def _added(span: Span, revision: str) -> bool:
    """Present in `revision` and not in the one before (the oldest revision adds nothing: it is the start)."""
    position = REVISIONS.index(revision)
    return position > 0 and _present(span, revision) and not _present(span, REVISIONS[position - 1])


def _removed(span: Span, revision: str) -> bool:
    position = REVISIONS.index(revision)
    return position > 0 and not _present(span, revision) and _present(span, REVISIONS[position - 1])


def _calls_of(operation: str) -> list[Call]:
    return [call for call in every_call() if call.operation == operation]


def _who(operations: list[str]) -> str:
    """The calls that send these operations, by namespace (an operation no call sends, by its name)."""
    by_namespace: dict[str, list[str]] = {}
    for operation in operations:
        calls_ = _calls_of(operation)
        for call in calls_:
            by_namespace.setdefault(call.namespace, []).append(f"`{call.name}`")
        if not calls_:
            by_namespace.setdefault("vbr.raw", []).append(f"`{operation}`")
    return "; ".join(f"{namespace}: {', '.join(names)}" for namespace, names in by_namespace.items())


def namespace_since() -> dict[str, str]:
    """The revision from which each namespace has a call: where it first appears."""
    first = {}
    for namespace in namespaces():
        first[namespace] = min((call.since for call in calls(namespace)), key=REVISIONS.index)
    return first


def revisions_markdown() -> str:
    """One row per revision: the namespaces it brings, the calls it adds to older ones, and what else changes."""
    since = namespace_since()
    out = ["| revision | new namespaces | new calls | other changes |", "|---|---|---|---|"]
    for revision in REVISIONS:
        new = [namespace for namespace, first in since.items() if first == revision]
        added = [call.operation for call in every_call() if call.since == revision and call.namespace not in new]
        changes = [*_parameter_changes(revision), *_status_changes(revision), *_deprecation_changes(revision)]
        cells = [
            revision,
            ", ".join(f"`{namespace}`" for namespace in new) or "-",
            _who(list(dict.fromkeys(added))) or "-",
            "; ".join(changes) or "-",
        ]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def _parameter_changes(revision: str) -> list[str]:
    changes: dict[tuple[str, str], list[str]] = {}
    for operation, parameters in QUERY_PARAMETERS.items():
        for parameter, span in parameters.items():
            name = re.sub(r"([A-Z])", lambda match: "_" + match[1].lower(), parameter)
            for happened, verb in ((_added, "new query parameter"), (_removed, "query parameter removed:")):
                if happened(span, revision):
                    changes.setdefault((verb, name), []).append(operation)
    return [f"{verb} `{name}` ({_who(operations)})" for (verb, name), operations in changes.items()]


def _status_changes(revision: str) -> list[str]:
    changes = []
    for operation, statuses in SUCCESS_STATUSES.items():
        gained = [status for status, span in statuses.items() if _added(span, revision)]
        lost = [status for status, span in statuses.items() if _removed(span, revision)]
        if gained and not _added(OPERATIONS[operation], revision):
            instead = f" instead of {', '.join(map(str, lost))}" if lost else ""
            changes.append(f"success status {', '.join(map(str, gained))}{instead} ({_who([operation])})")
    return changes


def _deprecation_changes(revision: str) -> list[str]:
    starts = [operation for operation, (since, _, _) in DEPRECATED.items() if since == revision]
    ends = [operation for operation, (since, until, _) in DEPRECATED.items() if _removed((since, until), revision)]
    changes = (("deprecated", starts), ("no longer deprecated", ends))
    return [f"{verb}: {_who(operations)}" for verb, operations in changes if operations]


def differences_markdown() -> str:
    """What each revision changes against the one before, from the document's revision marks."""
    out = []
    for revision in REVISIONS[1:]:
        before = REVISIONS[REVISIONS.index(revision) - 1]
        out += [f"### {revision}", "", f"Against {before}:", ""]
        items = [
            *_operation_differences(revision),
            *(f"{change[0].upper()}{change[1:]}." for change in _parameter_changes(revision)),
            *(f"{change[0].upper()}{change[1:]}." for change in _status_changes(revision)),
            *_property_differences(revision),
            *_enum_differences(revision),
            *_deprecation_differences(revision),
        ]
        out += [f"- {item}" for item in items] or ["- Nothing this client sees."]
        out.append("")
    return "\n".join(out)


def _operation_differences(revision: str) -> list[str]:
    items = []
    for operation, span in OPERATIONS.items():
        method, path = ROUTES[operation]
        for happened, verb in ((_added, "New operation"), (_removed, "Operation removed")):
            if happened(span, revision):
                reached = _who([operation]) if _calls_of(operation) else "through `vbr.raw` only"
                items.append(f"{verb}: `{method} {path}` (`{operation}`), {reached}.")
    return items


def _member_differences(table: dict[str, dict[str, Span]], revision: str, members: str) -> list[str]:
    """What each entry of a revision table (schema -> property, enum -> value) gains and loses in `revision`."""
    items = []
    for owner, spans in table.items():
        for happened, verb in ((_added, "has"), (_removed, "no longer has")):
            changed = [f"`{name}`" for name, span in spans.items() if happened(span, revision)]
            if changed:
                items.append(f"`{owner}` {verb} {members}{', '.join(changed)}.")
    return items


def _property_differences(revision: str) -> list[str]:
    return _member_differences(PROPERTIES, revision, "")


def _enum_differences(revision: str) -> list[str]:
    items = _member_differences(ENUM_VALUES, revision, "the values ")
    before = REVISIONS[REVISIONS.index(revision) - 1]
    for enum_name, by_revision in ENUM_SPELLINGS.items():
        old, new = by_revision.get(before, {}), by_revision.get(revision, {})
        if old != new:
            spelled = [f"`{new.get(value, value)}` (was `{old.get(value, value)}`)" for value in sorted({*old, *new})]
            items.append(f"`{enum_name}` is spelled {', '.join(spelled)}.")
    return items


def _deprecation_differences(revision: str) -> list[str]:
    items = []
    for operation, (since, _, instead) in DEPRECATED.items():
        if since == revision:
            method, path = ROUTES[operation]
            items.append(f"Deprecated: `{method} {path}` (`{operation}`); use instead: {instead}")
    return items


# Models of each reference page --------------------------------------------------------------------------------

COMMON = "common"
"""The page of the models that most namespaces share (the error body, the pagination block)."""
OTHER = "other"
"""The page of the models no namespace reaches (login, and schemas no call takes or returns)."""


@functools.cache
def _operation_modules() -> dict[str, ModuleType]:
    """Generated endpoint modules by operation."""
    found = {}
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found[module.name] = importlib.import_module(f"{package.__name__}.{module.name}")
    return found


def _models_in(hint: object, found: set[type]) -> set[type]:
    if isinstance(hint, type) and hint.__module__.startswith(f"{models.__name__}."):
        found.add(hint)
    for argument in typing.get_args(hint):
        _models_in(argument, found)
    return found


def _reached(start: set[type]) -> set[type]:
    """The models `start` holds, at any depth of their fields."""
    seen: set[type] = set()
    waiting = list(start)
    while waiting:
        model = waiting.pop()
        if model in seen:
            continue
        seen.add(model)
        if hasattr(model, "__attrs_attrs__"):
            for hint in typing.get_type_hints(model).values():
                waiting.extend(_models_in(hint, set()))
    return seen


@functools.cache
def model_families() -> dict[str, list[str]]:
    """Reference page -> the models it documents, by name.

    A namespace reaches the models its calls take and return, and those of the operations they send
    (the list results and error bodies too), at any depth. A model reached by more than half of the
    namespaces goes to the common page; any other to the namespace that reaches it and the fewest
    models in all (the most particular one: a session to `sessions`, not to every namespace whose
    actions start one); a model no namespace reaches, to the page of other models."""
    modules = _operation_modules()
    reached = {}
    for namespace in namespaces():
        start: set[type] = set()
        for call in calls(namespace):
            for hint in typing.get_type_hints(call.method).values():
                _models_in(hint, start)
            for hint in typing.get_type_hints(modules[call.operation].asyncio_detailed).values():
                _models_in(hint, start)
        reached[namespace] = _reached(start)
    families: dict[str, list[str]] = {namespace: [] for namespace in reached}
    families[COMMON], families[OTHER] = [], []
    for name in sorted(models.__all__):
        model = getattr(models, name)
        holders = [namespace for namespace, found in reached.items() if model in found]
        if len(holders) * 2 > len(reached):
            families[COMMON].append(name)
        elif holders:
            families[min(holders, key=lambda namespace: len(reached[namespace]))].append(name)
        else:
            families[OTHER].append(name)
    return families


def models_markdown(family: str) -> str:
    """mkdocstrings blocks for the models of one reference page."""
    return "\n\n".join(f"::: {models.__name__}.{name}" for name in model_families()[family])


# The client's signature ---------------------------------------------------------------------------------------


def signature_markdown() -> str:
    """`VeeamAgentsClient(...)` with every argument by name, as a code line."""
    parameters = inspect.signature(VeeamAgentsClient).parameters.values()
    names = [("*, " if p.kind is p.KEYWORD_ONLY and i == 1 else "") + p.name for i, p in enumerate(parameters)]
    return f"`{VeeamAgentsClient.__name__}({', '.join(names)})`"
