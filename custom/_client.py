"""`VeeamAgentsClient`: the one async front door to the Agents API."""

from __future__ import annotations

import asyncio
import importlib
import os
import re
import ssl
import weakref
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, NoReturn, Self, TypeVar, overload

import httpx

from ._auth import BearerAuth, Tokens, header_safe
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_PAGE_SIZE, DEFAULT_TIMEOUT, LOGGER
from ._exceptions import ClientClosedError
from ._retries import RetryingTransport, RetryPolicy, mark_repeatable
from ._revisions import Revision
from ._transport import (
    BorrowedTransport,
    ClientTransport,
    check_base_url,
    make_transport,
)
from ._validation import flag, seconds, text
from ._validation import page_size as check_page_size
from .client import Client
from .revisions import OPERATIONS

if TYPE_CHECKING:
    from ._agent_packages import AgentPackages
    from ._agent_states import AgentStates
    from ._discovered_entities import DiscoveredEntities
    from ._protected_computers import ProtectedComputers
    from ._protection_groups import ProtectionGroups
    from ._recovery_appliances import RecoveryAppliances
    from ._recovery_tokens import RecoveryTokens
    from ._sessions import Sessions
    from ._tasks import Tasks

__all__ = ["VeeamAgentsClient"]

N = TypeVar("N")


