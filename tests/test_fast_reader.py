"""The two readers of a JSON body cannot drift: the fast one (msgspec into each model's mirror, then the
model; the `speed` extra) and the pure one (from_dict; the reference, the fallback, and all a copy
without msgspec runs) give the same model, down to its types and `received` marks, or the same error
with the same field path.

Bodies are drawn from every revision's published schemas and from the next revision's widened ones
(tests/contract.py), as they are and with one thing broken, and read by each operation's own generated
`_parse_response`, once with each reader. The cases the fast reader had to be taught are its seeds.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import enum
import importlib
import json
import pkgutil
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
from conftest import fresh_python
from contract import NEXT, PROPS, PUBLISHED, Published, mutated
from hypothesis import event, example, given, note, settings
from hypothesis import strategies as st

from veeam_agents_client import api, types
from veeam_agents_client.client import Client
from veeam_agents_client.revisions import REVISIONS, ROUTES

TARGETS: dict[str, Published] = {**PUBLISHED, "next": NEXT}
"""Every revision's contract, and the next revision's (an enum value and a field more everywhere)."""
ENDPOINTS: dict[str, ModuleType] = {
    module.name: importlib.import_module(f"{api.__name__}.{tag.name}.{module.name}")
    for tag in pkgutil.iter_modules(api.__path__)
    if tag.ispkg
    for module in pkgutil.iter_modules([f"{api.__path__[0]}/{tag.name}"])
}
CLIENT = Client("https://vbr.test")


def answers(contract: Published) -> list[tuple[str, int, dict[str, Any]]]:
    """(operation, status, JSON schema) of every JSON answer the contract documents, success or error."""
    found = []
    for module, (method, path) in ROUTES.items():
        if method.lower() not in contract.facts["paths"].get(path, {}):
            continue  # not in this revision
        success = contract.answer(module).get("application/json")
        if success is not None:
            found.append((module, contract.success_status(module), success))
        found += [(module, status, schema) for status, schema in contract.errors(module).items() if schema]
    return found


ANSWERS = {target: answers(contract) for target, contract in TARGETS.items()}


@contextlib.contextmanager
def pure_reader() -> Iterator[None]:
    """The fast reader off, as where msgspec is not installed: read_json goes straight to from_dict."""
    saved = types._msgspec, dict(types._decoders)
    types._msgspec, types._decoders = None, {}
    try:
        yield
    finally:
        types._msgspec, types._decoders = saved


def fingerprint(value: Any) -> Any:
    """A value written out exactly: the type of every part (a naive date-time's class, 1 against 1.0,
    UNSET against None), its repr, and whether `received` marked it (an enum value or a family member
    this revision does not list)."""
    if attrs.has(type(value)):
        fields = tuple(fingerprint(getattr(value, field.name)) for field in attrs.fields(type(value)))
        return type(value), types.was_received(value), fields
    if isinstance(value, list):
        return [fingerprint(item) for item in value]
    if isinstance(value, dict):
        return {key: fingerprint(item) for key, item in value.items()}
    marked = types.was_received(value) if isinstance(value, enum.Enum | dt.datetime) else None
    return type(value), repr(value), marked


def outcome(read: Callable[[], Any]) -> Any:
    """What a read gave: the model's fingerprint, or the error's type, field path and text."""
    try:
        return "model", fingerprint(read())
    except Exception as exc:  # every error counts, the library's own and any other
        return "error", type(exc), getattr(exc, "path", None), str(exc)


def both_readers(module: str, status: int, raw: bytes, *, fallback: bool = True) -> tuple[Any, Any]:
    """The operation's answer read with the fast reader (`fallback=False`: with no pure reader behind
    it) and with the pure one."""
    parse = ENDPOINTS[module]._parse_response

    def read() -> Any:
        return parse(client=CLIENT, response=httpx.Response(status, content=raw))

    assert types._decoder(ENDPOINTS["get_session"].SessionModel), "the test extra installs msgspec"
    with contextlib.nullcontext() if fallback else no_fallback(), counted() as fallbacks:
        fast = outcome(read)
    event("the mirror took it" if not fallbacks else "fell back to from_dict")
    with pure_reader():
        pure = outcome(read)
    return fast, pure


class _Draws:
    """`mutated` draws from a DataObject; inside a composite strategy, `draw` plays it."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw_from = draw

    def draw(self, strategy: st.SearchStrategy[Any], label: str | None = None) -> Any:
        return self.draw_from(strategy)


