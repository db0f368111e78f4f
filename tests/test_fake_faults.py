"""The faults the fake VBR server injects on request, through plain httpx calls, and the fake's own
arguments checked like the client's."""

from __future__ import annotations

import typing
from typing import Any

import httpx
import pytest
from fake_helpers import (
    AGENTS,
    ERROR_CODES,
    MISSING,
    admin_http,  # noqa: F401 (the fixture admin)
    assert_error,
    fake_vbr,  # noqa: F401 (the fixture fake)
    future,
    plain_http,  # noqa: F401 (the fixture http)
)

from veeam_agents_client.testing import DroppedConnection, FakeVBR

# --- faults -----------------------------------------------------------------------------------


async def test_injected_errors_are_deterministic_and_act_before_the_operation(
    fake: FakeVBR, admin: httpx.AsyncClient
) -> None:
    async def run() -> list[int]:
        fake.set_faults(error_rates={500: 0.3, 503: 0.2}, retry_after=3, seed=42)
        statuses = []
        for _ in range(40):
            response = await admin.post(
                f"{AGENTS}/recoveryTokens", json={"backupIds": [MISSING], "expirationDate": future()}
            )
            statuses.append(response.status_code)
            if response.status_code == 503:
                assert response.headers["retry-after"] == "3"
                assert_error(response, 503, "ServiceUnavailable")
            elif response.status_code == 500:
                assert_error(response, 500, "UnknownError")
        return statuses

    first = await run()
    before = fake.stats.recovery_tokens_created
    assert before == first.count(201)
    assert {500, 503, 201} == set(first)
    assert await run() == first
    assert fake.stats.faults["error503"] == 2 * first.count(503)
    assert fake.stats.by_status[503] == 2 * first.count(503)


