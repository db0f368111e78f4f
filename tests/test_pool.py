"""The connection pool: a 401 gives its connection back while the token renews; a client that ends
(a failed ``async with`` too) closes its pool, and a closed client, or one used from another event
loop, says so."""

from __future__ import annotations

import asyncio
import os
import pathlib

import httpx
import pytest
from conftest import BASE_URL, TOKEN_ID, error_body
from seeds import SEED_TOKEN

from veeam_agents_client import AuthenticationError, ClientClosedError, VeeamAgentsClient, VeeamError
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

# A short pool wait so that a pool deadlock fails fast instead of after the 30 s default.
TIMEOUT = httpx.Timeout(10.0, pool=2.0)
TOKEN_PATH = f"/api/v1/agents/recoveryTokens/{TOKEN_ID}"


async def test_401_replay_with_a_one_connection_pool() -> None:
    """The token request after a 401 needs a connection: the 401 response must have given its own back."""
    fake = FakeVBR(protection_groups=1, entities_per_group=5, recovery_tokens=2)
    token_id = fake.recovery_token_ids[0]
    with fake.serve() as server:
        async with VeeamAgentsClient(
            server.base_url, username="admin", password=DEFAULT_PASSWORD, max_connections=1, timeout=TIMEOUT
        ) as vbr:
            fake.revoke_all_tokens()
            token = await vbr.recovery_tokens.get(token_id)
    assert str(token.id) == token_id
    assert fake.stats.by_status[401] == 1


async def test_revocation_under_concurrency_fills_no_pool() -> None:
    """Twenty calls on a four-connection pool all hit a revoked token, renew once and succeed."""
    fake = FakeVBR(protection_groups=1, entities_per_group=5, recovery_tokens=2)
    token_id = fake.recovery_token_ids[0]
    with fake.serve() as server:
        async with VeeamAgentsClient(
            server.base_url, username="admin", password=DEFAULT_PASSWORD, max_connections=4, timeout=TIMEOUT
        ) as vbr:
            await vbr.recovery_tokens.get(token_id)  # warm: four calls in flight need the pool full
            fake.set_faults(latency=0.05)
            fake.revoke_all_tokens()
            fake.stats.reset()
            results = await asyncio.gather(*(vbr.recovery_tokens.get(token_id) for _ in range(20)))
    assert all(str(token.id) == token_id for token in results)
    assert fake.stats.token_requests == 2  # one renewal: the revoked refresh token refused, one password login


# A client's end closes its pool; a closed client says so ----------------------------------------------------------


class ClosingSpy(httpx.MockTransport):
    closed = 0

    async def aclose(self) -> None:
        type(self).closed += 1


@pytest.mark.parametrize("failure", ["refused", "server error", "unusable answer"])
async def test_failed_async_with_closes_the_pool(stub, failure) -> None:
    if failure == "server error":
        stub._token = lambda request: httpx.Response(500, json=error_body("UnknownError", "down"))  # type: ignore[method-assign]
    elif failure == "unusable answer":
        stub.answer_logins_with(b"{}")
    ClosingSpy.closed = 0
    vbr = VeeamAgentsClient(
        BASE_URL, username="admin", password="wrong" if failure == "refused" else stub.password,
        transport=ClosingSpy(stub), max_retries=0,
    )  # fmt: skip
    with pytest.raises(VeeamError):
        async with vbr:
            pytest.fail("entered")
    assert ClosingSpy.closed == 1
    with pytest.raises(ClientClosedError):
        await vbr.recovery_tokens.get(TOKEN_ID)


def connections_to(port: int) -> int:
    """Established TCP connections whose far end is `port` on this machine: the client side."""
    count = 0
    for line in pathlib.Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        count += int(fields[2].split(":")[1], 16) == port and fields[3] == "01"
    return count


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="counts connections through /proc")
async def test_refused_logins_in_a_loop_leave_no_connection_open() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=1)
    with fake.serve() as server:
        for _ in range(10):
            with pytest.raises(AuthenticationError):
                async with VeeamAgentsClient(server.base_url, username="admin", password="wrong"):
                    pass
        assert connections_to(server.port) == 0


async def test_closed_client_raises_client_closed_error(make_client) -> None:
    vbr = make_client()
    async with vbr:
        pass
    for call in (lambda: vbr.recovery_tokens.get(TOKEN_ID), vbr.login, lambda: anext(vbr.recovery_tokens.iterate())):
        with pytest.raises(ClientClosedError, match="closed; create a new one") as caught:
            await call()
        assert isinstance(caught.value, VeeamError) and isinstance(caught.value, RuntimeError)
    await vbr.aclose()  # closing twice is harmless


async def test_closed_http_client_of_the_caller_raises_client_closed_error(stub) -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(stub))
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, http_client=http)
    await http.aclose()
    with pytest.raises(ClientClosedError, match="http_client"):
        await vbr.login()
    await vbr.aclose()


def test_client_used_from_another_event_loop_raises_client_closed_error(stub) -> None:
    stub.route("GET", TOKEN_PATH, SEED_TOKEN)
    vbr = VeeamAgentsClient(BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub))
    assert asyncio.run(vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
    with pytest.raises(ClientClosedError, match="another event loop"):
        asyncio.run(vbr.recovery_tokens.get(TOKEN_ID))
