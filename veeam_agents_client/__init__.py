"""Async client for the Veeam Backup & Replication REST API, Agents section.

The generated modules (api/, models/, client.py, errors.py, types.py) come from
openapi/ through openapi-python-client; do not edit them. The hand-written layer
(everything whose name starts with an underscore, and testing/) is copied in from
custom/ when the package is built; its public names are re-exported here.
"""

from typing import TYPE_CHECKING

try:
    # Every public name resolves on first use through _exports' __getattr__ (PEP 562), so that
    # importing the package does not import the modules of resources the program never uses.
    from ._exports import __all__ as __all__
    from ._exports import __dir__ as __dir__
    from ._exports import __getattr__ as __getattr__
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

if TYPE_CHECKING:
    from ._exports import *