async def test_dropped_connection_over_asgi(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(drop_rate=1.0)
    with pytest.raises(httpx.TransportError) as caught:
        await admin.post(f"{AGENTS}/recoveryTokens", json={"backupIds": [MISSING], "expirationDate": future()})
    assert isinstance(caught.value, DroppedConnection)
    assert fake.stats.recovery_tokens_created == 0 and fake.stats.faults["drop"] == 1
    fake.clear_faults()
    assert (await admin.get(f"{AGENTS}/packages/unix")).status_code == 200


async def test_html_error_pages(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(html_error_rates={502: 1.0})
    response = await admin.get(f"{AGENTS}/packages/unix")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<title>502 Bad Gateway</title>" in response.text


async def test_latency_and_slow_bodies_keep_bodies_intact(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    expected = (await admin.get(f"{AGENTS}/packages/linux")).json()
    fake.set_faults(latency=0.001, jitter=0.002, slow_body_rate=1.0, slow_chunk_size=512, slow_chunk_delay=0.0)
    assert (await admin.get(f"{AGENTS}/packages/linux")).json() == expected
    # httpx.ASGITransport joins the body parts, so look at the ASGI messages themselves.
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        messages.append(message)

    headers = [(name.lower().encode(), value.encode()) for name, value in admin.headers.items()]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": f"{AGENTS}/packages/linux",
        "raw_path": f"{AGENTS}/packages/linux".encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "server": ("vbr", 80),
        "client": ("127.0.0.1", 5000),
    }
    await fake.app(scope, receive, send)
    bodies = [m for m in messages if m["type"] == "http.response.body"]
    assert len(bodies) > 3 and all(len(m["body"]) <= 512 for m in bodies)
    assert [m["more_body"] for m in bodies] == [True] * (len(bodies) - 1) + [False]
    assert httpx.Response(200, content=b"".join(m["body"] for m in bodies)).json() == expected
    assert fake.stats.faults["slow"] == 2


async def test_revoke_every_n_calls(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(revoke_every=3)
    statuses = [(await admin.get(f"{AGENTS}/packages/unix")).status_code for _ in range(4)]
    assert statuses == [200, 200, 401, 401]
    admin.headers["Authorization"] = "Bearer " + fake.issue_token()
    assert (await admin.get(f"{AGENTS}/packages/unix")).status_code == 200
    assert fake.stats.faults["revoke"] == 1


async def test_injected_401_with_empty_body(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(error_rates={401: 1.0}, empty_401=True)
    response = await admin.get(f"{AGENTS}/packages/unix")
    assert response.status_code == 401 and response.content == b""


async def test_faults_limited_to_matching_paths(fake: FakeVBR, admin: httpx.AsyncClient) -> None:
    fake.set_faults(error_rates={500: 1.0}, path_pattern=r"/packages/linux$")
    assert (await admin.get(f"{AGENTS}/packages/unix")).status_code == 200
    assert (await admin.get(f"{AGENTS}/packages/linux")).status_code == 500


def test_the_fakes_error_codes_are_the_documents() -> None:
    from veeam_agents_client.testing._errors import ErrorCode

    assert set(typing.get_args(ErrorCode)) == ERROR_CODES


# The fake's own arguments -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"error_rates": {503: 5}}, r"error_rates\[503\] must be a probability between 0 and 1, got 5"),
        ({"error_rates": {503: -0.1}}, r"error_rates\[503\] must be a probability"),
        ({"error_rates": {500: 0.6, 503: 0.6}}, r"error_rates: the probabilities add up to 1.2, more than 1"),
        ({"error_rates": {200: 0.5}}, r"error_rates: 200 is not an HTTP error status"),
        ({"html_error_rates": {"503": 0.5}}, r"html_error_rates: '503' is not an HTTP error status"),
        ({"drop_rate": 1.5}, r"drop_rate must be a probability"),
        ({"slow_body_rate": True}, r"slow_body_rate must be a probability"),
        ({"latency": -1}, r"latency must be a number of seconds >= 0"),
        ({"jitter": float("nan")}, r"jitter must be a number of seconds >= 0"),
        ({"retry_after": -3}, r"retry_after must be an int >= 0"),
        ({"revoke_every": 0}, r"revoke_every must be an int >= 1"),
        ({"slow_chunk_size": 0}, r"slow_chunk_size must be an int >= 1"),
    ],
)
def test_the_fake_refuses_impossible_faults(settings: dict[str, object], message: str) -> None:
    fake = FakeVBR(protection_groups=0)
    before = fake.faults
    with pytest.raises(ValueError, match=message):
        fake.set_faults(**settings)
    assert fake.faults is before


def test_the_fake_refuses_a_rates_mapping_of_another_type() -> None:
    with pytest.raises(TypeError, match="error_rates must be a dict of HTTP status to probability, not list"):
        FakeVBR(protection_groups=0).set_faults(error_rates=[(503, 0.5)])


def test_the_fake_refuses_unknown_session_results() -> None:
    with pytest.raises(ValueError, match="session_result must be one of Success, Warning, Failed, got 'Sucess'"):
        FakeVBR(protection_groups=0, session_result="Sucess")  # type: ignore[arg-type]
    fake = FakeVBR(protection_groups=0, session_result="Warning")
    with pytest.raises(ValueError, match="got 'failed'"):
        fake.session_result = "failed"  # type: ignore[assignment]
    assert fake.session_result == "Warning"


def test_unknown_group_and_entity_ids_are_named() -> None:
    fake = FakeVBR(protection_groups=1, entities_per_group=2)
    for call in (
        lambda: fake.entity_ids("nope"),
        lambda: fake.entity("nope", "x"),
        lambda: fake.add_entity("nope"),
        lambda: fake.set_group_entities("nope", []),
        lambda: fake.update_entity("nope", "x"),
    ):
        with pytest.raises(KeyError, match=r"no protection group 'nope' on this fake; its ids are in fake.group_ids"):
            call()
    group = fake.group_ids[0]
    assert fake.entity_ids(group.upper()) == fake.entity_ids(group)
    with pytest.raises(KeyError, match=f"protection group {group} has no discovered entity 'x'"):
        fake.update_entity(group, "x", name="y")
