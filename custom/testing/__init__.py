"""A stateful fake VBR REST server (Agents section, the document's revision) for tests of code that uses the client.

Needs the ``testing`` extra (starlette, uvicorn, trustme). Typical use::

    fake = FakeVBR(entities_per_group=500)
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://vbr") as http:
        ...
    with fake.serve(tls=True) as server:  # real socket; server.base_url, server.ca_path
        ...
"""

try:
    from ._auth import DEFAULT_PASSWORD, DEFAULT_USERS, Role, User
    from ._errors import FakeApiError
    from ._fake import FakeVBR
    from ._faults import DroppedConnection, Faults
    from ._server import RunningServer
    from ._sessions import SessionResult
    from ._stats import Stats
except ModuleNotFoundError as missing:  # the extra's packages, not a bug of ours: say how to install them
    if (missing.name or "").partition(".")[0] not in ("starlette", "uvicorn", "trustme"):
        raise
    raise ModuleNotFoundError(
        f"veeam_agents_client.testing needs the testing extra ({missing.name} is not installed): "
        "pip install 'veeam-agents-client[testing]'",
        name=missing.name,
    ) from missing

__all__ = [
    "DEFAULT_PASSWORD",
    "DEFAULT_USERS",
    "FakeApiError",
    "DroppedConnection",
    "FakeVBR",
    "Faults",
    "Role",
    "RunningServer",
    "SessionResult",
    "Stats",
    "User",
]
