"""The pytest plugin that the package registers (entry point ``pytest11``), run the way a user's
project runs it: a fresh pytest process in a project with no configuration of its own."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT


def guide_pytest_settings() -> str:
    """The pytest settings the testing guide tells a user to put in pyproject.toml."""
    section = (ROOT / "docs" / "guide" / "testing.md").read_text()
    return re.search(r"```toml\n(.*?)```", section, re.DOTALL)[1]  # type: ignore[index]


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


FLEET_TESTS = """
import pytest

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.revisions import REVISIONS
from veeam_agents_client.testing import FakeVBR

served: list[FakeVBR] = []


@pytest.mark.asyncio
async def test_a_fleet_of_servers_of_every_revision(vbr_servers, vbr_clients) -> None:
    for revision in REVISIONS:
        fake = FakeVBR(revisions=[revision], protection_groups=1, entities_per_group=2, seed=1)
        served.append(fake)
        async with vbr_clients(vbr_servers(fake)) as vbr:
            assert vbr.api_version == revision
    other = vbr_servers(revisions=[REVISIONS[0]], protection_groups=1, entities_per_group=1)
    vbr = vbr_clients(other, username="operator", timeout=3.0)
    await vbr.login()  # left open: the fixture closes it
    served.append(None)


def test_every_client_logged_out_and_every_server_stopped() -> None:
    assert all(fake.stats.by_operation["Logout"] == 1 for fake in served if fake is not None)
    assert served[-1] is None


@pytest.mark.asyncio
@pytest.mark.vbr_client(username="operator", timeout=2.5)
async def test_the_client_fixture_takes_its_arguments_from_a_marker(vbr_client: VeeamAgentsClient, vbr_fake) -> None:
    assert vbr_client.username == "operator"
    assert vbr_client._timeout.read == 2.5
    assert vbr_fake.stats.tokens_issued == 1


def test_a_fake_or_its_arguments_not_both(vbr_servers) -> None:
    with pytest.raises(TypeError, match="not both"):
        vbr_servers(FakeVBR(protection_groups=1, entities_per_group=1), seed=3)
"""


def test_fixtures_for_several_servers_and_a_configurable_client(pytester: pytest.Pytester) -> None:
    """With the testing guide's settings, warnings as errors: nothing warns."""
    pytester.makepyprojecttoml(guide_pytest_settings())
    pytester.makepyfile(test_fleet=FLEET_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers", "-W", "error")
    result.assert_outcomes(passed=4)
