"""The pytest plugin that the package registers (entry point ``pytest11``), run the way a user's
project runs it: a fresh pytest process in a project with no configuration of its own."""

from __future__ import annotations

import pytest

USER_TESTS = """
import pytest

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.testing import FakeVBR, RunningServer

fakes: list[FakeVBR] = []


@pytest.mark.asyncio
@pytest.mark.vbr_fake(protection_groups=1, entities_per_group=7, seed=3)
async def test_logged_in_client(vbr_client: VeeamAgentsClient, vbr_fake: FakeVBR) -> None:
    fakes.append(vbr_fake)
    assert vbr_fake.stats.token_requests == 1
    entities = [e async for e in vbr_client.discovered_entities.iterate(vbr_fake.group_ids[0])]
    assert len(entities) == 7


def test_the_client_logged_out_after_its_test() -> None:
    assert fakes[0].stats.by_operation["Logout"] == 1


def test_server_over_tls(vbr_server: RunningServer, vbr_fake: FakeVBR) -> None:
    assert vbr_server.base_url.startswith("https://127.0.0.1:")
    assert vbr_server.verify == vbr_server.ca_path and vbr_server.ca_path
    assert len(vbr_fake.group_ids) == 3  # FakeVBR's defaults without a marker


@pytest.mark.vbr_fake(5)
def test_positional_marker_arguments(vbr_fake: FakeVBR) -> None:
    pass
"""


# pytest-asyncio warns at start-up when a project leaves its loop scope unset, as this one does:
# that warning is the user's business, every other one (ours) fails the run.
STRICT = ("-W", "error", "-W", 'ignore:The configuration option "asyncio_default_fixture_loop_scope" is unset')


def test_fixtures_in_a_users_project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHONWARNINGS", raising=False)  # the run's own -W options say what fails
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers", *STRICT)
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(["*TypeError: @pytest.mark.vbr_fake takes keyword arguments only*"])