@st.composite
def bodies(draw: st.DrawFn) -> tuple[str, str, int, bytes]:
    """(contract, operation, status, body): a body its schema allows, or that body with a value of
    another JSON type somewhere or a field removed."""
    target = draw(st.sampled_from(sorted(TARGETS)))
    module, status, schema = draw(st.sampled_from(ANSWERS[target]))
    body = draw(TARGETS[target].strategy(schema))
    if draw(st.booleans()):
        body = mutated(copy.deepcopy(body), _Draws(draw))
    return target, module, status, json.dumps(body).encode()


# The seeds: each a case the fast reader must read as the pure one does.
ID = "3f0f4c1e-8c6a-4b8e-9a43-0c9d2f1b7e21"
NEWEST = REVISIONS[-1]
SESSION = {"id": ID, "name": "Rescan of dlsql03", "sessionType": "AgentDiscovery", "state": "Working", "usn": 7,
           "creationTime": "2025-04-23T09:46:47.664243+02:00",
           "result": {"result": "None", "isCanceled": False}}  # fmt: skip
COMPUTER = {"type": "Computer", "id": ID, "name": "c", "parentId": ID, "protectionGroupId": ID, "state": "Online",
            "agentStatus": "Installed", "driverStatus": "Installed", "ipAddresses": ["10.0.0.1"], "objectId": ID,
            "plugins": [{"type": "MSSQL", "status": "Installed"}]}  # fmt: skip


def session(**changes: Any) -> tuple[str, str, int, bytes]:
    body = {key: value for key, value in {**SESSION, **changes}.items() if value is not ...}
    return NEWEST, "get_session", 200, json.dumps(body).encode()


def entities(*items: dict[str, Any]) -> tuple[str, str, int, bytes]:
    body = {"data": list(items), "pagination": {"total": len(items), "count": len(items)}}
    return NEWEST, "get_all_discovered_entities", 200, json.dumps(body).encode()


SEEDS = [
    session(),
    session(newField={"of": "a newer revision"}),  # an unknown field: kept in additional_properties
    session(endTime=None, result={"result": "Success", "message": None}),  # null optional fields: UNSET
    session(name=...),  # a required field missing
    session(name=None),  # a required field null
    session(usn=True),  # a bool for an int
    session(usn=7.0),  # a float for an int
    session(usn=2**70),  # an integer past 64 bits
    session(id="{" + ID + "}"),  # a UUID in braces
    session(id="urn:uuid:" + ID.upper(), jobId=ID.replace("-", "")),  # a URN, 32 digits without hyphens
    session(id=ID[:8] + ID[9:]),  # a hyphen missing
    session(creationTime="2016-12-31T23:59:60Z"),  # a leap second
    session(creationTime="2025-04-23T08:18:33.9058404Z"),  # seven fractional digits
    session(creationTime="2025-04-23T08:18:33.9058404"),  # no offset: server local time, marked
    session(creationTime="2025-04-23t09:46:47z"),  # lowercase t and z
    session(state="Quarantined", platformName=7),  # an enum value no revision lists; a number for one
    session(result="Success"),  # a string for an object
    entities(COMPUTER, {**COMPUTER, "type": "Hypervisor"}),  # a kind this revision does not list: the base
    entities({**COMPUTER, "plugins": None}),  # a member without a field its kind requires: the base
    entities({**COMPUTER, "plugins": [{"type": "Db2", "status": 3}]}),  # a wrong value deep in a member
    (NEWEST, "get_session", 200, json.dumps(SESSION).encode()[:-1] + b', "usn": 8}'),  # a field twice: the last wins
    (NEWEST, "get_session", 200, b"<html><body>502 Bad Gateway</body></html>"),  # not JSON at all
    (NEWEST, "get_session", 200, b"[]"),  # JSON, not an object
]


