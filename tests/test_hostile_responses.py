"""Anything a server, proxy or gateway can send ends, through the public client, in a model of the
documented type or a `VeeamError`, never a raw KeyError/TypeError/... from deep inside the parsing:
valid bodies, hostile bodies under any status, each field of a valid body of another type, a bad
login answer.

Wrong and right arguments to the public methods have their own properties, in test_arguments.py.
Payloads come from the document's own schemas (tests/document_strategies.py), drawn derandomized.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import pytest
from conftest import BASE_URL, ENTITY_ID, GROUP_ID, SESSION_ID, TOKEN_ID, VBRStub, first_items
from document_strategies import ENTITY_CLASSES, ENTITY_KINDS, PROPS, SESSION, payloads
from hypothesis import given, settings
from hypothesis import strategies as st

from veeam_agents_client import (
    ApiError,
    BadRequestError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    Page,
    RateLimitError,
    UnauthorizedError,
    UnexpectedResponseError,
    VeeamAgentsClient,
    VeeamError,
    models,
)
from veeam_agents_client._errors import redact_secrets
from veeam_agents_client.errors import ResponseFieldError

# ---------------------------------------------------------------------------------------------
# Through the public client
# ---------------------------------------------------------------------------------------------

TOKENS_PATH = "/api/v1/agents/recoveryTokens"
ENTITIES_PATH = f"/api/v1/agents/protectionGroups/{GROUP_ID}/discoveredEntities"


def page_of(item_class: type | tuple[type, ...]) -> Callable[[Any], bool]:
    return lambda result: isinstance(result, Page) and all(isinstance(item, item_class) for item in result.data)


# name -> (call, path served, schema of a valid 200 body, check of the result)
OPERATIONS: dict[str, tuple[Callable[[VeeamAgentsClient], Coroutine[Any, Any, Any]], str, str, Any]] = {
    "recovery_tokens.get": (
        lambda vbr: vbr.recovery_tokens.get(TOKEN_ID),
        f"{TOKENS_PATH}/{TOKEN_ID}",
        "ComputerRecoveryTokenModel",
        lambda result: type(result) is models.ComputerRecoveryTokenModel,
    ),
    "recovery_tokens.list": (
        lambda vbr: vbr.recovery_tokens.list(limit=2),
        TOKENS_PATH,
        "ComputerRecoveryTokenResult",
        page_of(models.ComputerRecoveryTokenModel),
    ),
    "recovery_tokens.iterate": (
        lambda vbr: first_items(vbr.recovery_tokens.iterate(page_size=1)),
        TOKENS_PATH,
        "ComputerRecoveryTokenResult",
        lambda result: all(type(item) is models.ComputerRecoveryTokenModel for item in result),
    ),
    "discovered_entities.get": (
        lambda vbr: vbr.discovered_entities.get(GROUP_ID, ENTITY_ID),
        f"{ENTITIES_PATH}/{ENTITY_ID}",
        "Computer",  # replaced per example by a drawn kind
        lambda result: type(result) in (*ENTITY_CLASSES.values(), models.DiscoveredEntityModel),
    ),
    "discovered_entities.list": (
        lambda vbr: vbr.discovered_entities.list(GROUP_ID),
        ENTITIES_PATH,
        "DiscoveredEntitiesResult",
        page_of((*ENTITY_CLASSES.values(), models.DiscoveredEntityModel)),
    ),
    "sessions.get": (
        lambda vbr: vbr.sessions.get(SESSION_ID),
        f"/api/v1/sessions/{SESSION_ID}",
        "SessionModel",
        lambda result: type(result) is models.SessionModel,
    ),
    "agent_packages.list_linux": (
        lambda vbr: vbr.agent_packages.list_linux(),
        "/api/v1/agents/packages/linux",
        "LinuxPackageResult",
        page_of(models.LinuxPackageModel),
    ),
    "agent_packages.iterate_unix": (
        lambda vbr: first_items(vbr.agent_packages.iterate_unix(page_size=1)),
        "/api/v1/agents/packages/unix",
        "UnixPackageResult",
        lambda result: all(type(item) is models.UnixPackageModel for item in result),
    ),
}
LAST_PAGE = json.dumps({"data": [], "pagination": {"total": 0, "count": 0}}).encode()


def serve(stub: VBRStub, path: str, status: int, content: bytes, content_type: str = "application/json") -> None:
    """Serve `content` for the first page (and for any other GET of `path`); later pages are empty."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("skip", "0") != "0":
            return httpx.Response(200, content=LAST_PAGE, headers={"content-type": "application/json"})
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    stub.route("GET", path, handler)


def run(make: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
    return asyncio.run(make())


async def outcome(stub: VBRStub, operation: str) -> Any:
    """The operation's result, or the VeeamError it raised; anything else fails the test."""
    call = OPERATIONS[operation][0]
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, max_retries=0,
                            transport=httpx.MockTransport(stub))  # fmt: skip
    async with vbr:
        try:
            return await call(vbr)
        except VeeamError as exc:
            return exc
        except Exception as exc:
            raise AssertionError(f"{operation} raised a raw {type(exc).__name__}: {exc!r}") from exc


