"""The fake VBR server over real sockets: uvicorn on 127.0.0.1 (or ::1), plain HTTP and HTTPS with a
throwaway CA, and no socket left behind when the port is taken."""

from __future__ import annotations

import gc
import json
import socket
import ssl
import subprocess
import sys
import threading
import warnings
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from conftest import PASSWORD

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.api import API_VERSION
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

UNIX = "/api/v1/agents/packages/unix"


@pytest.fixture
def fake() -> FakeVBR:
    return FakeVBR(protection_groups=1, entities_per_group=20, protected_computers=3)


def server_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "fakevbr"]


def assert_port_closed(port: int) -> None:
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


async def login(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/api/oauth2/token",
        data={"grant_type": PASSWORD, "username": "admin", "password": DEFAULT_PASSWORD},
    )
    assert response.status_code == 200
    http.headers["Authorization"] = f"Bearer {response.json()['access_token']}"


async def test_plain_http(fake: FakeVBR) -> None:
    with fake.serve() as server:
        assert server.base_url == f"http://127.0.0.1:{server.port}" and server.ca_path is None
        async with httpx.AsyncClient(base_url=server.base_url, headers={"x-api-version": API_VERSION}) as http:
            await login(http)
            response = await http.get(UNIX)
            assert response.status_code == 200 and response.json()["pagination"]["total"] == 3
    assert not server_threads()
    assert_port_closed(server.port)


async def test_https_with_the_ca(fake: FakeVBR) -> None:
    with fake.serve(tls=True) as server:
        assert server.base_url.startswith("https://127.0.0.1:") and server.ca_path
        context = ssl.create_default_context(cafile=server.ca_path)
        async with httpx.AsyncClient(
            base_url=server.base_url, verify=context, headers={"x-api-version": API_VERSION}
        ) as http:
            await login(http)
            group = fake.group_ids[0]
            listed = await http.get(f"/api/v1/agents/protectionGroups/{group}/discoveredEntities")
            assert listed.json()["pagination"]["total"] == 20
    assert not server_threads()
    assert_port_closed(server.port)


async def test_https_without_the_ca_is_rejected(fake: FakeVBR) -> None:
    with fake.serve(tls=True) as server:
        async with httpx.AsyncClient(base_url=server.base_url, headers={"x-api-version": API_VERSION}) as http:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await http.get(UNIX)
    assert fake.stats.requests == 0
    assert not server_threads()


async def test_dropped_connection_breaks_the_socket(fake: FakeVBR) -> None:
    with fake.serve() as server:
        async with httpx.AsyncClient(base_url=server.base_url, headers=fake.headers()) as http:
            fake.set_faults(drop_rate=1.0)
            expiration = (datetime.now(UTC) + timedelta(days=3)).isoformat()
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):  # which one depends on timing
                await http.post(
                    "/api/v1/agents/recoveryTokens",
                    json={
                        "backupIds": ["7e76a5bb-287a-490e-ae0a-5e852ea775ee"],
                        "expirationDate": expiration,
                    },
                )
            assert fake.stats.recovery_tokens_created == 0
            fake.clear_faults()
            assert (await http.get(UNIX)).status_code == 200
    assert not server_threads()


async def test_slow_body_arrives_in_pieces(fake: FakeVBR) -> None:
    with fake.serve() as server:
        async with httpx.AsyncClient(base_url=server.base_url, headers=fake.headers()) as http:
            expected = (await http.get(UNIX)).json()
            fake.set_faults(slow_body_rate=1.0, slow_chunk_size=16, slow_chunk_delay=0.02)
            chunks = []
            async with http.stream("GET", UNIX) as response:
                async for chunk in response.aiter_raw():
                    chunks.append(chunk)
            assert len(chunks) > 1
            assert httpx.Response(200, content=b"".join(chunks)).json() == expected


async def test_html_503_with_retry_after_over_the_wire(fake: FakeVBR) -> None:
    fake.set_faults(html_error_rates={503: 1.0}, retry_after=7)
    with fake.serve() as server:
        async with httpx.AsyncClient(base_url=server.base_url, headers=fake.headers()) as http:
            response = await http.get(UNIX)
    assert response.status_code == 503
    assert response.headers["retry-after"] == "7"
    assert response.headers["content-type"].startswith("text/html")
    assert fake.stats.by_status[503] == 1


