"""Shared test helpers: the facts and document on disk, and a scripted in-process VBR stub."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pathlib
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import yaml

import veeam_agents_client
from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.models import ELoginGrantType
from veeam_agents_client.revisions import ENUM_SPELLINGS
from veeam_agents_client.testing import DEFAULT_PASSWORD, RunningServer

pytest_plugins = ["pytester"]

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The repository's tools know where the document and Veeam's facts are. Appended, not prepended:
# the package under test stays the installed one.
sys.path.append(str(ROOT))
from tools.spec import DOCUMENT as SPEC_PATH  # noqa: E402
from tools.spec import load, published_revisions, revision_key  # noqa: E402

REVISIONS = published_revisions()


def unknown_revisions_of_an_older_server() -> list[str]:
    """What a server of the oldest revision's generation accepts besides it, none of which this client
    knows (a VBR 12.2 lists v1.0-rev1, v1.0-rev2, v1.1-rev0, v1.1-rev1, v1.1-rev2): two revisions of
    the minor version before the oldest, and the two that followed the oldest."""
    major, minor, rev = revision_key(REVISIONS[0])
    before = [f"{major}.{minor - 1}-rev{n}" for n in (1, 2)] if minor else []
    unknown = [*before, *(f"{major}.{minor}-rev{rev + n}" for n in (1, 2))]
    assert not set(unknown) & set(REVISIONS), unknown
    return unknown


# The grant types as the document's revision spells them.
PASSWORD, REFRESH = ELoginGrantType.PASSWORD.value, ELoginGrantType.REFRESH_TOKEN.value
RAW_ONLY_OPERATIONS: frozenset[str] = frozenset()
"""Operation ids of the document that have no call of the client yet (reachable through `vbr.raw`).

Empty while every operation has its call. A new revision's operations are listed here on the day
the generated surface moves, and leave as their calls are written: every other operation must have
a call, and the fake and the conformance tests serve only those.
"""

BASE_URL = "https://vbr.example.test:9419"

GROUP_ID = "c2600b42-7c64-4219-a447-95bd33e70c1a"
ENTITY_ID = "7e76a5bb-287a-490e-ae0a-5e852ea775ee"
TOKEN_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08"
SESSION_ID = "8ca855d7-4bde-4277-bbc9-fabd606d0a5e"

# The package under test must be the installed one (generated code + custom/ merged), never the source tree.
assert "site-packages" in veeam_agents_client.__file__, veeam_agents_client.__file__
assert str(ROOT) not in sys.path[:1]


class Clock:
    """A hand-driven clock for the fake VBR (``FakeVBR(clock=...)``)."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


