"""Deprecation by revision: the document marks which revisions deprecate an operation, and a call
warns only where the agreed revision deprecates it, naming what to use instead.

The marks are checked against Veeam's facts of every revision; the warnings against the fake VBR
speaking one revision at a time, with every other warning an error.
"""

from __future__ import annotations

import copy
import io
import re
import uuid
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import yaml
from conftest import REVISIONS
from openapi_python_client.strings import snake_case

from tools import derive, spec
from veeam_agents_client import NotFoundError, UnsupportedOperationError, VeeamAgentsClient
from veeam_agents_client._revisions import revision_key
from veeam_agents_client.api.agents import get_protected_computer
from veeam_agents_client.revisions import DEPRECATED, OPERATIONS
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

# -- the marks ---------------------------------------------------------------------------------


def deprecations_in_facts() -> dict[str, list[str]]:
    """Operation (its generated module) -> the revisions whose facts deprecate it."""
    found: dict[str, list[str]] = {}
    for revision in REVISIONS:
        for _, _, operation in spec.operations(spec.load(revision)):
            if operation.get("deprecated"):
                found.setdefault(snake_case(operation["operationId"]), []).append(revision)
    return found


def test_the_table_says_which_revisions_deprecate_each_operation() -> None:
    """From the first revision that deprecates it (to the last, if a newer one no longer does), for
    every operation the client has; one only older revisions have (CreateAuthorizationCode) is
    not part of the client, so there is nothing to warn of."""
    expected = {}
    for module, deprecating in deprecations_in_facts().items():
        if module in OPERATIONS:
            until = None if deprecating[-1] == REVISIONS[-1] else deprecating[-1]
            expected[module] = (deprecating[0], until)
    assert {module: (since, until) for module, (since, until, _) in DEPRECATED.items()} == expected
    assert {"get_protected_computers", "get_protected_computer"} <= set(expected)


async def test_every_deprecation_names_a_replacement_the_client_has() -> None:
    """What to use instead is our declaration (intent.yaml), and it names calls of this client."""
    async with VeeamAgentsClient("https://vbr.test", access_token="t", logout_on_close=False) as client:
        for module, (_, _, instead) in DEPRECATED.items():
            calls = re.findall(r"\b([a-z_]+)\.([a-z_]+)\(", instead)
            assert calls, (module, instead)
            for namespace, method in calls:
                assert callable(getattr(getattr(client, namespace), method)), (module, namespace, method)


