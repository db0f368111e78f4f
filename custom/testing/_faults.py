"""Fault injection: latency, injected errors, dropped connections, slow bodies, token revocation.

Faults act in an ASGI middleware *before* the request reaches the operation, so a request that
failed by injection changed nothing on the server and tests can count side effects exactly.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._stats import Stats

HTML_PAGE = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
ERROR_CODES = {503: "ServiceUnavailable", 501: "NotImplemented", 404: "NotFound", 401: "InvalidToken"}


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised by the fake to break a connection; through ``httpx.ASGITransport`` the client sees it."""

    def __init__(self) -> None:
        super().__init__("fault injection: the server dropped the connection")


@dataclass
class Faults:
    """What to inject, with what probability; rolls come from ``random.Random(seed)``.

    ``error_rates`` and ``html_error_rates`` map an HTTP status to the chance that a request gets
    it (JSON Error body, or an HTML page as a proxy in front of VBR would send). ``retry_after`` is
    sent as ``Retry-After`` (seconds) on injected 429 and 503. ``revoke_every`` revokes every
    token before every N-th request. ``empty_401`` makes every 401 (injected or real) body-less.
    ``drop_body_after`` breaks the connection once that many body bytes of an answer went out
    (a download that dies midway); ``content_length_offset`` announces a Content-Length that far
    off the true one (positive: more than is sent). ``response_headers`` replaces or adds those
    headers on every answer (a download's Content-Disposition or Content-Type as a hostile or
    broken server sends them; a bytes value goes out as is). ``path_pattern`` limits faults to
    paths matching the regular expression.
    """

    latency: float = 0.0
    jitter: float = 0.0
    error_rates: dict[int, float] = field(default_factory=dict)
    html_error_rates: dict[int, float] = field(default_factory=dict)
    retry_after: int | None = None
    drop_rate: float = 0.0
    slow_body_rate: float = 0.0
    slow_chunk_size: int = 16
    slow_chunk_delay: float = 0.005
    revoke_every: int | None = None
    empty_401: bool = False
    drop_body_after: int | None = None
    content_length_offset: int = 0
    response_headers: dict[str, str | bytes] = field(default_factory=dict)
    path_pattern: str | None = None
    seed: int = 0
    rng: random.Random = field(init=False, repr=False)
    calls: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        for name in ("error_rates", "html_error_rates"):
            _check_rates(getattr(self, name), name)
        for name in ("drop_rate", "slow_body_rate"):
            _check_probability(getattr(self, name), name)
        for name in ("latency", "jitter", "slow_chunk_delay"):
            if not _is_number(getattr(self, name)) or not getattr(self, name) >= 0:
                raise ValueError(f"{name} must be a number of seconds >= 0, got {getattr(self, name)!r}")
        if isinstance(self.content_length_offset, bool) or not isinstance(self.content_length_offset, int):
            raise ValueError(f"content_length_offset must be an int, got {self.content_length_offset!r}")
        for name, low in (("retry_after", 0), ("revoke_every", 1), ("slow_chunk_size", 1), ("drop_body_after", 0)):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < low):
                raise ValueError(f"{name} must be an int >= {low}, got {value!r}")
        if not isinstance(self.response_headers, dict) or not all(
            isinstance(name, str) and isinstance(value, str | bytes) for name, value in self.response_headers.items()
        ):
            raise TypeError("response_headers must be a dict of header name to str or bytes value")
        if self.path_pattern is not None:
            re.compile(self.path_pattern)
        self.rng = random.Random(self.seed)

    def applies_to(self, path: str) -> bool:
        """Whether faults act on a request for ``path``."""
        return self.path_pattern is None or re.search(self.path_pattern, path) is not None

    def _roll(self, rates: dict[int, float]) -> int | None:
        """The status one roll picks from ``rates``, or None."""
        if not rates:
            return None
        roll, total = self.rng.random(), 0.0
        for status, rate in sorted(rates.items()):
            total += rate
            if roll < total:
                return status
        return None

    def _hit(self, rate: float) -> bool:
        return rate > 0 and self.rng.random() < rate


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_probability(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValueError(f"{name} must be a probability between 0 and 1, got {value!r}")


def _check_rates(rates: object, name: str) -> None:
    """A map of HTTP error status to probability, the probabilities adding up to at most 1."""
    if not isinstance(rates, dict):
        raise TypeError(f"{name} must be a dict of HTTP status to probability, not {type(rates).__name__}")
    for status, rate in rates.items():
        if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
            raise ValueError(f"{name}: {status!r} is not an HTTP error status (400-599)")
        _check_probability(rate, f"{name}[{status}]")
    if sum(rates.values()) > 1:
        raise ValueError(f"{name}: the probabilities add up to {sum(rates.values())}, more than 1")


def _headers(content_type: str, length: int, extra: dict[str, str]) -> list[tuple[bytes, bytes]]:
    headers = {"content-type": content_type, "content-length": str(length)} | extra
    return [(name.encode(), value.encode()) for name, value in headers.items()]


async def _respond(send: Send, status: int, body: bytes, content_type: str, extra: dict[str, str]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": _headers(content_type, len(body), extra)})
    await send({"type": "http.response.body", "body": body})


class FaultInjector:
    """ASGI middleware in front of the fake's app: counts responses and injects the configured faults."""

    def __init__(
        self, app: ASGIApp, *, faults: Callable[[], Faults], stats: Stats, revoke_all: Callable[[], Any]
    ) -> None:
        self.app = app
        self._faults = faults
        self._stats = stats
        self._revoke_all = revoke_all

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                self._stats.requests += 1
                self._stats.by_status[message["status"]] += 1
            await send(message)

        faults = self._faults()
        if not faults.applies_to(scope["path"]):
            await self.app(scope, receive, counting_send)
            return
        await self._inject(faults, scope, receive, counting_send)

    async def _inject(self, faults: Faults, scope: Scope, receive: Receive, send: Send) -> None:
        if faults.latency or faults.jitter:
            await asyncio.sleep(faults.latency + faults.rng.uniform(0, faults.jitter))
        faults.calls += 1
        if faults.revoke_every and faults.calls % faults.revoke_every == 0:
            self._stats.faults["revoke"] += 1
            self._revoke_all()
        if faults._hit(faults.drop_rate):
            self._stats.faults["drop"] += 1
            await self._drop(send)
        html_status = faults._roll(faults.html_error_rates)
        if html_status is not None:
            self._stats.faults[f"html{html_status}"] += 1
            reason = httpx.codes.get_reason_phrase(html_status)
            page = HTML_PAGE.format(status=html_status, reason=reason).encode()
            await _respond(send, html_status, page, "text/html", self._retry_after(faults, html_status))
            return
        status = faults._roll(faults.error_rates)
        if status is not None:
            self._stats.faults[f"error{status}"] += 1
            await self._error(faults, send, status)
            return
        if faults._hit(faults.slow_body_rate):
            self._stats.faults["slow"] += 1
            send = self._slow(faults, send)
        if faults.drop_body_after is not None or faults.content_length_offset:
            send = self._misframed(faults, send)
        if faults.response_headers:
            send = self._reheadered(faults, send)
        await self.app(scope, receive, send)

    @staticmethod
    def _retry_after(faults: Faults, status: int) -> dict[str, str]:
        if faults.retry_after is not None and status in (429, 503):
            return {"retry-after": str(faults.retry_after)}
        return {}

    async def _error(self, faults: Faults, send: Send, status: int) -> None:
        if status == 401 and faults.empty_401:
            await _respond(send, 401, b"", "application/json", {})
            return
        code = ERROR_CODES.get(status, "UnknownError")
        body = json.dumps({"errorCode": code, "message": f"Injected fault: HTTP {status}."}).encode()
        await _respond(send, status, body, "application/json", self._retry_after(faults, status))

    @staticmethod
    async def _drop(send: Send) -> None:
        """Promise a body, send part of it, then break the connection."""
        await send({"type": "http.response.start", "status": 200, "headers": _headers("application/json", 4096, {})})
        await send({"type": "http.response.body", "body": b'{"data": [', "more_body": True})
        raise DroppedConnection

    def _misframed(self, faults: Faults, send: Send) -> Send:
        """A ``send`` that lies about the body's length and/or breaks the connection midway."""
        sent = 0

        async def misframed_send(message: Message) -> None:
            nonlocal sent
            if message["type"] == "http.response.start" and faults.content_length_offset:
                headers = [
                    (name, str(int(value) + faults.content_length_offset).encode())
                    if name.lower() == b"content-length"
                    else (name, value)
                    for name, value in message.get("headers", [])
                ]
                self._stats.faults["content_length"] += 1
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and faults.drop_body_after is not None:
                body: bytes = message.get("body", b"")
                if sent + len(body) > faults.drop_body_after:
                    kept = faults.drop_body_after - sent
                    await send({"type": "http.response.body", "body": body[:kept], "more_body": True})
                    self._stats.faults["drop_body"] += 1
                    raise DroppedConnection
                sent += len(body)
            await send(message)

        return misframed_send

    def _reheadered(self, faults: Faults, send: Send) -> Send:
        """A ``send`` that puts `faults.response_headers` in place of the answer's own."""
        replaced = {name.lower().encode() for name in faults.response_headers}
        added = [
            (name.lower().encode(), value if isinstance(value, bytes) else value.encode())
            for name, value in faults.response_headers.items()
        ]

        async def reheadered_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(name, value) for name, value in message.get("headers", []) if name.lower() not in replaced]
                self._stats.faults["headers"] += 1
                message = {**message, "headers": kept + added}
            await send(message)

        return reheadered_send

    @staticmethod
    def _slow(faults: Faults, send: Send) -> Send:
        """A ``send`` that trickles each body out in small chunks."""

        async def slow_send(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
                return
            body: bytes = message.get("body", b"")
            more = message.get("more_body", False)
            size = max(1, faults.slow_chunk_size)
            chunks = [body[i : i + size] for i in range(0, len(body), size)] or [b""]
            for index, chunk in enumerate(chunks):
                last = index == len(chunks) - 1
                await send({"type": "http.response.body", "body": chunk, "more_body": more or not last})
                if not last:
                    await asyncio.sleep(faults.slow_chunk_delay)

        return slow_send
