"""One client for every server: how the client and the server agree on a revision, on every login
path, whatever the wording of the server's refusal."""

from __future__ import annotations

import httpx
import pytest
from conftest import BASE_URL, PASSWORD, REFRESH, REVISIONS, TOKEN_ID, VBRStub, unknown_revisions_of_an_older_server
from revision_helpers import NEWEST, OLDEST, client
from seeds import SEED_TOKEN

from veeam_agents_client import (
    KNOWN_REVISIONS,
    AuthenticationError,
    BadRequestError,
    UnauthorizedError,
    UnsupportedApiVersionError,
    VeeamAgentsClient,
)
from veeam_agents_client.revisions import ENUM_SPELLINGS


def spelled(revision: str, value: str) -> str:
    return ENUM_SPELLINGS["ELoginGrantType"].get(revision, {}).get(value, value)


def versions_of_token_requests(stub: VBRStub) -> list[str]:
    return [r.headers["x-api-version"] for r in stub.requests if r.url.path == "/api/oauth2/token"]


@pytest.mark.parametrize("revision", REVISIONS)
async def test_default_client_agrees_on_the_servers_revision(revision: str) -> None:
    stub = VBRStub(versions=REVISIONS[: REVISIONS.index(revision) + 1])  # a server up to `revision`
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    async with client(stub) as vbr:
        assert vbr.api_version == revision
        await vbr.recovery_tokens.get(TOKEN_ID)
    offered = [NEWEST] if revision == NEWEST else [NEWEST, revision]  # at most one refused offer
    assert versions_of_token_requests(stub) == offered
    assert stub.token_requests[-1]["grant_type"] == spelled(revision, PASSWORD)
    assert {r.headers["x-api-version"] for r in stub.api_requests()} == {revision}


@pytest.mark.parametrize("revision", REVISIONS[:-1])
async def test_the_newest_known_revision_wins_over_unknown_newer_ones(revision: str) -> None:
    """A server lists every revision it accepts, many this client does not know (some newer than
    the one to agree on): the client takes the newest it knows, with one refused offer."""
    unknown = unknown_revisions_of_an_older_server()
    stub = VBRStub(versions=(*unknown, *REVISIONS[: REVISIONS.index(revision) + 1]))
    async with client(stub) as vbr:
        assert vbr.api_version == revision
    assert versions_of_token_requests(stub) == [NEWEST, revision]


async def test_the_refresh_grant_uses_the_agreed_spelling() -> None:
    stub = VBRStub(versions=(OLDEST,), expires_in=0)  # every call needs a fresh token
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    async with client(stub) as vbr:
        await vbr.recovery_tokens.get(TOKEN_ID)
    assert [form["grant_type"] for form in stub.token_requests][-2:] == [
        spelled(OLDEST, PASSWORD),
        spelled(OLDEST, REFRESH),
    ]
    assert spelled(OLDEST, PASSWORD) != PASSWORD  # the revisions do spell it differently


async def test_a_pinned_revision_never_negotiates() -> None:
    stub = VBRStub(versions=(OLDEST,))
    vbr = client(stub, api_version=NEWEST)
    with pytest.raises(UnsupportedApiVersionError) as caught:
        await vbr.login()
    error = caught.value
    assert isinstance(error, BadRequestError) and not isinstance(error, UnauthorizedError)
    assert error.offered == (OLDEST,) and error.known == KNOWN_REVISIONS
    assert OLDEST in str(error) and NEWEST in str(error)
    with pytest.raises(UnsupportedApiVersionError) as again:
        await vbr.recovery_tokens.get(TOKEN_ID)
    assert again.value is not error  # a fresh error, the same facts
    assert versions_of_token_requests(stub) == [NEWEST]  # never a second password attempt
    await vbr.aclose()


@pytest.mark.parametrize("offered", [("1.0-rev1",), ("9.9-rev1",), ()])
async def test_a_server_with_no_revision_in_common(offered: tuple[str, ...]) -> None:
    stub = VBRStub(versions=offered)
    vbr = client(stub)
    with pytest.raises(UnsupportedApiVersionError) as caught:
        await vbr.login()
    await vbr.aclose()
    assert not isinstance(caught.value, AuthenticationError)
    assert caught.value.offered == offered
    assert versions_of_token_requests(stub) == [NEWEST]


