"""Defaults and fixed values of the client, in one place."""

import logging

import httpx

from .api import API_VERSION

__all__ = [
    "API_VERSION",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_TIMEOUT",
    "LOGGER",
    "MAX_PAGE_SIZE",
    "TOKEN_REFRESH_SKEW",
]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Finite by default: a hung VBR server must not hang the caller forever."""

DEFAULT_PAGE_SIZE = 200
"""The document's default `limit` for every list operation."""

MAX_PAGE_SIZE = 2**31 - 1
"""`skip` and `limit` are int32 in the document."""

DEFAULT_MAX_RETRIES = 2

TOKEN_REFRESH_SKEW = 60.0
"""Seconds before expiry at which a token counts as expired (clock drift, slow requests)."""

LOGGER = logging.getLogger("veeam_agents_client")
