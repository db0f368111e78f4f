"""Async client for the Agents section of the Veeam Backup & Replication REST API.

    import asyncio
    from veeam_agents_client import VeeamAgentsClient, NotFoundError

    async def main() -> None:
        async with VeeamAgentsClient("https://vbr.example.com:9419", username="admin",
                                     password="...", verify="vbr-ca.pem") as vbr:
            print(vbr.api_version)                          # the revision agreed at login
            async for token in vbr.recovery_tokens.iterate():
                print(token.name, token.expiration_date)

    asyncio.run(main())

`VeeamAgentsClient` is the front door: its namespaces (recovery_tokens, discovered_entities,
protection_groups, sessions, tasks, ...) hold the calls, every error derives from `VeeamError`,
and `veeam_agents_client.testing` has a fake VBR server for your tests. `models` holds the
request and response models, generated from the OpenAPI document (like `api`, `client`, `errors`
and `types`; do not edit them).
"""

import typing as _typing

try:
    # Every public name resolves on first use through _exports' __getattr__ (PEP 562), so that
    # importing the package does not import the modules of resources the program never uses.
    from ._exports import __all__ as __all__
    from ._exports import __dir__ as __dir__
    from ._exports import __getattr__ as __getattr__
    from ._version import __version__ as __version__
except ModuleNotFoundError as missing:
    if missing.name != f"{__name__}._exports":
        raise
    # The generated sources alone: Python found the source folder (e.g. run from the repository
    # root) before the built package, which merges in the hand-written layer from custom/.
    raise ImportError(
        f"{__name__} was imported from {__path__[0]}, the generated sources without the hand-written "
        "layer (custom/), which only the built package has. This happens when Python runs from the "
        "repository root, where the source folder shadows the installed package: run from another "
        "directory, or install the package (make install) and run with its Python (.venv/bin/python)."
    ) from None

if _typing.TYPE_CHECKING:
    from ._exports import *
