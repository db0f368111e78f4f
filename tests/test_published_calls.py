"""Every public call of the client against servers that speak Veeam's published contracts with random
data, end to end through its public API.

Every public method of every namespace of `VeeamAgentsClient` (found on the client, so a new one is
tried the day it is added; tests/call_arguments.py draws its arguments) is called, in every revision
and in a revision newer than the newest (`NEXT`: an enum value and a field more everywhere), against a
server answering each request with the documented success status and a body drawn from the published
schema of that revision (tests/contract.py: any string, any integer of the format, nulls where
nullable, unknown fields):

1. an answer the contract allows never raises: the call returns the model, page or None its
   signature promises, a walk reaches the end of the list with every item once, a wait ends on the
   first answer in a final state (or with its timeout error when none comes), a file lands inside
   its folder;
2. any other answer (a value of another JSON type, a field removed) gives a model or a VeeamError
   holding the status and the (redacted) body;
3. no secret the server or the caller holds shows in a result, an error or the log;
4. a revision without the operation refuses the call before any request.

Runs derandomized: CI sees the same examples every time.
"""

from __future__ import annotations

import collections.abc
import io
import os
import pathlib
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from call_arguments import METHODS, Progress, arguments, is_model, members, signature
from conftest import RAW_ONLY_OPERATIONS
from contract import PROPS, SECRET_MARK, TARGETS, FileAnswer, within
from contract_server import ContractServer, Served
from hypothesis import given, note, settings
from hypothesis import strategies as st
from openapi_python_client.strings import PythonIdentifier

from veeam_agents_client import (
    ApiError,
    IncompleteDownloadError,
    SessionActionRequiredError,
    SessionFailedError,
    SessionTimeoutError,
    TaskFailedError,
    TaskTimeoutError,
    UnsupportedOperationError,
    VeeamError,
)
from veeam_agents_client._downloads import Destination, Download
from veeam_agents_client._errors import redact_secrets
from veeam_agents_client._pagination import Page
from veeam_agents_client.revisions import OPERATIONS, QUERY_PARAMETERS, REVISIONS, ROUTES

FINAL_STATES = {"get_session": {"Stopped", "ActionRequired"}, "get_task": {"Stopped"}}
"""The states a wait stops at, by the operation it polls (the sessions guide: a wait ends when the work stops)."""
FAILED = {"get_session": (SessionFailedError, {"Failed"}), "get_task": (TaskFailedError, {"Failed", "Cancelled"})}
"""The error a wait raises, by the operation it polls, for the results that mean failure."""


@pytest.fixture(scope="module")
def servers() -> Iterator[Callable[[str], ContractServer]]:
    """One server and logged-in client per contract, made when first needed."""
    made: dict[str, ContractServer] = {}

    def server(target: str) -> ContractServer:
        if target not in made:
            made[target] = ContractServer(TARGETS[target])
        return made[target]

    yield server
    for server_made in made.values():
        server_made.close()


# ---------------------------------------------------------------------------------------------
# What a call gives, and what it must give
# ---------------------------------------------------------------------------------------------


