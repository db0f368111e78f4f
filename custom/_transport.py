"""The httpx plumbing under the client: TLS, version header, pooling and caller-owned clients."""

from __future__ import annotations

import ipaddress
import os
import ssl
import urllib.request
import warnings

import httpx

from ._exceptions import ClientClosedError
from ._tls import no_tls_context, tls_context

__all__ = [
    "BorrowedTransport",
    "ClientTransport",
    "InsecureTLSWarning",
    "check_base_url",
    "environment_proxy",
    "make_transport",
]

VerifyTypes = bool | str | os.PathLike[str] | ssl.SSLContext


class InsecureTLSWarning(UserWarning):
    """TLS certificate verification is off: anyone on the path can read the password."""


def check_base_url(base_url: str | httpx.URL, *, allow_insecure_http: bool) -> httpx.URL:
    """Parse `base_url`; refuse plain http to anything but loopback unless explicitly allowed."""
    if not isinstance(base_url, str | httpx.URL):
        raise TypeError(f"base_url must be a str or httpx.URL, not {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url is not a valid URL: {exc}") from None
    if url.userinfo:
        # Never echoed: the URL holds a password.
        raise ValueError("base_url must not carry credentials (user:password@); pass username= and password=")
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an absolute http(s) URL such as https://vbr:9419, got {base_url!r}")
    if url.query or url.fragment:
        raise ValueError(f"base_url must not have a query or fragment (?...#...), got {base_url!r}")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise ValueError(
            f"base_url {base_url!r} is plain http to a remote host: the password would travel in clear. "
            "Use https, or pass allow_insecure_http=True if you really mean it."
        )
    return url


def environment_proxy(url: httpx.URL) -> str | None:
    """The proxy the environment sets for `url`, as httpx reads it by default: HTTPS_PROXY or
    HTTP_PROXY by scheme, else ALL_PROXY; none for hosts in NO_PROXY or on loopback."""
    if _is_loopback(url.host):
        return None
    proxies = urllib.request.getproxies_environment()
    if _no_proxy(url.host, proxies.get("no", "")):
        return None
    return proxies.get(url.scheme) or proxies.get("all")


def _no_proxy(host: str, entries: str) -> bool:
    """Whether NO_PROXY covers `host`: `*`, the host itself, a parent domain, or a CIDR range."""
    host = host.lower().strip("[]")
    for entry in entries.lower().split(","):
        entry = entry.strip().split("://")[-1].rstrip("/")
        if entry == "*":
            return True
        try:
            if ipaddress.ip_address(host) in ipaddress.ip_network(entry.strip("[]"), strict=False):
                return True
            continue
        except ValueError:
            pass
        name = entry.rsplit(":", 1)[0] if entry.count(":") == 1 else entry  # drop a :port
        name = name.lstrip("*").lstrip(".")
        if name and (host == name or host.endswith("." + name)):
            return True
    return False


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_transport(
    verify: VerifyTypes, *, base_url: httpx.URL, max_connections: int, trust_env: bool
) -> httpx.AsyncHTTPTransport:
    """The default transport: a pooled HTTP/1.1 connection pool with the requested TLS checks.

    ``verify=True`` trusts what httpx trusts by default: Mozilla's CA bundle from certifi (or
    SSL_CERT_FILE / SSL_CERT_DIR when set and `trust_env`), not the operating system's store. The
    TLS context is the one every client with the same setting shares (see `tls_context`); your own
    ``ssl.SSLContext`` is used as given, and a plain-http `base_url` loads no CA at all. The proxy
    is the one the environment sets for `base_url` (see `environment_proxy`), when `trust_env`.
    """
    if verify is False:
        warnings.warn(
            "TLS certificate verification is disabled (verify=False); use a CA bundle instead",
            InsecureTLSWarning,
            stacklevel=3,
        )
    elif not isinstance(verify, bool | str | os.PathLike | ssl.SSLContext):
        raise TypeError(f"verify must be a bool, a CA bundle path or an ssl.SSLContext, not {type(verify).__name__}")
    if isinstance(verify, str | os.PathLike) and not os.path.isfile(verify):
        raise ValueError(f"verify: CA bundle {os.fspath(verify)!r} does not exist")
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif base_url.scheme == "http":
        context = no_tls_context()
    else:
        context = tls_context(verify, trust_env=trust_env)
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    proxy = environment_proxy(base_url) if trust_env else None
    try:
        return httpx.AsyncHTTPTransport(verify=context, limits=limits, proxy=proxy)
    except (ImportError, ValueError) as exc:  # e.g. socks5:// without httpx[socks]; the URL may hold a password
        raise ValueError(
            f"the proxy set in the environment cannot be used ({type(exc).__name__}); "
            "fix HTTPS_PROXY / ALL_PROXY, or pass trust_env=False"
        ) from None


class BorrowedTransport(httpx.AsyncBaseTransport):
    """Shares another transport's pool without closing it."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """The owner closes the pool."""


class ClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller-owned httpx.AsyncClient (its pool, proxies and TLS), never closing it."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # The caller's default headers apply where ours do not; auth=None keeps our bearer token.
        for name, value in self._client.headers.multi_items():
            if name not in request.headers:
                request.headers[name] = value
        if self._client.is_closed:
            raise ClientClosedError("the http_client passed to VeeamAgentsClient is closed; keep it open while in use")
        return await self._client.send(request, auth=None, follow_redirects=False, stream=True)

    async def aclose(self) -> None:
        """The caller owns the client and closes it."""
