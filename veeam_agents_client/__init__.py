"""Async client for the Veeam Backup & Replication REST API, Agents section.

The generated modules (api/, models/, client.py, errors.py, types.py) come from
openapi/ through openapi-python-client; do not edit them. The hand-written layer
(everything whose name starts with an underscore, and testing/) is copied in from
custom/ when the package is built; its public names are re-exported here.
"""

from ._exports import *
from ._exports import __all__ as __all__
