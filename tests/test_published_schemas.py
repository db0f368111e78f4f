"""Answers that Veeam's published contract allows, for every revision, read without surprises.

Bodies come from the schemas in Veeam's own documents (openapi/veeam/*.facts.json), not from this
project's document: a discriminated item's `type` is drawn apart from the fields it carries (the
published schemas do not tie them), integers span their whole format, enums list what that revision
lists, timestamps are written every way RFC 3339 allows. Each operation the generated client has a
module for (matched by operationId) is called through the library's one response handler:

1. a body valid under the published schema never raises;
2. any other body (a value of another JSON type, a field removed) gives a model or a VeeamError.

Operations come from the generated package, so the test widens by itself as more get generated.
Runs derandomized: CI sees the same examples every time.
"""

from __future__ import annotations

import asyncio
import enum
import importlib
import inspect
import json
import pkgutil
import re
import typing
import uuid
from typing import Any

import httpx
import pytest
import yaml
from conftest import BASE_URL, REVISIONS, SPEC_PATH, VBRStub
from contract import FACTS, PROPS, PUBLISHED
from hypothesis import given, note, reject, settings
from hypothesis import strategies as st

import veeam_agents_client.api
from veeam_agents_client import VeeamAgentsClient, VeeamError
from veeam_agents_client._errors import redact_secrets
from veeam_agents_client._response import call

# Calling a deprecated operation warns (the deprecation tests check that): here only the answers count.
pytestmark = pytest.mark.filterwarnings("ignore:VBR deprecates:DeprecationWarning")

MODULES = {
    name: importlib.import_module(f"{veeam_agents_client.api.__name__}.{group}.{name}")
    for _, group, _ in pkgutil.iter_modules(veeam_agents_client.api.__path__)
    for _, name, _ in pkgutil.iter_modules([f"{veeam_agents_client.api.__path__[0]}/{group}"])
}
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())


def snake(name: str) -> str:
    """The module name the generator gives an operationId: InstallCBTDriver -> install_cbt_driver."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    """(revision, operationId, status, operation) for each published operation the client has."""
    found = []
    for revision, facts in FACTS.items():
        for item in facts["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and snake(operation.get("operationId", "")) in MODULES:
                    status = min(code for code in operation["responses"] if code.startswith("2"))
                    found.append((revision, operation["operationId"], status, operation))
    return found


OPERATIONS = operations()


# ---------------------------------------------------------------------------------------------
# Payloads from a published schema
# ---------------------------------------------------------------------------------------------


def response_body(revision: str, operation: dict[str, Any], status: str) -> st.SearchStrategy[bytes]:
    response = operation["responses"][status]
    if "$ref" in response:
        response = FACTS[revision]["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    content = response.get("content", {}).get("application/json")
    if content is None:
        return st.just(b"")
    return PUBLISHED[revision].strategy(content["schema"]).map(lambda value: json.dumps(value).encode())


# ---------------------------------------------------------------------------------------------
# Calling an operation through the library's response handler
# ---------------------------------------------------------------------------------------------


def arguments(module: Any, revision: str, operation: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """Required parameters: a UUID for an ID, an enum's first member, true, 1; a request body drawn from the
    published request schema, read into the first model of the body's type that takes it."""
    hints = typing.get_type_hints(module.asyncio_detailed)
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(module.asyncio_detailed).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        hint = hints[name]
        if name == "body":
            schema = next(iter(operation["requestBody"]["content"].values()))["schema"]
            payload = data.draw(PUBLISHED[revision].strategy(schema), label="request")
            kwargs[name] = request_body(typing.get_args(hint) or (hint,), payload)
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            kwargs[name] = next(iter(hint))
        else:
            kwargs[name] = {uuid.UUID: uuid.uuid4(), str: str(uuid.uuid4()), bool: True, int: 1}[hint]
    return kwargs


def request_body(classes: tuple[Any, ...], payload: Any) -> Any:
    for model in classes:
        try:
            return model.from_dict(payload)
        except ValueError:
            continue
    reject()  # the request is not what this test is about: draw another


