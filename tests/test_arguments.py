"""Bad arguments from the caller fail before any request, with an error naming the argument."""

from __future__ import annotations

import math
import re

import httpx
import pytest
from conftest import BASE_URL

import veeam_agents_client
from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.models import EOSBitness


@pytest.mark.parametrize(
    ("kwargs", "error", "names"),
    [
        ({"timeout": "30"}, TypeError, "timeout"),
        ({"timeout": math.nan}, ValueError, "timeout"),
        ({"timeout": 0}, ValueError, "timeout"),
        ({"timeout": -1}, ValueError, "timeout"),
        ({"timeout": math.inf}, ValueError, "timeout"),
        ({"timeout": httpx.Timeout(5.0, connect=0)}, ValueError, "timeout.connect"),
        ({"max_connections": "5"}, ValueError, "max_connections"),
        ({"max_connections": 0}, ValueError, "max_connections"),
        ({"headers": {"x-a": 1}}, TypeError, "headers"),
        ({"logout_on_close": "no"}, TypeError, "logout_on_close"),
        ({"trust_env": 1}, TypeError, "trust_env"),
        ({"allow_insecure_http": "yes"}, TypeError, "allow_insecure_http"),
    ],
)
def test_bad_constructor_arguments_fail_before_any_request(stub, kwargs, error, names) -> None:
    with pytest.raises(error, match=names):
        VeeamAgentsClient(BASE_URL, username="admin", password="pw", transport=httpx.MockTransport(stub), **kwargs)
    assert stub.requests == []


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("https://admin:Pa55-SECRET@vbr.example:9419", "credentials"),
        ("https://admin@vbr.example:9419", "credentials"),
        ("https://vbr.example:9419/?x=1", "query"),
        ("https://vbr.example:9419/#frag", "fragment"),
    ],
)
def test_base_url_with_credentials_query_or_fragment_is_refused(url, said) -> None:
    with pytest.raises(ValueError, match=said) as caught:
        VeeamAgentsClient(url, username="admin", password="pw")
    assert "SECRET" not in str(caught.value)


@pytest.mark.parametrize("bitness", ["X64bogus", "X64", "64"])
async def test_package_bitness_filter_is_checked_before_any_request(bitness: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    async with veeam_agents_client.VeeamAgentsClient(
        "https://vbr.test", access_token="t", transport=transport, logout_on_close=False
    ) as vbr:
        allowed = ", ".join(repr(member.value) for member in EOSBitness)
        with pytest.raises(ValueError, match=re.escape(f"package_bitness_filter must be one of {allowed}, got")):
            await vbr.agent_packages.list_linux(package_bitness_filter=bitness)
    assert not sent
