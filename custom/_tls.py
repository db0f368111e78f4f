"""TLS contexts shared by every client of the process: one per distinct verification setting.

Loading certifi's CA bundle into an ``ssl.SSLContext`` costs about 850 KB, and httpx does it for
each client it builds; a fleet of a thousand clients would hold a thousand copies of one bundle.
Here a context is built the first time a setting is needed and handed to every client with the
same setting for as long as any of them holds it (the cache keeps no context alive by itself).

A CA file is keyed by the SHA-256 of its contents, read again for each client (a small cost next
to loading it): files with the same bytes share a context, and a client made after a file changed
gets one loaded from the new bytes, while clients made before keep theirs. ``verify=True`` is keyed
by what httpx reads for it: the contents of ``SSL_CERT_FILE`` when `trust_env` and set, else
certifi's bundle. ``SSL_CERT_DIR`` is not shared: OpenSSL reads such a folder one certificate at a
time as handshakes need them, so a context of it costs little, and a shared one would keep serving
what it had read after the folder changed.
"""

from __future__ import annotations

import hashlib
import os
import ssl
import threading
import weakref
from collections.abc import Callable, Hashable

import httpx

__all__ = ["no_tls_context", "tls_context"]

_CONTEXTS: weakref.WeakValueDictionary[Hashable, ssl.SSLContext] = weakref.WeakValueDictionary()
_LOCK = threading.Lock()


def tls_context(verify: bool | str | os.PathLike[str], *, trust_env: bool) -> ssl.SSLContext:
    """The shared context for `verify`: True checks as httpx does by default, a path trusts that
    CA bundle, False checks nothing (the caller warns). Raises ValueError if the CAs cannot load."""
    if verify is False:
        return _shared(lambda: ("unverified",), lambda: httpx.create_ssl_context(verify=False), "")
    if verify is True:
        return _shared(
            lambda: _default_key(trust_env),
            lambda: httpx.create_ssl_context(verify=True, trust_env=trust_env),
            _default_source(trust_env),
        )
    path = os.fspath(verify)
    return _shared(
        lambda: _cafile_key(path),
        lambda: ssl.create_default_context(cafile=path),
        f"verify: the CA bundle {path!r}",
    )


def no_tls_context() -> ssl.SSLContext:
    """For a plain-http client, which never speaks TLS: a context that loads no CA (and so would
    refuse any certificate), instead of a bundle it would never use."""
    return _shared(lambda: ("no-ca",), lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT), "")


def _shared(key: Callable[[], Hashable], build: Callable[[], ssl.SSLContext], source: str) -> ssl.SSLContext:
    """The context cached under `key()`, or a new one from `build()`, cached unless the key changed
    while it loaded (a CA file rewritten meanwhile: the next client loads it again) or is None
    (nothing to share, or a file that could not be read)."""
    with _LOCK:
        wanted = key()
        context = None if wanted is None else _CONTEXTS.get(wanted)
        if context is None:
            try:
                context = build()
            except OSError as exc:  # a missing or unreadable file, or one that holds no certificate (ssl.SSLError)
                reason = getattr(exc, "reason", None) or exc.strerror or str(exc)
                raise ValueError(f"{source} cannot be loaded as CA certificates: {reason}") from None
            if wanted is not None and key() == wanted:
                _CONTEXTS[wanted] = context
        return context


def _cafile_key(path: str) -> Hashable:
    digest = _contents_digest(path)
    return None if digest is None else ("cafile", digest)


def _default_key(trust_env: bool) -> Hashable:
    cert_file, cert_dir = _environment(trust_env)
    if cert_file:
        digest = _contents_digest(cert_file)
        return None if digest is None else ("default", "SSL_CERT_FILE", digest)
    if cert_dir:
        return None
    return ("default",)


def _default_source(trust_env: bool) -> str:
    cert_file, cert_dir = _environment(trust_env)
    if cert_file:
        return f"SSL_CERT_FILE ({cert_file!r}; pass trust_env=False to ignore it)"
    if cert_dir:
        return f"SSL_CERT_DIR ({cert_dir!r}; pass trust_env=False to ignore it)"
    return "certifi's CA bundle"


def _environment(trust_env: bool) -> tuple[str | None, str | None]:
    """SSL_CERT_FILE and SSL_CERT_DIR as httpx reads them for verify=True (unset when empty)."""
    if not trust_env:
        return None, None
    return os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None


def _contents_digest(path: str) -> Hashable:
    """SHA-256 of the file's bytes: what a context loaded from it trusts. None if it cannot be read."""
    try:
        with open(path, "rb") as file:
            return hashlib.file_digest(file, "sha256").digest()
    except OSError:
        return None
