"""pytest fixtures for testing code that uses the client (the ``pytest11`` entry point).

``vbr_fake`` is a fresh :class:`~veeam_agents_client.testing.FakeVBR` (its arguments from an
optional ``@pytest.mark.vbr_fake(...)`` marker), ``vbr_server`` serves it on loopback over TLS
with a throwaway CA, and ``vbr_client`` is a :class:`VeeamAgentsClient` logged in to it as
``admin`` (logged out and closed after the test). pytest loads this module in every project
where the package is installed, so it imports the fake only when a fixture asks for it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

from ._client import VeeamAgentsClient

if TYPE_CHECKING:
    from .testing import FakeVBR, RunningServer

MARKER = "vbr_fake"
Function = TypeVar("Function", bound=Callable[..., object])


def async_fixture(function: Function) -> Function:
    """pytest-asyncio's fixture decorator (the testing extra brings it); without it pytest asks for an async plugin."""
    try:
        import pytest_asyncio
    except ImportError:
        return cast(Function, pytest.fixture(function))
    return cast(Function, pytest_asyncio.fixture(function))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}(**kwargs): arguments of the FakeVBR that the vbr_fake fixture builds")


@pytest.fixture
def vbr_fake(request: pytest.FixtureRequest) -> FakeVBR:
    """A fresh fake VBR server; ``@pytest.mark.vbr_fake(entities_per_group=50, seed=1)`` sets it up."""
    from .testing import FakeVBR

    marker = request.node.get_closest_marker(MARKER)
    if marker is not None and marker.args:
        raise TypeError(f"@pytest.mark.{MARKER} takes keyword arguments only (those of FakeVBR)")
    options: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    return FakeVBR(**options)


@pytest.fixture
def vbr_server(vbr_fake: FakeVBR) -> Iterator[RunningServer]:
    """``vbr_fake`` served on 127.0.0.1 over TLS; ``.base_url``, ``.ca_path`` (also ``.verify``)."""
    with vbr_fake.serve(tls=True) as server:
        yield server


@async_fixture
async def vbr_client(vbr_server: RunningServer) -> AsyncIterator[VeeamAgentsClient]:
    """A client logged in to ``vbr_server`` as admin over verified TLS."""
    from .testing import DEFAULT_PASSWORD

    async with VeeamAgentsClient(
        vbr_server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=vbr_server.verify
    ) as client:
        yield client
