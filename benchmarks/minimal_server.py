"""A minimal VBR stand-in for overhead measurements: fixed small JSON, keep-alive, no routing work.

Run as a separate process (``python benchmarks/minimal_server.py``); prints the port it listens on.
"""

from __future__ import annotations

import json
import socket
import sys
from typing import Any

import uvicorn

TOKEN = json.dumps(
    {
        "access_token": "bench-access",
        "token_type": "bearer",
        "refresh_token": "bench-refresh",
        "expires_in": 3600,
        ".issued": "2025-04-24T14:24:18+01:00",
        ".expires": "2025-04-24T15:24:18+01:00",
    }
).encode()
RECOVERY_TOKEN = json.dumps(
    {
        "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
        "name": "bench",
        "recoveryToken": "f00d",
        "expirationDate": "2030-08-24T14:15:22Z",
    }
).encode()
HEADERS = [(b"content-type", b"application/json")]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer token requests with a token and everything else with one recovery token."""
    while (await receive()).get("more_body"):
        pass
    body = TOKEN if scope["path"] == "/api/oauth2/token" else RECOVERY_TOKEN
    if scope["path"] == "/api/oauth2/logout":
        body = b"{}"
    await send({"type": "http.response.start", "status": 200, "headers": [*HEADERS]})
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # accepted sockets inherit it: no Nagle delay
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(app, log_level="critical", access_log=False, lifespan="off", http="h11")
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    sys.exit(main())
