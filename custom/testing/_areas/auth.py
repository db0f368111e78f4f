"""Login and logout: the OAuth 2.0 token request (password and refresh_token grants) and revocation."""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING, Any

from ...models.e_login_grant_type import ELoginGrantType
from .._errors import bad_request

if TYPE_CHECKING:
    from .._gate import Call


def create_token(call: Call) -> dict[str, Any]:
    """POST /api/oauth2/token: the password and refresh_token grants."""
    fake = call.fake
    fake.stats.token_requests += 1
    if not call.content_type.startswith("application/x-www-form-urlencoded"):
        raise bad_request("The request body must be application/x-www-form-urlencoded.")
    try:
        form = dict(urllib.parse.parse_qsl(call.body.decode(), keep_blank_values=True, strict_parsing=False))
    except UnicodeDecodeError:
        raise bad_request("The request body is not valid form data.") from None
    grant = form.get("grant_type")
    now = fake.now()

    def spelled(value: ELoginGrantType) -> str:
        return call.rules.spell(ELoginGrantType.__name__, value.value)

    if grant == spelled(ELoginGrantType.PASSWORD):
        if not form.get("username") or "password" not in form:
            raise bad_request("The password grant needs username and password.")
        login = fake.tokens.password_grant(form["username"], form["password"], now)
    elif grant == spelled(ELoginGrantType.REFRESH_TOKEN):
        if not form.get("refresh_token"):
            raise bad_request("The refresh_token grant needs refresh_token.")
        login = fake.tokens.refresh_grant(form["refresh_token"], now)
    elif grant in (spelled(ELoginGrantType.AUTHORIZATION_CODE), spelled(ELoginGrantType.VBR_TOKEN)):
        raise bad_request(f"The grant type {grant} is not supported by this server.")
    else:
        raise bad_request(f"Unknown or missing grant_type: {grant!r}.")
    fake.stats.tokens_issued += 1
    return login.model()


def logout(call: Call) -> dict[str, Any]:
    """POST /api/oauth2/logout: revoke the caller's token pair."""
    call.fake.tokens.revoke(call.caller)
    return {}