@pytest.fixture(scope="session", params=REVISIONS)
def facts(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Veeam's published facts of each revision in openapi/veeam/ (a missing file fails, never skips)."""
    facts: dict[str, Any] = load(request.param)
    return facts


@pytest.fixture(scope="session")
def newest_facts() -> dict[str, Any]:
    facts: dict[str, Any] = load(REVISIONS[-1])
    return facts


def example(spec: dict[str, Any], name: str) -> Any:
    return spec["components"]["examples"][name]["value"]


Handler = Callable[[httpx.Request], httpx.Response]


def run_example(
    name: str, server: RunningServer, *args: str, expect_failure: bool = False, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run ``examples/<name>`` against a served fake as a user would against a real server: VBR_URL
    and credentials in the environment (none inherited), the fake's CA as VBR_CA_BUNDLE."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("VBR_")} | {
        "VBR_URL": server.base_url,
        "VBR_USERNAME": "admin",
        "VBR_PASSWORD": DEFAULT_PASSWORD,
        "VBR_CA_BUNDLE": str(server.ca_path),
        **env,
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args],
        env=environment,
        cwd=ROOT / "examples",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (result.returncode != 0) == expect_failure, result.stderr
    return result


def public_methods() -> list[tuple[str, str, Any]]:
    """(namespace, method name, function) for every public method of every namespace of the client,
    found from its `_Namespace` descriptors (inherited ones too: the generated list calls)."""
    from veeam_agents_client._client import _Namespace

    found = []
    for namespace, descriptor in vars(VeeamAgentsClient).items():
        if isinstance(descriptor, _Namespace):
            cls = getattr(importlib.import_module(descriptor._module, "veeam_agents_client"), descriptor._class)
            found += [(namespace, name, function) for name, function in inspect.getmembers(cls, inspect.isfunction)
                      if not name.startswith("_")]  # fmt: skip
    return found


async def first_items(iterator: Any, count: int = 3) -> list[Any]:
    """The first `count` items of an async iterator, which is closed then."""
    items = []
    try:
        async for item in iterator:
            items.append(item)
            if len(items) == count:
                break
    finally:
        await iterator.aclose()
    return items


def fresh_python(code: str, *, cwd: pathlib.Path = pathlib.Path("/")) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter of this environment (by default where no source folder
    shadows the installed package): what a user's process sees, with nothing this suite imported."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


def error_body(code: str, message: str, resource_id: str | None = None) -> dict[str, Any]:
    body = {"errorCode": code, "message": message}
    if resource_id:
        body["resourceId"] = resource_id
    return body


class VBRStub:
    """A scripted VBR for in-process tests: real token logic, routes you set per test.

    Every request is recorded in `requests`; token requests in `token_requests`.
    """

    def __init__(
        self,
        *,
        expires_in: int = 900,
        password: str = "s3cret-pw",
        versions: tuple[str, ...] | None = None,
        refusal: str = "Unsupported RESTAPI version. The following versions are supported: {listed}.",
        access_token: str = "access-{issued}-tok",
    ) -> None:
        self.versions = versions  # None: any x-api-version; else VBR's 400 for the others
        # The 400's message: {listed} the versions as VBR lists them ("v" before each, comma-separated),
        # {plain} without the v's, {lines} one per line, {sent} the refused header.
        self.refusal = refusal
        self.access_token = access_token  # the access tokens issued: {issued} counts them
        self.expires_in = expires_in
        self.password = password
        self.requests: list[httpx.Request] = []
        self.token_requests: list[dict[str, str]] = []
        self.valid_access: set[str] = set()
        self.valid_refresh: set[str] = set()
        self.routes: dict[tuple[str, str], Handler] = {}
        self.issued = 0
        self.refuse_refresh = False
        self.logouts = 0

    def route(self, method: str, path: str, handler: Handler | tuple[int, Any] | Any) -> None:
        if not callable(handler):
            status, body = handler if isinstance(handler, tuple) else (200, handler)
            content = body if isinstance(body, bytes) else json.dumps(body).encode()

            def handler(request: httpx.Request, status: int = status, content: bytes = content) -> httpx.Response:
                return httpx.Response(status, content=content, headers={"content-type": "application/json"})

        self.routes[(method, path)] = handler

    def revoke_all(self) -> None:
        self.valid_access.clear()

    def answer_logins_with(self, body: bytes | dict[str, Any], *, times: int = 1) -> None:
        """The next `times` successful password logins answer `body` instead of the stub's own
        (ISSUED and REFRESH in it become the tokens the stub issued)."""
        issue = self._token

        def answer(request: httpx.Request) -> httpx.Response:
            nonlocal times
            response = issue(request)
            if response.status_code != 200 or times == 0:
                return response
            times -= 1
            issued = response.json()
            content = body if isinstance(body, bytes) else json.dumps(body).encode()
            content = content.replace(b"ISSUED", issued["access_token"].encode())
            content = content.replace(b"REFRESH", issued["refresh_token"].encode())
            return httpx.Response(200, content=content, headers={"content-type": "application/json"})

        self._token = answer  # type: ignore[method-assign]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        version = request.headers.get("x-api-version", "")
        if self.versions is not None and version not in self.versions:
            listed = ", ".join(f"v{supported}" for supported in self.versions)
            message = self.refusal.format(
                listed=listed,
                sent=version,
                plain=", ".join(self.versions),
                lines="".join(f"\n v{supported}" for supported in self.versions),
            )
            return httpx.Response(400, json=error_body("UnexpectedContent", message))
        if path == "/api/oauth2/token":
            return self._token(request)
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.valid_access:
            return httpx.Response(401, json=error_body("InvalidToken", "The token is invalid or expired"))
        if path == "/api/oauth2/logout":
            self.logouts += 1
            self.valid_access.discard(token)
            return httpx.Response(200, json={})
        handler = self.routes.get((request.method, path))
        if handler is None:
            return httpx.Response(404, json=error_body("NotFound", f"no route {request.method} {path}"))
        return handler(request)

    def _token(self, request: httpx.Request) -> httpx.Response:
        form = dict(httpx.QueryParams(request.content.decode()))
        self.token_requests.append(form)
        # The grant types as the request's revision spells them (the document's spelling otherwise).
        spelling = ENUM_SPELLINGS["ELoginGrantType"].get(request.headers.get("x-api-version", ""), {})
        grant = form.get("grant_type")
        if grant == spelling.get(PASSWORD, PASSWORD):
            if form.get("username") != "admin" or form.get("password") != self.password:
                return httpx.Response(401, json=error_body("AccessDenied", "Invalid username or password"))
        elif grant == spelling.get(REFRESH, REFRESH):
            refresh = form.get("refresh_token", "")
            if self.refuse_refresh or refresh not in self.valid_refresh:
                return httpx.Response(400, json=error_body("InvalidToken", "The refresh token is invalid"))
            self.valid_refresh.discard(refresh)  # single use, as on VBR
        else:
            return httpx.Response(400, json=error_body("UnexpectedContent", "unsupported grant"))
        self.issued += 1
        access, refresh = self.access_token.format(issued=self.issued), f"refresh-{self.issued}-tok"
        self.valid_access.add(access)
        self.valid_refresh.add(refresh)
        return httpx.Response(
            200,
            json={
                "access_token": access,
                "token_type": "bearer",
                "refresh_token": refresh,
                "expires_in": self.expires_in,
                ".issued": "2025-04-24T14:24:18+01:00",
                ".expires": "2025-04-24T14:39:18+01:00",
            },
        )

    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not r.url.path.startswith("/api/oauth2/")]


@pytest.fixture
def stub() -> VBRStub:
    return VBRStub()


@pytest.fixture
def make_client(stub: VBRStub) -> Callable[..., VeeamAgentsClient]:
    def make(**kwargs: Any) -> VeeamAgentsClient:
        kwargs.setdefault("username", "admin")
        kwargs.setdefault("password", stub.password)
        kwargs.setdefault("transport", httpx.MockTransport(stub))
        return VeeamAgentsClient(kwargs.pop("base_url", BASE_URL), **kwargs)

    return make