def seeded(test: Callable[..., None]) -> Callable[..., None]:
    for case in SEEDS:
        test = example(case=case)(test)
    return test


@settings(PROPS, max_examples=2000)
@given(case=bodies())
@seeded
def test_both_readers_give_the_same_model_or_the_same_error(case: tuple[str, str, int, bytes]) -> None:
    target, module, status, raw = case
    note(f"{target} {module} {status}: {raw[:2000]!r}")
    fast, pure = both_readers(module, status, raw)
    assert fast == pure


class Declared(Published):
    """A contract whose objects carry no field it does not declare: what the mirrors take."""

    most_extra_fields = 0


DECLARED = {revision: Declared(contract.facts) for revision, contract in PUBLISHED.items()}


@contextlib.contextmanager
def counted() -> Iterator[list[bytes]]:
    """The bodies read_json hands to the pure reader meanwhile."""
    seen: list[bytes] = []
    saved = types.json_body

    def count(content: bytes) -> Any:
        seen.append(content)
        return saved(content)

    types.json_body = count
    try:
        yield seen
    finally:
        types.json_body = saved


@contextlib.contextmanager
def no_fallback() -> Iterator[None]:
    """read_json without its fallback: a body the mirror does not take raises instead of going to from_dict."""

    def refuse(content: bytes) -> Any:
        raise AssertionError("the fast reader fell back to from_dict")

    saved, types.json_body = types.json_body, refuse
    try:
        yield
    finally:
        types.json_body = saved


@pytest.mark.parametrize("target", sorted(DECLARED))
@settings(PROPS, max_examples=60)
@given(data=st.data())
def test_the_fast_reader_takes_every_body_of_declared_fields(target: str, data: st.DataObject) -> None:
    """Every answer of every revision, drawn without undeclared fields, is read by the mirror without
    falling back, into what the pure reader makes: the agreement above compares two readers, not one.
    (The family answers of single GETs are read by from_dict alone: no mirror to fall back from.)"""
    module, status, schema = data.draw(st.sampled_from(ANSWERS[target]))
    raw = json.dumps(data.draw(DECLARED[target].strategy(schema))).encode()
    note(f"{module} {status}: {raw[:2000]!r}")
    fast, pure = both_readers(module, status, raw, fallback=False)
    assert pure[0] == "model", pure
    assert fast == pure


def test_without_msgspec_installed_the_client_reads_with_from_dict() -> None:
    script = (
        "import sys; sys.modules['msgspec'] = None\n"
        "from veeam_agents_client import types, models\n"
        'page = types.read_json(models.PaginationResult, b\'{"total": 1, "count": 1, "skip": 0}\')\n'
        "assert types._msgspec is None and not types._decoders[models.PaginationResult]\n"
        "print(page.total, page.additional_properties)\n"
    )
    done = fresh_python(script)
    assert done.returncode == 0 and done.stdout == "1 {}\n", done.stderr


def test_the_client_imports_msgspec_on_its_first_read_not_with_itself() -> None:
    script = (
        "import sys\n"
        "import veeam_agents_client, veeam_agents_client.models\n"
        "assert 'msgspec' not in sys.modules\n"
        "from veeam_agents_client import types, models\n"
        'types.read_json(models.PaginationResult, b\'{"total": 1, "count": 1}\')\n'
        "print('msgspec' in sys.modules)\n"
    )
    done = fresh_python(script)
    assert done.returncode == 0 and done.stdout == "True\n", done.stderr
