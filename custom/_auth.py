"""Login, token refresh and the bearer header.

`Tokens` owns the access/refresh pair: it logs in with the password grant, refreshes before
expiry with the refresh_token grant, and makes sure concurrent callers share one token
request (VBR refresh tokens work once). `BearerAuth` is the httpx hook that puts the token on
each request and, after a 401, renews it once and replays the request.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ._constants import LOGGER, TOKEN_REFRESH_SKEW
from ._errors import api_error, unexpected
from ._exceptions import ApiError, AuthenticationError, UnsupportedApiVersionError
from ._response import call_for_response
from ._revisions import Revision
from .api.login import create_token, logout
from .client import Client
from .errors import UnexpectedResponseBody
from .models.e_login_grant_type import ELoginGrantType
from .models.token_login_spec import TokenLoginSpec
from .models.token_model import TokenModel
from .types import Response, build_response

__all__ = ["BearerAuth", "Tokens", "header_safe"]

_MAX_LIFETIME = 2**31 - 1  # expires_in is an int32 in seconds
# A header field value (RFC 9110): visible ASCII with spaces inside, nothing at either end. RFC 6750
# is stricter about bearer tokens, but a token is the server's own business: what it issued, it takes.
_HEADER_SAFE = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")


def header_safe(token: str) -> bool:
    """Whether `token` can travel in an Authorization header: no line breaks, NUL or other control
    characters, nothing outside ASCII, no space at either end. Checked up front: httpx and h11 quote
    an illegal header value in their error text, which would put the token in a message."""
    return _HEADER_SAFE.fullmatch(token) is not None


@dataclass
class _Pair:
    access: str
    refresh: str | None
    expires_at: float | None  # monotonic deadline, None when unknown

    def __repr__(self) -> str:
        return "_Pair(<redacted>)"


class Tokens:
    """The current token pair, renewed on demand by one request at a time."""

    def __init__(
        self,
        login_client: Callable[..., Client],
        *,
        username: str | None,
        password: str | None,
        access_token: str | None,
        refresh_token: str | None,
        revision: Revision | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._revision = revision or Revision(None)
        self._unsupported: UnsupportedApiVersionError | None = None
        self._new_client = login_client  # builds an unauthenticated client with extra headers
        self._client = login_client({}, repeatable=True)  # token requests retry what judged no password
        self._username = username
        self._password = password
        self._clock = clock
        self._pair = _Pair(access_token, refresh_token, None) if access_token else None
        if self._pair is None and refresh_token:
            self._pair = _Pair("", refresh_token, clock())  # expired: the first call refreshes
        self._renewal: asyncio.Task[_Pair] | None = None
        # The facts of a refused password login, never the exception object: one object raised
        # again and again grows its traceback on every raise.
        self._refused: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"Tokens(username={self._username!r}, logged_in={self._pair is not None})"

    async def access_token(self) -> str:
        """A token that is not about to expire, renewing it first when needed."""
        pair = self._pair
        if pair is None or not pair.access or self._expiring(pair):
            pair = await self._renew()
        return pair.access

    async def after_unauthorized(self, rejected: str) -> str:
        """A fresh token after the server rejected `rejected` (unless someone renewed it already)."""
        pair = self._pair
        if pair is not None and pair.access and pair.access != rejected and not self._expiring(pair):
            return pair.access
        if pair is not None and pair.access == rejected:
            pair.expires_at = self._clock() - 1  # force renewal; the refresh token may still work
        # A newer token that is itself known rejected (or expired) is never handed out: the caller
        # waits for the renewal in flight, or starts one.
        return (await self._renew()).access

    async def logout(self) -> None:
        """Revoke the tokens on the server; best effort, never raises for server errors."""
        pair, self._pair = self._pair, None
        if pair is None or not pair.access:
            return
        try:
            async with self._new_client({"Authorization": f"Bearer {pair.access}"}) as client:
                await call_for_response(logout.asyncio_detailed, client=client)
        except Exception as exc:  # logout on close must not mask the caller's own error
            LOGGER.debug("logout failed: %s", type(exc).__name__)
        else:
            LOGGER.debug("logged out")

    async def aclose(self) -> None:
        """Release the token client (its pool belongs to the main client)."""
        await self._client.get_async_httpx_client().aclose()

    def _expiring(self, pair: _Pair) -> bool:
        return pair.expires_at is not None and self._clock() >= pair.expires_at

    async def _renew(self) -> _Pair:
        # One token request for all callers; shielded so that a caller cancelled mid-refresh
        # does not throw away a refresh token the server has already consumed. A finished renewal
        # is never joined: its done callback may not have run yet, and awaiting a finished task
        # does not yield, so a caller that retries on errors would get its failure forever.
        renewal = self._renewal
        if renewal is None or renewal.done():
            renewal = self._renewal = asyncio.ensure_future(self._authenticate())
            renewal.add_done_callback(self._renewal_done)
        return await asyncio.shield(renewal)

    def _renewal_done(self, task: asyncio.Task[_Pair]) -> None:
        if self._renewal is task:  # a newer renewal may already be running
            self._renewal = None
        if not task.cancelled():
            task.exception()  # retrieved here so an unobserved failure is not logged as lost

    async def _authenticate(self) -> _Pair:
        if self._unsupported is not None:  # a version problem does not go away: no new login
            restore, args = self._unsupported.__reduce__()[:2]
            raise restore(*args)
        if self._refused is not None:
            raise AuthenticationError(**self._refused)  # never repeat a refused password login
        try:
            return await self._log_in()
        except UnsupportedApiVersionError as exc:
            self._unsupported = exc  # the refresh token, if any, is kept: the server never judged it
            raise

    async def _log_in(self) -> _Pair:
        """The refresh grant when a refresh token is held, else (or when it is refused) the password grant."""
        refresh = self._pair.refresh if self._pair is not None else None
        if refresh:
            try:
                return self._store(await self._grant(ELoginGrantType.REFRESH_TOKEN, refresh_token=refresh))
            except ApiError as exc:
                if not _refused_login(exc):
                    raise
                LOGGER.info("refresh token refused (HTTP %s); logging in again", exc.status_code)
                if self._password is None:
                    raise AuthenticationError(**_refusal(exc)) from None
        if self._username is None or self._password is None:
            raise AuthenticationError(
                status_code=401,
                method="POST",
                url="",
                message="no valid token and no username/password to log in with",
            )
        try:
            pair = self._store(
                await self._grant(ELoginGrantType.PASSWORD, username=self._username, password=self._password)
            )
        except ApiError as exc:
            if not _refused_login(exc):
                raise
            self._refused = _refusal(exc)
            raise AuthenticationError(**self._refused) from None
        LOGGER.info("logged in as %s", self._username)
        return pair

    async def _grant(self, grant: ELoginGrantType, **fields: str) -> Response[Any]:
        """One token request in the revision in use. When the server refuses that revision and names
        others, once more in the newest revision both know (the server judged nothing else)."""
        while True:
            spelled = ELoginGrantType(self._revision.spell(ELoginGrantType.__name__, grant.value))
            spec = TokenLoginSpec(grant_type=spelled, **fields)  # type: ignore[arg-type]
            response = await call_for_response(_token_answer, client=self._client, body=spec)
            if 200 <= response.status_code < 300:
                self._revision.settle()
                return response
            error = api_error(response)
            if not isinstance(error, UnsupportedApiVersionError):
                raise error
            self.agree(error)

    @property
    def negotiable(self) -> bool:
        """Whether the revision may still change (not pinned, not yet taken by the server)."""
        return self._revision.negotiable

    def settled(self, request: httpx.Request) -> None:
        """The server answered `request` in the revision in use: it takes it."""
        self._revision.settled(request)

    def agree(self, refusal: UnsupportedApiVersionError) -> None:
        """Speak the newest revision both sides know after the server refused ours; raises `refusal`
        when the revision is pinned or already agreed, or when there is none in common."""
        offered = self._revision.current
        agreed = self._revision.agree(refusal)
        LOGGER.info("the server does not speak API %s; speaking %s", offered, agreed)

    def _store(self, response: Response[Any]) -> _Pair:
        """Keep the tokens of an answer. Any answer with an access token is usable: a missing
        refresh token means logging in again when this one expires, and a lifetime that is
        missing or out of range counts as unknown (the token is renewed after a 401)."""
        token = response.parsed
        access: object
        refresh: object
        lifetime: object
        if isinstance(token, TokenModel):
            access, refresh, lifetime = token.access_token, token.refresh_token, token.expires_in
        else:  # the body did not parse as a whole: read the three fields that matter
            answer = _json_object(response.content)
            access, refresh, lifetime = (answer.get(name) for name in ("access_token", "refresh_token", "expires_in"))
        if not (isinstance(access, str) and access and header_safe(access)):
            raise unexpected(response, "the token answer has no usable access_token")
        expires_at = None
        if isinstance(lifetime, int) and not isinstance(lifetime, bool) and 0 <= lifetime <= _MAX_LIFETIME:
            expires_at = self._clock() + lifetime - min(TOKEN_REFRESH_SKEW, lifetime / 10)
        else:
            LOGGER.info("the token answer has no usable expires_in; the token is renewed after a 401")
        self._pair = _Pair(access, refresh if isinstance(refresh, str) and refresh else None, expires_at)
        return self._pair


async def _token_answer(**kwargs: Any) -> Response[Any]:
    """The token endpoint, keeping a body that does not parse as a whole for `Tokens._store`."""
    try:
        return await create_token.asyncio_detailed(**kwargs)
    except UnexpectedResponseBody as exc:
        return build_response(exc.response, lambda _: None)


def _json_object(content: bytes) -> dict[str, Any]:
    try:
        answer = json.loads(content)
    except (ValueError, RecursionError):
        return {}
    return answer if isinstance(answer, dict) else {}


def _refused_login(exc: ApiError) -> bool:
    """Whether the server judged the credentials and said no (not a version refusal or a failure)."""
    return exc.status_code in (400, 401, 403) and not isinstance(exc, UnsupportedApiVersionError)


def _refusal(exc: ApiError) -> dict[str, Any]:
    """What an AuthenticationError for a refused login says, from the server's error."""
    return {
        "status_code": exc.status_code,
        "method": exc.method,
        "url": exc.url,
        "message": f"login refused: {exc.message}",
        "error_code": exc.error_code,
        "body": exc.body,
    }


