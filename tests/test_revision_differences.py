"""What differs from one revision to the next: the statuses each documents, the session states and
tasks the waits meet, and the namespaces the revisions guide says each revision brings."""

from __future__ import annotations

import asyncio
import datetime as dt
import pickle
import re
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import GROUP_ID, REVISIONS, ROOT, SESSION_ID, TOKEN_ID, VBRStub, example, load
from revision_helpers import NEWEST, OLDEST, client
from seeds import SEED_SESSION, SEED_TOKEN

from tools.docs_hooks import render
from veeam_agents_client import (
    NotFoundError,
    SessionActionRequiredError,
    SessionTimeoutError,
    TaskFailedError,
    TaskTimeoutError,
    UnsupportedOperationError,
    VeeamAgentsClient,
)
from veeam_agents_client.models import RecoveryMediaTaskModel
from veeam_agents_client.revisions import OPERATIONS

TASK_ID = "3e1f6f5c-64a1-4f57-8b5a-0c1d2e3f4a5b"


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
