"""A wait keeps its deadline: a poll that retries or overruns ends it on time, with the last state seen."""

from __future__ import annotations

import time

import httpx
import pytest
from conftest import SESSION_ID
from seeds import SEED_SESSION

from veeam_agents_client import SessionTimeoutError
from veeam_agents_client.models import SessionModel

SESSION_PATH = f"/api/v1/sessions/{SESSION_ID}"


async def test_session_wait_deadline_cuts_short_a_poll_that_is_retrying(stub, make_client) -> None:
    stub.route("GET", SESSION_PATH, lambda request: httpx.Response(503, headers={"Retry-After": "5"}))
    async with make_client(max_retries=5) as vbr:
        started = time.monotonic()
        with pytest.raises(SessionTimeoutError) as caught:
            await vbr.sessions.wait(SESSION_ID, timeout=0.5)
        elapsed = time.monotonic() - started
    assert elapsed < 3  # not 5 s per Retry-After times 5 retries
    assert caught.value.session is None and str(caught.value.session_id) == SESSION_ID


async def test_session_wait_reports_the_last_state_seen_when_a_later_poll_overruns(stub, make_client) -> None:
    polls = 0

    def session(request: httpx.Request) -> httpx.Response:
        nonlocal polls
        polls += 1
        if polls == 1:
            return httpx.Response(200, json={**SEED_SESSION, "id": SESSION_ID, "state": "Working"})
        return httpx.Response(503, headers={"Retry-After": "30"})

    stub.route("GET", SESSION_PATH, session)
    async with make_client() as vbr:
        with pytest.raises(SessionTimeoutError) as caught:
            await vbr.sessions.wait(SESSION_ID, timeout=0.3, poll_interval=0.05)
    assert isinstance(caught.value.session, SessionModel) and caught.value.session.state == "Working"
