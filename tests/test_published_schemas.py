"""The client against servers that speak Veeam's published contracts with random data, end to end
through its public API.

Every public method of every namespace of `VeeamAgentsClient` (found on the client, so a new one is
tried the day it is added) is called, in every revision and in a revision newer than the newest
(`NEXT`: an enum value and a field more everywhere), against a server answering each request with
the documented success status and a body drawn from the published schema of that revision
(tests/contract.py: any string, any integer of the format, nulls where nullable, unknown fields):

1. an answer the contract allows never raises: the call returns the model, page or None its
   signature promises, a walk reaches the end of the list with every item once, a wait ends on the
   first answer in a final state (or with its timeout error when none comes), a file lands inside
   its folder;
2. any other answer (a value of another JSON type, a field removed) gives a model or a VeeamError
   holding the status and the (redacted) body;
3. no secret the server or the caller holds shows in a result, an error or the log;
4. a revision without the operation refuses the call before any request.

Login, token renewal and logout are drawn the same way. Runs derandomized: CI sees the same
examples every time.
"""

from __future__ import annotations

import asyncio
import collections.abc
import datetime as dt
import enum
import functools
import inspect
import io
import os
import pathlib
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from conftest import BASE_URL, RAW_ONLY_OPERATIONS
from contract import (
    NEXT,
    PROPS,
    PUBLISHED,
    SECRET_MARK,
    ContractServer,
    FileAnswer,
    LogCollector,
    Published,
    Served,
    mutated,
    within,
)
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
    UnexpectedResponseError,
    UnsupportedOperationError,
    VeeamAgentsClient,
    VeeamError,
)
from veeam_agents_client._constants import LOGGER
from veeam_agents_client._downloads import Destination, Download
from veeam_agents_client._errors import redact_secrets
from veeam_agents_client._pagination import Page
from veeam_agents_client.models import SessionModel
from veeam_agents_client.revisions import OPERATIONS, QUERY_PARAMETERS, REVISIONS, ROUTES

TARGETS: dict[str, Published] = {**PUBLISHED, "next": NEXT}
"""Every revision's contract, and the next revision's."""


def namespaces() -> dict[str, type]:
    """The client's resource namespaces (attribute -> class), as the client makes them."""
    client = VeeamAgentsClient(BASE_URL, access_token="unused")
    names = [name for name in dir(VeeamAgentsClient) if not name.startswith("_")]
    found = {name: type(getattr(client, name)) for name in names
             if type(getattr(VeeamAgentsClient, name)).__name__ == "_Namespace"}  # fmt: skip
    asyncio.run(client.aclose())
    return found


