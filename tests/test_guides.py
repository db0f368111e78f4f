"""The guides' reference parts agree with the code: every call, argument and filter of every
namespace is in the calls tables (made at build time: checked here as the site shows them), the
stated ranges are the ones the client enforces, and the exception tree names every error class."""

from __future__ import annotations

import inspect
import re
import typing

import httpx
import pytest
from conftest import ROOT

import veeam_agents_client
import veeam_agents_client._exceptions
from tools.docs_hooks import render
from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.client import Client  # vbr.raw, the generated client: not a namespace

GUIDE = ROOT / "docs" / "guide"
CALLS = (GUIDE / "calls.md").read_text()
ERRORS = (GUIDE / "errors.md").read_text()
PAGING = {"skip", "limit", "page_size", "concurrency"}  # described once for every list, above the tables


def calls_table() -> dict[str, tuple[str, str]]:
    """namespace -> (its calls table, its filters lines), from the calls page as the site builds it."""
    page = render(CALLS)
    sections = re.split(r"^### `vbr\.(\w+)`$", page, flags=re.MULTILINE)
    tables = {}
    for namespace, text in zip(sections[1::2], sections[2::2], strict=True):
        calls = "\n".join(re.findall(r"^\| `.*$", text, re.MULTILINE))
        filters = "\n".join(re.findall(r"^Filters of .*$", text, re.MULTILINE))
        tables[namespace] = (calls, filters)
    return tables


def offline_client() -> VeeamAgentsClient:
    """A client that never reaches a network (nothing in these tests sends a request)."""
    return VeeamAgentsClient(
        "https://vbr.test", access_token="t", transport=httpx.MockTransport(httpx.Response), logout_on_close=False
    )


def namespaces() -> dict[str, type]:
    client = offline_client()
    attributes = [name for name in dir(client) if not name.startswith("_")]
    return {name: type(value) for name in attributes if type(value := getattr(client, name)).__module__.startswith(
        "veeam_agents_client._") and not isinstance(value, Client)}  # fmt: skip


@pytest.mark.parametrize("namespace", sorted(namespaces()))
def test_every_call_argument_and_filter_is_in_the_calls_table(namespace: str) -> None:
    table = calls_table()
    assert namespace in table, f"no row for {namespace}"
    calls, filters = table[namespace]
    resource = namespaces()[namespace]
    missing = []
    for name, method in inspect.getmembers(resource, inspect.isfunction):
        if name.startswith("_"):
            continue
        if not re.search(rf"`{name}[`(]", calls):
            missing.append(name)
        for parameter in inspect.signature(method).parameters.values():
            keyword = parameter.kind is parameter.KEYWORD_ONLY and parameter.name not in PAGING
            if keyword and f"{parameter.name}=" not in calls:
                missing.append(f"{name}({parameter.name}=)")
            if parameter.kind is parameter.VAR_KEYWORD:
                typed_dict = typing.get_args(typing.get_type_hints(method, include_extras=True)["filters"])[0]
                missing += [f"{name}: {key}" for key in typed_dict.__annotations__ if f"`{key}`" not in filters]
    assert not missing, f"calls page, {namespace}: {missing}"


def test_the_concurrency_range_is_the_enforced_one() -> None:
    low, high = map(int, re.findall(r"`concurrency` from (\d+) to (\d+)", CALLS)[0])
    client = offline_client()
    for value in (low, high):
        client.recovery_tokens.iterate(concurrency=value)
    for value in (low - 1, high + 1):
        with pytest.raises(ValueError, match=f"concurrency must be an int from {low} to {high}"):
            client.recovery_tokens.iterate(concurrency=value)


def test_the_name_filter_wildcard_is_documented() -> None:
    assert re.search(r"`name_filter` takes a\s+pattern with `\*`", CALLS)


def drawn_tree(text: str) -> dict[str, str]:
    """name -> the name it hangs under, from a tree drawn with ├── / └── (its root hangs under "")."""
    parents: dict[str, str] = {}
    stack: list[tuple[int, str]] = []  # (column of the name, name)
    for line in text.splitlines():
        found = re.match(r"^[\s│├└─]*(\w+Error)\b", line)  # a name the tree draws, not one in the prose
        if found is None:
            continue
        column = found.start(1)
        while stack and stack[-1][0] >= column:
            stack.pop()
        parents[found[1]] = stack[-1][1] if stack else ""
        stack.append((column, found[1]))
    return parents


def test_every_public_exception_is_in_the_exception_trees() -> None:
    """The tree the errors guide draws and the one `_exceptions` draws in its docstring name every
    public error class, each under its own base class."""
    errors = {
        name: cls
        for name in veeam_agents_client.__all__
        if isinstance(cls := getattr(veeam_agents_client, name), type)
        and issubclass(cls, veeam_agents_client.VeeamError)
    }
    guide_tree = ERRORS[ERRORS.index("\nVeeamError\n") :].split("```", 1)[0]
    for tree in (guide_tree, veeam_agents_client._exceptions.__doc__ or ""):
        parents = drawn_tree(tree)
        assert set(errors) <= set(parents), set(errors) - set(parents)
        for name, parent in parents.items():
            if parent:
                assert errors[name].__mro__[1].__name__ == parent, (name, parent)
