"""What the client takes from its environment when trust_env allows it (the default): proxies, and
the CA bundle SSL_CERT_FILE names."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from veeam_agents_client import VeeamAgentsClient, VeeamError
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR


class RecordingProxy:
    """A plain-HTTP forward proxy stand-in: records request lines and answers 503 itself."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def __aexit__(self, *exc_info: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        self.lines.append(head.split(b"\r\n", 1)[0].decode())
        writer.write(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        await writer.drain()
        writer.close()


@pytest.mark.parametrize(
    ("env", "trust_env", "proxied"),
    [
        ({"HTTP_PROXY": "{proxy}"}, True, True),
        ({"ALL_PROXY": "{proxy}"}, True, True),
        ({"HTTP_PROXY": "{proxy}", "NO_PROXY": "example.test"}, True, False),
        ({"HTTP_PROXY": "{proxy}"}, False, False),
    ],
)
async def test_proxy_from_the_environment(monkeypatch, env, trust_env, proxied) -> None:
    recorder = RecordingProxy()
    async with recorder as proxy:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "all_proxy", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value.format(proxy=proxy))
        vbr = VeeamAgentsClient(
            "http://vbr.example.test:9419", username="admin", password="pw",
            allow_insecure_http=True, trust_env=trust_env, max_retries=0,
            timeout=httpx.Timeout(5.0, connect=0.5),
        )  # fmt: skip
        with pytest.raises(VeeamError):
            await vbr.login()
        await vbr.aclose()
    expected = ["POST http://vbr.example.test:9419/api/oauth2/token HTTP/1.1"] if proxied else []
    assert recorder.lines == expected


async def test_verify_true_uses_the_bundle_httpx_uses_and_honours_ssl_cert_file(monkeypatch) -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=1)
    with fake.serve(tls=True) as server:
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
        with pytest.raises(VeeamError, match="CERTIFICATE_VERIFY_FAILED"):
            async with VeeamAgentsClient(server.base_url, username="admin", password=DEFAULT_PASSWORD, max_retries=0):
                pass
        assert server.ca_path
        monkeypatch.setenv("SSL_CERT_FILE", server.ca_path)
        async with VeeamAgentsClient(server.base_url, username="admin", password=DEFAULT_PASSWORD):
            pass  # logged in over TLS, trusting the CA from SSL_CERT_FILE
        with pytest.raises(VeeamError, match="CERTIFICATE_VERIFY_FAILED"):
            async with VeeamAgentsClient(
                server.base_url, username="admin", password=DEFAULT_PASSWORD, max_retries=0, trust_env=False
            ):
                pass
