"""One client for every server: revision negotiation, per-revision requests, and what each revision lacks."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import inspect
import pickle
import re
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import (
    BASE_URL,
    GROUP_ID,
    PASSWORD,
    REFRESH,
    REVISIONS,
    ROOT,
    SESSION_ID,
    TOKEN_ID,
    VBRStub,
    example,
    load,
    public_methods,
    unknown_revisions_of_an_older_server,
)
from seeds import SEED_SESSION, SEED_TOKEN

from tools.docs_hooks import render
from veeam_agents_client import (
    KNOWN_REVISIONS,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    SessionActionRequiredError,
    SessionTimeoutError,
    TaskFailedError,
    TaskTimeoutError,
    UnauthorizedError,
    UnsupportedApiVersionError,
    UnsupportedOperationError,
    VeeamAgentsClient,
)
from veeam_agents_client._revisions import revision_key
from veeam_agents_client.api.agents import get_all_discovered_entities
from veeam_agents_client.models import RecoveryMediaTaskModel
from veeam_agents_client.revisions import ENUM_SPELLINGS, OPERATIONS, QUERY_PARAMETERS

NEWEST, OLDEST = REVISIONS[-1], REVISIONS[0]
TASK_ID = "3e1f6f5c-64a1-4f57-8b5a-0c1d2e3f4a5b"


def client(stub: VBRStub, **kwargs: Any) -> VeeamAgentsClient:
    return VeeamAgentsClient(
        BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub), **kwargs
    )


def spelled(revision: str, value: str) -> str:
    return ENUM_SPELLINGS["ELoginGrantType"].get(revision, {}).get(value, value)


def versions_of_token_requests(stub: VBRStub) -> list[str]:
    return [r.headers["x-api-version"] for r in stub.requests if r.url.path == "/api/oauth2/token"]


@pytest.mark.parametrize("revision", REVISIONS)
async def test_default_client_agrees_on_the_servers_revision(revision: str) -> None:
    stub = VBRStub(versions=REVISIONS[: REVISIONS.index(revision) + 1])  # a server up to `revision`
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    async with client(stub) as vbr:
        assert vbr.api_version == revision
        await vbr.recovery_tokens.get(TOKEN_ID)
    offered = [NEWEST] if revision == NEWEST else [NEWEST, revision]  # at most one refused offer
    assert versions_of_token_requests(stub) == offered
    assert stub.token_requests[-1]["grant_type"] == spelled(revision, PASSWORD)
    assert {r.headers["x-api-version"] for r in stub.api_requests()} == {revision}


@pytest.mark.parametrize("revision", REVISIONS[:-1])
async def test_the_newest_known_revision_wins_over_unknown_newer_ones(revision: str) -> None:
    """A server lists every revision it accepts, many this client does not know (some newer than
    the one to agree on): the client takes the newest it knows, with one refused offer."""
    unknown = unknown_revisions_of_an_older_server()
    stub = VBRStub(versions=(*unknown, *REVISIONS[: REVISIONS.index(revision) + 1]))
    async with client(stub) as vbr:
        assert vbr.api_version == revision
    assert versions_of_token_requests(stub) == [NEWEST, revision]


async def test_the_refresh_grant_uses_the_agreed_spelling() -> None:
    stub = VBRStub(versions=(OLDEST,), expires_in=0)  # every call needs a fresh token
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    async with client(stub) as vbr:
        await vbr.recovery_tokens.get(TOKEN_ID)
    assert [form["grant_type"] for form in stub.token_requests][-2:] == [
        spelled(OLDEST, PASSWORD),
        spelled(OLDEST, REFRESH),
    ]
    assert spelled(OLDEST, PASSWORD) != PASSWORD  # the revisions do spell it differently


async def test_a_pinned_revision_never_negotiates() -> None:
    stub = VBRStub(versions=(OLDEST,))
    vbr = client(stub, api_version=NEWEST)
    with pytest.raises(UnsupportedApiVersionError) as caught:
        await vbr.login()
    error = caught.value
    assert isinstance(error, BadRequestError) and not isinstance(error, UnauthorizedError)
    assert error.offered == (OLDEST,) and error.known == KNOWN_REVISIONS
    assert OLDEST in str(error) and NEWEST in str(error)
    with pytest.raises(UnsupportedApiVersionError) as again:
        await vbr.recovery_tokens.get(TOKEN_ID)
    assert again.value is not error  # a fresh error, the same facts
    assert versions_of_token_requests(stub) == [NEWEST]  # never a second password attempt
    await vbr.aclose()


@pytest.mark.parametrize("offered", [("1.0-rev1",), ("9.9-rev1",), ()])
async def test_a_server_with_no_revision_in_common(offered: tuple[str, ...]) -> None:
    stub = VBRStub(versions=offered)
    vbr = client(stub)
    with pytest.raises(UnsupportedApiVersionError) as caught:
        await vbr.login()
    await vbr.aclose()
    assert not isinstance(caught.value, AuthenticationError)
    assert caught.value.offered == offered
    assert versions_of_token_requests(stub) == [NEWEST]


async def test_an_unknown_pinned_revision_is_the_servers_to_refuse() -> None:
    stub = VBRStub(versions=(OLDEST, NEWEST))
    vbr = client(stub, api_version="9.9-rev9")
    with pytest.raises(UnsupportedApiVersionError):
        await vbr.login()
    await vbr.aclose()


def test_api_version_must_look_like_a_revision() -> None:
    with pytest.raises(ValueError, match="api_version"):
        VeeamAgentsClient(BASE_URL, username="a", password="b", api_version="latest")


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


@pytest.mark.parametrize("revision", REVISIONS)
async def test_create_recovery_token_succeeds_with_every_documented_status(revision: str) -> None:
    stub = VBRStub(versions=(revision,))
    status = 201 if revision == NEWEST else 200  # as each revision documents it
    stub.route("POST", "/api/v1/agents/recoveryTokens", (status, SEED_TOKEN))
    async with client(stub) as vbr:
        token = await vbr.recovery_tokens.create(backup_ids=[uuid.uuid4()], expiration_date=_future())
    assert str(token.id) == SEED_TOKEN["id"]


def _future() -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=3)


def _session(state: str) -> dict[str, Any]:
    return {**SEED_SESSION, "id": SESSION_ID, "state": state}


async def test_action_required_ends_the_wait_with_its_own_error() -> None:
    stub = VBRStub()
    states = iter(["Working", "ActionRequired"])
    stub.route(
        "GET", f"/api/v1/sessions/{SESSION_ID}", lambda request: httpx.Response(200, json=_session(next(states)))
    )
    async with client(stub) as vbr:
        with pytest.raises(SessionActionRequiredError) as caught:
            await vbr.sessions.wait(SESSION_ID, timeout=30, poll_interval=0.01)
    assert str(caught.value.session.id) == SESSION_ID
    assert (
        pickle.loads(  # noqa: S301 - our own bytes
            pickle.dumps(caught.value)
        ).session.state
        == caught.value.session.state
    )


async def test_a_state_no_revision_documents_never_outlasts_the_deadline() -> None:
    stub = VBRStub()
    stub.route("GET", f"/api/v1/sessions/{SESSION_ID}", _session("Hibernating"))
    async with client(stub) as vbr:
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(SessionTimeoutError):
            await vbr.sessions.wait(SESSION_ID, timeout=0.2, poll_interval=0.05)
        assert loop.time() - started < 5


def _task(state: str, result: str) -> dict[str, Any]:
    base = dict(example(load(NEWEST), "RecoveryMediaTaskModelExample"))
    return {**base, "id": TASK_ID, "state": state, "result": result}


@pytest.fixture
def task_stub() -> Callable[[list[tuple[str, str]]], VBRStub]:
    def make(states: list[tuple[str, str]]) -> VBRStub:
        stub = VBRStub()
        answers = iter(states)
        last: list[tuple[str, str]] = [states[0]]

        def answer(request: httpx.Request) -> httpx.Response:
            last[0] = next(answers, last[0])
            return httpx.Response(200, json=_task(*last[0]))

        stub.route("GET", f"/api/v1/tasks/{TASK_ID}", answer)
        return stub

    return make


async def test_tasks_get_and_wait(task_stub: Callable[[list[tuple[str, str]]], VBRStub]) -> None:
    stub = task_stub([("Working", "None"), ("Working", "None"), ("Stopped", "Success")])
    async with client(stub) as vbr:
        task = await vbr.tasks.get(TASK_ID)
        assert type(task) is RecoveryMediaTaskModel
        done = await vbr.tasks.wait(task, timeout=30, poll_interval=0.01)
    assert done.state == "Stopped" and type(done) is RecoveryMediaTaskModel


@pytest.mark.parametrize("result", ["Failed", "Cancelled"])
async def test_tasks_wait_raises_when_the_task_fails(
    task_stub: Callable[[list[tuple[str, str]]], VBRStub], result: str
) -> None:
    async with client(task_stub([("Stopped", result)])) as vbr:
        with pytest.raises(TaskFailedError) as caught:
            await vbr.tasks.wait(TASK_ID, timeout=30, poll_interval=0.01)
        assert caught.value.task.result == result
        assert (await vbr.tasks.wait(TASK_ID, raise_on_failure=False)).result == result


async def test_tasks_wait_keeps_its_deadline(task_stub: Callable[[list[tuple[str, str]]], VBRStub]) -> None:
    async with client(task_stub([("Working", "None")])) as vbr:
        with pytest.raises(TaskTimeoutError) as caught:
            await vbr.tasks.wait(TASK_ID, timeout=0.1, poll_interval=0.02)
    assert caught.value.task is not None and str(caught.value.task_id) == TASK_ID
    assert (
        pickle.loads(  # noqa: S301 - our own bytes
            pickle.dumps(caught.value)
        ).timeout
        == 0.1
    )


async def test_tasks_need_the_revision_that_has_them() -> None:
    stub = VBRStub(versions=(OLDEST,))
    async with client(stub) as vbr:
        with pytest.raises(UnsupportedOperationError) as caught:
            await vbr.tasks.get(TASK_ID)
    assert caught.value.since == OPERATIONS["get_task"][0]


SAMPLE_CALLS: dict[str, Callable[[VeeamAgentsClient], Any]] = {
    "recovery_tokens": lambda vbr: vbr.recovery_tokens.get(TOKEN_ID),
    "protected_computers": lambda vbr: vbr.protected_computers.get(TOKEN_ID),  # warns where the revision deprecates it
    "sessions": lambda vbr: vbr.sessions.get(SESSION_ID),
    "discovered_entities": lambda vbr: vbr.discovered_entities.list(GROUP_ID),
    "agent_packages": lambda vbr: vbr.agent_packages.list_linux(),
    "tasks": lambda vbr: vbr.tasks.get(TASK_ID),
    "agent_states": lambda vbr: vbr.agent_states.get(SESSION_ID),
    "recovery_appliances": lambda vbr: vbr.recovery_appliances.get(TOKEN_ID),
    "protection_groups": lambda vbr: vbr.protection_groups.get(GROUP_ID),
}


def guide_revision_table() -> list[tuple[str, list[str]]]:
    """(revision, namespaces it brings) from the revisions guide's table, as the site builds it."""
    page = render((ROOT / "docs" / "guide" / "revisions.md").read_text())
    rows = re.findall(r"^\| (\d+\.\d+-rev\d+) \| ([^|]*) \|", page, re.MULTILINE)
    return [(revision, [n for n in re.findall(r"`(\w+)`", adds) if n in SAMPLE_CALLS]) for revision, adds in rows]


