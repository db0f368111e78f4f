"""examples/quickstart.py pointed at a "real" server (a fake served over TLS, given as VBR_URL):
it only reads unless the user opts in, and says what it will change before it does."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest
from conftest import ROOT, run_example

from veeam_agents_client.testing import FakeVBR, RunningServer

QUICKSTART = ROOT / "examples" / "quickstart.py"
READ_ONLY = {"CreateToken", "Logout", "GetDiscoveredEntities", "GetAllAgentPackages", "GetComputerRecoveryToken"}


@pytest.fixture
def fake() -> FakeVBR:
    return FakeVBR(protection_groups=1, entities_per_group=40, session_duration=0.5, seed=7)


@pytest.fixture
def server(fake: FakeVBR) -> Iterator[RunningServer]:
    with fake.serve(tls=True) as server:
        yield server


def run(server: RunningServer, fake: FakeVBR, *args: str, **env: str) -> str:
    return run_example("quickstart.py", server, *args, VBR_PROTECTION_GROUP_ID=fake.group_ids[0], **env).stdout


def test_a_real_server_is_only_read_by_default(server: RunningServer, fake: FakeVBR) -> None:
    output = run(server, fake, VBR_BACKUP_ID=str(uuid.uuid4()))
    assert set(fake.stats.by_operation) <= READ_ONLY, fake.stats.by_operation
    assert fake.stats.sessions_started == 0 and fake.stats.recovery_tokens_created == 0
    assert "Read-only run: --make-changes (or VBR_MAKE_CHANGES=1) would install the agent on" in output


@pytest.mark.parametrize(("args", "env"), [(["--make-changes"], {}), ([], {"VBR_MAKE_CHANGES": "1"})])
def test_changes_only_after_opting_in(
    server: RunningServer, fake: FakeVBR, args: list[str], env: dict[str, str]
) -> None:
    backup_id = str(uuid.uuid4())
    output = run(server, fake, *args, VBR_BACKUP_ID=backup_id, **env)
    assert fake.stats.sessions_started == 1 and fake.stats.recovery_tokens_created == 1
    install = output.index("Installing the agent on ")
    assert install < output.index("session 'Install agent")
    assert f"restore drill (backup {backup_id})" in output


def test_no_recovery_token_without_a_backup_id(server: RunningServer, fake: FakeVBR) -> None:
    output = run(server, fake, "--make-changes")
    assert fake.stats.recovery_tokens_created == 0
    assert "VBR_BACKUP_ID not set" in output


def test_missing_settings_are_named(server: RunningServer, fake: FakeVBR) -> None:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("VBR_")}
    result = subprocess.run(
        [sys.executable, str(QUICKSTART)],
        env=environment | {"VBR_URL": server.base_url},
        cwd=ROOT / "examples",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0 and "VBR_USERNAME is not set" in result.stderr
    assert fake.stats.requests == 0