def response_schema(operation: str, schema: Any, data: st.DataObject) -> Any:
    """The schema to build a body from: one entity kind, drawn, for the single discovered entity."""
    if operation == "discovered_entities.get":
        return data.draw(st.sampled_from(sorted(ENTITY_KINDS)), label="kind")
    return schema


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@settings(PROPS, max_examples=15)
@given(data=st.data())
def test_a_valid_body_gives_the_documented_model(operation: str, data: st.DataObject) -> None:
    _, path, schema, check = OPERATIONS[operation]
    schema = response_schema(operation, schema, data)
    payload = data.draw(payloads(schema), label="payload")
    stub = VBRStub()
    serve(stub, path, 200, json.dumps(payload).encode())
    result = run(lambda: outcome(stub, operation))
    assert not isinstance(result, VeeamError), result
    assert check(result), result
    if operation == "discovered_entities.get":
        assert type(result) is ENTITY_CLASSES[schema]


# --- hostile bodies -------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_in(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_in(item, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, schema: str) -> Any:
    """A valid payload with one value anywhere in it replaced by JSON of another type (or its key removed)."""
    payload = draw(payloads(schema))
    paths = paths_in(payload)
    if not paths:
        return draw(json_values)
    path = draw(st.sampled_from(paths))
    parent = payload
    for step in path[:-1]:
        parent = parent[step]
    if isinstance(parent, dict) and draw(st.integers(0, 3)) == 0:
        del parent[path[-1]]
    else:
        old = type(parent[path[-1]])
        parent[path[-1]] = draw(json_values.filter(lambda value: type(value) is not old))
    return payload


def bodies(schema: str) -> st.SearchStrategy[tuple[bytes, str]]:
    as_json = lambda value: (json.dumps(value, allow_nan=True).encode(), "application/json")  # noqa: E731
    html = st.builds(
        "<html><head><title>{}</title></head><body>{}</body></html>".format, st.text(max_size=20), st.text(max_size=40)
    ).map(lambda page: (page.encode(), "text/html"))
    truncated = payloads(schema).flatmap(
        lambda value: st.integers(0, max(0, len(json.dumps(value)) - 1)).map(lambda n: json.dumps(value)[:n])
    )
    deep = st.integers(500, 100_000).map(lambda n: b"[" * n + b"]" * n)
    big_number = st.integers(4_301, 6_000).map(lambda n: b'{"total": ' + b"7" * n + b"}")
    bad_utf8 = st.tuples(st.binary(max_size=20), st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\x80"]))
    others = st.one_of(
        json_values.map(as_json),
        truncated.map(lambda text: (text.encode(), "application/json")),
        html,
        st.just((b"", "application/json")),
        st.just((b"", "text/plain")),
        st.binary(max_size=64).map(lambda raw: (raw, "application/octet-stream")),
        bad_utf8.map(lambda parts: (b'{"id": "' + parts[0] + parts[1] + b'"}', "application/json")),
        st.sampled_from([b"NaN", b"Infinity", b"-Infinity", b'{"data": NaN}']).map(
            lambda raw: (raw, "application/json")
        ),
        deep.map(lambda raw: (raw, "application/json")),
        big_number.map(lambda raw: (raw, "application/json")),
    )
    # Half the bodies are nearly right: the hardest for a parser, and what a buggy server sends.
    return st.one_of(mutated(schema).map(as_json), others)


STATUSES = [200, 201, 202, 204, 302, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504, 520]
STATUS_ERRORS = {400: BadRequestError, 401: UnauthorizedError, 403: ForbiddenError, 404: NotFoundError,
                 429: RateLimitError}  # fmt: skip


def error_class(status: int) -> type[ApiError]:
    return STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else ApiError)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@settings(PROPS, max_examples=100)
