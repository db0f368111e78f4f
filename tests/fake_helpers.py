"""The fake VBR server and plain httpx clients of it, with the checks the fake's test modules share.
A helper module (tests import it), not a test module; a test module imports the fixtures to use them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from conftest import Clock

from veeam_agents_client.api import API_VERSION
from veeam_agents_client.models import ErrorErrorCode
from veeam_agents_client.testing import FakeVBR

AGENTS = "/api/v1/agents"
ERROR_CODES = {code.value for code in ErrorErrorCode}  # the document's Error.errorCode enum
MISSING = "0b5a3f6e-8d5c-4c1e-9a55-2f1d7c3b9e10"


@pytest.fixture(name="fake")
def fake_vbr(clock: Clock) -> FakeVBR:
    return FakeVBR(entities_per_group=[300, 40], protected_computers=12, clock=clock, session_duration=10.0)


@pytest.fixture(name="http")
async def plain_http(fake: FakeVBR) -> AsyncIterator[httpx.AsyncClient]:
    """A client with the API version header but no token."""
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url="https://vbr.test:9419", headers={"x-api-version": API_VERSION}
    ) as client:
        yield client


@pytest.fixture(name="admin")
async def admin_http(fake: FakeVBR, http: httpx.AsyncClient) -> httpx.AsyncClient:
    """The same client logged in as the backup administrator."""
    http.headers["Authorization"] = "Bearer " + fake.issue_token("admin")
    return http


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) <= {"errorCode", "message", "resourceId"}
    assert body["errorCode"] in ERROR_CODES
    assert isinstance(body["message"], str) and body["message"]
    if code is not None:
        assert body["errorCode"] == code
    return body


async def list_all(client: httpx.AsyncClient, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list, page by page."""
    items: list[dict[str, Any]] = []
    while True:
        response = await client.get(path, params={**params, "skip": len(items), "limit": 70})
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["data"]
        if len(items) >= body["pagination"]["total"] or not body["data"]:
            return items


def future(days: float = 10) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()
