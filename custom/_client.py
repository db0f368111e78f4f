"""`VeeamAgentsClient`: the one async front door to the Agents API."""

from __future__ import annotations

import os
import ssl
from types import TracebackType
from typing import Self

import httpx

from ._agent_packages import AgentPackages
from ._auth import BearerAuth, Tokens
from ._constants import API_VERSION, DEFAULT_MAX_RETRIES, DEFAULT_PAGE_SIZE, DEFAULT_TIMEOUT, LOGGER
from ._discovered_entities import DiscoveredEntities
from ._protected_computers import ProtectedComputers
from ._recovery_tokens import RecoveryTokens
from ._retries import RetryingTransport, RetryPolicy
from ._sessions import Sessions
from ._transport import (
    BorrowedTransport,
    ClientTransport,
    check_base_url,
    make_transport,
    version_header_hook,
)
from ._validation import page_size as check_page_size
from ._validation import text
from .client import Client

__all__ = ["VeeamAgentsClient"]


class VeeamAgentsClient:
    """Async client for the Agents section of the VBR REST API.

    Use it as ``async with VeeamAgentsClient(url, username=..., password=...) as vbr:``. It logs
    in on entry (or on first use), refreshes the token before it expires, retries what is safe
    to retry, and logs out on exit. Give either a username and password, or tokens you already
    hold (`access_token` and/or `refresh_token`), or both (the password is then the fallback).

    The API by resource group: ``recovery_tokens`` (RecoveryTokens), ``protected_computers``
    (ProtectedComputers), ``discovered_entities`` (DiscoveredEntities), ``agent_packages``
    (AgentPackages) and ``sessions`` (Sessions); ``raw`` is the generated client, for calling any
    generated function with this client's auth, retries and timeouts.

    `verify` is True (system CAs), a CA bundle path, an ``ssl.SSLContext``, or False (warns).
    `transport` replaces the connection pool (an ``httpx.AsyncBaseTransport``, e.g. for tests);
    `http_client` sends through your own ``httpx.AsyncClient``, which the client never closes.
    """

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        username: str | None = None,
        password: str | None = None,
        access_token: str | None = None,
        refresh_token: str | None = None,
        api_version: str = API_VERSION,
        verify: bool | str | os.PathLike[str] | ssl.SSLContext = True,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: dict[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        logout_on_close: bool = True,
        max_connections: int = 20,
        allow_insecure_http: bool = False,
    ) -> None:
        url = check_base_url(base_url, allow_insecure_http=allow_insecure_http)
        _check_credentials(username, password, access_token, refresh_token)
        self.api_version = text(api_version, "api_version")
        if not self.api_version:
            raise ValueError("api_version must not be empty")
        self.page_size = check_page_size(page_size, "page_size")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
        if transport is not None and http_client is not None:
            raise ValueError("pass transport or http_client, not both")
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise TypeError(f"transport must be an httpx.AsyncBaseTransport, not {type(transport).__name__}")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")

        self.base_url = str(url).rstrip("/")
        self.username = username
        self._logout_on_close = logout_on_close
        if http_client is not None:
            inner: httpx.AsyncBaseTransport = ClientTransport(http_client)
        elif transport is not None:
            inner = transport
        else:
            inner = make_transport(verify, max_connections=max_connections)
        self._transport = RetryingTransport(inner, RetryPolicy(max_retries=max_retries))
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._headers = dict(headers or {})

        self._tokens = Tokens(
            self._unauthenticated_client,
            username=username,
            password=password,
            access_token=access_token,
            refresh_token=refresh_token,
        )
        self._http = self._http_client(auth=BearerAuth(self._tokens, url), transport=self._transport)
        self.raw: Client = Client(base_url=self.base_url).set_async_httpx_client(self._http)
        """The generated client, with this client's auth, version header, timeouts and retries."""

        self.recovery_tokens = RecoveryTokens(self)
        self.protected_computers = ProtectedComputers(self)
        self.discovered_entities = DiscoveredEntities(self)
        self.agent_packages = AgentPackages(self)
        self.sessions = Sessions(self)

    def __repr__(self) -> str:
        return f"VeeamAgentsClient({self.base_url!r}, username={self.username!r}, api_version={self.api_version!r})"

    def _http_client(
        self,
        *,
        transport: httpx.AsyncBaseTransport,
        auth: httpx.Auth | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.base_url,
            auth=auth,
            headers={**self._headers, **(headers or {})},
            timeout=self._timeout,
            transport=transport,
            follow_redirects=False,
            event_hooks={"request": [version_header_hook(self.api_version)], "response": [_log_response]},
        )

    def _unauthenticated_client(self, headers: dict[str, str]) -> Client:
        """A generated client for token requests and logout: same pool, no bearer auth."""
        http = self._http_client(transport=BorrowedTransport(self._transport), headers=headers)
        return Client(base_url=self.base_url).set_async_httpx_client(http)

    async def login(self) -> None:
        """Log in now (otherwise the first call does); raises AuthenticationError when refused."""
        await self._tokens.access_token()

    async def aclose(self) -> None:
        """Log out (best effort, if enabled) and close the connection pool we own."""
        try:
            if self._logout_on_close:
                await self._tokens.logout()
        finally:
            await self._tokens.aclose()
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        await self.login()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _check_credentials(
    username: str | None, password: str | None, access_token: str | None, refresh_token: str | None
) -> None:
    for name, value in (
        ("username", username),
        ("password", password),
        ("access_token", access_token),
        ("refresh_token", refresh_token),
    ):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str, not {type(value).__name__}")
        if value == "":
            raise ValueError(f"{name} must not be empty")
    if (username is None) != (password is None):
        raise ValueError("username and password go together: pass both or neither")
    if username is None and access_token is None and refresh_token is None:
        raise ValueError("pass username and password, or an access_token / refresh_token")


async def _log_response(response: httpx.Response) -> None:
    request = response.request
    LOGGER.debug("%s %s -> %s", request.method, request.url.path, response.status_code)