def derived(revisions: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    intent = yaml.safe_load(spec.INTENT.read_text())
    return derive.derive(revisions[-1], revisions[:-1], intent)


def facts_with(deprecating: set[int], operation_id: str = "GetSession") -> list[dict[str, Any]]:
    """Every revision's facts, with `operation_id` deprecated in the revisions at these positions."""
    revisions = [copy.deepcopy(spec.load(revision)) for revision in REVISIONS]
    for position in deprecating:
        for _, _, operation in spec.operations(revisions[position]):
            if operation["operationId"] == operation_id:
                operation["deprecated"] = True
    return revisions


def test_the_derivation_marks_any_span_and_asks_for_a_replacement() -> None:
    document, stale = derived(facts_with({1, 2}))
    session = document["paths"]["/api/v1/sessions/{id}"]["get"]
    assert (session["x-deprecated-since"], session["x-deprecated-until"]) == (REVISIONS[1], REVISIONS[2])
    assert stale == ["operations/GetSession/instead (missing: say what replaces it)"]
    document, _ = derived(facts_with({len(REVISIONS) - 1}))
    assert document["paths"]["/api/v1/sessions/{id}"]["get"]["x-deprecated-since"] == REVISIONS[-1]
    assert "x-deprecated-until" not in document["paths"]["/api/v1/sessions/{id}"]["get"]
    with pytest.raises(ValueError, match=r"GetSession is deprecated in .* not one span"):
        derived(facts_with({0, 2}))


def test_a_replacement_for_an_operation_no_revision_deprecates_is_stale() -> None:
    intent = yaml.safe_load(spec.INTENT.read_text())
    intent["operations"]["GetSession"]["instead"] = "nothing"
    revisions = [spec.load(revision) for revision in REVISIONS]
    _, stale = derive.derive(revisions[-1], revisions[:-1], intent)
    assert stale == ["operations/GetSession/instead"]


# -- the warnings --------------------------------------------------------------------------------

Call = Callable[[VeeamAgentsClient, FakeVBR], Awaitable[Any]]


async def _list(vbr: VeeamAgentsClient, fake: FakeVBR) -> Any:
    return await vbr.protected_computers.list(limit=1)


async def _get(vbr: VeeamAgentsClient, fake: FakeVBR) -> Any:
    with pytest.raises(NotFoundError):  # warned (or not) before it was sent, whatever the answer
        await vbr.protected_computers.get(uuid.uuid4())


async def _recovery_media(vbr: VeeamAgentsClient, fake: FakeVBR) -> Any:
    group = fake.group_ids[0]
    computer = next(e for e in fake.entity_ids(group) if (fake.entity(group, e) or {}).get("type") == "Computer")
    return await vbr.discovered_entities.create_recovery_media(group, computer, io.BytesIO())


CALLS: dict[str, Call] = {
    "get_protected_computers": _list,
    "get_protected_computer": _get,
    "create_recovery_media_for_discovered_entity": _recovery_media,
}


def test_every_deprecated_operation_has_a_call_here() -> None:
    assert set(CALLS) == set(DEPRECATED)


def deprecates(module: str, revision: str) -> bool:
    since, until, _ = DEPRECATED[module]
    key = revision_key(revision)
    return revision_key(since) <= key and (until is None or key <= revision_key(until))


def has(module: str, revision: str) -> bool:
    since, until = OPERATIONS[module]
    key = revision_key(revision)
    return revision_key(since) <= key and (until is None or key <= revision_key(until))


def fresh_client(fake: FakeVBR, **kwargs: Any) -> VeeamAgentsClient:
    """A client that has not logged in yet: its first call logs in and agrees on the revision."""
    return VeeamAgentsClient(
        "https://vbr.test", username="admin", password=DEFAULT_PASSWORD, transport=fake.transport(), **kwargs
    )


async def outcome(call: Call, vbr: VeeamAgentsClient, fake: FakeVBR) -> list[warnings.WarningMessage]:
    """The warnings `call` gives (every warning recorded, none filtered out)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await call(vbr, fake)
    return caught


@pytest.mark.parametrize("module", sorted(CALLS))
@pytest.mark.parametrize("revision", REVISIONS)
async def test_a_call_warns_only_where_the_agreed_revision_deprecates_it(module: str, revision: str) -> None:
    """The server speaks only `revision`; the client offers the newest it knows at the login its
    first call makes, and agrees on `revision`: the warning follows that revision, not the one
    offered first. Where nothing is deprecated, any warning is an error."""
    fake = FakeVBR(revisions=[revision])
    async with fresh_client(fake) as vbr:
        if not has(module, revision):
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                with pytest.raises(UnsupportedOperationError):
                    await CALLS[module](vbr, fake)
        elif deprecates(module, revision):
            (warning,) = await outcome(CALLS[module], vbr, fake)
            assert warning.category is DeprecationWarning
            assert warning.filename == __file__  # the caller's line, not the library's
            text = str(warning.message)
            assert f"VBR deprecates {module}" in text and revision in text
            assert text.endswith(f"use instead: {DEPRECATED[module][2]}")
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                await CALLS[module](vbr, fake)
        assert vbr.api_version == revision


@pytest.mark.parametrize("revision", [r for r in REVISIONS if has("get_protected_computers", r)])
async def test_the_first_call_before_login_warns_by_the_revision_it_agrees(revision: str) -> None:
    """No login yet, the revision not known: the call logs in, agrees, then warns (or not)."""
    fake = FakeVBR(revisions=[revision])
    vbr = fresh_client(fake)
    try:
        caught = await outcome(_list, vbr, fake)
        assert vbr.api_version == revision
        assert len(caught) == deprecates("get_protected_computers", revision), [str(w.message) for w in caught]
    finally:
        await vbr.aclose()


def boundary(module: str) -> tuple[str, str]:
    """(the last revision with the operation that does not deprecate it, the first that does)."""
    since = DEPRECATED[module][0]
    before = [revision for revision in REVISIONS[: REVISIONS.index(since)] if has(module, revision)]
    return before[-1], since


@pytest.mark.parametrize("pinned", [True, False])
async def test_pages_and_iterate_follow_the_revision_too(pinned: bool) -> None:
    """Listing every protected computer is the way on the last revision before the deprecation,
    and never warns there (warnings as errors); from the first that deprecates it, each request
    warns. Pinned or agreed alike."""
    older, newer = boundary("get_protected_computers")
    for revision in (older, newer):
        fake = FakeVBR(revisions=list(REVISIONS) if pinned else [revision])
        async with fresh_client(fake, api_version=revision if pinned else None) as vbr:

            async def walk(vbr: VeeamAgentsClient, fake: FakeVBR) -> int:
                pages = [page async for page in vbr.protected_computers.pages(page_size=2)]
                return len([computer async for computer in vbr.protected_computers.iterate(page_size=2)]) + len(pages)

            if revision == older:
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    assert await walk(vbr, fake)
            else:
                caught = await outcome(walk, vbr, fake)
                assert caught and all(w.category is DeprecationWarning for w in caught)
                assert all("use instead: discovered_entities" in str(w.message) for w in caught)


async def test_raw_calls_warn_through_the_same_path() -> None:
    """The generated function called with `vbr.raw` meets the same check (one mechanism)."""
    older, newer = boundary("get_protected_computer")
    for revision in (older, newer):
        fake = FakeVBR(revisions=[revision])
        async with fresh_client(fake) as vbr:

            async def raw_get(vbr: VeeamAgentsClient, fake: FakeVBR) -> Any:
                return await get_protected_computer.asyncio_detailed(uuid.uuid4(), client=vbr.raw)

            caught = await outcome(raw_get, vbr, fake)
            assert len(caught) == (revision == newer)
            assert all(w.filename == __file__ for w in caught)


async def test_a_request_replayed_after_a_401_warns_once() -> None:
    fake = FakeVBR(revisions=[boundary("get_protected_computers")[1]])
    async with fresh_client(fake) as vbr:
        await vbr.login()
        fake.revoke_all_tokens()  # the next request gets a 401, logs in again and is replayed
        caught = await outcome(_list, vbr, fake)
        assert fake.stats.by_status[401] == 1 and fake.stats.by_operation["GetProtectedComputers"] == 2
        assert len(caught) == 1


@pytest.mark.parametrize("revision", [r for r in REVISIONS if has("get_protected_computers", r)])
async def test_a_client_holding_only_an_access_token_warns_by_the_revision_it_learns(revision: str) -> None:
    """Its first call is offered in the newest revision and, refused, goes again in the server's:
    no warning for the offer the server refused (with warnings as errors, it would end the call),
    one for the call the server answered where its revision deprecates it."""
    fake = FakeVBR(revisions=[revision])
    vbr = VeeamAgentsClient("https://vbr.test", access_token=fake.issue_token(), transport=fake.transport())
    try:
        first = await outcome(_list, vbr, fake)
        later = await outcome(_list, vbr, fake)
        assert vbr.api_version == revision
        expected = int(deprecates("get_protected_computers", revision))
        assert (len(first), len(later)) == (expected, expected), [str(w.message) for w in first + later]
        assert all(revision in str(w.message) and w.filename == __file__ for w in first + later)
    finally:
        await vbr.aclose()
