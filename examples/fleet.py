"""An inventory of many VBR servers at once, as a service provider runs one over its customers.

Without VBR_FLEET it serves a few fake VBRs on loopback over HTTPS, each speaking other API
revisions (12.x to the newest 13.x), one too slow for the deadline and one address where nothing
listens, and takes the inventory of all of them (that is what `make demo` shows last).

Against real servers, set VBR_FLEET to a JSON file that lists them:

    [{"url": "https://vbr-ams.example.com:9419", "username": "svc-inventory",
      "password_variable": "VBR_PASSWORD_AMS", "ca_bundle": "/etc/vbr/ams-ca.pem"}, ...]

Each password is read from the environment variable the entry names (VBR_PASSWORD when left out),
never from the file; ``ca_bundle`` is optional (certifi's bundle otherwise). The script only reads.
At most --concurrency servers are visited at once, each within --timeout seconds; a server that
fails is reported and the others go on. --strict exits 1 if any server failed.

    python examples/fleet.py [--concurrency 20] [--timeout 60] [--strict]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from veeam_agents_client import UnsupportedOperationError, VeeamAgentsClient, VeeamError


@dataclass(frozen=True)
class Server:
    """One VBR server of the fleet and how to log in to it."""

    url: str
    username: str
    password: str
    verify: bool | str


@dataclass(frozen=True)
class Inventory:
    """What one server told, or why it could not."""

    url: str
    api_version: str = ""
    protection_groups: str = ""
    recovery_tokens: str = ""
    failure: str = ""


def read_fleet(path: str) -> list[Server]:
    """The servers VBR_FLEET lists; a bad entry stops the script before any connection."""
    try:
        entries = json.loads(Path(path).read_text())
    except (OSError, ValueError) as exc:
        sys.exit(f"VBR_FLEET: cannot read {path!r} as JSON: {exc}")
    if not isinstance(entries, list) or not entries:
        sys.exit(f"VBR_FLEET: {path!r} must hold a non-empty JSON list of servers")
    servers = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str) or not entry.get("username"):
            sys.exit(f"VBR_FLEET: entry {number} needs at least a url and a username")
        variable = entry.get("password_variable", "VBR_PASSWORD")
        password = os.environ.get(variable)
        if not password:
            sys.exit(f"VBR_FLEET: entry {number} ({entry['url']}) reads its password from {variable}, which is not set")
        servers.append(Server(entry["url"], entry["username"], password, entry.get("ca_bundle") or True))
    return servers


@contextlib.contextmanager
def demo_fleet() -> Iterator[list[Server]]:
    """Fakes of every revision this client knows, from the oldest alone to all of them, plus a
    slow one and an address where nothing listens."""
    from veeam_agents_client.revisions import REVISIONS
    from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

    fakes = [
        FakeVBR(revisions=list(REVISIONS[: count + 1]), protection_groups=count + 1, recovery_tokens=2 * count + 1)
        for count in range(len(REVISIONS))
    ]
    slow = FakeVBR()
    slow.set_faults(latency=30.0, path_pattern="recoveryTokens")
    with contextlib.ExitStack() as stack:
        served = [stack.enter_context(fake.serve(tls=True)) for fake in [*fakes, slow]]
        with socket.socket() as probe:  # a free port, closed again: connections to it are refused
            probe.bind(("127.0.0.1", 0))
            nobody = f"https://127.0.0.1:{probe.getsockname()[1]}"
        print(f"(no VBR_FLEET set: {len(served)} fake VBRs on loopback over TLS, and nothing at {nobody})\n")
        yield [Server(s.base_url, "admin", DEFAULT_PASSWORD, s.verify) for s in served] + [
            Server(nobody, "admin", DEFAULT_PASSWORD, True)
        ]


async def take_inventory(server: Server, gate: asyncio.Semaphore, seconds: float) -> Inventory:
    """Log in (agreeing on a revision), count what the revision offers, log out; any failure of
    this server, the deadline included, becomes its report."""
    async with gate:
        try:
            async with (
                asyncio.timeout(seconds),
                VeeamAgentsClient(
                    server.url,
                    username=server.username,
                    password=server.password,
                    verify=server.verify,
                    timeout=seconds,
                ) as vbr,
            ):
                tokens = await vbr.recovery_tokens.list(limit=1)
                try:
                    groups = str((await vbr.protection_groups.list(limit=1)).total)
                except UnsupportedOperationError as missing:  # an older revision: the client says so without asking
                    groups = f"n/a (from {missing.since})"
                return Inventory(server.url, vbr.api_version, groups, str(tokens.total))
        except TimeoutError:
            return Inventory(server.url, failure=f"no answer within {seconds:g} s")
        except (VeeamError, ValueError) as error:  # ValueError: a setting of this server (its CA file) is wrong
            return Inventory(server.url, failure=f"{type(error).__name__}: {error}")


async def inventory(servers: list[Server], concurrency: int, seconds_per_server: float) -> list[Inventory]:
    gate = asyncio.Semaphore(concurrency)
    print(f"{'server':<30} {'API':<9} {'protection groups':<20} recovery tokens")
    reports = []
    for finished in asyncio.as_completed([take_inventory(server, gate, seconds_per_server) for server in servers]):
        report = await finished
        reports.append(report)
        if report.failure:
            print(f"{report.url:<30} failed: {report.failure}")
        else:
            print(f"{report.url:<30} {report.api_version:<9} {report.protection_groups:<20} {report.recovery_tokens}")
    failed = sum(1 for report in reports if report.failure)
    print(f"\n{len(reports) - failed} of {len(reports)} servers answered; {failed} failed.")
    return reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concurrency", type=int, default=20, help="servers visited at once (default 20)")
    parser.add_argument("--timeout", type=float, help="seconds per server (default 60; 3 against the fakes)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any server failed")
    args = parser.parse_args(argv)
    if args.concurrency < 1 or (args.timeout is not None and args.timeout <= 0):
        parser.error("--concurrency and --timeout must be positive")
    fleet_file = os.environ.get("VBR_FLEET")
    with contextlib.nullcontext(read_fleet(fleet_file)) if fleet_file else demo_fleet() as servers:
        timeout = args.timeout or (60.0 if fleet_file else 3.0)
        reports = asyncio.run(inventory(servers, args.concurrency, timeout))
    return 1 if args.strict and any(report.failure for report in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