def test_two_servers_at_once_get_different_ports(fake: FakeVBR) -> None:
    other = FakeVBR(protection_groups=1, entities_per_group=1)
    with fake.serve() as one, other.serve(tls=True) as two:
        assert one.port != two.port
        assert len(server_threads()) == 2
        assert two.ca_path is not None
        with open(two.ca_path) as pem:
            assert pem.read().startswith("-----BEGIN CERTIFICATE-----")
        response = httpx.get(f"{one.base_url}{UNIX}", headers=fake.headers())
        assert response.status_code == 200
    assert not server_threads()


def test_listening_socket_disables_nagle(fake: FakeVBR, monkeypatch: pytest.MonkeyPatch) -> None:
    """Accepted connections inherit TCP_NODELAY; without it every response waits ~40 ms for a delayed ACK."""
    options: list[tuple[int, int, int]] = []
    real = socket.socket.setsockopt

    def record(self: socket.socket, level: int, option: int, value: int) -> None:
        options.append((level, option, value))
        real(self, level, option, value)

    monkeypatch.setattr(socket.socket, "setsockopt", record)
    with fake.serve():
        pass
    assert (socket.IPPROTO_TCP, socket.TCP_NODELAY, 1) in options


async def test_one_fake_on_many_ports(fake: FakeVBR) -> None:
    with fake.serve_many(5, tls=True) as servers:
        assert len({server.port for server in servers}) == 5 and len(server_threads()) == 1
        assert len({server.ca_path for server in servers}) == 1
        context = ssl.create_default_context(cafile=servers[0].ca_path)
        for server in servers:
            async with httpx.AsyncClient(base_url=server.base_url, verify=context, headers=fake.headers()) as http:
                assert (await http.get(UNIX)).json()["pagination"]["total"] == 3
    assert not server_threads()
    for server in servers:
        assert_port_closed(server.port)
    with pytest.raises(ValueError, match="count"), fake.serve_many(0):
        pass


def test_the_command_line_serves_many_ports() -> None:
    command = [sys.executable, "-m", "veeam_agents_client.testing", "--groups=1", "--entities=1", "--servers=3"]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd="/") as process:
        try:  # the with block closes the pipes; this kills the process if an assertion failed first
            assert process.stdout is not None and process.stdin is not None
            ready = json.loads(process.stdout.readline())
            assert len(set(ready["base_urls"])) == 3 and ready["base_url"] == ready["base_urls"][0]
            headers = {"x-api-version": ready["revisions"][-1]}
            for base_url in ready["base_urls"]:
                login = httpx.post(f"{base_url}/api/oauth2/token", headers=headers, data={
                    "grant_type": PASSWORD, "username": "admin", "password": DEFAULT_PASSWORD})  # fmt: skip
                assert login.status_code == 200
            process.stdin.close()
            assert process.wait(timeout=30) == 0
        finally:
            process.kill()
    refused = subprocess.run(
        [*command[:-1], "--servers=2", "--port=9999"], capture_output=True, text=True, check=False, cwd="/"
    )
    assert refused.returncode == 2 and "leave --port out" in refused.stderr


# serve() on IPv6, and on a port already taken ---------------------------------------------------------------------


def ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not ipv6_loopback(), reason="no IPv6 loopback here")
async def test_fake_serves_on_ipv6_loopback() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=3)
    with fake.serve(tls=True, host="::1") as server:
        assert server.base_url.startswith("https://[::1]:")
        async with VeeamAgentsClient(
            server.base_url, username="admin", password=DEFAULT_PASSWORD, verify=server.ca_path or False
        ) as vbr:
            assert len([e async for e in vbr.discovered_entities.iterate(fake.group_ids[0])]) == 3


def test_fake_serve_closes_its_socket_when_the_port_is_taken() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=1)
    with socket.socket() as taken, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        for _ in range(3):
            try:
                with fake.serve(port=taken.getsockname()[1]):
                    pytest.fail("served on a taken port")
            except OSError:
                pass
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