class _Namespace(Generic[N]):
    """A resource namespace of the client, made on first use: its module, and the models that
    module reads, load then, so that importing the client costs only what is used."""

    def __init__(self, path: str) -> None:
        self._module, self._class = path.rsplit(".", 1)

    def __set_name__(self, owner: type[Any], attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, client: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(self, client: VeeamAgentsClient, owner: type[Any] | None = None) -> N: ...
    def __get__(self, client: VeeamAgentsClient | None, owner: type[Any] | None = None) -> N | Self:
        if client is None:
            return self
        namespace: N = getattr(importlib.import_module(self._module, __package__), self._class)(client)
        client.__dict__[self._attribute] = namespace  # found there from now on, before this descriptor
        return namespace


class VeeamAgentsClient:
    """Async client for the Agents section of the VBR REST API.

    Use it as ``async with VeeamAgentsClient(url, username=..., password=...) as vbr:``. It logs
    in on entry (or on first use), refreshes the token before it expires, retries what is safe
    to retry, and logs out on exit. Give either a username and password, or tokens you already
    hold (`access_token` and/or `refresh_token`), or both (the password is then the fallback).

    The API by resource group: ``recovery_tokens`` (RecoveryTokens), ``protected_computers``
    (ProtectedComputers), ``discovered_entities`` (DiscoveredEntities), ``agent_packages``
    (AgentPackages), ``sessions`` (Sessions), ``tasks`` (Tasks), ``agent_states`` (AgentStates),
    ``recovery_appliances`` (RecoveryAppliances) and ``protection_groups`` (ProtectionGroups);
    ``raw`` is the generated client, for calling any generated function with this client's auth,
    retries and timeouts.

    `api_version` pins an API revision (e.g. "1.3-rev0"). Left out, the client offers the newest
    revision it knows at login and, if the server refuses it, agrees on the newest revision both
    know (`vbr.api_version` tells which). Calls the revision lacks raise UnsupportedOperationError
    before any request.

    `verify` is True (certifi's CA bundle, as httpx), a CA bundle path, an ``ssl.SSLContext``
    (used as given), or False (warns); clients with the same setting share one TLS context. The
    proxy comes from HTTPS_PROXY / ALL_PROXY / NO_PROXY unless `trust_env` is False. `transport`
    replaces the connection pool (an ``httpx.AsyncBaseTransport``, e.g. for tests); `http_client`
    sends through your own ``httpx.AsyncClient``, which the client never closes.
    """

    recovery_tokens: _Namespace[RecoveryTokens] = _Namespace("._recovery_tokens.RecoveryTokens")
    protected_computers: _Namespace[ProtectedComputers] = _Namespace("._protected_computers.ProtectedComputers")
    discovered_entities: _Namespace[DiscoveredEntities] = _Namespace("._discovered_entities.DiscoveredEntities")
    agent_packages: _Namespace[AgentPackages] = _Namespace("._agent_packages.AgentPackages")
    sessions: _Namespace[Sessions] = _Namespace("._sessions.Sessions")
    tasks: _Namespace[Tasks] = _Namespace("._tasks.Tasks")
    agent_states: _Namespace[AgentStates] = _Namespace("._agent_states.AgentStates")
    recovery_appliances: _Namespace[RecoveryAppliances] = _Namespace("._recovery_appliances.RecoveryAppliances")
    protection_groups: _Namespace[ProtectionGroups] = _Namespace("._protection_groups.ProtectionGroups")

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        username: str | None = None,
        password: str | None = None,
        access_token: str | None = None,
        refresh_token: str | None = None,
        api_version: str | None = None,
        verify: bool | str | os.PathLike[str] | ssl.SSLContext = True,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        headers: dict[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        logout_on_close: bool = True,
        max_connections: int = 20,
        allow_insecure_http: bool = False,
        trust_env: bool = True,
    ) -> None:
        url = check_base_url(base_url, allow_insecure_http=flag(allow_insecure_http, "allow_insecure_http"))
        _check_credentials(username, password, access_token, refresh_token)
        self._revision = Revision(None if api_version is None else text(api_version, "api_version"))
        self.page_size = check_page_size(page_size, "page_size")
        policy = _policy(max_retries, retry_policy)
        if transport is not None and http_client is not None:
            raise ValueError("pass transport or http_client, not both")
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise TypeError(f"transport must be an httpx.AsyncBaseTransport, not {type(transport).__name__}")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
        if isinstance(max_connections, bool) or not isinstance(max_connections, int) or max_connections < 1:
            raise ValueError(f"max_connections must be an int >= 1, got {max_connections!r}")
        self._timeout = _check_timeout(timeout)
        self._headers = _check_headers(headers)
        self._logout_on_close = flag(logout_on_close, "logout_on_close")
        trust_env = flag(trust_env, "trust_env")

        self.base_url = str(url).rstrip("/")
        self.username = username
        self._url = url
        self._root = self  # the client that owns the pool and the tokens (a view's is its origin)
        self._closed = False
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None  # bound on first use
        if http_client is not None:
            inner: httpx.AsyncBaseTransport = ClientTransport(http_client)
        elif transport is not None:
            inner = transport
        else:
            inner = make_transport(verify, base_url=url, max_connections=max_connections, trust_env=trust_env)
        self._transport = RetryingTransport(inner, policy)

        self._tokens = Tokens(
            self._unauthenticated_client,
            username=username,
            password=password,
            access_token=access_token,
            refresh_token=refresh_token,
            revision=self._revision,
        )
        self._connect()

    def _connect(self) -> None:
        """The httpx client every call goes through, and `raw` on top of it."""
        self._http = self._http_client(auth=BearerAuth(self._tokens, self._url), transport=self._transport)
        self.raw: Client = _RawClient(base_url=self.base_url).set_async_httpx_client(self._http)
        """The generated client, with this client's auth, version header, timeouts and retries: for
        the generated functions' ``asyncio`` and ``asyncio_detailed`` (their sync twins raise)."""

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Self:
        """This client with another `timeout`, `max_retries` or `retry_policy` for the calls made through it
        (an ISO download, a long wait), sharing everything else: the connection pool, the tokens
        and their renewal, the agreed revision. Use it as the client itself; it needs no closing,
        and it ends when this client closes (``aclose()`` on it closes nothing else)."""
        view = object.__new__(type(self))
        namespaces = {name for name, value in vars(type(self)).items() if isinstance(value, _Namespace)}
        view.__dict__.update({name: value for name, value in vars(self).items() if name not in namespaces})
        if timeout is not None:
            view._timeout = _check_timeout(timeout)
        if max_retries is not None or retry_policy is not None:
            policy = _policy(DEFAULT_MAX_RETRIES if max_retries is None else max_retries, retry_policy)
            view._transport = self._transport.with_policy(policy)
        view._connect()
        return view

    @property
    def api_version(self) -> str:
        """The API revision requests use: the one you pinned, or the one agreed at login (before
        login, the newest this client knows)."""
        return self._revision.current

    def supports(self, call: Callable[..., object] | str, parameter: str | None = None) -> bool:
        """Whether the agreed API revision has `call`, and its query `parameter` when given: from
        the document's revision table, without a request. `call` is a method of this client
        (``vbr.protection_groups.list``), its name (``"protection_groups.list"``) or an operation
        (``"get_all_protection_groups"``, as `UnsupportedOperationError.operation` names it);
        `parameter` as the method takes it (``"permission_scope"``) or as the API writes it.

        Raises RuntimeError before a revision is agreed: ``await vbr.login()`` first."""
        module = _operation_of(self, call)
        if self._revision.negotiable:
            raise RuntimeError("the API revision is not agreed yet: await vbr.login() first")
        if parameter is None:
            return self._revision.has(module)
        if not isinstance(parameter, str):
            raise TypeError(f"parameter must be a str, not {type(parameter).__name__}")
        camel = re.sub(r"_([a-z])", lambda match: match[1].upper(), parameter)
        return self._revision.has(module) and self._revision.has_parameter(module, camel)

    def __repr__(self) -> str:
        revision = (
            f"api_version={self.api_version!r}"
            if not self._revision.negotiable
            else f"api_version=<not agreed yet: offers {self.api_version!r} at login>"
        )
        return f"VeeamAgentsClient({self.base_url!r}, username={self.username!r}, {revision})"

    def _http_client(
        self,
        *,
        transport: httpx.AsyncBaseTransport,
        auth: httpx.Auth | None = None,
        headers: dict[str, str] | None = None,
        repeatable: bool = False,
    ) -> httpx.AsyncClient:
        return _GuardedClient(
            self._check_usable,
            base_url=self.base_url,
            auth=auth,
            headers={**self._headers, **(headers or {})},
            timeout=self._timeout,
            transport=transport,
            follow_redirects=False,
            event_hooks={
                "request": [self._revision.request_hook(), *([mark_repeatable] if repeatable else [])],
                "response": [_log_response],
            },
        )

    def _unauthenticated_client(self, headers: dict[str, str], *, repeatable: bool = False) -> Client:
        """A generated client for token requests (`repeatable`) and logout: same pool, no bearer auth."""
        http = self._http_client(transport=BorrowedTransport(self._transport), headers=headers, repeatable=repeatable)
        return Client(base_url=self.base_url).set_async_httpx_client(http)

    def _check_usable(self) -> None:
        """Raise ClientClosedError, not httpx's bare RuntimeError, before a send that cannot work."""
        self = self._root  # a view lives and dies with its origin
        if self._closed:
            raise ClientClosedError(
                "this VeeamAgentsClient is closed; create a new one "
                "(`async with VeeamAgentsClient(...) as vbr:` keeps its use inside the block)"
            )
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise ClientClosedError(
                "this VeeamAgentsClient was first used in another event loop, which owns its connections; "
                "create the client inside the event loop that uses it (one client per asyncio.run)"
            )

    async def login(self) -> None:
        """Log in now (otherwise the first call does); raises AuthenticationError when refused."""
        await self._tokens.access_token()

    async def aclose(self) -> None:
        """Log out (best effort, if enabled) and close the connection pool we own. Idempotent.
        On a view (`with_options`), nothing: the client it came from owns all of that."""
        if self._closed or self._root is not self:
            return
        try:
            if self._logout_on_close:
                await self._tokens.logout()
        finally:
            self._closed = True
            await self._tokens.aclose()
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        try:
            await self.login()
        except BaseException:
            await self.aclose()  # __aexit__ will not run: close the pool the login opened
            raise
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _operation_of(client: VeeamAgentsClient, call: object) -> str:
    """The operation a `supports` argument names, or ValueError/TypeError naming the argument."""
    if isinstance(call, str):
        if call in OPERATIONS:
            return call
        namespace, _, method = call.partition(".")
        found = getattr(getattr(client, namespace, None), method, None) if method and namespace != "raw" else None
        if found is None:
            raise ValueError(
                f"call {call!r} is no method of the client (such as 'protection_groups.list') or operation"
            )
        call = found
    module = getattr(call, "__operation__", None)
    if not isinstance(module, str):
        raise TypeError(f"call must be a method of the client, its name or an operation id, not {call!r}")
    return module


class _RawClient(Client):
    """`vbr.raw`: the generated client bound to this client's httpx client, and nothing else.

    The generated sync functions (and ``with_headers`` / ``with_cookies`` / ``with_timeout``, whose
    copies start an httpx client of their own) would send without the bearer token, the agreed
    revision, its operation check, the TLS settings and the pool: they raise before sending instead.
    """

    def get_httpx_client(self) -> httpx.Client:
        raise TypeError(
            "vbr.raw is async only: call a generated function's asyncio() or asyncio_detailed(); "
            "its sync() would send without this client's login, API revision, TLS settings and pool"
        )

    def _refuse(self, method: str) -> NoReturn:
        raise TypeError(
            f"vbr.raw.{method}() would make a client without this client's login and settings; "
            "pass headers= or timeout= to VeeamAgentsClient instead"
        )

    def with_headers(self, headers: dict[str, str]) -> Client:
        self._refuse("with_headers")

    def with_cookies(self, cookies: dict[str, str]) -> Client:
        self._refuse("with_cookies")

    def with_timeout(self, timeout: httpx.Timeout) -> Client:
        self._refuse("with_timeout")


class _GuardedClient(httpx.AsyncClient):
    """An httpx client that asks its owner whether it may still send."""

    def __init__(self, guard: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._guard = guard

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self._guard()
        return await super().send(request, **kwargs)


def _policy(max_retries: object, retry_policy: object) -> RetryPolicy:
    """The retry policy from `max_retries` (the default policy with that budget) or a caller's own
    `retry_policy` (which carries its own max_retries: passing another as well is refused)."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
    if retry_policy is None:
        return RetryPolicy(max_retries=max_retries)
    if not isinstance(retry_policy, RetryPolicy):
        raise TypeError(f"retry_policy must be a RetryPolicy, not {type(retry_policy).__name__}")
    if max_retries not in (DEFAULT_MAX_RETRIES, retry_policy.max_retries):
        raise ValueError("pass max_retries or a retry_policy, not both: the policy has its own max_retries")
    return retry_policy


def _check_timeout(timeout: object) -> httpx.Timeout:
    """A finite, positive timeout (httpx.Timeout parts may be None: no limit for that part)."""
    if isinstance(timeout, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            value = getattr(timeout, part)
            if value is not None:
                seconds(value, f"timeout.{part}")
        return timeout
    return httpx.Timeout(seconds(timeout, "timeout"))


def _check_headers(headers: object) -> dict[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"headers must be a dict of str to str, not {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"headers must be a dict of str to str, got {type(name).__name__}: {type(value).__name__}")
    return dict(headers)


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
    if access_token is not None and not header_safe(access_token):
        raise ValueError(
            "access_token has characters an HTTP header cannot carry "
            "(line breaks or other control characters, non-ASCII, spaces at either end)"
        )
    if (username is None) != (password is None):
        raise ValueError("username and password go together: pass both or neither")
    if username is None and access_token is None and refresh_token is None:
        raise ValueError("pass username and password, or an access_token / refresh_token")


async def _log_response(response: httpx.Response) -> None:
    request = response.request
    LOGGER.debug("%s %s -> %s", request.method, request.url.path, response.status_code)