def test_the_guide_names_every_revision() -> None:
    assert [revision for revision, _ in guide_revision_table()] == list(REVISIONS)
    assert sorted(n for _, names in guide_revision_table() for n in names) == sorted(SAMPLE_CALLS)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(("revision", "namespace"), [(r, n) for r, names in guide_revision_table() for n in names])
async def test_each_call_needs_the_revision_the_guide_names(revision: str, namespace: str) -> None:
    position = REVISIONS.index(revision)
    for speaks in REVISIONS:
        stub = VBRStub(versions=(speaks,))
        async with client(stub, max_retries=0) as vbr:
            if REVISIONS.index(speaks) < position:
                with pytest.raises(UnsupportedOperationError):
                    await SAMPLE_CALLS[namespace](vbr)
            else:
                with pytest.raises(NotFoundError):  # sent, and the stub has no such object
                    await SAMPLE_CALLS[namespace](vbr)


# Refusals in any wording, on every login path -------------------------------------------------------------------

MIDDLE = REVISIONS[len(REVISIONS) // 2]
WORDINGS = {
    "vbr": "Unsupported RESTAPI version. The following versions are supported: {listed}.",
    "one-per-line": "Unsupported RESTAPI version. The following versions are supported:{lines}",
    "quoted-and-plain": "Unsupported RESTAPI version '{sent}'. Supported versions: {plain}.",
    "semicolons-no-v": "API version {sent} is not supported; use one of {plain}".replace(", ", "; "),
}


@pytest.mark.parametrize("wording", WORDINGS.values(), ids=WORDINGS.keys())
async def test_the_refusal_is_read_in_any_wording_and_the_newest_common_revision_wins(wording: str) -> None:
    stub = VBRStub(versions=(OLDEST, MIDDLE), refusal=wording.replace("{plain}", "{plain}, 0.9-rev1"))
    async with client(stub) as vbr:
        assert vbr.api_version == MIDDLE  # the newest both know, never the first listed
    assert versions_of_token_requests(stub) == [NEWEST, MIDDLE]


async def test_a_400_about_something_else_is_not_a_version_refusal() -> None:
    stub = VBRStub(versions=(OLDEST,), refusal="Agent version 6.1 is not supported on {sent} hosts")
    with pytest.raises(AuthenticationError):  # the login's 400 stays a refused login
        async with client(stub):
            pass


@pytest.mark.parametrize("pinned", [None, NEWEST], ids=["negotiating", "pinned"])
async def test_a_refresh_token_alone_negotiates_or_gets_the_version_error(pinned: str | None) -> None:
    stub = VBRStub(versions=(OLDEST,))
    stub.valid_refresh.add("held-refresh")
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    vbr = VeeamAgentsClient(
        BASE_URL, refresh_token="held-refresh", api_version=pinned, transport=httpx.MockTransport(stub)
    )
    if pinned is None:
        async with vbr:
            await vbr.recovery_tokens.get(TOKEN_ID)
            assert vbr.api_version == OLDEST
        # The refused offer did not cost the refresh token: the same one went again, and worked.
        assert [form["refresh_token"] for form in stub.token_requests] == ["held-refresh"]
        assert versions_of_token_requests(stub) == [NEWEST, OLDEST]
        return
    with pytest.raises(UnsupportedApiVersionError) as caught:
        await vbr.login()
    assert not isinstance(caught.value, AuthenticationError)
    with pytest.raises(UnsupportedApiVersionError):  # remembered: no second token request
        await vbr.login()
    await vbr.aclose()
    assert versions_of_token_requests(stub) == [NEWEST]
    assert "held-refresh" in stub.valid_refresh  # never spent


@pytest.mark.parametrize("versions", [(OLDEST,), ("0.9-rev1",)], ids=["older-server", "nothing-in-common"])
async def test_an_access_token_alone_negotiates_on_its_first_call(versions: tuple[str, ...]) -> None:
    stub = VBRStub(versions=versions)
    stub.valid_access.add("held-access")
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    vbr = VeeamAgentsClient(BASE_URL, access_token="held-access", transport=httpx.MockTransport(stub))
    if versions == (OLDEST,):
        assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
        assert vbr.api_version == OLDEST
        assert len(stub.api_requests()) == 2  # the refused offer, and the same request in the agreed revision
        assert stub.api_requests()[-1].headers["x-api-version"] == OLDEST
    else:
        with pytest.raises(UnsupportedApiVersionError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
        assert caught.value.offered == versions
        assert len(stub.api_requests()) == 1
    await vbr.aclose()
    assert stub.token_requests == []  # no login was ever needed


# What the agreed revision has, without a request ----------------------------------------------------------------


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