class BearerAuth(httpx.Auth):
    """Adds the bearer token to requests for the API's own origin and replays once after a 401."""

    def __init__(self, tokens: Tokens, origin: httpx.URL) -> None:
        self._tokens = tokens
        self._origin = (origin.scheme, origin.host, origin.port)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if (request.url.scheme, request.url.host, request.url.port) != self._origin:
            yield request  # never send the token to another host
            return
        token = await self._tokens.access_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if self._tokens.negotiable:
            # A client holding only an access token learns the server's revisions from its first call.
            refusal = None
            if response.status_code == 400:
                await response.aread()
                refusal = api_error(response)
            if isinstance(refusal, UnsupportedApiVersionError):
                self._tokens.agree(refusal)
                response = yield request  # the request hook writes the agreed revision
            elif response.status_code != 401:  # a 401 may come before the version is looked at
                self._tokens.settled(request)
        if response.status_code == 401:
            # A 401 means the server did not act: log in again and replay once.
            LOGGER.info("%s %s got 401; renewing the token and replaying", request.method, request.url.path)
            # Read the 401 first: that hands its connection back to the pool. Held while the token
            # renews, a full pool of 401s (a revocation under load) leaves the token request no
            # connection, and everything waits for the pool timeout.
            await response.aread()
            request.headers["Authorization"] = f"Bearer {await self._tokens.after_unauthorized(token)}"
            yield request
