"""pytest fixtures for testing code that uses the client.

Installed, the package registers this module with pytest (its ``pytest11`` entry point); a vendored
copy names it in the project's ``conftest.py``: ``pytest_plugins = ["<copy>.testing.pytest_plugin"]``.

- ``vbr_fake``: a fresh :class:`~veeam_agents_client.testing.FakeVBR`, its arguments from an
  optional ``@pytest.mark.vbr_fake(...)`` marker;
- ``vbr_server``: ``vbr_fake`` served on loopback over TLS with a throwaway CA;
- ``vbr_client``: a :class:`VeeamAgentsClient` logged in to ``vbr_server`` as ``admin``, its
  arguments from an optional ``@pytest.mark.vbr_client(...)`` marker (``username="operator"``,
  ``timeout=5``, ``api_version=...``);
- ``vbr_servers``: serves as many fakes as a test needs, e.g. a fleet of servers of different
  revisions: ``vbr_servers(revisions=["1.2-rev1"])`` (FakeVBR's arguments) or ``vbr_servers(fake)``;
- ``vbr_clients``: clients for served fakes, ``vbr_clients(server, username="operator")``.

Everything a fixture starts ends with the test: servers stop, clients log out and close. The fake
loads only when a fixture asks for it, so the plugin costs nothing where tests never use it.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

from .._client import VeeamAgentsClient

if TYPE_CHECKING:
    from . import FakeVBR, RunningServer

FAKE_MARKER = "vbr_fake"
CLIENT_MARKER = "vbr_client"
Function = TypeVar("Function", bound=Callable[..., object])


def async_fixture(function: Function) -> Function:
    """pytest-asyncio's fixture decorator (the testing extra brings it); without it pytest asks for an async plugin."""
    try:
        import pytest_asyncio
    except ImportError:
        return cast(Function, pytest.fixture(function))
    return cast(Function, pytest_asyncio.fixture(function))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{FAKE_MARKER}(**kwargs): arguments of the FakeVBR that vbr_fake builds")
    config.addinivalue_line(
        "markers", f"{CLIENT_MARKER}(**kwargs): arguments of the VeeamAgentsClient that vbr_client builds"
    )


def _marker_options(request: pytest.FixtureRequest, name: str) -> dict[str, Any]:
    marker = request.node.get_closest_marker(name)
    if marker is not None and marker.args:
        raise TypeError(f"@pytest.mark.{name} takes keyword arguments only")
    return dict(marker.kwargs) if marker is not None else {}


@pytest.fixture
def vbr_fake(request: pytest.FixtureRequest) -> FakeVBR:
    """A fresh fake VBR server; ``@pytest.mark.vbr_fake(entities_per_group=50, seed=1)`` sets it up."""
    from . import FakeVBR

    return FakeVBR(**_marker_options(request, FAKE_MARKER))


@pytest.fixture
def vbr_servers() -> Iterator[Callable[..., RunningServer]]:
    """Serve fakes over TLS on loopback until the test ends: ``vbr_servers(fake)``, or
    ``vbr_servers(revisions=[...], seed=2)`` to build the FakeVBR from its arguments."""
    from . import FakeVBR

    with contextlib.ExitStack() as running:

        def serve(fake: FakeVBR | None = None, /, **options: Any) -> RunningServer:
            if fake is not None and options:
                raise TypeError("pass a FakeVBR or FakeVBR's arguments, not both")
            return running.enter_context((fake or FakeVBR(**options)).serve(tls=True))

        yield serve


@pytest.fixture
def vbr_server(vbr_fake: FakeVBR, vbr_servers: Callable[..., RunningServer]) -> RunningServer:
    """``vbr_fake`` served on 127.0.0.1 over TLS; ``.base_url``, ``.ca_path`` (also ``.verify``)."""
    return vbr_servers(vbr_fake)


@async_fixture
async def vbr_clients() -> AsyncIterator[Callable[..., VeeamAgentsClient]]:
    """Clients for served fakes, closed when the test ends: ``vbr_clients(server)`` is logged in
    as admin on its first call; any VeeamAgentsClient argument may be given (``username="operator"``
    takes the fake's default password too)."""
    from . import DEFAULT_PASSWORD

    made: list[VeeamAgentsClient] = []

    def connect(server: RunningServer, **options: Any) -> VeeamAgentsClient:
        options.setdefault("username", "admin")
        options.setdefault("password", DEFAULT_PASSWORD)
        options.setdefault("verify", server.verify)
        made.append(VeeamAgentsClient(server.base_url, **options))
        return made[-1]

    try:
        yield connect
    finally:
        for client in made:
            await client.aclose()


@async_fixture
async def vbr_client(
    request: pytest.FixtureRequest, vbr_server: RunningServer, vbr_clients: Callable[..., VeeamAgentsClient]
) -> VeeamAgentsClient:
    """A client logged in to ``vbr_server`` (as admin, unless ``@pytest.mark.vbr_client(...)`` says
    otherwise) over verified TLS."""
    client = vbr_clients(vbr_server, **_marker_options(request, CLIENT_MARKER))
    await client.login()
    return client
