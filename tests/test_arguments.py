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
`BAD_VIEWS`).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import inspect
import io
import math
import operator
import os
import pathlib
import re
import types
import typing
import uuid
import warnings
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any, BinaryIO, TextIO

import aiofiles
import attrs
import httpx
import pytest
from conftest import BASE_URL, ENTITY_ID, GROUP_ID, SESSION_ID, TOKEN_ID, VBRStub, first_items, public_methods
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veeam_agents_client import (
    AnyProtectionGroupSpec,
    NotFoundError,
    Progress,
    ProtectionGroup,
    RetryPolicy,
    VeeamAgentsClient,
    VeeamError,
    models,
)
from veeam_agents_client._downloads import Destination
from veeam_agents_client.models import (
    CloudMachinesProtectionGroupAWSAccountModel,
    CloudMachinesProtectionGroupSpec,
    CloudRegionModel,
    EAmazonRegionType,
    EAuthenticationType,
    EIndividualComputerConnectionType,
    EOSBitness,
    EProtectionGroupType,
    IndividualComputerContainerModel,
    IndividualComputersProtectionGroupSpec,
    LinuxCredentialsSpec,
    ManuallyAddedProtectionGroupModel,
    PreInstalledAgentsPackagesModel,
    PreInstalledAgentsProtectionGroupPackageSpec,
    PreInstalledAgentsProtectionGroupSpec,
)

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


@dataclass
class Place:
    """Where a call's destination may go: a folder with a file ``exists`` and one ``text``, and files
    opened in the ways a download cannot write to."""

    folder: pathlib.Path
    closed: BinaryIO  # closed already
    reader: BinaryIO  # open for reading
    text: TextIO  # open for text
    async_reader: Any  # aiofiles, open for reading (its writable() is async)
    async_text: Any  # aiofiles, open for text


@contextlib.contextmanager
def opened_files(folder: pathlib.Path) -> Iterator[tuple[BinaryIO, BinaryIO, TextIO]]:
    """A file closed already, one open for reading, one open for text."""
    (folder / "exists").touch()
    with contextlib.ExitStack() as files:
        closed = files.enter_context(open(folder / "exists", "wb"))
        closed.close()
        yield (
            closed,
            files.enter_context(open(folder / "exists", "rb")),
            files.enter_context(open(folder / "text", "w")),
        )


@contextlib.asynccontextmanager
async def place_in(folder: pathlib.Path) -> AsyncIterator[Place]:
    with opened_files(folder) as (closed, reader, text):
        async with (
            aiofiles.open(folder / "exists", "rb") as async_reader,
            aiofiles.open(folder / "text", "w") as async_text,
        ):
            yield Place(folder, closed, reader, text, async_reader, async_text)


