"""A server speaking one revision's published contract with drawn data (tests/contract.py), and a
client logged in to it: what it served, and the library's log while it did.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import logging
import pathlib
import shutil
import tempfile
import warnings
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from conftest import BASE_URL, VBRStub
from contract import SECRET_MARK, FileAnswer, Published, file_answers, mutated
from hypothesis import strategies as st

from veeam_agents_client import VeeamAgentsClient, VeeamError
from veeam_agents_client._constants import LOGGER
from veeam_agents_client._revisions import revision_key
from veeam_agents_client.revisions import REVISIONS
from veeam_agents_client.types import OPERATION


@dataclass(frozen=True)
class Served:
    """One API answer the server gave."""

    module: str
    status: int
    content: bytes
    mutated: bool
    file: FileAnswer | None = None


class ContractServer:
    """A VBR speaking one revision's published contract with drawn data, and one client logged in to
    it, shared by the examples of a test (login, negotiation and set-up are paid once).

    The client offers its newest revision and agrees on the server's. For each example `start` hands
    over the hypothesis data; every API request is then answered with the operation's documented
    success status and: a JSON body drawn from the published schema; for a list, pages cut from one
    drawn list (IDs and names unique, so a walk ends); for a polled operation, the answers of the
    script the test set; for a file, drawn headers and bytes. With `broken`, each JSON answer may come
    mutated. The library's log, at DEBUG, is kept in `logs`."""

    def __init__(self, contract: Published, *, page_size: int = 2) -> None:
        self.contract = contract
        known = [revision for revision in REVISIONS if revision_key(revision) <= revision_key(contract.revision)]
        self.stub = VBRStub(password=f"pw-{SECRET_MARK}", versions=tuple(known))
        self.logs: list[str] = []
        self._handler = LogCollector(self.logs)
        self._level = LOGGER.level
        LOGGER.addHandler(self._handler)
        LOGGER.setLevel(logging.DEBUG)
        self.scratch = pathlib.Path(tempfile.mkdtemp(prefix="contract-"))
        self.runner = asyncio.Runner()
        self.client = VeeamAgentsClient(BASE_URL, username="admin", password=self.stub.password, max_retries=0,
                                        page_size=page_size, logout_on_close=False,
                                        transport=httpx.MockTransport(self.handle))  # fmt: skip
        self.runner.run(self.client.login())
        assert self.client.api_version == contract.revision
        self.start(None)

    def start(self, data: st.DataObject | None, *, broken: bool = False) -> None:
        self.data, self.broken = data, broken
        self.served: list[Served] = []
        self.lists: dict[str, tuple[Any, list[Any], int | None]] = {}  # module -> (page template, items, page cap)
        self.scripts: dict[str, list[Any]] = {}  # module -> the answers its polls get, the last one from then on
        self.logs.clear()

    def new_folder(self) -> pathlib.Path:
        """An empty folder (`folder`), alone in a folder of its own: a download may write there and
        nowhere else."""
        self.folder = self.scratch / str(len(list(self.scratch.iterdir()))) / "downloads"
        self.folder.mkdir(parents=True)
        return self.folder

    def draw(self, strategy: st.SearchStrategy[Any], label: str) -> Any:
        assert self.data is not None, "an API request outside an example"
        return self.data.draw(strategy, label=label)

    def run(self, call: Callable[[VeeamAgentsClient], Any]) -> Any:
        """What `call(client)` gives, awaited (an async iterator walked to its end into a list), or
        the VeeamError it raised; any other exception propagates. Deprecation warnings are not the
        question here."""

        async def outcome() -> Any:
            result = call(self.client)
            if inspect.isawaitable(result):
                result = await result
            if isinstance(result, AsyncIterator):
                result = [item async for item in result]
            return result

        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "VBR deprecates", DeprecationWarning)
            try:
                return self.runner.run(outcome())
            except VeeamError as exc:
                return exc

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/oauth2/"):
            return self.stub(request)
        assert request.headers["x-api-version"] == self.contract.revision
        assert request.headers["authorization"].removeprefix("Bearer ") in self.stub.valid_access
        module = request.extensions.get(OPERATION)  # every generated function names its operation
        assert module is not None, request.url.path
        status = self.contract.success_status(module)
        answer = self.contract.answer(module)
        mutable = status != 204 and "application/json" in answer  # a 204 ends with its headers (HTTP)
        first = not any(served.mutated for served in self.served)  # a broken example breaks one answer at least
        broken = self.broken and (first or self.draw(st.booleans(), label=f"{module} broken"))
        if broken and (not mutable or self.draw(st.booleans(), label=f"{module} error")):
            return self.error(module)
        if answer and not mutable and status != 204:
            file = self.draw(file_answers(answer), label=f"{module} file")
            self.served.append(Served(module, status, file.body, mutated=False, file=file))
            return httpx.Response(status, headers=file.headers, stream=httpx.ByteStream(file.body))
        body = self.body(module, answer.get("application/json"), request) if mutable else _NOTHING
        content = b"" if body is _NOTHING else json.dumps(body).encode()
        if broken:
            content = json.dumps(mutated(copy.deepcopy(body), self.data)).encode()
        self.served.append(Served(module, status, content, mutated=broken))
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    def error(self, module: str) -> httpx.Response:
        """One of the operation's documented error answers, its body drawn from its schema."""
        errors = self.contract.errors(module)
        status = self.draw(st.sampled_from(sorted(errors)), label=f"{module} error status")
        body = _NOTHING if errors[status] is None else self.draw(self.contract.strategy(errors[status]), label="error")
        content = b"" if body is _NOTHING else json.dumps(body).encode()
        self.served.append(Served(module, status, content, mutated=True))
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    def body(self, module: str, schema: dict[str, Any] | None, request: httpx.Request) -> Any:
        if schema is None:
            return _NOTHING
        if module in self.scripts:
            script = self.scripts[module]
            return script[min(sum(served.module == module for served in self.served), len(script) - 1)]
        items = self.contract.list_items(schema)
        if items is None:
            return self.draw(self.contract.strategy(schema), label=f"{module} answer")
        if module not in self.lists:
            template = self.draw(self.contract.strategy(schema), label=f"{module} page")
            every = st.lists(self.contract.strategy(items), max_size=5, unique_by=_identity)
            cap = st.none() | st.integers(1, 3)  # a server may send smaller pages than asked
            self.lists[module] = (template, self.draw(every, label=f"{module} items"), self.draw(cap, label="cap"))
        template, every_item, cap = self.lists[module]
        skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
        page = every_item[skip : skip + min(limit, cap or limit)]
        return {**template, "data": page} if "data" in template else template

    def close(self) -> None:
        self.runner.run(self.client.aclose())
        self.runner.close()
        shutil.rmtree(self.scratch)
        LOGGER.removeHandler(self._handler)
        LOGGER.setLevel(self._level)


_NOTHING = object()


def _identity(item: Any) -> Any:
    """What tells two list items apart for the client: its ID (any case), else its name."""
    key = item.get("id", item.get("packageName")) if isinstance(item, dict) else item
    return key.lower() if isinstance(key, str) else json.dumps(key)


class LogCollector(logging.Handler):
    """Keeps the formatted records it is handed."""

    def __init__(self, records: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))
