"""A stateful fake VBR REST server (Agents section) for tests of code that uses the client.

Each request is answered in the API revision its ``x-api-version`` names, among ``revisions``
(default: every revision the client knows). Needs the ``testing`` extra (starlette, uvicorn,
trustme, openapi-schema-validator). Typical use::

    fake = FakeVBR(entities_per_group=500)  # revisions=REVISIONS[:2]: an older server
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://vbr") as http:
        ...
    with fake.serve(tls=True) as server:  # real socket; server.base_url, server.ca_path
        ...
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._auth import DEFAULT_PASSWORD, DEFAULT_USERS, Role, User
    from ._errors import FakeApiError
    from ._fake import FakeVBR
    from ._faults import DroppedConnection, Faults
    from ._server import RunningServer
    from ._sessions import SessionResult
    from ._stats import Stats

EXTRA_PACKAGES = ("starlette", "uvicorn", "trustme", "openapi_schema_validator")
"""The import names of what the testing extra installs for the fake."""

# Loaded on first use (PEP 562), so that the pytest plugin (``testing.pytest_plugin``, loaded in
# every project where the package is installed) costs nothing without the testing extra.
_MODULE_OF = {
    "DEFAULT_PASSWORD": "._auth",
    "DEFAULT_USERS": "._auth",
    "Role": "._auth",
    "User": "._auth",
    "FakeApiError": "._errors",
    "FakeVBR": "._fake",
    "DroppedConnection": "._faults",
    "Faults": "._faults",
    "RunningServer": "._server",
    "SessionResult": "._sessions",
    "Stats": "._stats",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module, __name__), name)
    except ModuleNotFoundError as missing:  # the extra's packages, not a bug of ours: say how to install them
        if (missing.name or "").partition(".")[0] not in EXTRA_PACKAGES:
            raise
        raise ModuleNotFoundError(
            f"veeam_agents_client.testing needs the testing extra ({missing.name} is not installed): "
            "pip install 'veeam-agents-client[testing]'",
            name=missing.name,
        ) from missing
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
