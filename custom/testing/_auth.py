"""Users, roles and the OAuth 2.0 token life cycle of the VBR REST service."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ._data import from_timestamp, iso
from ._errors import ErrorCode, FakeApiError


class Role(StrEnum):
    """The VBR roles the Agents operations distinguish."""

    BACKUP_ADMINISTRATOR = "Veeam Backup Administrator"
    RESTORE_OPERATOR = "Veeam Restore Operator"


@dataclass(frozen=True)
class User:
    """A user who can log in with the password grant."""

    username: str
    password: str
    role: Role = Role.BACKUP_ADMINISTRATOR


DEFAULT_PASSWORD = "Passw0rd!"  # noqa: S105 (the fake's well-known test password)
DEFAULT_USERS = (
    User("admin", DEFAULT_PASSWORD, Role.BACKUP_ADMINISTRATOR),
    User("operator", DEFAULT_PASSWORD, Role.RESTORE_OPERATOR),
)


@dataclass
class Login:
    """One issued token pair."""

    user: User
    access_token: str
    refresh_token: str
    issued: float
    access_expires: float
    refresh_expires: float
    revoked: bool = False
    refresh_used: bool = False

    def model(self) -> dict[str, Any]:
        """The TokenModel body."""
        return {
            "access_token": self.access_token,
            "token_type": "bearer",
            "refresh_token": self.refresh_token,
            "expires_in": round(self.access_expires - self.issued),
            ".issued": iso(from_timestamp(self.issued)),
            ".expires": iso(from_timestamp(self.access_expires)),
        }


def unauthorized(code: ErrorCode, message: str) -> FakeApiError:
    """A 401 (``code`` is AccessDenied, ExpiredToken or InvalidToken)."""
    return FakeApiError(401, code, message)


@dataclass
class TokenStore:
    """Issues, refreshes, checks and revokes token pairs."""

    users: dict[str, User]
    access_lifetime: float
    refresh_lifetime: float
    _by_access: dict[str, Login] = field(default_factory=dict)
    _by_refresh: dict[str, Login] = field(default_factory=dict)

    def _issue(self, user: User, now: float) -> Login:
        login = Login(
            user=user,
            access_token=secrets.token_urlsafe(48),
            refresh_token=secrets.token_urlsafe(48),
            issued=now,
            access_expires=now + self.access_lifetime,
            refresh_expires=now + self.refresh_lifetime,
        )
        self._by_access[login.access_token] = login
        self._by_refresh[login.refresh_token] = login
        return login

    def password_grant(self, username: str, password: str, now: float) -> Login:
        """Log in; a wrong user name or password is a 401."""
        user = self.users.get(username)
        if user is None or not secrets.compare_digest(user.password, password):
            raise unauthorized("AccessDenied", "Invalid user name or password.")
        return self._issue(user, now)

    def refresh_grant(self, refresh_token: str, now: float) -> Login:
        """Trade a refresh token for a new pair; each refresh token works once (then a 400)."""
        login = self._by_refresh.get(refresh_token)
        if login is None or login.revoked:
            raise FakeApiError(400, "InvalidToken", "The refresh token is invalid or has been revoked.")
        if login.refresh_used:
            raise FakeApiError(400, "InvalidToken", "The refresh token has already been used.")
        if now >= login.refresh_expires:
            raise FakeApiError(400, "ExpiredToken", "The refresh token has expired.")
        login.refresh_used = True
        return self._issue(login.user, now)

    def authenticate(self, authorization: str | None, now: float) -> Login:
        """The login behind an ``Authorization: Bearer`` header, else a 401."""
        if not authorization:
            raise unauthorized("AccessDenied", "Authorization has been denied for this request.")
        scheme, _, token = authorization.partition(" ")
        login = self._by_access.get(token.strip()) if scheme.lower() == "bearer" else None
        if login is None or login.revoked:
            raise unauthorized("InvalidToken", "The access token is invalid or has been revoked.")
        if now >= login.access_expires:
            raise unauthorized("ExpiredToken", "The access token has expired.")
        return login

    def revoke(self, login: Login) -> None:
        """Log out: both tokens of the pair stop working."""
        login.revoked = True

    def revoke_all(self) -> int:
        """Revoke every live pair; returns how many there were."""
        live = [login for login in self._by_access.values() if not login.revoked]
        for login in live:
            login.revoked = True
        return len(live)

    def issue_for(self, username: str, now: float) -> Login:
        """Issue a pair without a password (for tests that just need a valid token)."""
        return self._issue(self.users[username], now)
