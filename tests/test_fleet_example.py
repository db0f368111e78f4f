"""examples/fleet.py pointed at "real" servers (fakes of other revisions served over TLS, listed in
a VBR_FLEET file): it only reads, reports each server's agreed revision, and a server that fails or
misses the deadline is reported while the others answer."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import run_example
from starlette.types import ASGIApp, Receive, Scope, Send

from veeam_agents_client.revisions import OPERATIONS, REVISIONS
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer

READ_ONLY = {"CreateToken", "Logout", "GetAllComputerRecoveryTokens", "GetAllProtectionGroups"}


@pytest.fixture
def old() -> FakeVBR:
    """12.x: the oldest revision only, so no protection groups."""
    return FakeVBR(revisions=[REVISIONS[0]], recovery_tokens=4)


@pytest.fixture
def new() -> FakeVBR:
    return FakeVBR(protection_groups=3, recovery_tokens=6)


@pytest.fixture
def served(old: FakeVBR, new: FakeVBR) -> Iterator[tuple[RunningServer, RunningServer]]:
    with old.serve(tls=True) as one, new.serve(tls=True) as two:
        yield one, two


def refused_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"https://127.0.0.1:{probe.getsockname()[1]}"


def fleet_file(folder: Path, entries: list[dict[str, Any]]) -> str:
    path = folder / "fleet.json"
    path.write_text(json.dumps(entries))
    return str(path)


def entry(server: RunningServer, **extra: str) -> dict[str, Any]:
    return {"url": server.base_url, "username": "admin", "ca_bundle": server.ca_path, **extra}


def row(output: str, url: str) -> str:
    (line,) = [line for line in output.splitlines() if line.startswith(url + " ")]
    return line


def test_every_server_is_read_in_its_own_revision_and_a_dead_one_is_reported(
    served: tuple[RunningServer, RunningServer], old: FakeVBR, new: FakeVBR, tmp_path: Path
) -> None:
    one, two = served
    dead = refused_url()
    misconfigured = {"url": two.base_url.replace("127.0.0.1", "localhost"), "username": "admin",
                     "ca_bundle": str(tmp_path / "missing.pem")}  # fmt: skip
    entries = [entry(one), entry(two, password_variable="VBR_PASSWORD_TWO"), {"url": dead, "username": "admin"}]
    fleet = fleet_file(tmp_path, [*entries, misconfigured])
    environment = {"VBR_FLEET": fleet, "VBR_PASSWORD_TWO": DEFAULT_PASSWORD}
    output = run_example("fleet.py", one, **environment).stdout
    groups_since = OPERATIONS["get_all_protection_groups"][0]
    assert row(output, one.base_url).split()[1:] == [REVISIONS[0], "n/a", "(from", f"{groups_since})", "4"]
    assert row(output, two.base_url).split()[1:] == [REVISIONS[-1], "3", "6"]
    assert "failed: ApiConnectionError" in row(output, dead)
    assert "failed: ValueError: verify: CA bundle" in row(output, misconfigured["url"])
    assert "2 of 4 servers answered; 2 failed." in output
    for fake in (old, new):
        assert set(fake.stats.by_operation) <= READ_ONLY, fake.stats.by_operation
        assert fake.stats.by_operation["Logout"] == 1
    assert "GetAllProtectionGroups" not in old.stats.by_operation  # refused by the client, never sent
    strict = run_example("fleet.py", one, "--strict", expect_failure=True, **environment)
    assert "2 of 4 servers answered; 2 failed." in strict.stdout


def test_a_server_past_the_deadline_does_not_hold_up_the_others(
    served: tuple[RunningServer, RunningServer], new: FakeVBR, tmp_path: Path
) -> None:
    one, two = served
    new.set_faults(latency=30.0, path_pattern="recoveryTokens")
    output = run_example(
        "fleet.py", one, "--timeout", "1", VBR_FLEET=fleet_file(tmp_path, [entry(one), entry(two)])
    ).stdout
    assert row(output, two.base_url).endswith("failed: no answer within 1 s")
    assert row(output, one.base_url).split()[1] == REVISIONS[0]
    assert output.index(one.base_url) < output.index(two.base_url)  # reported as it finished, not in file order


class InFlight:
    """ASGI middleware: the most requests the app was ever answering at once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app, self.now, self.most = app, 0, 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            await self.app(scope, receive, send)
        finally:
            self.now -= 1


@pytest.mark.parametrize("concurrency", [1, 3])
def test_no_more_servers_than_asked_are_visited_at_once(tmp_path: Path, concurrency: int) -> None:
    fake = FakeVBR(recovery_tokens=1)
    fake.set_faults(latency=0.2, path_pattern="recoveryTokens")
    fake.app = counter = InFlight(fake.app)
    with fake.serve_many(6, tls=True) as servers:
        fleet = fleet_file(tmp_path, [entry(server) for server in servers])
        output = run_example("fleet.py", servers[0], "--concurrency", str(concurrency), VBR_FLEET=fleet).stdout
    assert "6 of 6 servers answered; 0 failed." in output
    assert counter.most == concurrency


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            [{"url": "https://vbr.example.test:9419", "username": "admin", "password_variable": "VBR_NOT_SET"}],
            "VBR_NOT_SET",
        ),
        ([{"url": "https://vbr.example.test:9419"}], "needs at least a url and a username"),
        ([], "non-empty JSON list"),
    ],
)
def test_a_bad_fleet_file_stops_before_any_request(
    served: tuple[RunningServer, RunningServer],
    old: FakeVBR,
    tmp_path: Path,
    entries: list[dict[str, Any]],
    message: str,
) -> None:
    result = run_example("fleet.py", served[0], expect_failure=True, VBR_FLEET=fleet_file(tmp_path, entries))
    assert message in result.stderr
    assert old.stats.requests == 0
