"""Bad arguments from the caller fail before any request, with an error naming the argument; right
ones pass the checks and reach the server.

The methods are every public method of every namespace of the client, found from its `_Namespace`
descriptors (`conftest.public_methods`), never listed here; each argument's values, right and wrong,
come from its annotation (an enum's members, a UUID, a list of UUIDs, a model...). Two families:

1. examples: `BAD_CALLS` holds, for every public method (a method without an entry fails), calls
   with a wrong argument, the error type they raise and the argument the message names;
2. properties: every argument of every method, drawn wrong in turn (the others right), fails the
   same way; and for every method a call with every argument right reaches the server.

The client's constructor and its `with_options` views are checked the same way (`BAD_CLIENTS`,
`BAD_VIEWS`). The example tables are data, in the helper module tests/bad_calls.py.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import inspect
import io
import operator
import pathlib
import re
import types
import typing
import uuid
import warnings
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

import attrs
import httpx
import pytest
from bad_calls import BAD_CALLS, BAD_CLIENTS, BAD_VIEWS, At, Bad, place_in
from conftest import BASE_URL, VBRStub, first_items, public_methods
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veeam_agents_client import (
    AnyProtectionGroupSpec,
    NotFoundError,
    Progress,
    ProtectionGroup,
    VeeamAgentsClient,
    VeeamError,
    models,
)
from veeam_agents_client._downloads import Destination
from veeam_agents_client.models import PreInstalledAgentsProtectionGroupPackageSpec

PROPS = settings(derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])

METHODS: dict[str, Callable[..., Any]] = {
    f"{namespace}.{name}": function for namespace, name, function in public_methods()
}  # "namespace.method" -> the function


def argument_named(message: str, name: str) -> bool:
    """The message names the argument as a word of its own (``ids[1]`` names ``ids``)."""
    return re.search(rf"(?<![A-Za-z_]){re.escape(name)}(\[\d+\])?(?![A-Za-z_])", message) is not None


# ---------------------------------------------------------------------------------------------
# Each argument's kind, from its annotation
# ---------------------------------------------------------------------------------------------

INT_KINDS = {"skip": "skip", "limit": "limit", "page_size": "limit", "concurrency": "concurrency"}  # by name
TYPE_KINDS: dict[Any, str] = {
    dt.datetime: "aware",
    str: "text",
    bool: "flag",
    float: "seconds",
    Iterable[uuid.UUID | str]: "uuids",
    Destination: "destination",
    Progress: "progress",
    PreInstalledAgentsProtectionGroupPackageSpec: "package_spec",
    AnyProtectionGroupSpec: "group_spec",
    ProtectionGroup: "group_model",
}
Kind = str | type[Enum]  # a name in KINDS, or the enum whose members the argument takes


def kind_of(name: str, annotation: Any) -> Kind | None:
    """The kind of values an argument takes, from its annotation (None: no kind known for it)."""
    if name in INT_KINDS:
        return INT_KINDS[name]
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    members = [m for m in (typing.get_args(annotation) if union else (annotation,)) if m is not type(None)]
    enums = [m for m in members if isinstance(m, type) and issubclass(m, Enum)]
    if enums:
        return enums[0]
    if uuid.UUID in members:  # an id, or what has one (a session, a task)
        return "uuid"
    return TYPE_KINDS.get(functools.reduce(operator.or_, members))


def keyword_filters(function: Any) -> dict[str, Any]:
    """The names and annotations a `**filters: Unpack[SomeFilters]` parameter takes."""
    hints = typing.get_type_hints(function, include_extras=True)
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            (filters,) = typing.get_args(hints[parameter.name])
            return typing.get_type_hints(filters)
    return {}


def arguments(function: Any) -> tuple[dict[str, Kind | None], dict[str, Kind | None]]:
    """(positional parameters, keyword parameters) of a method, each name with its kind."""
    hints = typing.get_type_hints(function)
    positional, keywords = {}, {}
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and name != "self":
            positional[name] = kind_of(name, hints[name])
        elif parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[name] = kind_of(name, hints[name])
    keywords |= {name: kind_of(name, hint) for name, hint in keyword_filters(function).items()}
    return positional, keywords


ARGUMENTS = {method: arguments(function) for method, function in METHODS.items()}


def optional_parameters(method: str) -> set[str]:
    """Parameters with a default of None: None there means "not given", so it is not a wrong value."""
    parameters = inspect.signature(METHODS[method]).parameters
    return {p for p, info in parameters.items() if info.default is None}


def omittable_parameters(method: str) -> set[str]:
    """Parameters a call may leave out: those defaulting to None and the keyword filters."""
    return optional_parameters(method) | set(keyword_filters(METHODS[method]))


async def test_every_argument_of_every_public_method_has_a_kind() -> None:
    namespaces = {method.split(".")[0] for method in METHODS}
    async with VeeamAgentsClient(BASE_URL, access_token="t", transport=httpx.MockTransport(VBRStub())) as client:
        resources = {name for name in dir(client) if not name.startswith("_") and type(getattr(client, name))
                     .__module__.startswith("veeam_agents_client._")}  # fmt: skip
    assert namespaces == resources - {"raw"}  # every namespace a client has (vbr.raw is the generated client)
    unknown = [f"{method}({name}: {typing.get_type_hints(METHODS[method]).get(name)})"
               for method, (positional, keywords) in ARGUMENTS.items()
               for name, kind in {**positional, **keywords}.items() if kind is None]  # fmt: skip
    assert not unknown, f"add their kinds to TYPE_KINDS: {unknown}"
    assert all(positional or keywords for positional, keywords in ARGUMENTS.values())


# ---------------------------------------------------------------------------------------------
# Right and wrong values of each kind
# ---------------------------------------------------------------------------------------------

UUID_FORMS = re.compile(
    r"(urn:uuid:)?\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?", re.IGNORECASE
)
others = st.one_of(
    st.integers(), st.floats(), st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.none()),
    st.binary(max_size=8), st.datetimes(), st.just(object()),
)  # fmt: skip
not_uuid_text = st.text(max_size=40).filter(lambda s: not UUID_FORMS.fullmatch(s))
near_uuid = st.builds(  # 32 or 36 characters that int(..., 16) might still swallow
    lambda u, i, junk: (u[:i] + junk + u[i + len(junk) :])[: len(u)],
    st.uuids().map(lambda u: str(u) if u.int % 2 else u.hex),
    st.integers(0, 31),
    st.sampled_from(["_", " ", "+", "0x", "g", "\u0661", "\uff11", "\n", "-", "--"]),
).filter(lambda s: not UUID_FORMS.fullmatch(s))


def good_uuids() -> st.SearchStrategy[Any]:
    return st.uuids() | st.uuids().map(str) | st.uuids().map(lambda u: str(u).upper()) | st.uuids().map(lambda u: u.hex)


def enum_kind(enum: type[Enum]) -> tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    values = [member.value for member in enum]
    good = st.sampled_from(list(enum)) | st.sampled_from(values)
    bad = st.text(max_size=20).filter(lambda s: s not in values) | st.integers() | st.lists(st.sampled_from(values))
    return good, bad


positive = st.integers(1, 2**31 - 1)
KINDS: dict[str, tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]] = {  # kind -> (good values, bad values)
    "uuid": (good_uuids(), others | st.none() | not_uuid_text | near_uuid),
    "uuids": (
        st.lists(good_uuids(), min_size=1, max_size=3) | st.lists(good_uuids(), min_size=1, max_size=3).map(tuple),
        st.integers() | st.none() | st.text() | st.binary() | st.uuids() | st.just([])
        | st.lists(others | not_uuid_text | near_uuid, min_size=1, max_size=3),
    ),
    "aware": (
        st.datetimes(timezones=st.just(dt.UTC)),
        st.datetimes() | st.dates() | st.integers() | st.none() | st.datetimes().map(dt.datetime.isoformat),
    ),
    "text": (st.text(max_size=10), others | st.none()),
    "flag": (st.booleans(), others | st.text(max_size=5) | st.none()),
    "skip": (st.integers(0, 2**31 - 1), st.integers(max_value=-1) | st.integers(min_value=2**31) | st.floats()
             | st.booleans() | st.text() | st.none()),
    "limit": (positive, st.integers(max_value=0) | st.integers(min_value=2**31) | st.floats() | st.booleans()
              | st.text() | st.lists(positive, max_size=1)),
    "concurrency": (st.integers(1, 32), st.integers(max_value=0) | st.integers(min_value=33) | st.floats()
                    | st.booleans() | st.text() | st.none()),
    "seconds": (st.floats(0.001, 1e6) | st.integers(1, 10**6),
                st.floats(max_value=0) | st.just(float("nan")) | st.integers(max_value=0) | st.booleans()
                | st.text() | st.none()),
    "destination": (st.builds(io.BytesIO), others | st.none() | st.binary() | st.builds(io.StringIO)),
    "progress": (st.none() | st.just(lambda done, total: None), st.integers() | st.text(max_size=5)),
    "package_spec": (
        st.builds(models.PreInstalledAgentsProtectionGroupPackageSpec,
                  format_=st.sampled_from(list(models.PreInstalledAgentsProtectionGroupPackageSpecFormat)),
                  include_mac_packages=st.booleans()),
        others | st.none() | st.dictionaries(st.text(max_size=5), st.booleans(), max_size=2)
        | st.builds(models.PreInstalledAgentsProtectionGroupPackageSpec,
                    format_=st.text(max_size=5)),
    ),
    "group_spec": (
        st.builds(models.PreInstalledAgentsProtectionGroupSpec, name=st.text(max_size=5),
                  description=st.text(max_size=5))
        | st.builds(models.IndividualComputersProtectionGroupSpec, name=st.text(max_size=5), description=st.just(""),
                    computers=st.lists(st.builds(models.IndividualComputerContainerModel, host_name=st.text(max_size=5),
                        connection_type=st.sampled_from(list(models.EIndividualComputerConnectionType))), max_size=2)),
        others | st.none() | st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2)
        | st.builds(models.PreInstalledAgentsProtectionGroupSpec, name=st.integers(), description=st.just(""))
        | st.builds(models.ManuallyAddedProtectionGroupModel, id=st.uuids(), name=st.text(max_size=5),
                    description=st.just("")),
    ),
    "group_model": (
        st.builds(models.ManuallyAddedProtectionGroupModel, id=st.uuids(), name=st.text(max_size=5),
                  description=st.text(max_size=5)),
        others | st.none() | st.builds(models.PreInstalledAgentsProtectionGroupSpec, name=st.text(max_size=5),
                                       description=st.just(""))
        | st.builds(models.ManuallyAddedProtectionGroupModel, id=st.text(max_size=5), name=st.just("n"),
                    description=st.just("")),
    ),
}  # fmt: skip


def values(kind: Kind) -> tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    """(right values, wrong values) of a kind."""
    return enum_kind(kind) if isinstance(kind, type) else KINDS[kind]


# ---------------------------------------------------------------------------------------------
# Properties: one argument drawn wrong fails before any request; all right reach the server
# ---------------------------------------------------------------------------------------------


@st.composite
def calls(draw: st.DrawFn, method: str, wrong: str | None) -> tuple[list[Any], dict[str, Any]]:
    """Arguments of a method: all right, or exactly the one named `wrong` wrong."""
    positional, keywords = ARGUMENTS[method]
    optional = optional_parameters(method)
    omittable = omittable_parameters(method)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, kind in {**positional, **keywords}.items():
        assert kind is not None, f"{method}({name}) has no kind"
        good, bad = values(kind)
        if name == wrong:
            value = draw(bad.filter(lambda v, opt=name in optional: not (opt and v is None)), label=name)
        elif name in keywords and name in omittable and draw(st.booleans()):
            continue  # leave an optional filter out
        else:
            value = draw(good, label=name)
        if name in positional:
            args.append(value)
        else:
            kwargs[name] = value
    if method == "protection_groups.update" and wrong not in ("model", "id"):
        # the model must be the group named by id: a right call has them agree
        args[1] = attrs.evolve(args[1], id=uuid.UUID(str(args[0])))
    return args, kwargs


async def invoke(stub: VBRStub, method: str, args: list[Any], kwargs: dict[str, Any]) -> BaseException | None:
    namespace, name = method.split(".")
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, max_retries=0,
                            transport=httpx.MockTransport(stub), logout_on_close=False)  # fmt: skip
    async with vbr:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # protected computers
            try:
                result = getattr(getattr(vbr, namespace), name)(*args, **kwargs)
                if inspect.isawaitable(result):
                    await result
                else:  # a walker: arguments are checked when it is made; take one step to send a request
                    await first_items(result, 1)
            except Exception as exc:
                return exc
    return None


# Every argument of every method is drawn wrong in turn: a method that stops checking one fails here.
PAIRS = [(method, name) for method, (positional, keywords) in ARGUMENTS.items() for name in (*positional, *keywords)]


@pytest.mark.parametrize(("method", "wrong"), PAIRS, ids=[f"{method}-{name}" for method, name in PAIRS])
@settings(PROPS, max_examples=8)
@given(data=st.data())
def test_a_wrong_argument_fails_before_any_request_and_names_itself(
    method: str, wrong: str, data: st.DataObject
) -> None:
    args, kwargs = data.draw(calls(method, wrong), label="arguments")
    stub = VBRStub()
    error = asyncio.run(invoke(stub, method, args, kwargs))
    assert isinstance(error, TypeError | ValueError) and not isinstance(error, VeeamError), (method, wrong, error)
    assert argument_named(str(error), wrong), (method, wrong, str(error))
    assert stub.api_requests() == []


@pytest.mark.parametrize("method", sorted(METHODS))
@settings(PROPS, max_examples=4)
@given(data=st.data())
def test_right_arguments_pass_the_checks_and_reach_the_server(method: str, data: st.DataObject) -> None:
    args, kwargs = data.draw(calls(method, None), label="arguments")
    stub = VBRStub()  # no routes: every API request gets a 404
    error = asyncio.run(invoke(stub, method, args, kwargs))
    assert isinstance(error, NotFoundError), (method, error)
    assert len(stub.api_requests()) == 1


# ---------------------------------------------------------------------------------------------
# Examples: for every public method, calls refused before any request
# ---------------------------------------------------------------------------------------------


def listing(folder: pathlib.Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


CASES = [(method, case) for method, cases in BAD_CALLS.items() for case in cases]


def test_every_public_method_has_refused_calls() -> None:
    assert set(BAD_CALLS) == set(METHODS)
    assert all(BAD_CALLS.values())


@pytest.mark.parametrize(("method", "case"), CASES, ids=[f"{method}-{case.argument}" for method, case in CASES])
async def test_bad_arguments_are_refused_before_any_request(
    stub: VBRStub, make_client: Callable[..., VeeamAgentsClient], tmp_path: pathlib.Path, method: str, case: Bad
) -> None:
    """Refused when called, or for a walker (iterate, pages) when it is made, not at its first step;
    the message names the argument; nothing is sent and nothing is written."""
    namespace, name = method.split(".")
    async with place_in(tmp_path) as place, make_client(logout_on_close=False) as vbr:
        args = [value.make(place) if isinstance(value, At) else value for value in case.args]
        before = listing(tmp_path)
        sent = len(stub.requests)
        with pytest.raises(case.error) as caught, warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # protected computers
            result = getattr(getattr(vbr, namespace), name)(*args, **case.kwargs)
            assert inspect.iscoroutine(result), f"{method} made a walker of a wrong argument"
            await result
        assert len(stub.requests) == sent
        assert listing(tmp_path) == before  # nothing written
    message = str(caught.value)
    assert not isinstance(caught.value, VeeamError), caught.value
    assert argument_named(message, case.argument), message
    assert case.says is None or re.search(case.says, message), message
    assert case.hidden is None or case.hidden not in message, message


# ---------------------------------------------------------------------------------------------
# The client's own arguments
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kwargs", "error", "argument", "says"), BAD_CLIENTS)
def test_bad_client_arguments_are_refused_before_any_request(
    stub: VBRStub, kwargs: dict[str, Any], error: type[Exception], argument: str, says: str | None
) -> None:
    # Through the stub unless the case is about the transport (a transport of one's own also leaves verify out).
    mine = {"transport", "http_client", "verify"} & set(kwargs)
    settings = kwargs if mine else {"transport": httpx.MockTransport(stub), **kwargs}
    with pytest.raises(error) as caught:
        VeeamAgentsClient(settings.get("base_url", BASE_URL), **{k: v for k, v in settings.items() if k != "base_url"})
    message = str(caught.value)
    assert argument_named(message, argument), message
    assert says is None or re.search(says, message), message
    assert "SECRET" not in message, message
    assert stub.requests == []


@pytest.mark.parametrize(("kwargs", "error", "argument", "says"), BAD_VIEWS)
async def test_bad_view_arguments_are_refused_before_any_request(
    stub: VBRStub,
    make_client: Callable[..., VeeamAgentsClient],
    kwargs: dict[str, Any],
    error: type[Exception],
    argument: str,
    says: str | None,
) -> None:
    async with make_client(logout_on_close=False) as vbr:  # logged in
        sent = len(stub.requests)
        with pytest.raises(error) as caught:
            vbr.with_options(**kwargs)
        assert len(stub.requests) == sent
    message = str(caught.value)
    assert argument_named(message, argument), message
    assert says is None or re.search(says, message), message
