"""Login, token renewal and logout against servers whose token and logout answers are drawn from
Veeam's published contracts with random data (tests/contract.py), as they are or broken (a value of
another JSON type, a field removed), in every revision and in a revision newer than the newest: a token a
header can carry is used, any other is refused with the library's own error, a renewal takes the right
grant, logout revokes the token in use, and no token or password shows in a result, an error or the log.
Runs derandomized: CI sees the same examples every time.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest
from conftest import BASE_URL
from contract import PROPS, SECRET_MARK, TARGETS, Published, mutated
from contract_server import LogCollector
from hypothesis import given, note, settings
from hypothesis import strategies as st

from veeam_agents_client import UnexpectedResponseError, VeeamAgentsClient, VeeamError
from veeam_agents_client._constants import LOGGER
from veeam_agents_client.models import SessionModel
from veeam_agents_client.revisions import ROUTES


def usable(token: object) -> bool:
    """Whether an access token can travel in an Authorization header as it is: visible ASCII,
    spaces inside only (a field value without control characters or obs-text)."""
    return isinstance(token, str) and token != "" and token.strip(" ") == token and all(" " <= c <= "~" for c in token)


class TokenServer:
    """A VBR whose every token answer is drawn from the published token answer (with `broken`,
    maybe mutated), and its logout answer from the published logout answer. Its one API operation
    (reading a session) takes only the access token of the latest answer a client can use, and
    nothing once `revoke` is called."""

    def __init__(self, contract: Published, data: st.DataObject, *, broken: bool) -> None:
        self.contract, self.data, self.broken = contract, data, broken
        self.answers: list[dict[str, Any]] = []
        self.forms: list[dict[str, str]] = []
        self.requests: list[httpx.Request] = []
        self.taken: str | None = None

    def draw(self, module: str, *, may_break: bool = True) -> Any:
        """An answer for the operation from its published schema; broken maybe, when `broken`."""
        answer = self.data.draw(self.contract.strategy(self.contract.answer(module)["application/json"]), label=module)
        if may_break and self.broken and self.data.draw(st.booleans(), label=f"{module} broken"):
            return mutated(answer, self.data)
        return answer

    def revoke(self) -> None:
        self.taken = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == ROUTES["create_token"][1]:
            self.forms.append(dict(httpx.QueryParams(request.content.decode())))
            self.answers.append(self.draw("create_token"))
            self.taken = access(self.answers[-1]) if usable(access(self.answers[-1])) else self.taken
            return httpx.Response(200, json=self.answers[-1])
        if request.url.path == ROUTES["logout"][1]:
            return httpx.Response(200, json=self.draw("logout"))
        if request.headers["authorization"] != f"Bearer {self.taken}":
            return httpx.Response(401, json={"errorCode": "Unauthorized", "message": "token expired or revoked"})
        return httpx.Response(200, json=self.draw("get_session", may_break=False))

    def in_use(self) -> dict[str, Any] | None:
        """The latest token answer a client can use."""
        return next((answer for answer in reversed(self.answers) if usable(access(answer))), None)


def access(answer: Any) -> Any:
    return answer.get("access_token") if isinstance(answer, dict) else None


@pytest.mark.parametrize("broken", [False, True], ids=["contract", "broken"])
@pytest.mark.parametrize("target", TARGETS)
@settings(PROPS, max_examples=25)
@given(data=st.data())
def test_login_renewal_and_logout_take_any_token_answer(target: str, broken: bool, data: st.DataObject) -> None:
    """Any access token (any string: spaces inside, control characters, non-ASCII, empty; or, broken,
    none or no string), any refresh token and any int32 lifetime (negative, zero, huge; or no
    number). A token a header can carry is used as it came; any other is refused with
    UnexpectedResponseError. A renewal (after the lifetime runs out on the client's clock, or
    after a 401 when the lifetime is unusable) uses the refresh token of the answer in use, or the
    password when it has none; logout revokes the token in use. No token or password shows in an
    error or the log."""
    contract = TARGETS[target]
    server = TokenServer(contract, data, broken=broken)
    now = [0.0]
    outcomes: list[Any] = []
    logs: list[str] = []

    async def calls(vbr: VeeamAgentsClient) -> None:
        outcomes.append(await outcome(vbr.login()))
        assert (outcomes[-1] is None) == usable(access(server.answers[0])), outcomes[-1]
        if outcomes[-1] is not None:
            return
        outcomes.append(await outcome(vbr.sessions.get(uuid.uuid4())))  # renews first if the lifetime is 0
        check_session_read(outcomes[-1], server)
        if isinstance(outcomes[-1], VeeamError):
            return
        held, asked = server.in_use(), len(server.answers)
        now[0] += 2**32  # past any int32 lifetime
        server.revoke()
        outcomes.append(await outcome(vbr.sessions.get(uuid.uuid4())))
        assert len(server.answers) == asked + 1  # one renewal, before the call or after its 401
        check_renewal(server.forms[-1], held)
        check_session_read(outcomes[-1], server)

    async def session() -> None:
        vbr = VeeamAgentsClient(BASE_URL, username="admin", password=f"pw-{SECRET_MARK}", max_retries=0,
                                api_version=contract.revision, transport=httpx.MockTransport(server))  # fmt: skip
        vbr._tokens._clock = lambda: now[0]  # the token's lifetime runs on the test's clock
        try:
            await calls(vbr)
        finally:
            held, sent = server.in_use(), len(server.requests)
            await vbr.aclose()  # never raises for what the server answers
        logouts = [request for request in server.requests[sent:] if request.url.path == ROUTES["logout"][1]]
        assert [request.headers["authorization"] for request in logouts] == (
            [] if held is None else [f"Bearer {access(held)}"]
        )
        outcomes.append(vbr)

    handler = LogCollector(logs)
    LOGGER.addHandler(handler)
    try:
        asyncio.run(session())
    finally:
        LOGGER.removeHandler(handler)
    note(f"outcomes: {outcomes!r}")
    for text in [*map(repr, outcomes), *map(str, outcomes), *logs]:
        assert SECRET_MARK not in text, text


async def outcome(awaitable: Any) -> Any:
    """What an awaitable gives, or the VeeamError it raises."""
    try:
        return await awaitable
    except VeeamError as exc:
        return exc


def check_session_read(outcome: Any, server: TokenServer) -> None:
    """A read goes with the latest token answer's access token, or fails when that one is unusable."""
    latest = access(server.answers[-1])
    if usable(latest):
        assert isinstance(outcome, SessionModel), outcome
        assert server.requests[-1].headers["authorization"] == f"Bearer {latest}"
    else:
        assert isinstance(outcome, UnexpectedResponseError) and outcome.status_code == 200, outcome


def check_renewal(form: dict[str, str], held: dict[str, Any] | None) -> None:
    """The refresh token of the answer in use if it has one, else the password."""
    assert held is not None
    refresh = held.get("refresh_token")
    if isinstance(refresh, str) and refresh:
        assert form["grant_type"].lower() == "refresh_token" and form["refresh_token"] == refresh
    else:
        assert form["grant_type"].lower() == "password" and form["password"] == f"pw-{SECRET_MARK}"
