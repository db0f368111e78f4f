"""The API revision a client speaks: pinned by the caller, or agreed with the server at login.

The generated table (`revisions.py`, from the document's marks) says which revision has which
operation, which operations it deprecates, and how a revision spells the values it spells
differently; `Revision` keeps the revision in use, picks the newest one both sides know from VBR's
refusal message, stops a request the revision lacks before it is sent, and warns of a call the
revision deprecates, whichever way it was made (`vbr.raw` included).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
import types
import warnings
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

from ._exceptions import UnsupportedApiVersionError, UnsupportedOperationError
from .revisions import DEPRECATED, ENUM_SPELLINGS, OPERATIONS, QUERY_PARAMETERS, REVISIONS, ROUTES
from .types import OPERATION

__all__ = ["KNOWN_REVISIONS", "Revision", "operation", "revision_key"]

F = TypeVar("F", bound=Callable[..., object])


def operation(name: str) -> Callable[[F], F]:
    """Names the API operation a public method calls (its generated module: a key of
    `revisions.OPERATIONS`), so that `VeeamAgentsClient.supports` can answer for the method."""
    if name not in OPERATIONS:
        raise ValueError(f"{name!r} is no operation of the document")

    def named(method: F) -> F:
        method.__operation__ = name  # type: ignore[attr-defined]
        return method

    return named


KNOWN_REVISIONS: tuple[str, ...] = REVISIONS
"""Every revision this client can speak, oldest first."""

_REVISION = re.compile(r"^(\d+)\.(\d+)-rev(\d+)$")


def revision_key(revision: str) -> tuple[int, int, int]:
    """Order of revisions: "1.3-rev10" comes after "1.3-rev2"."""
    match = _REVISION.match(revision)
    if match is None:
        raise ValueError(f"api_version must look like 1.3-rev2, got {revision!r}")
    major, minor, rev = match.groups()
    return int(major), int(minor), int(rev)


class Revision:
    """The revision requests carry in `x-api-version`, and what it allows."""

    def __init__(self, pinned: str | None) -> None:
        if pinned is not None:
            revision_key(pinned)
        self.pinned = pinned
        self.current = pinned or KNOWN_REVISIONS[-1]
        self._settled = pinned is not None

    @property
    def negotiable(self) -> bool:
        """True until a revision is agreed, when the caller did not pin one."""
        return not self._settled

    def settle(self) -> None:
        """The server took the revision in use: no more negotiation."""
        self._settled = True

    def agree(self, refusal: UnsupportedApiVersionError) -> str:
        """Settle on the newest revision both sides know, after the server refused ours."""
        common = [revision for revision in refusal.offered if revision in KNOWN_REVISIONS and revision != self.current]
        if not self.negotiable or not common:
            raise refusal
        self.current = max(common, key=revision_key)
        self._settled = True
        return self.current

    def spell(self, enum: str, value: str) -> str:
        """`value` of the generated enum `enum` as the revision in use writes it."""
        return ENUM_SPELLINGS.get(enum, {}).get(self.current, {}).get(value, value)

    def within(self, since: str | None, until: str | None) -> bool:
        """Whether the revision in use lies in the span [since, until] (None: open-ended)."""
        now = revision_key(self.current)
        return (since is None or now >= revision_key(since)) and (until is None or now <= revision_key(until))

    def has(self, module: str) -> bool:
        """Whether the revision in use has the operation (its generated module)."""
        return self.current not in KNOWN_REVISIONS or self.within(*OPERATIONS[module])

    def has_parameter(self, module: str, name: str) -> bool:
        """Whether the operation (its generated module) has the query parameter in the revision in use."""
        span = QUERY_PARAMETERS.get(module, {}).get(name)
        return span is None or self.within(*span)

    def check(self, request: httpx.Request) -> str | None:
        """Raise UnsupportedOperationError when the revision in use lacks the request's operation,
        or one of the query parameters it is sent with (a server would ignore an unknown filter
        and answer unfiltered, which the caller must not mistake for a filtered answer). Returns
        the operation, as the generated function named it on the request (`OPERATION`), or None
        for a request no generated function made (a path outside the document, sent as it is).

        Only for revisions this client knows: of a pinned unknown one the table says nothing, and
        the server answers for itself."""
        module: str | None = request.extensions.get(OPERATION)
        if module is None or self.current not in KNOWN_REVISIONS:
            return module
        query = request.url.params.keys()
        spans: list[tuple[str | None, tuple[str | None, str | None]]] = [(None, OPERATIONS[module])]
        spans += [(name, span) for name, span in QUERY_PARAMETERS.get(module, {}).items() if name in query]
        for parameter, (since, until) in spans:
            if not self.within(since, until):
                raise UnsupportedOperationError(
                    operation=module,
                    method=request.method,
                    path=ROUTES[module][1],
                    since=since,
                    until=until,
                    revision=self.current,
                    parameter=parameter,
                )
        return module

    def warn_if_deprecated(self, module: str) -> None:
        """A DeprecationWarning naming what to use instead, when the revision in use deprecates the
        operation (so a call VBR deprecates only in newer revisions never warns against an older
        server, where it may be the only way). It points at the caller's line: the first frame
        outside this package, httpx and asyncio."""
        deprecation = DEPRECATED.get(module)
        if deprecation is None or not self.within(*deprecation[:2]):
            return
        since, until, instead = deprecation
        span = f"from API revision {since}" if until is None else f"in API revisions {since} to {until}"
        method, path = ROUTES[module]
        warnings.warn(
            f"VBR deprecates {module} ({method} {path}) {span}, and this client speaks {self.current}; "
            f"use instead: {instead}",
            DeprecationWarning,
            stacklevel=_caller_stacklevel(),
        )

    def request_hook(self) -> Callable[[httpx.Request], Awaitable[None]]:
        """An httpx request hook: the revision's header, set last, after checking the operation.

        It runs once the request is authenticated, so after the login that agrees on the revision;
        a request replayed after a 401 warns only once."""

        async def apply(request: httpx.Request) -> None:
            module = self.check(request)
            request.headers["x-api-version"] = self.current
            self.warn_once(request, module)

        return apply

    def warn_once(self, request: httpx.Request, module: str | None) -> None:
        """Warn of `request`'s operation (`module`) if the revision deprecates it, once per request.
        Not while the revision may still change: a client holding only an access token learns it
        from its first answer, after which the auth flow asks again (`settled`)."""
        if module in DEPRECATED and not self.negotiable and _WARNED not in request.extensions:
            request.extensions[_WARNED] = True
            self.warn_if_deprecated(module)

    def settled(self, request: httpx.Request) -> None:
        """The server answered `request` in the revision in use: keep it, and warn as the request
        hook would have, had the revision been known then."""
        self.settle()
        self.warn_once(request, request.extensions.get(OPERATION))


_WARNED = "veeam_agents_client.deprecation_checked"
"""The request extension that marks a request as checked for deprecation (a replay is not checked again)."""

_INTERNAL = (
    *(os.path.dirname(module.__file__ or "") + os.sep for module in (sys.modules[__package__ or ""], httpx, asyncio)),
    contextlib.__file__,
)
"""Where the frames between a call and its request hook live: this package, httpx, asyncio (a task)."""


def _caller_stacklevel() -> int:
    """The `stacklevel` of the first frame outside _INTERNAL, counted from the caller of this function."""
    frame: types.FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(_INTERNAL):
        frame = frame.f_back
        level += 1
    return level
