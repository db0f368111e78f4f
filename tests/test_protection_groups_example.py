"""examples/protection_groups.py pointed at a "real" server (a fake served over TLS, given as
VBR_URL): it only reads unless the user opts in; with the opt-in it walks a group's lifecycle and
deletes what it created, also when a step fails."""

from __future__ import annotations

import pathlib
import subprocess
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import run_example

from veeam_agents_client.testing import FakeVBR, RunningServer

READ_ONLY = {"CreateToken", "Logout", "GetAllProtectionGroups", "GetDiscoveredEntities"}
COMPUTERS = "app01.example.test,app02.example.test"


@pytest.fixture
def fake() -> FakeVBR:
    return FakeVBR(protection_groups=2, entities_per_group=5, session_duration=0.2, download_size=1 << 20, seed=11)


@pytest.fixture
def server(fake: FakeVBR) -> Iterator[RunningServer]:
    with fake.serve(tls=True) as server:
        yield server


def run(server: RunningServer, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return run_example("protection_groups.py", server, *args, **kwargs)


def test_a_real_server_is_only_read_by_default(server: RunningServer, fake: FakeVBR) -> None:
    groups = list(fake.group_ids)
    output = run(server, VBR_COMPUTERS=COMPUTERS, VBR_CREDENTIALS_ID=str(uuid.uuid4())).stdout
    assert set(fake.stats.by_operation) <= READ_ONLY, fake.stats.by_operation
    assert fake.stats.sessions_started == 0 and fake.group_ids == groups
    assert "Read-only run: --make-changes (or VBR_MAKE_CHANGES=1)" in output
    assert all(fake.groups[group].name in output for group in groups)


def test_the_opt_in_needs_the_computers_and_their_credentials(server: RunningServer, fake: FakeVBR) -> None:
    result = run(server, "--make-changes", expect_failure=True)
    assert "needs VBR_COMPUTERS and VBR_CREDENTIALS_ID" in result.stderr
    assert fake.stats.sessions_started == 0


@pytest.mark.parametrize(("args", "env"), [(["--make-changes"], {}), ([], {"VBR_MAKE_CHANGES": "1"})])
def test_the_lifecycle_runs_after_opting_in_and_leaves_nothing_behind(
    server: RunningServer, fake: FakeVBR, tmp_path: pathlib.Path, args: list[str], env: dict[str, str]
) -> None:
    groups = list(fake.group_ids)
    credentials = str(uuid.uuid4())
    output = run(server, *args, "--download-to", str(tmp_path), VBR_COMPUTERS=COMPUTERS,
                 VBR_CREDENTIALS_ID=credentials, **env).stdout  # fmt: skip
    calls = fake.stats.by_operation
    lifecycle = ["CreateProtectionGroup", "RescanProtectionGroup", "InstallAgentOnDiscoveredEntities",
                 "TrustDiscoveredEntities", "DownloadProtectionGroupPackages", "DeleteProtectionGroup"]  # fmt: skip
    assert all(calls[operation] >= 1 for operation in lifecycle), calls
    assert calls["CreateProtectionGroup"] == calls["DeleteProtectionGroup"] == 2
    assert fake.group_ids == groups  # both groups it made are gone again
    (archive,) = tmp_path.iterdir()
    assert archive.suffix == ".zip" and archive.stat().st_size >= fake.download_size
    assert output.index("Changes: two protection groups") < output.index("Creating ")
    assert "app01.example.test" in output and "trusted: True" in output


def test_groups_it_made_are_deleted_when_a_step_fails(server: RunningServer, fake: FakeVBR) -> None:
    groups = list(fake.group_ids)
    fake.set_faults(error_rates={500: 1.0}, path_pattern=r"/discoveredEntities/trust$")
    result = run(server, "--make-changes", expect_failure=True, VBR_COMPUTERS=COMPUTERS,
                 VBR_CREDENTIALS_ID=str(uuid.uuid4()))  # fmt: skip
    assert "InternalServerError" in result.stderr or "500" in result.stderr
    assert fake.stats.by_operation["DeleteProtectionGroup"] == 1
    assert fake.group_ids == groups