@given(data=st.data())
def test_anything_else_raises_the_library_errors(operation: str, data: st.DataObject) -> None:
    _, path, schema, check = OPERATIONS[operation]
    schema = response_schema(operation, schema, data)
    status = data.draw(st.just(200) | st.sampled_from(STATUSES), label="status")  # half 200: the parsing path
    content, content_type = data.draw(bodies(schema), label="body")
    stub = VBRStub()
    serve(stub, path, status, content, content_type)

    result = run(lambda: outcome(stub, operation))

    text = redact_secrets(content.decode("utf-8", "replace"))
    if not 200 <= status < 300:  # a redirect is no success either
        assert type(result) is error_class(status), result
        assert (result.status_code, result.body) == (status, text)
        assert len(stub.api_requests()) == (2 if status == 401 else 1)  # one replay after logging in again
    elif isinstance(result, VeeamError):
        assert type(result) is UnexpectedResponseError, result
        assert (result.status_code, result.body) == (status, text)
    else:
        assert status == 200, f"{status} gave {result!r}"
        assert check(result), result


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@settings(PROPS, max_examples=8)
@given(data=st.data())
def test_each_field_of_another_type_gives_a_model_or_the_library_error(operation: str, data: st.DataObject) -> None:
    """Every field of a valid 200 body in turn (not only one drawn at random) gets values of the
    other JSON types: the answer is still the documented model or an UnexpectedResponseError."""
    _, path, schema, check = OPERATIONS[operation]
    schema = response_schema(operation, schema, data)
    payload = data.draw(payloads(schema).filter(lambda value: value.get("data") != []), label="payload")
    bodies = []
    for where in paths_in(payload):
        for replacement in ("7", None, [], {}, True, 1.5):
            copy = json.loads(json.dumps(payload))
            parent = copy
            for step in where[:-1]:
                parent = parent[step]
            if type(parent[where[-1]]) is not type(replacement):
                parent[where[-1]] = replacement
                bodies.append(json.dumps(copy).encode())
    stub = VBRStub()
    current: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        content = current[0] if request.url.params.get("skip", "0") == "0" else LAST_PAGE
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    stub.route("GET", path, handler)

    async def scenario() -> None:
        vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, max_retries=0,
                                transport=httpx.MockTransport(stub), logout_on_close=False)  # fmt: skip
        async with vbr:
            for body in bodies:
                current[:] = [body]
                try:
                    result = await OPERATIONS[operation][0](vbr)
                except VeeamError as exc:
                    assert type(exc) is UnexpectedResponseError, exc
                except Exception as exc:
                    raise AssertionError(f"{operation} raised a raw {type(exc).__name__} for {body!r}") from exc
                else:
                    assert check(result), result

    run(scenario)


@settings(PROPS, max_examples=60)
@given(body=bodies("TokenModel"))
def test_a_bad_token_body_raises_the_library_errors(body: tuple[bytes, str]) -> None:
    """The login answer is parsed (and used) too: a bad one must not escape raw either."""
    content, content_type = body

    class BadLogin(VBRStub):
        def _token(self, request: httpx.Request) -> httpx.Response:
            super()._token(request)
            return httpx.Response(200, content=content, headers={"content-type": content_type})

    stub = BadLogin()
    stub.route("GET", f"{TOKENS_PATH}/{TOKEN_ID}", (404, {"errorCode": "NotFound", "message": "gone"}))

    async def scenario() -> Any:
        vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, max_retries=0,
                                transport=httpx.MockTransport(stub), logout_on_close=False)  # fmt: skip
        try:
            async with vbr:
                return await vbr.recovery_tokens.get(TOKEN_ID)
        except VeeamError as exc:
            return exc
        except Exception as exc:
            raise AssertionError(f"login raised a raw {type(exc).__name__}: {exc!r}") from exc

    result = run(scenario)
    assert isinstance(result, VeeamError), result


# ---------------------------------------------------------------------------------------------
# Regressions for what the properties above found
# ---------------------------------------------------------------------------------------------


async def test_regression_a_wrongly_typed_scalar_is_an_unexpected_response(stub, make_client) -> None:
    """pagination.total as a string made Page.next_skip raise a raw TypeError inside iterate()."""
    token = {"id": TOKEN_ID, "name": "t", "expirationDate": "2030-01-01T00:00:00+00:00"}
    stub.route("GET", TOKENS_PATH, (200, {"data": [token], "pagination": {"total": "5", "count": 1}}))
    async with make_client(max_retries=0) as vbr:
        with pytest.raises(UnexpectedResponseError):
            await first_items(vbr.recovery_tokens.iterate(page_size=1))
    with pytest.raises(ResponseFieldError, match="total"):
        models.PaginationResult.from_dict({"total": "5", "count": 1})
    with pytest.raises(ResponseFieldError, match="usn"):
        models.SessionModel.from_dict({**SESSION, "usn": 1.5})


@pytest.mark.parametrize("token_body", [
    {"access_token": None, "token_type": "bearer", "refresh_token": "r", "expires_in": 900,
     ".issued": "2025-04-24T14:24:18+01:00", ".expires": "2025-04-24T14:39:18+01:00"},
    {"access_token": ["a"], "token_type": "bearer", "refresh_token": "r", "expires_in": 10**400,
     ".issued": "2025-04-24T14:24:18+01:00", ".expires": "2025-04-24T14:39:18+01:00"},
    {"access_token": "", "token_type": "bearer", "refresh_token": "r", "expires_in": 900,
     ".issued": "2025-04-24T14:24:18+01:00", ".expires": "2025-04-24T14:39:18+01:00"},
])  # fmt: skip
async def test_regression_a_token_answer_without_an_access_token_is_an_unexpected_response(token_body) -> None:
    """Without a usable access token the login fails with the library's error, never a raw one
    (an answer with one is usable whatever its lifetime says: tests/test_auth.py)."""
    content = json.dumps(token_body).encode()

    class BadLogin(VBRStub):
        def _token(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    stub = BadLogin()
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub))
    with pytest.raises(UnexpectedResponseError) as caught:
        await vbr.login()
    await vbr.aclose()
    assert caught.value.status_code == 200