async def test_an_unknown_pinned_revision_is_the_servers_to_refuse() -> None:
    stub = VBRStub(versions=(OLDEST, NEWEST))
    vbr = client(stub, api_version="9.9-rev9")
    with pytest.raises(UnsupportedApiVersionError):
        await vbr.login()
    await vbr.aclose()


def test_api_version_must_look_like_a_revision() -> None:
    with pytest.raises(ValueError, match="api_version"):
        VeeamAgentsClient(BASE_URL, username="a", password="b", api_version="latest")


# Refusals in any wording, on every login path -------------------------------------------------------------------

MIDDLE = REVISIONS[len(REVISIONS) // 2]
WORDINGS = {
    "vbr": "Unsupported RESTAPI version. The following versions are supported: {listed}.",
    "one-per-line": "Unsupported RESTAPI version. The following versions are supported:{lines}",
    "quoted-and-plain": "Unsupported RESTAPI version '{sent}'. Supported versions: {plain}.",
    "semicolons-no-v": "API version {sent} is not supported; use one of {plain}".replace(", ", "; "),
}


@pytest.mark.parametrize("wording", WORDINGS.values(), ids=WORDINGS.keys())
async def test_the_refusal_is_read_in_any_wording_and_the_newest_common_revision_wins(wording: str) -> None:
    stub = VBRStub(versions=(OLDEST, MIDDLE), refusal=wording.replace("{plain}", "{plain}, 0.9-rev1"))
    async with client(stub) as vbr:
        assert vbr.api_version == MIDDLE  # the newest both know, never the first listed
    assert versions_of_token_requests(stub) == [NEWEST, MIDDLE]


async def test_a_400_about_something_else_is_not_a_version_refusal() -> None:
    stub = VBRStub(versions=(OLDEST,), refusal="Agent version 6.1 is not supported on {sent} hosts")
    with pytest.raises(AuthenticationError):  # the login's 400 stays a refused login
        async with client(stub):
            pass


@pytest.mark.parametrize("pinned", [None, NEWEST], ids=["negotiating", "pinned"])
async def test_a_refresh_token_alone_negotiates_or_gets_the_version_error(pinned: str | None) -> None:
    stub = VBRStub(versions=(OLDEST,))
    stub.valid_refresh.add("held-refresh")
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    vbr = VeeamAgentsClient(
        BASE_URL, refresh_token="held-refresh", api_version=pinned, transport=httpx.MockTransport(stub)
    )
    if pinned is None:
        async with vbr:
            await vbr.recovery_tokens.get(TOKEN_ID)
            assert vbr.api_version == OLDEST
        # The refused offer did not cost the refresh token: the same one went again, and worked.
        assert [form["refresh_token"] for form in stub.token_requests] == ["held-refresh"]
        assert versions_of_token_requests(stub) == [NEWEST, OLDEST]
        return
    with pytest.raises(UnsupportedApiVersionError) as caught:
        await vbr.login()
    assert not isinstance(caught.value, AuthenticationError)
    with pytest.raises(UnsupportedApiVersionError):  # remembered: no second token request
        await vbr.login()
    await vbr.aclose()
    assert versions_of_token_requests(stub) == [NEWEST]
    assert "held-refresh" in stub.valid_refresh  # never spent


@pytest.mark.parametrize("versions", [(OLDEST,), ("0.9-rev1",)], ids=["older-server", "nothing-in-common"])
async def test_an_access_token_alone_negotiates_on_its_first_call(versions: tuple[str, ...]) -> None:
    stub = VBRStub(versions=versions)
    stub.valid_access.add("held-access")
    stub.route("GET", f"/api/v1/agents/recoveryTokens/{TOKEN_ID}", SEED_TOKEN)
    vbr = VeeamAgentsClient(BASE_URL, access_token="held-access", transport=httpx.MockTransport(stub))
    if versions == (OLDEST,):
        assert (await vbr.recovery_tokens.get(TOKEN_ID)).name == "string"
        assert vbr.api_version == OLDEST
        assert len(stub.api_requests()) == 2  # the refused offer, and the same request in the agreed revision
        assert stub.api_requests()[-1].headers["x-api-version"] == OLDEST
    else:
        with pytest.raises(UnsupportedApiVersionError) as caught:
            await vbr.recovery_tokens.get(TOKEN_ID)
        assert caught.value.offered == versions
        assert len(stub.api_requests()) == 1
    await vbr.aclose()
    assert stub.token_requests == []  # no login was ever needed
