"""The connection pool under token renewal: a 401 must not keep its connection while the token renews."""

from __future__ import annotations

import asyncio

import httpx

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

# A short pool wait so that a pool deadlock fails fast instead of after the 30 s default.
TIMEOUT = httpx.Timeout(10.0, pool=2.0)


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
