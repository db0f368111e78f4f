"""What the agreed revision has, known without a request: an operation or a filter it lacks is refused
before anything is sent, `supports` answers, and every method names the operation it calls."""

from __future__ import annotations

import importlib
import inspect
import pickle
import re
import uuid
from typing import Any

import pytest
from conftest import REVISIONS, VBRStub, public_methods
from revision_helpers import NEWEST, OLDEST, client

from veeam_agents_client import UnsupportedOperationError
from veeam_agents_client._revisions import revision_key
from veeam_agents_client.api.agents import get_all_discovered_entities
from veeam_agents_client.revisions import OPERATIONS, QUERY_PARAMETERS


async def test_an_operation_the_revision_lacks_sends_nothing() -> None:
    stub = VBRStub(versions=(OLDEST,))
    group = "c2600b42-7c64-4219-a447-95bd33e70c1a"
    async with client(stub) as vbr:
        sent = len(stub.requests)
        with pytest.raises(UnsupportedOperationError) as caught:
            await vbr.discovered_entities.list(group)
        with pytest.raises(UnsupportedOperationError):  # vbr.raw is checked the same way
            await get_all_discovered_entities.asyncio_detailed(client=vbr.raw)
        assert len(stub.requests) == sent
    error = caught.value
    assert error.revision == OLDEST and error.since == OPERATIONS["get_discovered_entities"][0]
    assert error.since in str(error) and OLDEST in str(error) and "get_discovered_entities" in str(error)
    assert (
        pickle.loads(  # noqa: S301 - our own bytes
            pickle.dumps(error)
        ).since
        == error.since
    )


PAGE = {"data": [], "pagination": {"total": 0, "count": 0, "skip": 0, "limit": 200}}


async def test_a_filter_the_revision_lacks_sends_nothing() -> None:
    """A server ignores a query parameter it does not know and answers unfiltered: the client
    refuses it instead, before any request, so an unfiltered page is never taken for a filtered one."""
    since, _ = QUERY_PARAMETERS["get_discovered_entities"]["permissionScope"]
    before = REVISIONS[REVISIONS.index(since) - 1]
    group = "c2600b42-7c64-4219-a447-95bd33e70c1a"
    stub = VBRStub(versions=(before,))
    stub.route("GET", f"/api/v1/agents/protectionGroups/{group}/discoveredEntities", PAGE)
    async with client(stub) as vbr:
        await vbr.discovered_entities.list(group)  # the operation itself is there
        sent = len(stub.requests)
        with pytest.raises(UnsupportedOperationError) as caught:
            await vbr.discovered_entities.list(group, permission_scope="Backup")
        with pytest.raises(UnsupportedOperationError):
            await vbr.discovered_entities.get(group, uuid.uuid4(), permission_scope="Restore")
        assert len(stub.requests) == sent
    error = caught.value
    assert (error.parameter, error.since, error.revision) == ("permissionScope", since, before)
    assert str(error).startswith("the permissionScope parameter of get_discovered_entities needs")
    stub = VBRStub(versions=(since,))
    stub.route("GET", f"/api/v1/agents/protectionGroups/{group}/discoveredEntities", PAGE)
    async with client(stub) as vbr:
        await vbr.discovered_entities.list(group, permission_scope="Backup")
    assert stub.api_requests()[-1].url.params["permissionScope"] == "Backup"


def operation_in_body(function: Any) -> set[str]:
    """The operations a method's own code names: a generated module it calls, or the lister of the
    operation it pages with (`self._<operation>(...)`, in the generated list calls); read from the
    source, apart from the decorator that declares it."""
    body = inspect.getsource(function).split("\n", 1)[1]  # without the @operation line
    body = body[body.index("def ") :]
    return {word.removeprefix("_") for word in re.findall(r"\b(_?[a-z_]+)\b", body)} & set(OPERATIONS)


@pytest.mark.parametrize(
    ("namespace", "name", "function"), public_methods(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_public_method_names_the_operation_it_calls(namespace: str, name: str, function: Any) -> None:
    declared = getattr(function, "__operation__", None)
    assert declared in OPERATIONS, f"{namespace}.{name} has no @operation"
    found = operation_in_body(function)
    assert not found or found == {declared}, (declared, found)  # a wait or a per-call lister names none itself


async def test_supports_answers_for_the_agreed_revision_without_a_request() -> None:
    stub = VBRStub(versions=(OLDEST,))
    vbr = client(stub)
    with pytest.raises(RuntimeError, match="login"):
        vbr.supports(vbr.recovery_tokens.get)
    assert "not agreed yet" in repr(vbr) and NEWEST in repr(vbr)
    await vbr.login()
    sent = len(stub.requests)
    assert f"api_version={OLDEST!r}" in repr(vbr)
    group_list = "get_all_protection_groups"
    older = revision_key(OLDEST) < revision_key(OPERATIONS[group_list][0])
    assert vbr.supports(vbr.recovery_tokens.get) and vbr.supports("recovery_tokens.create")
    assert vbr.supports(vbr.protection_groups.list) is not older
    assert vbr.supports("protection_groups.iterate") is not older and vbr.supports(group_list) is not older
    (scoped, span), *_ = QUERY_PARAMETERS[group_list].items()
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", scoped).lower()
    has_scope = not older and revision_key(OLDEST) >= revision_key(span[0])
    assert vbr.supports(vbr.protection_groups.list, snake) is has_scope
    assert vbr.supports(vbr.protection_groups.list, scoped) is has_scope
    assert vbr.supports(vbr.recovery_tokens.list, "not_a_filter")  # a parameter no revision marks
    wrongs = [("recovery_tokens.fly", ValueError), ("nothing", ValueError), ("raw.get_httpx_client", ValueError),
              (print, TypeError), (vbr.login, TypeError)]  # fmt: skip
    for wrong, error in wrongs:
        with pytest.raises(error, match="call"):
            vbr.supports(wrong)
    assert len(stub.requests) == sent  # no request
    await vbr.aclose()


def test_the_source_check_sees_most_methods() -> None:
    """The check above reads the source; it must keep seeing the operation of most methods (a wait
    or a download names it elsewhere)."""
    seen = 0
    for _, _, function in public_methods():
        seen += bool(operation_in_body(function))
    assert seen >= 3 * len(public_methods()) // 4


def generated_modules() -> dict[str, Any]:
    import pkgutil

    import veeam_agents_client.api as api

    return {
        name: importlib.import_module(f"{api.__name__}.{group}.{name}")
        for _, group, _ in pkgutil.iter_modules(api.__path__)
        for _, name, _ in pkgutil.iter_modules([f"{api.__path__[0]}/{group}"])
    }


def test_every_generated_request_names_its_operation_and_leaves_the_version_to_the_client() -> None:
    """The revision check, deprecation warnings and downloads read the operation off the request;
    x-api-version has one owner (the request hook), so no generated function takes it."""
    modules = generated_modules()
    assert set(modules) == set(OPERATIONS)
    for name, module in modules.items():
        assert f'"extensions": {{OPERATION: "{name}"}}' in inspect.getsource(module._get_kwargs), name
        for function in (module._get_kwargs, module.asyncio_detailed, module.sync_detailed):
            assert "x_api_version" not in inspect.signature(function).parameters, name
