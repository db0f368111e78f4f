"""Recovery tokens for bare-metal recovery: list, create, read, change and delete."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._data import from_timestamp
from .._errors import FakeApiError, bad_request
from .._lookups import in_path
from .._query import in_order, name_filtered, page, parse_paging, parse_uuid
from .._site import RecoveryToken, token_string
from .._validate import date_time, text, uuid_list

if TYPE_CHECKING:
    from .._gate import Call

ORDER = {"Name": lambda t: t.name.casefold(), "ExpirationDate": lambda t: t.expiration}


def list_recovery_tokens(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/recoveryTokens."""
    paging = parse_paging(call.query, list(ORDER))
    tokens = name_filtered(call.fake.recovery_tokens.values(), call.query, lambda t: t.name)
    for bound, keep in (("expirationDateBefore", datetime.__lt__), ("expirationDateAfter", datetime.__gt__)):
        if bound in call.query:
            limit = _query_date_time(call.query[bound], bound)
            tokens = [t for t in tokens if keep(t.expiration, limit)]
    return page(in_order(tokens, paging, ORDER), paging, RecoveryToken.model)


def _query_date_time(value: str, name: str) -> datetime:
    try:
        return date_time(value, name)
    except FakeApiError as error:
        raise bad_request(error.message, code="InvalidURI") from None


def _future(call: Call, body: dict[str, Any]) -> datetime:
    expiration = date_time(body["expirationDate"], "expirationDate")
    if expiration <= from_timestamp(call.fake.now()):
        raise bad_request("The expiration date must be in the future.")
    return expiration


def create_recovery_token(call: Call) -> dict[str, Any]:
    """POST /api/v1/agents/recoveryTokens."""
    body = call.json()
    backup_ids = uuid_list(body["backupIds"], "backupIds")
    expiration = _future(call, body)
    fake = call.fake
    fake.stats.recovery_tokens_created += 1
    token = RecoveryToken(
        id=fake.new_uuid(),
        name=f"Recovery token {next(fake.token_numbers)}",
        token=token_string(fake.rng),
        expiration=expiration,
        backup_ids=backup_ids,
    )
    fake.recovery_tokens[token.id] = token
    return token.model()


def _recovery_token(call: Call) -> RecoveryToken:
    return in_path(call, call.fake.recovery_tokens, "Recovery token")


def get_recovery_token(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/recoveryTokens/{id}."""
    return _recovery_token(call).model()


def update_recovery_token(call: Call) -> dict[str, Any]:
    """PUT /api/v1/agents/recoveryTokens/{id}: new name and expiration date."""
    token = _recovery_token(call)
    body = call.json()
    if parse_uuid(body["id"], "The field id") != token.id:
        raise bad_request("The id in the body does not match the id in the path.")
    name = text(body["name"], "name")
    token.expiration = _future(call, body)
    token.name = name
    return token.model()


def delete_recovery_token(call: Call) -> None:
    """DELETE /api/v1/agents/recoveryTokens/{id}."""
    del call.fake.recovery_tokens[_recovery_token(call).id]