NAMESPACES = namespaces()
METHODS = [f"{namespace}.{name}" for namespace, cls in NAMESPACES.items()
           for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")]  # fmt: skip
WAIT_SECONDS = {"poll_interval": 0.001, "max_poll_interval": 0.005}
"""A wait's polls come quickly; its `timeout` is set by what the server's script holds (see `wait_timeout`)."""
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
# Arguments from a public method's signature
# ---------------------------------------------------------------------------------------------


@functools.cache
def signature(method: str) -> tuple[dict[str, inspect.Parameter], dict[str, Any]]:
    """A public method's parameters (without self) and type hints."""
    namespace, name = method.split(".")
    function = getattr(NAMESPACES[namespace], name)
    return dict(list(inspect.signature(function).parameters.items())[1:]), typing.get_type_hints(function)


def members(hint: Any) -> tuple[Any, ...]:
    return typing.get_args(hint) if typing.get_origin(hint) in (types.UnionType, typing.Union) else (hint,)


def is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def is_model(cls: Any) -> bool:
    return attrs.has(cls) and hasattr(cls, "from_dict")


def arguments(method: str, server: ContractServer, data: st.DataObject) -> dict[str, Any]:
    """Keyword arguments for a public method from its signature: every required parameter by its
    type (an ID, a list of IDs, an aware date-time, text, a model drawn from the published schema of
    its name, a place for a download); optional numbers small (skip, limit, page size, concurrency:
    a walk takes a few pages), flags, enums and progress callbacks drawn, a wait's seconds from
    WAIT_SECONDS; an `id` is the id of the model sent with it. Filters are left out. A parameter
    this cannot make fails the test: teach it here."""
    parameters, hints = signature(method)
    kwargs: dict[str, Any] = {}
    for name, parameter in parameters.items():
        hint, required = hints.get(name), parameter.default is inspect.Parameter.empty
        if parameter.kind is inspect.Parameter.VAR_KEYWORD or name == "timeout":
            continue  # filters are left out; a wait's timeout is the test's
        if name in WAIT_SECONDS:
            kwargs[name] = WAIT_SECONDS[name]
        elif int in members(hint) and not required:  # skip, limit, page_size, concurrency: a few pages
            small = st.integers(parameter.default if isinstance(parameter.default, int) else 1, 3)
            kwargs[name] = data.draw(small if parameter.default is not None else st.none() | small, label=name)
        elif hint is bool:
            kwargs[name] = data.draw(st.booleans(), label=name)
        elif required:
            kwargs[name] = data.draw(required_argument(name, hint, server), label=name)
        elif any(typing.get_origin(option) is collections.abc.Callable for option in members(hint)):
            kwargs[name] = data.draw(st.none() | st.builds(Progress, st.booleans()), label=name)
        elif parameter.default is not None and (enums := [cls for cls in members(hint) if is_enum(cls)]):
            kwargs[name] = data.draw(st.sampled_from(list(enums[0])), label=name)
    ids = [getattr(value, "id", None) for value in kwargs.values() if is_model(type(value))]
    if "id" in kwargs and any(isinstance(model_id, uuid.UUID) for model_id in ids):
        kwargs["id"] = next(model_id for model_id in ids if isinstance(model_id, uuid.UUID))
    return kwargs


def required_argument(name: str, hint: Any, server: ContractServer) -> st.SearchStrategy[Any]:
    options = members(hint)
    ids = st.uuids() | st.uuids().map(str)
    models = tuple(option for option in options if is_model(option))
    if hint == Destination:
        return destinations(server.new_folder())
    if uuid.UUID in options:
        return ids | model_argument(models, server.contract) if models else ids  # a model: the object it names
    if typing.get_origin(hint) is collections.abc.Iterable:
        return st.lists(ids, min_size=1, max_size=3)
    if hint is str:
        return st.text(min_size=1, max_size=8)
    if hint is dt.datetime:
        return st.datetimes(timezones=st.timezones())
    if models == options:
        return model_argument(models, server.contract)
    raise AssertionError(f"arguments(): no way to make {name}: {hint}")


def destinations(folder: pathlib.Path) -> st.SearchStrategy[Any]:
    """Where a download may go: a folder (as a path, or text ending in a separator), a file in it,
    a binary file object."""
    return st.sampled_from([folder, f"{folder}{os.sep}", folder / "chosen.bin"]) | st.builds(io.BytesIO)


class Progress:
    """A progress callback that keeps its calls; an `awaitable` one returns an awaitable."""

    def __init__(self, awaitable: bool) -> None:
        self.calls: list[tuple[int, int | None]] = []
        self.awaitable = awaitable

    def __call__(self, done: int, total: int | None) -> Any:
        self.calls.append((done, total))
        return asyncio.sleep(0) if self.awaitable else None


def model_argument(classes: tuple[type[Any], ...], contract: Published) -> st.SearchStrategy[Any]:
    """A model as a caller builds one: one of `classes` that the revision publishes, read from a
    payload its published schema allows, with the kind (discriminator) that model stands for."""

    def read(cls: type[Any], payload: dict[str, Any]) -> Any:
        for field in attrs.fields(cls):
            if "discriminator" in field.metadata and isinstance(field.default, enum.Enum):
                payload[field.metadata["discriminator"]] = field.default.value
        return cls.from_dict(payload)

    if not any(cls.__name__ in contract.schemas for cls in classes):
        contract = NEXT  # a revision without these models: the call is refused, but only a model may be passed
    published = [cls for cls in classes if cls.__name__ in contract.schemas]
    return st.sampled_from(published).flatmap(
        lambda cls: contract.strategy({"$ref": f"#/components/schemas/{cls.__name__}"}).map(
            lambda payload: read(cls, payload)
        )
    )


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


# ---------------------------------------------------------------------------------------------
# Login, token renewal and logout
# ---------------------------------------------------------------------------------------------


def usable(token: object) -> bool:
    """Whether an access token can travel in an Authorization header as it is: visible ASCII,
    spaces inside only (a field value without control characters or obs-text)."""
    return isinstance(token, str) and token != "" and token.strip(" ") == token and all(" " <= c <= "~" for c in token)


class TokenServer:
    """A VBR whose every token answer is drawn from the published token answer (with `broken`,
    maybe mutated), and its logout answer from the published logout answer. Its one API operation
    (reading a session) takes only the access token of the latest answer a client can use, and
    nothing once `revoke` is called."""

    def __init__(self, contract: Published, data: st.DataObject, *, broken: bool) -> None:
        self.contract, self.data, self.broken = contract, data, broken
        self.answers: list[dict[str, Any]] = []
        self.forms: list[dict[str, str]] = []
        self.requests: list[httpx.Request] = []
        self.taken: str | None = None

    def draw(self, module: str, *, may_break: bool = True) -> Any:
        """An answer for the operation from its published schema; broken maybe, when `broken`."""
        answer = self.data.draw(self.contract.strategy(self.contract.answer(module)["application/json"]), label=module)
        if may_break and self.broken and self.data.draw(st.booleans(), label=f"{module} broken"):
            return mutated(answer, self.data)
        return answer

    def revoke(self) -> None:
        self.taken = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == ROUTES["create_token"][1]:
            self.forms.append(dict(httpx.QueryParams(request.content.decode())))
            self.answers.append(self.draw("create_token"))
            self.taken = access(self.answers[-1]) if usable(access(self.answers[-1])) else self.taken
            return httpx.Response(200, json=self.answers[-1])
        if request.url.path == ROUTES["logout"][1]:
            return httpx.Response(200, json=self.draw("logout"))
        if request.headers["authorization"] != f"Bearer {self.taken}":
            return httpx.Response(401, json={"errorCode": "Unauthorized", "message": "token expired or revoked"})
        return httpx.Response(200, json=self.draw("get_session", may_break=False))

    def in_use(self) -> dict[str, Any] | None:
        """The latest token answer a client can use."""
        return next((answer for answer in reversed(self.answers) if usable(access(answer))), None)


def access(answer: Any) -> Any:
    return answer.get("access_token") if isinstance(answer, dict) else None


@pytest.mark.parametrize("broken", [False, True], ids=["contract", "broken"])
@pytest.mark.parametrize("target", TARGETS)
@settings(PROPS, max_examples=25)
@given(data=st.data())
def test_login_renewal_and_logout_take_any_token_answer(target: str, broken: bool, data: st.DataObject) -> None:
    """Any access token (any string: spaces inside, control characters, non-ASCII, empty; or, broken,
    none or no string), any refresh token and any int32 lifetime (negative, zero, huge; or no
    number). A token a header can carry is used as it came; any other is refused with
    UnexpectedResponseError. A renewal (after the lifetime runs out on the client's clock, or
    after a 401 when the lifetime is unusable) uses the refresh token of the answer in use, or the
    password when it has none; logout revokes the token in use. No token or password shows in an
    error or the log."""
    contract = TARGETS[target]
    server = TokenServer(contract, data, broken=broken)
    now = [0.0]
    outcomes: list[Any] = []
    logs: list[str] = []

    async def calls(vbr: VeeamAgentsClient) -> None:
        outcomes.append(await outcome(vbr.login()))
        assert (outcomes[-1] is None) == usable(access(server.answers[0])), outcomes[-1]
        if outcomes[-1] is not None:
            return
        outcomes.append(await outcome(vbr.sessions.get(uuid.uuid4())))  # renews first if the lifetime is 0
        check_session_read(outcomes[-1], server)
        if isinstance(outcomes[-1], VeeamError):
            return
        held, asked = server.in_use(), len(server.answers)
        now[0] += 2**32  # past any int32 lifetime
        server.revoke()
        outcomes.append(await outcome(vbr.sessions.get(uuid.uuid4())))
        assert len(server.answers) == asked + 1  # one renewal, before the call or after its 401
        check_renewal(server.forms[-1], held)
        check_session_read(outcomes[-1], server)

    async def session() -> None:
        vbr = VeeamAgentsClient(BASE_URL, username="admin", password=f"pw-{SECRET_MARK}", max_retries=0,
                                api_version=contract.revision, transport=httpx.MockTransport(server))  # fmt: skip
        vbr._tokens._clock = lambda: now[0]  # the token's lifetime runs on the test's clock
        try:
            await calls(vbr)
        finally:
            held, sent = server.in_use(), len(server.requests)
            await vbr.aclose()  # never raises for what the server answers
        logouts = [request for request in server.requests[sent:] if request.url.path == ROUTES["logout"][1]]
        assert [request.headers["authorization"] for request in logouts] == (
            [] if held is None else [f"Bearer {access(held)}"]
        )
        outcomes.append(vbr)

    handler = LogCollector(logs)
    LOGGER.addHandler(handler)
    try:
        asyncio.run(session())
    finally:
        LOGGER.removeHandler(handler)
    note(f"outcomes: {outcomes!r}")
    for text in [*map(repr, outcomes), *map(str, outcomes), *logs]:
        assert SECRET_MARK not in text, text


async def outcome(awaitable: Any) -> Any:
    """What an awaitable gives, or the VeeamError it raises."""
    try:
        return await awaitable
    except VeeamError as exc:
        return exc


def check_session_read(outcome: Any, server: TokenServer) -> None:
    """A read goes with the latest token answer's access token, or fails when that one is unusable."""
    latest = access(server.answers[-1])
    if usable(latest):
        assert isinstance(outcome, SessionModel), outcome
        assert server.requests[-1].headers["authorization"] == f"Bearer {latest}"
    else:
        assert isinstance(outcome, UnexpectedResponseError) and outcome.status_code == 200, outcome


def check_renewal(form: dict[str, str], held: dict[str, Any] | None) -> None:
    """The refresh token of the answer in use if it has one, else the password."""
    assert held is not None
    refresh = held.get("refresh_token")
    if isinstance(refresh, str) and refresh:
        assert form["grant_type"].lower() == "refresh_token" and form["refresh_token"] == refresh
    else:
        assert form["grant_type"].lower() == "password" and form["password"] == f"pw-{SECRET_MARK}"
