"""Clients with the same verification setting share one TLS context, and sharing changes no check.

Real TLS over loopback: throwaway CAs (trustme) sign a certificate for 127.0.0.1 and one for
another name, each presented by a small HTTPS server that answers any request with a token.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import shutil
import ssl
import threading
import time
import warnings
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme

from veeam_agents_client import ApiConnectionError, InsecureTLSWarning, VeeamAgentsClient

TOKEN = json.dumps(
    {
        "access_token": "tls-access",
        "token_type": "bearer",
        "refresh_token": "tls-refresh",
        "expires_in": 3600,
        ".issued": "2025-04-24T14:24:18+01:00",
        ".expires": "2025-04-24T15:24:18+01:00",
    }
).encode()
REFUSED = "CERTIFICATE_VERIFY_FAILED"


async def answer_with_a_token(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """HTTP/1.1 keep-alive: every request gets 200 and the token."""
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":", 1)[1])
                    for line in head.lower().split(b"\r\n")
                    if line.startswith(b"content-length:")
                ),
                0,
            )
            await reader.readexactly(length)
            writer.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
                % (len(TOKEN), TOKEN)
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
        pass
    finally:
        writer.close()


@dataclass
class Site:
    ca: Path  # signed both servers' certificates
    other_ca: Path  # signed nothing here
    right: str  # certificate for 127.0.0.1
    wrong_host: str  # certificate for vbr.other.test, served on 127.0.0.1
    folder: Path


@pytest.fixture
async def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Site]:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    ca, other = trustme.CA(), trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    other.cert_pem.write_to_path(str(tmp_path / "other-ca.pem"))
    servers = []
    for name in ("127.0.0.1", "vbr.other.test"):
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(name).configure_cert(context)
        servers.append(await asyncio.start_server(answer_with_a_token, "127.0.0.1", 0, ssl=context))
    urls = [f"https://127.0.0.1:{server.sockets[0].getsockname()[1]}" for server in servers]
    yield Site(tmp_path / "ca.pem", tmp_path / "other-ca.pem", urls[0], urls[1], tmp_path)
    for server in servers:
        server.close()
        await server.wait_closed()


def client(url: str, **settings: object) -> VeeamAgentsClient:
    return VeeamAgentsClient(url, username="admin", password="pw", max_retries=0, logout_on_close=False, **settings)  # type: ignore[arg-type]


def context_of(vbr: VeeamAgentsClient) -> ssl.SSLContext:
    """The context the client's connection pool hands to every TLS handshake."""
    context: ssl.SSLContext = vbr._transport._inner._pool._ssl_context  # type: ignore[attr-defined]
    return context


async def logs_in(vbr: VeeamAgentsClient) -> bool:
    """True if the login completed over TLS; False if the handshake refused the certificate."""
    try:
        await vbr.login()
    except ApiConnectionError as error:
        assert REFUSED in str(error), error
        return False
    finally:
        await vbr.aclose()
    return True


async def test_one_ca_file_one_context_and_it_still_checks_the_host(site: Site) -> None:
    same_bytes = site.folder / "copy-of-ca.pem"
    shutil.copy(site.ca, same_bytes)
    first, wrong_host = client(site.right, verify=site.ca), client(site.wrong_host, verify=site.ca)
    copy = client(site.right, verify=same_bytes)
    assert context_of(first) is context_of(wrong_host) is context_of(copy)
    assert await logs_in(first)
    with pytest.raises(ApiConnectionError, match=f"{REFUSED}.*mismatch"):
        await wrong_host.login()
    await wrong_host.aclose()
    assert await logs_in(copy)  # a refusal through the shared context leaves it as it was


async def test_a_shared_context_refuses_a_ca_it_was_not_given(site: Site) -> None:
    trusting = client(site.right, verify=site.ca)
    other_ca = client(site.right, verify=site.other_ca)
    defaults = [client(site.right) for _ in range(3)]  # certifi's bundle, which lacks the throwaway CA
    assert context_of(other_ca) is not context_of(trusting)
    assert len({id(context_of(vbr)) for vbr in defaults}) == 1
    assert context_of(defaults[0]) not in (context_of(trusting), context_of(other_ca))
    assert await logs_in(trusting)
    assert not await logs_in(other_ca)
    for vbr in defaults:
        assert not await logs_in(vbr)
    assert await logs_in(client(site.right, verify=site.ca))