def conforms(value: Any, hint: Any) -> bool:
    """Whether `value` is what a return annotation promises (an async iterator: the list it walked)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is type(None):
        return value is None
    if origin in (types.UnionType, typing.Union):
        return any(conforms(value, option) for option in args)
    if origin is collections.abc.AsyncIterator:
        return isinstance(value, list) and all(conforms(item, args[0]) for item in value)
    if origin is Page:
        return isinstance(value, Page) and all(conforms(item, args[0]) for item in value.data)
    return isinstance(value, hint)


def wait_timeout(method: str, server: ContractServer, data: st.DataObject) -> float | None:
    """For a wait: the script of the operation it polls (the GET of one of the models it takes),
    and a timeout long enough to reach a final state in it, or short when it has none."""
    parameters, hints = signature(method)
    if "timeout" not in parameters:
        return None
    waited = {cls.__name__ for cls in members(hints[next(iter(parameters))]) if is_model(cls)}
    polls = [module for module, (verb, path) in ROUTES.items()
             if verb == "GET" and path.count("{") == 1 and answer_schema(server, module) in waited]  # fmt: skip
    if not polls:
        return 0.05  # the revision has nothing to wait for: the call is refused
    [polled] = polls
    schema = server.contract.answer(polled)["application/json"]
    script = data.draw(st.lists(server.contract.strategy(schema), min_size=1, max_size=3), label=f"{polled} script")
    server.scripts[polled] = script
    return 10.0 if final_answer(polled, script) is not None else 0.05


def answer_schema(server: ContractServer, module: str) -> str | None:
    if not within(server.contract.revision, OPERATIONS[module]):
        return None
    schema = server.contract.answer(module).get("application/json", {})
    return schema.get("$ref", "").rpartition("/")[2] or None


def final_answer(module: str, script: list[Any]) -> Any:
    """The first answer of a poll script in a state the wait stops at, or None."""
    final = FINAL_STATES[module]
    return next((answer for answer in script if isinstance(answer, dict) and answer.get("state") in final), None)


def check_wait(outcome: Any, server: ContractServer, raise_on_failure: bool) -> None:
    [(module, script)] = server.scripts.items()
    final = final_answer(module, script)
    if final is None:
        assert isinstance(outcome, SessionTimeoutError | TaskTimeoutError), outcome
        return
    result = final.get("result")
    result = result.get("result") if isinstance(result, dict) else result  # a session's result is an object
    if final["state"] == "ActionRequired":
        assert isinstance(outcome, SessionActionRequiredError), outcome
    elif raise_on_failure and result in FAILED[module][1]:
        assert isinstance(outcome, FAILED[module][0]), outcome
    else:
        assert not isinstance(outcome, VeeamError), outcome
        assert str(outcome.id) == str(uuid.UUID(final["id"])) and outcome.state.value == final["state"]


def check_download(
    outcome: Any, file: FileAnswer, destination: Any, progress: Progress | None, folder: pathlib.Path
) -> None:
    """The file lands where it was sent with every byte (in a folder, under a name of the folder's
    own), or an error leaves nothing behind; nothing is written anywhere else. A documented file
    answer is saved; a false size is an IncompleteDownloadError. Progress starts at 0 and ends
    with every byte, of the announced size."""
    assert sorted(folder.parent.iterdir()) == [folder]
    length = dict(file.headers).get(b"content-length", b"").decode()
    announced = int(length) if length.isascii() and length.isdigit() else None
    if isinstance(outcome, VeeamError):
        assert list(folder.iterdir()) == []
        assert not file.documented or (announced is not None and announced != len(file.body)), outcome
        if file.documented:
            assert isinstance(outcome, IncompleteDownloadError), outcome
        return
    assert isinstance(outcome, Download) and outcome.bytes_written == len(file.body)
    if isinstance(destination, io.BytesIO):
        assert outcome.path is None and destination.getvalue() == file.body and list(folder.iterdir()) == []
    else:
        assert outcome.path is not None and list(folder.iterdir()) == [outcome.path]
        assert outcome.path.resolve().parent == folder.resolve() and outcome.path.read_bytes() == file.body
        assert outcome.path == destination or destination in (folder, f"{folder}{os.sep}")
    if progress is not None:
        assert progress.calls[0] == (0, announced) and progress.calls[-1][0] == len(file.body), progress.calls
        assert {total for _, total in progress.calls} == {announced}


def check_list(outcome: Any, server: ContractServer, kwargs: dict[str, Any]) -> None:
    """A page holds the items the server sent for it; a walk through a list whose total covers it
    yields each item from `skip` on once."""
    [(template, every_item, cap)] = server.lists.values()
    pagination = template.get("pagination")
    total = pagination.get("total") if isinstance(pagination, dict) else None
    skip, size = kwargs.get("skip", 0), kwargs.get("limit") or server.client.page_size
    if "data" not in template:
        return
    if isinstance(outcome, Page):
        assert len(outcome.data) == len(every_item[skip : skip + min(size, cap or size)])
    elif isinstance(total, int) and total >= len(every_item):
        pages = outcome if outcome and isinstance(outcome[0], Page) else [Page(outcome, None, 0, 1)]
        items = [item for page in pages for item in page.data]
        assert len(items) == len(every_item[skip:]), (len(items), len(every_item[skip:]))


def no_secret_in(outcome: Any, server: ContractServer, kwargs: dict[str, Any]) -> None:
    """No secret of the answers or of the caller's arguments shows in the outcome, the arguments'
    repr or the log."""
    for text in (repr(outcome), str(outcome), repr(kwargs), *map(str, kwargs.values()), *server.logs):
        assert SECRET_MARK not in text, text


def call(method: str, server: ContractServer, data: st.DataObject, *, broken: bool) -> None:
    """Call `method` with drawn arguments against `server`, and check what it gives."""
    server.start(data, broken=broken)
    namespace, name = method.split(".")
    parameters, hints = signature(method)
    kwargs = arguments(method, server, data)
    timeout = wait_timeout(method, server, data)
    if timeout is not None:
        kwargs["timeout"] = timeout
    outcome = server.run(lambda vbr: getattr(getattr(vbr, namespace), name)(**kwargs))
    note(f"outcome: {outcome!r}")
    no_secret_in(outcome, server, kwargs)
    if isinstance(outcome, UnsupportedOperationError):
        assert server.served == []  # refused before any request, and only where the revision lacks it
        lacking = outcome.operation, outcome.parameter
        span = OPERATIONS[lacking[0]] if lacking[1] is None else QUERY_PARAMETERS[lacking[0]][lacking[1]]
        assert not within(server.contract.revision, span)
        return
    assert server.served, "no request reached the server"
    files = [served.file for served in server.served if served.file is not None]
    if files:
        [destination] = [kwargs[name] for name in parameters if hints.get(name) == Destination]
        check_download(outcome, files[0], destination, kwargs.get("progress"), server.folder)
    if any(served.mutated for served in server.served):
        answered_with(outcome, server.served)
    elif timeout is not None:
        check_wait(outcome, server, kwargs.get("raise_on_failure", True))
    elif not files:
        assert not isinstance(outcome, VeeamError), outcome
        assert conforms(outcome, hints["return"]), outcome
        if server.lists:
            check_list(outcome, server, kwargs)


def answered_with(outcome: Any, served: list[Served]) -> None:
    """An error about an answer holds that answer's status and body (its secrets redacted); an error
    status gives an ApiError."""
    if isinstance(outcome, VeeamError) and hasattr(outcome, "body"):
        answers = {(answer.status, redact_secrets(answer.content.decode("utf-8", "replace"))) for answer in served}
        assert (outcome.status_code, outcome.body) in answers, outcome  # type: ignore[attr-defined]
        assert isinstance(outcome, ApiError) == (outcome.status_code >= 400), outcome  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# The tests
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("method", METHODS)
@settings(PROPS, max_examples=4)
@given(data=st.data())
def test_an_answer_the_contract_allows_is_read(
    servers: Callable[[str], ContractServer], method: str, target: str, data: st.DataObject
) -> None:
    call(method, servers(target), data, broken=False)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("method", METHODS)
@settings(PROPS, max_examples=2)
@given(data=st.data())
def test_any_other_answer_gives_a_model_or_a_library_error(
    servers: Callable[[str], ContractServer], method: str, target: str, data: st.DataObject
) -> None:
    call(method, servers(target), data, broken=True)


@settings(PROPS, max_examples=1)
@given(data=st.data())
def test_the_public_calls_reach_every_operation(servers: Callable[[str], ContractServer], data: st.DataObject) -> None:
    """Each public call reaches an operation, and together they reach every operation of every
    revision the client has a call for (login and logout: the test below; RAW_ONLY_OPERATIONS have
    none yet). The tests above call each in every revision, where the revision has its operation."""
    assert set(TARGETS) == {*REVISIONS, "next"} and len(REVISIONS) >= 4
    server = servers("next")
    reached: dict[str, set[str]] = {}
    for method in METHODS:
        call(method, server, data, broken=False)
        reached[method] = {served.module for served in server.served}
    assert all(reached.values()), [method for method, modules in reached.items() if not modules]
    raw_only = {PythonIdentifier(operation_id, prefix="") for operation_id in RAW_ONLY_OPERATIONS}
    assert set().union(*reached.values()) | {"create_token", "logout"} | raw_only == set(ROUTES)
