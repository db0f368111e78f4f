"""A backup admin's walk through the Agents API.

Runs against a real VBR server when VBR_URL, VBR_USERNAME, VBR_PASSWORD and
VBR_PROTECTION_GROUP_ID are set (VBR_CA_BUNDLE optionally names the server's CA file);
otherwise it starts the library's fake VBR on loopback over HTTPS and runs against that.

    python examples/quickstart.py
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import sys
import uuid
from collections.abc import Iterator
from typing import Any

from veeam_agents_client import NotFoundError, VeeamAgentsClient
from veeam_agents_client.models import DiscoveredComputerEntityModel, EAgentStatus


@contextlib.contextmanager
def vbr_settings() -> Iterator[dict[str, Any]]:
    """Connection settings from the environment, or a fake VBR served on loopback for the demo."""
    if os.environ.get("VBR_URL"):
        yield {
            "base_url": os.environ["VBR_URL"],
            "username": os.environ["VBR_USERNAME"],
            "password": os.environ["VBR_PASSWORD"],
            "verify": os.environ.get("VBR_CA_BUNDLE", True),
            "group_id": os.environ["VBR_PROTECTION_GROUP_ID"],
            "backup_id": os.environ.get("VBR_BACKUP_ID", str(uuid.uuid4())),
        }
        return
    from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

    fake = FakeVBR(protection_groups=1, entities_per_group=1200, session_duration=3.0, seed=2026)
    with fake.serve(tls=True) as server:
        print(f"(no VBR_URL set: using the fake VBR at {server.base_url}, TLS with a throwaway CA)\n")
        yield {
            "base_url": server.base_url,
            "username": "admin",
            "password": DEFAULT_PASSWORD,
            "verify": server.ca_path,
            "group_id": fake.group_ids[0],
            "backup_id": str(uuid.uuid4()),
        }


async def walk_through(settings: dict[str, Any]) -> None:
    group_id = settings.pop("group_id")
    backup_id = settings.pop("backup_id")
    async with VeeamAgentsClient(**settings) as vbr:
        print(f"Logged in to {vbr.base_url} as {vbr.username} (API {vbr.api_version})")

        print("\nDiscovered entities of the protection group, page by page:")
        by_type: dict[str, int] = {}
        candidates: list[DiscoveredComputerEntityModel] = []
        async for page in vbr.discovered_entities.pages(group_id, page_size=250):
            for entity in page.data:
                by_type[type(entity).__name__] = by_type.get(type(entity).__name__, 0) + 1
                if isinstance(entity, DiscoveredComputerEntityModel) and entity.agent_status != "Installed":
                    candidates.append(entity)
            print(f"  read {page.skip + len(page.data):>5} of {page.total}")
        print("  " + ", ".join(f"{count} {name.removeprefix('Discovered').removesuffix('EntityModel')}"
                               for name, count in sorted(by_type.items())))  # fmt: skip

        targets = candidates[:3]
        print(f"\nInstalling the agent on {', '.join(c.name for c in targets)}")
        session = await vbr.discovered_entities.install_agent(group_id, [c.id for c in targets])
        session = await vbr.sessions.wait(session, timeout=900, poll_interval=1.0)
        print(f"  session '{session.name}': {session.state}, result {session.result.result}")
        for computer in targets:
            now = await vbr.discovered_entities.get(group_id, computer.id)
            installed = now.agent_status is EAgentStatus.INSTALLED
            print(f"  {now.name:<14} agent {now.agent_status} {now.agent_version if installed else ''}")

        print("\nRecovery token for a bare-metal restore drill:")
        expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
        token = await vbr.recovery_tokens.create(backup_ids=[backup_id], expiration_date=expires)
        print(f"  created  {token.name} (expires {token.expiration_date:%Y-%m-%d %H:%M %Z})")
        token = await vbr.recovery_tokens.update(token.id, name="dr-drill-2026", expiration_date=expires)
        print(f"  renamed  {token.name}")
        await vbr.recovery_tokens.delete(token.id)
        print("  deleted")

        print("\nLinux agent packages for Ubuntu:")
        async for package in vbr.agent_packages.iterate_linux(distribution_filter="ubuntu"):
            print(f"  {package.package_name}")

        print("\nWhat a typed error looks like:")
        try:
            await vbr.recovery_tokens.get(token.id)
        except NotFoundError as error:
            print(f"  {type(error).__name__}: {error}")
    print("\nLogged out.")


def main() -> int:
    with vbr_settings() as settings:
        asyncio.run(walk_through(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
