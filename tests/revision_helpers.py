"""The oldest and newest known revisions, and a client of a stubbed server, for the revision test
modules. A helper module (tests import it), not a test module."""

from __future__ import annotations

from typing import Any

import httpx
from conftest import BASE_URL, REVISIONS, VBRStub

from veeam_agents_client import VeeamAgentsClient

NEWEST, OLDEST = REVISIONS[-1], REVISIONS[0]


def client(stub: VBRStub, **kwargs: Any) -> VeeamAgentsClient:
    return VeeamAgentsClient(
        BASE_URL, username="admin", password=stub.password, transport=httpx.MockTransport(stub), **kwargs
    )