def listing(folder: pathlib.Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@dataclass(frozen=True)
class At:
    """An argument made where the call runs: ``make(place)``."""

    make: Callable[[Place], Any]


class BytesPath:
    """A path-like object that gives bytes, which pathlib refuses."""

    def __init__(self, path: pathlib.Path) -> None:
        self.path = path

    def __fspath__(self) -> bytes:
        return os.fsencode(self.path)


@dataclass(frozen=True)
class Bad:
    """A call with a wrong argument: the error type it raises and the argument its message names;
    `says`, a pattern the message matches too; `hidden`, a value the message must not show."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    error: type[Exception]
    argument: str
    says: str | None = None
    hidden: str | None = None


def bad(
    *args: Any, error: type[Exception], argument: str, says: str | None = None, hidden: str | None = None, **kwargs: Any
) -> Bad:
    return Bad(args, kwargs, error, argument, says, hidden)


AWARE = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
NAIVE = dt.datetime(2030, 1, 1)
NEAR_UUIDS = [  # uuid.UUID takes whatever int(..., 16) swallows: a typo became another object's ID
    " 7e76a5bb287a490eae0a5e852ea775e",
    "0x76a5bb287a490eae0a5e852ea775ee",
    "7e76_5bb287a490eae0a5e852ea775ee",
    "\u0661" * 32,
    "+e76a5bb287a490eae0a5e852ea775ee",
]
BITNESS = ", ".join(repr(member.value) for member in EOSBitness)
PERMANENT = EIndividualComputerConnectionType.PERMANENTCREDENTIALS
MISSING = uuid.UUID(int=7)
GROUP = ManuallyAddedProtectionGroupModel(id=MISSING, name="m", description="")
PRE_INSTALLED = PreInstalledAgentsProtectionGroupSpec(name="p", description="")
Spec = PreInstalledAgentsProtectionGroupPackageSpec


def individual(*items: Any, **kwargs: Any) -> IndividualComputersProtectionGroupSpec:
    return IndividualComputersProtectionGroupSpec(name="g", description="", computers=list(items), **kwargs)


def media(*args: Any, error: type[Exception] = ValueError, **kwargs: Any) -> Bad:
    """A recovery media download whose destination is wrong."""
    return bad(*args, error=error, argument="destination", **kwargs)


SECRET = LinuxCredentialsSpec(username="u", authentication_type=EAuthenticationType.PASSWORD, password=12345)
ACCOUNT = CloudMachinesProtectionGroupAWSAccountModel(
    credentials_id=uuid.uuid4(), region_type=EAmazonRegionType.GLOBAL, region_id="r"
)

BAD_CALLS: dict[str, list[Bad]] = {
    "recovery_tokens.get": [
        bad("not-a-uuid", error=ValueError, argument="id"),
        bad(42, error=TypeError, argument="id"),
    ],
    "recovery_tokens.delete": [bad(None, error=TypeError, argument="id")],
    "recovery_tokens.create": [
        bad(backup_ids=[uuid.uuid4()], expiration_date=NAIVE, error=ValueError, argument="expiration_date"),
        bad(backup_ids=[], expiration_date=AWARE, error=ValueError, argument="backup_ids"),
        bad(backup_ids="abc", expiration_date=AWARE, error=TypeError, argument="backup_ids"),
        bad(backup_ids=["x"], expiration_date=AWARE, error=ValueError, argument="backup_ids[0]"),
        bad(backup_ids=[uuid.uuid4()], expiration_date="2030-01-01", error=TypeError, argument="expiration_date"),
    ],
    "recovery_tokens.update": [bad(TOKEN_ID, name=5, expiration_date=AWARE, error=TypeError, argument="name")],
    "recovery_tokens.list": [
        bad(limit=-1, error=ValueError, argument="limit"),
        bad(limit=0, error=ValueError, argument="limit"),
        bad(limit=2**40, error=ValueError, argument="limit"),
        bad(skip=-5, error=ValueError, argument="skip"),
        bad(skip=1.5, error=TypeError, argument="skip"),
        bad(limit=True, error=TypeError, argument="limit"),
        bad(order_column="Size", error=ValueError, argument="order_column"),
        bad(order_asc="yes", error=TypeError, argument="order_asc"),
        bad(name_filter=7, error=TypeError, argument="name_filter"),
    ],
    "recovery_tokens.iterate": [bad(page_size=0, error=ValueError, argument="page_size")],
    "recovery_tokens.pages": [bad(concurrency=0, error=ValueError, argument="concurrency")],
    "protected_computers.get": [bad(42, error=TypeError, argument="id")],
    "protected_computers.list": [bad(type_filter="Windows", error=ValueError, argument="type_filter")],
    "protected_computers.iterate": [bad(type_filter="Windows", error=ValueError, argument="type_filter")],
    "protected_computers.pages": [bad(skip=-1, error=ValueError, argument="skip")],
    "discovered_entities.list": [
        bad("nope", error=ValueError, argument="protection_group_id"),
        bad(GROUP_ID, state_filter="Sleeping", error=ValueError, argument="state_filter"),
        bad(GROUP_ID, agent_status_filter="Gone", error=ValueError, argument="agent_status_filter"),
        bad(GROUP_ID, driver_status_filter=1, error=TypeError, argument="driver_status_filter"),
    ],
    "discovered_entities.iterate": [bad("x", error=ValueError, argument="protection_group_id")],
    "discovered_entities.pages": [bad(GROUP_ID, page_size=0, error=ValueError, argument="page_size")],
    "discovered_entities.get": [
        bad(GROUP_ID, "x", error=ValueError, argument="entity_id"),
        *(bad(GROUP_ID, value, error=ValueError, argument="entity_id") for value in NEAR_UUIDS),
    ],
    "discovered_entities.delete": [bad(GROUP_ID, "x", error=ValueError, argument="entity_id")],
    "discovered_entities.list_all": [
        bad(permission_scope="Everyone", error=ValueError, argument="permission_scope"),
        bad(state_filter="Up", error=ValueError, argument="state_filter"),
        bad(type_filter="Linux", error=TypeError, argument="type_filter"),  # not a filter here
    ],
    "discovered_entities.pages_all": [bad(order_column="Size", error=ValueError, argument="order_column")],
    "discovered_entities.iterate_all": [bad(page_size=0, error=ValueError, argument="page_size")],
    "discovered_entities.rescan": [bad(GROUP_ID, TOKEN_ID, error=TypeError, argument="entity_ids")],
    "discovered_entities.install_agent": [bad(GROUP_ID, [], error=ValueError, argument="entity_ids")],
    "discovered_entities.uninstall_agent": [bad(GROUP_ID, ["bad"], error=ValueError, argument="entity_ids[0]")],
    "discovered_entities.uninstall_all_components": [bad(GROUP_ID, None, error=TypeError, argument="entity_ids")],
    "discovered_entities.upgrade_agent": [bad("nope", [ENTITY_ID], error=ValueError, argument="protection_group_id")],
    "discovered_entities.install_cbt_driver": [bad(GROUP_ID, [], error=ValueError, argument="entity_ids")],
    "discovered_entities.uninstall_cbt_driver": [bad(GROUP_ID, ENTITY_ID, error=TypeError, argument="entity_ids")],
    "discovered_entities.trust": [bad(GROUP_ID, [ENTITY_ID, 7], error=TypeError, argument="entity_ids[1]")],
    "discovered_entities.reboot": [bad(None, [ENTITY_ID], error=TypeError, argument="protection_group_id")],
    "discovered_entities.prepare_for_remote_bmr": [bad(GROUP_ID, ["x"], error=ValueError, argument="entity_ids[0]")],
    "discovered_entities.recreate_embedded_recovery_media": [
        bad(GROUP_ID, 5, error=TypeError, argument="entity_ids"),
    ],
    "discovered_entities.create_recovery_media_task": [
        bad(GROUP_ID, "1", error=ValueError, argument="entity_id"),
        bad(GROUP_ID, ENTITY_ID, format="Zip", error=ValueError, argument="format"),
        bad(GROUP_ID, ENTITY_ID, allow_remote_bmr="yes", error=TypeError, argument="allow_remote_bmr"),
    ],
    "discovered_entities.backups": [
        bad("abc", error=ValueError, argument="entity_id"),
        bad(ENTITY_ID, limit=0, error=ValueError, argument="limit"),
    ],
    "discovered_entities.backups_pages": [bad(ENTITY_ID, skip=-1, error=ValueError, argument="skip")],
    "discovered_entities.iterate_backups": [bad(42, error=TypeError, argument="entity_id")],
    "discovered_entities.attach_backup": [
        bad(ENTITY_ID, [], error=ValueError, argument="backup_ids"),
        bad(ENTITY_ID, GROUP_ID, error=TypeError, argument="backup_ids"),
    ],
    "discovered_entities.detach_backup": [
        bad(ENTITY_ID, [GROUP_ID, "z"], error=ValueError, argument="backup_ids[1]"),
        bad(b"id", [GROUP_ID], error=TypeError, argument="entity_id"),
    ],
    "discovered_entities.create_recovery_media": [
        bad("nope", ENTITY_ID, At(lambda at: at.folder), error=ValueError, argument="protection_group_id"),
        bad(GROUP_ID, 7, At(lambda at: at.folder), error=TypeError, argument="entity_id"),
        bad(GROUP_ID, ENTITY_ID, At(lambda at: at.folder), format="Zip", error=ValueError, argument="format"),
        bad(GROUP_ID, ENTITY_ID, At(lambda at: at.folder), allow_remote_bmr="yes", error=TypeError,
            argument="allow_remote_bmr"),
        media(GROUP_ID, ENTITY_ID, 42, error=TypeError),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.folder / "no" / "such" / "m.iso")),
        media(GROUP_ID, ENTITY_ID, At(lambda at: f"{at.folder}{os.sep}downloads{os.sep}")),  # a folder, not a file
        media(GROUP_ID, ENTITY_ID, At(lambda at: f"{at.folder}{os.sep}exists{os.sep}")),  # a file, not a folder
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.folder / ("x" * 256))),  # no file system takes the name
        media(GROUP_ID, ENTITY_ID, At(lambda at: BytesPath(at.folder)), error=TypeError),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.text), error=TypeError),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.closed)),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.reader)),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.async_reader)),  # its writable() is async
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.async_text), error=TypeError),
        bad(GROUP_ID, ENTITY_ID, At(lambda at: at.folder), progress=5, error=TypeError, argument="progress"),
    ],
    "agent_packages.list_linux": [
        bad(order_column="Version", error=ValueError, argument="order_column"),
        *(bad(package_bitness_filter=bitness, error=ValueError, argument="package_bitness_filter",
              says=re.escape(f"package_bitness_filter must be one of {BITNESS}, got"))
          for bitness in ("X64bogus", "X64", "64")),
    ],
    "agent_packages.iterate_linux": [bad(order_asc=1, error=TypeError, argument="order_asc")],
    "agent_packages.list_unix": [bad(limit="10", error=TypeError, argument="limit")],
    "agent_packages.iterate_unix": [bad(order_column="Version", error=ValueError, argument="order_column")],
    "agent_packages.pages_linux": [bad(concurrency=0, error=ValueError, argument="concurrency")],
    "agent_packages.pages_unix": [bad(name_filter=7, error=TypeError, argument="name_filter")],
    "sessions.get": [bad("12", error=ValueError, argument="id")],
    "sessions.wait": [
        bad(TOKEN_ID, timeout=-1, error=ValueError, argument="timeout"),
        bad(SESSION_ID, raise_on_failure=0, error=TypeError, argument="raise_on_failure"),
    ],
    "tasks.get": [bad("12", error=ValueError, argument="id")],
    "tasks.wait": [
        bad(None, error=TypeError, argument="task"),
        bad(TOKEN_ID, poll_interval=0, error=ValueError, argument="poll_interval"),
    ],
    "agent_states.list": [
        bad(name_filter=3, error=TypeError, argument="name_filter"),
        bad(order_asc="yes", error=TypeError, argument="order_asc"),
        bad(order_column="Name", error=TypeError, argument="order_column"),  # not a filter here
        bad(limit=0, error=ValueError, argument="limit"),
    ],
    "agent_states.iterate": [bad(page_size=-1, error=ValueError, argument="page_size")],
    "agent_states.pages": [bad(concurrency=0, error=ValueError, argument="concurrency")],
    "agent_states.get": [bad("not-a-uuid", error=ValueError, argument="id")],
    "recovery_appliances.list": [
        bad(state_filter="Online", error=ValueError, argument="state_filter"),
        bad(skip=-1, error=ValueError, argument="skip"),
    ],
    "recovery_appliances.iterate": [bad(order_column="Name", error=ValueError, argument="order_column")],
    "recovery_appliances.pages": [bad(concurrency=99, error=ValueError, argument="concurrency")],
    "recovery_appliances.get": [bad(42, error=TypeError, argument="id")],
    "recovery_appliances.reboot": [bad("0b7bedc6", error=ValueError, argument="id")],
    "recovery_appliances.reboot_many": [
        bad([], error=ValueError, argument="ids"),
        bad(str(uuid.uuid4()), error=TypeError, argument="ids"),
        bad([uuid.uuid4(), "x"], error=ValueError, argument="ids[1]"),
    ],
    "protection_groups.list": [
        bad(type_filter="Mongo", error=ValueError, argument="type_filter", says="type_filter must be one of"),
        bad(order_column="Size", error=ValueError, argument="order_column", says="order_column must be one of"),
        bad(permission_scope=1, error=TypeError, argument="permission_scope", says="permission_scope must be a str"),
        bad(name_filter=3, error=TypeError, argument="name_filter", says="name_filter must be a str"),
        bad(owner="me", error=TypeError, argument="owner", says="unexpected keyword argument 'owner'"),
        bad(limit=0, error=ValueError, argument="limit", says="limit must be between"),
    ],
    "protection_groups.iterate": [
        bad(type_filter="Nope", error=ValueError, argument="type_filter", says="type_filter must be one of"),
    ],
    "protection_groups.pages": [
        bad(type_filter="Nope", error=ValueError, argument="type_filter", says="type_filter must be one of"),
    ],
    "protection_groups.get": [
        bad("not-a-uuid", error=ValueError, argument="id", says="id must be a UUID"),
        bad(MISSING, permission_scope="Everything", error=ValueError, argument="permission_scope"),
    ],
    "protection_groups.create": [
        bad(PRE_INSTALLED, perform_rescan=1, error=TypeError, argument="perform_rescan",
            says="perform_rescan must be a bool"),
        bad(individual(IndividualComputerContainerModel(host_name=5, connection_type=PERMANENT)), error=TypeError,
            argument="spec", says=r"^spec\.computers\[0\]\.host_name: expected str, got int \(5\)$"),
        bad(individual(IndividualComputerContainerModel(host_name="h", connection_type="PermanentCredentials")),
            error=TypeError, argument="spec",
            says=r"spec\.computers\[0\]\.connection_type: expected EIndividualComputerConnectionType"),
        bad(individual({"hostName": "h"}), error=TypeError, argument="spec",
            says=r"spec\.computers\[0\]: expected IndividualComputerContainerModel"),
        bad(individual(type_=EProtectionGroupType.ADOBJECTS), error=ValueError, argument="spec",
            says=r"spec\.type_ must be 'IndividualComputers'"),
        bad(individual(options="fast"), error=TypeError, argument="spec",
            says=r"spec\.options: expected ProtectionGroupOptionsModel, got str"),
        bad(IndividualComputersProtectionGroupSpec(name=None, description="", computers=[]),  # type: ignore[arg-type]
            error=TypeError, argument="spec", says=r"spec\.name: expected str, got NoneType"),
        bad(individual(IndividualComputerContainerModel("h", PERMANENT, single_use_credentials=SECRET)),
            error=TypeError, argument="spec", hidden="12345",
            says=r"single_use_credentials\.password: expected str, got int \(value hidden\)$"),
        bad(CloudMachinesProtectionGroupSpec(name="c", description="", cloud_account=ACCOUNT,
                                             cloud_machines=[CloudRegionModel(type_="Tag")]),
            error=ValueError, argument="spec", says=r"spec\.cloud_machines\[0\]\.type_ must be 'Region'"),
        bad(GROUP, error=TypeError, argument="spec", says=r"spec must be the spec of a new group .* with update\(\)"),
        bad({"name": "g", "type": "IndividualComputers"}, error=TypeError, argument="spec",
            says="spec must be one of IndividualComputersProtection"),
    ],
    "protection_groups.update": [
        bad(uuid.uuid4(), GROUP, error=ValueError, argument="model", says=r"model\.id .* must be the id"),
        bad(MISSING, PRE_INSTALLED, error=TypeError, argument="model", says="model must be one of"),
        bad(MISSING, GROUP, perform_rescan="yes", error=TypeError, argument="perform_rescan"),
    ],
    "protection_groups.delete": [bad(MISSING, uninstall_everything=None, error=TypeError,
                                     argument="uninstall_everything")],
    "protection_groups.rescan": [bad(42, error=TypeError, argument="id", says="id must be a UUID")],
    "protection_groups.enable": [bad(None, error=TypeError, argument="id", says="id must be a UUID")],
    "protection_groups.disable": [bad("x", error=ValueError, argument="id", says="id must be a UUID")],
    "protection_groups.download_packages": [
        bad("nope", Spec(), At(lambda at: at.folder), error=ValueError, argument="id"),
        bad(GROUP_ID, {"format": "Zip"}, At(lambda at: at.folder), error=TypeError, argument="spec"),
        bad(GROUP_ID, Spec(format_="Zip"), At(lambda at: at.folder), error=TypeError,  # a str, not the enum
            argument="spec.format_"),
        bad(GROUP_ID, Spec(include_mac_packages="yes"), At(lambda at: at.folder), error=TypeError,
            argument="spec.include_mac_packages"),
        bad(GROUP_ID, Spec(linux_packages=PreInstalledAgentsPackagesModel(include=True, package_names="Debian 12")),
            At(lambda at: at.folder), error=TypeError, argument="spec.linux_packages.package_names"),
    ],
}  # fmt: skip

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

CREDENTIALS = {"username": "admin", "password": "pw"}
BAD_CLIENTS: list[tuple[dict[str, Any], type[Exception], str, str | None]] = [  # (kwargs, error, argument, says)
    ({"username": "admin"}, ValueError, "password", None),
    ({}, ValueError, "access_token", None),
    ({"username": "admin", "password": 1234}, TypeError, "password", None),
    ({"access_token": ""}, ValueError, "access_token", None),
    ({"access_token": "t", "page_size": 0}, ValueError, "page_size", None),
    ({"access_token": "t", "max_retries": -1}, ValueError, "max_retries", None),
    ({"access_token": "t", "verify": 3}, TypeError, "verify", None),
    ({"access_token": "t", "verify": "/no/such/ca.pem"}, ValueError, "verify", None),
    ({"access_token": "t", "transport": object()}, TypeError, "transport", None),
    ({"access_token": "t", "http_client": object()}, TypeError, "http_client", None),
    ({"access_token": "t", "base_url": "vbr.example.com"}, ValueError, "base_url", None),
    ({"access_token": "t", "base_url": "http://vbr.example.com:9419"}, ValueError, "base_url", None),
    ({"access_token": "t", "base_url": 9419}, TypeError, "base_url", None),
    ({**CREDENTIALS, "base_url": "https://admin:Pa55-SECRET@vbr.example:9419"}, ValueError, "base_url", "credentials"),
    ({**CREDENTIALS, "base_url": "https://admin@vbr.example:9419"}, ValueError, "base_url", "credentials"),
    ({**CREDENTIALS, "base_url": "https://vbr.example:9419/?x=1"}, ValueError, "base_url", "query"),
    ({**CREDENTIALS, "base_url": "https://vbr.example:9419/#frag"}, ValueError, "base_url", "fragment"),
    ({**CREDENTIALS, "timeout": "30"}, TypeError, "timeout", None),
    ({**CREDENTIALS, "timeout": math.nan}, ValueError, "timeout", None),
    ({**CREDENTIALS, "timeout": 0}, ValueError, "timeout", None),
    ({**CREDENTIALS, "timeout": -1}, ValueError, "timeout", None),
    ({**CREDENTIALS, "timeout": math.inf}, ValueError, "timeout", None),
    ({**CREDENTIALS, "timeout": httpx.Timeout(5.0, connect=0)}, ValueError, "timeout.connect", None),
    ({**CREDENTIALS, "max_connections": "5"}, ValueError, "max_connections", None),
    ({**CREDENTIALS, "max_connections": 0}, ValueError, "max_connections", None),
    ({**CREDENTIALS, "headers": {"x-a": 1}}, TypeError, "headers", None),
    ({**CREDENTIALS, "logout_on_close": "no"}, TypeError, "logout_on_close", None),
    ({**CREDENTIALS, "trust_env": 1}, TypeError, "trust_env", None),
    ({**CREDENTIALS, "allow_insecure_http": "yes"}, TypeError, "allow_insecure_http", None),
    ({"access_token": "t", "max_retries": 5, "retry_policy": RetryPolicy(max_retries=1)}, ValueError, "retry_policy",
     "max_retries or a retry_policy"),
    ({"access_token": "t", "retry_policy": lambda *a: None}, TypeError, "retry_policy",
     "retry_policy must be a RetryPolicy"),
]  # fmt: skip


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


BAD_VIEWS: list[tuple[dict[str, Any], type[Exception], str, str | None]] = [  # (kwargs, error, argument, says)
    ({"timeout": 0}, ValueError, "timeout", None),
    ({"timeout": "3"}, TypeError, "timeout", None),
    ({"timeout": httpx.Timeout(5.0, connect=0)}, ValueError, "timeout.connect", None),
    ({"max_retries": -1}, ValueError, "max_retries", None),
    ({"max_retries": 5, "retry_policy": RetryPolicy(max_retries=1)}, ValueError, "retry_policy",
     "max_retries or a retry_policy"),
    ({"retry_policy": lambda *a: None}, TypeError, "retry_policy", "retry_policy must be a RetryPolicy"),
]  # fmt: skip


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