class Server:
    """One logged-in client for the whole module, on one event loop, in front of a server that
    answers every API request with the status and body of the current example."""

    def __init__(self) -> None:
        self.status, self.body = 200, b""
        self.runner = asyncio.Runner()
        stub = VBRStub()
        self.client = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, max_retries=0,
                                        transport=httpx.MockTransport(lambda request: self.serve(request, stub)),
                                        logout_on_close=False)  # fmt: skip
        self.runner.run(self.client.login())
        self.logged_in = True

    def serve(self, request: httpx.Request, stub: VBRStub) -> httpx.Response:
        if request.url.path == "/api/oauth2/token" and not getattr(self, "logged_in", False):
            return stub(request)  # our own login; after it, token requests get the example's body too
        return httpx.Response(self.status, content=self.body, headers={"content-type": "application/json"})

    def outcome(self, module: Any, kwargs: dict[str, Any], status: int, body: bytes) -> Any:
        """The call's result or the VeeamError it raised; any other exception fails the test."""
        self.status, self.body = status, body
        try:
            return self.runner.run(call(module.asyncio_detailed, object, client=self.client.raw, **kwargs))
        except VeeamError as exc:
            return exc
        except Exception as exc:
            raise AssertionError(f"{module.__name__} raised a raw {type(exc).__name__}: {exc!r}") from exc

    def close(self) -> None:
        self.runner.run(self.client.aclose())
        self.runner.close()


@pytest.fixture(scope="module")
def server() -> Any:
    server = Server()
    yield server
    server.close()


def success_status(operation_id: str, published: str) -> int:
    """The published success status if this project's document has it for the operation, else the
    document's own: the question here is whether the body is read."""
    documented = [code for item in SPEC["paths"].values() for operation in item.values()
                  if isinstance(operation, dict) and operation.get("operationId") == operation_id
                  for code in operation["responses"] if code.startswith("2")]  # fmt: skip
    return int(published if published in documented else min(documented))


def ids(case: tuple[str, str, str, dict[str, Any]]) -> str:
    return f"{case[0]}-{case[1]}"


def drawn_call(case: tuple[str, str, str, Any], data: st.DataObject) -> tuple[Any, dict[str, Any], int, bytes]:
    """The operation's module, its arguments, the success status to answer with and a valid body."""
    revision, operation_id, published, operation = case
    module = MODULES[snake(operation_id)]
    kwargs = arguments(module, revision, operation, data)
    body = data.draw(response_body(revision, operation, published), label="valid body")
    return module, kwargs, success_status(operation_id, published), body


@pytest.mark.parametrize("case", OPERATIONS, ids=ids)
@settings(PROPS, max_examples=8)
@given(data=st.data())
def test_a_body_the_published_schema_allows_never_raises(
    server: Server, case: tuple[str, str, str, Any], data: st.DataObject
) -> None:
    module, kwargs, status, body = drawn_call(case, data)
    result = server.outcome(module, kwargs, status, body)
    assert not isinstance(result, VeeamError), result
    assert body == b"" or status == 204 or result is not None  # a 204 carries nothing, whatever is sent


def mutated(value: Any, data: st.DataObject) -> Any:
    """The value with one thing in it replaced by JSON of another type, or one field removed."""
    places: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        for key, item in node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ():
            places.append((node, key))
            walk(item)

    walk(value)
    if not places:
        return data.draw(st.integers() | st.text(max_size=4) | st.lists(st.none(), max_size=2), label="replacement")
    parent, key = data.draw(st.sampled_from(places), label="where")
    if isinstance(parent, dict) and data.draw(st.booleans(), label="remove"):
        del parent[key]
    else:
        others = st.none() | st.booleans() | st.integers() | st.text(max_size=6) | st.just([]) | st.just({"x": 1})
        parent[key] = data.draw(others.filter(lambda new: type(new) is not type(parent[key])), label="replacement")
    return value


@pytest.mark.parametrize("case", OPERATIONS, ids=ids)
@settings(PROPS, max_examples=8)
@given(data=st.data())
def test_any_other_body_gives_a_model_or_a_library_error(
    server: Server, case: tuple[str, str, str, Any], data: st.DataObject
) -> None:
    module, kwargs, status, valid = drawn_call(case, data)
    body = json.dumps(mutated(json.loads(valid), data)).encode() if valid else b"[]"
    note(body.decode())
    result = server.outcome(module, kwargs, status, body)
    if isinstance(result, VeeamError):
        kept = redact_secrets(body.decode())  # bodies are kept with the document's x-secret fields redacted
        assert (result.status_code, result.body) == (status, kept), result  # type: ignore[attr-defined]


def test_every_revision_and_the_operations_the_client_has_are_covered() -> None:
    assert set(FACTS) == set(REVISIONS) and len(REVISIONS) >= 4
    assert {snake(operation_id) for _, operation_id, _, _ in OPERATIONS} == set(MODULES)