async def test_the_environment_is_part_of_the_default_setting(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(site.ca))
    trusting = client(site.right)
    assert await logs_in(trusting)
    monkeypatch.setenv("SSL_CERT_FILE", str(site.other_ca))
    other = client(site.right)
    assert context_of(other) is not context_of(trusting) and not await logs_in(other)
    ignoring = client(site.right, trust_env=False)
    assert context_of(ignoring) not in (context_of(trusting), context_of(other)) and not await logs_in(ignoring)
    monkeypatch.delenv("SSL_CERT_FILE")
    unset = client(site.right)
    assert context_of(unset) not in (context_of(trusting), context_of(other))
    assert context_of(unset) is context_of(ignoring) and not await logs_in(unset)
    monkeypatch.setenv("SSL_CERT_FILE", str(site.ca))
    assert context_of(client(site.right)) is context_of(trusting)  # still held by `trusting`


async def test_ssl_cert_dir_is_never_shared(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenSSL reads such a folder as handshakes need it: a shared context would keep what it read."""
    monkeypatch.setenv("SSL_CERT_DIR", str(site.folder))
    one, two = client(site.right), client(site.right)
    assert context_of(one) is not context_of(two)
    assert not await logs_in(one)  # the folder holds no hashed certificate names: nothing trusted


async def test_a_changed_ca_file_is_loaded_again(site: Site) -> None:
    rotating = site.folder / "rotating.pem"
    shutil.copy(site.ca, rotating)
    before = client(site.right, verify=rotating)
    assert await logs_in(before)
    shutil.copy(site.other_ca, rotating)  # same path, another CA: new clients must not trust the old one
    after = client(site.right, verify=rotating)
    assert context_of(after) is not context_of(before)
    assert not await logs_in(after)
    shutil.copy(site.ca, rotating)
    back = client(site.right, verify=rotating)
    assert context_of(back) is context_of(before)
    assert await logs_in(back)


async def test_every_unverified_client_warns_and_none_loosens_the_others(site: Site) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        insecure = [client(site.wrong_host, verify=False) for _ in range(3)]
    assert [w.category for w in caught] == [InsecureTLSWarning] * 3
    assert len({id(context_of(vbr)) for vbr in insecure}) == 1
    unverified = context_of(insecure[0])
    assert unverified.verify_mode == ssl.CERT_NONE and not unverified.check_hostname
    assert await logs_in(insecure[0])  # no checks, as before: any certificate, any name
    checked = client(site.wrong_host, verify=site.ca)
    assert context_of(checked).verify_mode == ssl.CERT_REQUIRED and context_of(checked).check_hostname
    assert not await logs_in(checked)
    for vbr in insecure[1:]:
        await vbr.aclose()


async def test_a_plain_http_client_loads_no_ca() -> None:
    for verify in (True, False):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            plain = client("http://127.0.0.1:9419", verify=verify)
        assert [w.category for w in caught] == ([] if verify else [InsecureTLSWarning])
        context = context_of(plain)
        assert context.cert_store_stats() == {"x509": 0, "crl": 0, "x509_ca": 0}
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname  # it would refuse any certificate
    with pytest.raises(ValueError, match="verify"):
        client("http://127.0.0.1:9419", verify="/no/such/ca.pem")


def test_a_callers_own_context_is_used_as_given() -> None:
    mine = ssl.create_default_context()
    for url in ("https://vbr.example.test:9419", "http://127.0.0.1:9419"):
        assert context_of(client(url, verify=mine)) is mine


def test_a_context_is_built_once_when_threads_ask_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fresh-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))  # bytes no other test has loaded
    builds = []
    real = ssl.create_default_context

    def counting(*args: object, **kwargs: object) -> ssl.SSLContext:
        builds.append(kwargs.get("cafile"))
        time.sleep(0.05)  # a slow load: without the lock, every thread would build its own
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ssl, "create_default_context", counting)
    start = threading.Barrier(8)
    contexts: list[ssl.SSLContext] = []

    def make() -> None:
        start.wait()
        contexts.append(context_of(client("https://vbr.example.test:9419", verify=path)))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(contexts) == 8 and all(context is contexts[0] for context in contexts)
    assert builds == [os.fspath(path)]


def test_the_cache_keeps_no_context_alive(tmp_path: Path) -> None:
    path = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    vbr = client("https://vbr.example.test:9419", verify=path)
    held = weakref.ref(context_of(vbr))
    del vbr
    gc.collect()
    assert held() is None


def test_ca_files_that_cannot_load_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_ca = tmp_path / "notes.txt"
    not_a_ca.write_text("no certificate here\n")
    with pytest.raises(ValueError, match=r"^verify: the CA bundle .*notes\.txt.* cannot be loaded"):
        client("https://vbr.example.test:9419", verify=not_a_ca)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(ValueError, match=r"SSL_CERT_FILE .*trust_env=False"):
        client("https://vbr.example.test:9419")
    assert context_of(client("https://vbr.example.test:9419", trust_env=False)).verify_mode == ssl.CERT_REQUIRED
