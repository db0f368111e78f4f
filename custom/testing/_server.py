"""Serving an ASGI app with uvicorn on a real socket in a background thread, optionally over TLS."""

from __future__ import annotations

import contextlib
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import trustme
import uvicorn
from starlette.types import ASGIApp

STARTUP_TIMEOUT = 10.0


@dataclass(frozen=True)
class RunningServer:
    """Where a served fake listens; ``ca_path`` is the PEM file of its throwaway CA (TLS only)."""

    base_url: str
    host: str
    port: int
    ca_path: str | None = None

    @property
    def verify(self) -> str | bool:
        """What to pass as the client's ``verify``: the throwaway CA over TLS, True otherwise."""
        return self.ca_path if self.ca_path is not None else True


@contextmanager
def _certificates(host: str) -> Iterator[tuple[str, str, str]]:
    """(ca_path, cert_path, key_path) of a fresh CA and a server certificate for ``host``."""
    ca = trustme.CA()
    cert = ca.issue_cert(host, "localhost", "127.0.0.1")
    with tempfile.TemporaryDirectory(prefix="fakevbr-tls-") as directory:
        paths = (Path(directory, "ca.pem"), Path(directory, "server.pem"), Path(directory, "server.key"))
        ca.cert_pem.write_to_path(str(paths[0]))
        cert.cert_chain_pems[0].write_to_path(str(paths[1]))
        for extra in cert.cert_chain_pems[1:]:
            extra.write_to_path(str(paths[1]), append=True)
        cert.private_key_pem.write_to_path(str(paths[2]))
        yield str(paths[0]), str(paths[1]), str(paths[2])


@contextmanager
def serve(app: ASGIApp, *, tls: bool = False, host: str = "127.0.0.1", port: int = 0) -> Iterator[RunningServer]:
    """Run ``app`` until the block exits; the port is chosen by the OS unless given.

    ``host`` is an IPv4 or IPv6 address or a name (``"::1"`` serves on IPv6 loopback).
    """
    with _serving(app, tls=tls, host=host, ports=[port]) as (server,):
        yield server


@contextmanager
def serve_many(
    app: ASGIApp, count: int, *, tls: bool = False, host: str = "127.0.0.1"
) -> Iterator[list[RunningServer]]:
    """Run ``app`` on ``count`` free ports at once until the block exits: one server thread and,
    over TLS, one throwaway CA for all of them (a fleet of servers for one process's clients)."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"count must be an int >= 1, got {count!r}")
    with _serving(app, tls=tls, host=host, ports=[0] * count) as servers:
        yield servers


@contextmanager
def _serving(app: ASGIApp, *, tls: bool, host: str, ports: list[int]) -> Iterator[list[RunningServer]]:
    with (
        _certificates(host) if tls else _no_certificates() as (ca_path, cert_path, key_path),
        contextlib.ExitStack() as sockets,
    ):
        listening = [sockets.enter_context(contextlib.closing(_listening_socket(host, port))) for port in ports]
        config = uvicorn.Config(
            app,
            log_level="critical",
            access_log=False,
            lifespan="off",
            ssl_certfile=cert_path,
            ssl_keyfile=key_path,
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": listening}, name="fakevbr", daemon=True)
        thread.start()
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while not server.started:
                if not thread.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError("the fake VBR server did not start")
                time.sleep(0.01)
            scheme = "https" if tls else "http"
            netloc = f"[{host}]" if ":" in host else host
            bound = [sock.getsockname()[1] for sock in listening]
            yield [RunningServer(f"{scheme}://{netloc}:{port}", host, port, ca_path) for port in bound]
        finally:
            server.should_exit = True
            thread.join(timeout=STARTUP_TIMEOUT)


def _listening_socket(host: str, port: int) -> socket.socket:
    """A bound TCP socket for ``host`` (its address family), closed again if binding fails."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit TCP_NODELAY: without it, Nagle's algorithm and delayed ACKs add
        # about 40 ms to every response that uvicorn writes as headers and body separately.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(address)
    except BaseException:
        sock.close()
        raise
    return sock


@contextmanager
def _no_certificates() -> Iterator[tuple[None, None, None]]:
    yield None, None, None
