"""A backup admin's walk through the Agents API.

Without VBR_URL it starts the library's fake VBR on loopback over HTTPS and walks through
everything, changes included (that is what `make demo` shows).

Against a real VBR server, set VBR_URL, VBR_USERNAME, VBR_PASSWORD and VBR_PROTECTION_GROUP_ID
(VBR_CA_BUNDLE optionally names the server's CA file). The script then only READS, unless you
opt in with --make-changes (or VBR_MAKE_CHANGES=1). With the opt-in it installs the agent on up
to three computers of the protection group that lack it and, when VBR_BACKUP_ID names a backup
(the id of a backup of the computer; VBR lists backups under GET /api/v1/backups), creates a
recovery token for it, renames it and deletes it. It prints what it will change before it does.

    python examples/quickstart.py [--make-changes]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import os
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from veeam_agents_client import NotFoundError, VeeamAgentsClient
from veeam_agents_client.models import DiscoveredComputerEntityModel, EAgentStatus, SessionResultModel

CHANGES_VARIABLE = "VBR_MAKE_CHANGES"


@dataclass(frozen=True)
class Settings:
    """Where to connect, and what the walk may change."""

    base_url: str
    username: str
    password: str
    verify: bool | str
    group_id: str
    backup_id: str | None
    make_changes: bool


def required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        sys.exit(f"{name} is not set: against a real server, set VBR_URL, VBR_USERNAME, VBR_PASSWORD "
                 "and VBR_PROTECTION_GROUP_ID")  # fmt: skip
    return value


@contextlib.contextmanager
def vbr_settings(make_changes: bool) -> Iterator[Settings]:
    """Settings for the server in the environment, or for a fake VBR served on loopback."""
    if os.environ.get("VBR_URL"):
        yield Settings(
            base_url=required("VBR_URL"),
            username=required("VBR_USERNAME"),
            password=required("VBR_PASSWORD"),
            verify=os.environ.get("VBR_CA_BUNDLE") or True,
            group_id=required("VBR_PROTECTION_GROUP_ID"),
            backup_id=os.environ.get("VBR_BACKUP_ID") or None,
            make_changes=make_changes or os.environ.get(CHANGES_VARIABLE, "") not in ("", "0"),
        )
        return
    from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

    fake = FakeVBR(protection_groups=1, entities_per_group=1200, session_duration=3.0, seed=2026)
    with fake.serve(tls=True) as server:
        print(f"(no VBR_URL set: using the fake VBR at {server.base_url}, TLS with a throwaway CA)\n")
        yield Settings(
            base_url=server.base_url,
            username="admin",
            password=DEFAULT_PASSWORD,
            verify=server.verify,
            group_id=fake.group_ids[0],
            backup_id=str(uuid.uuid4()),  # the fake accepts any backup id
            make_changes=True,
        )


async def walk_through(settings: Settings) -> None:
    group_id = settings.group_id
    async with VeeamAgentsClient(
        settings.base_url, username=settings.username, password=settings.password, verify=settings.verify
    ) as vbr:
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
        if settings.make_changes:
            await install_agents(vbr, group_id, targets)
            if settings.backup_id:
                await recovery_token_drill(vbr, settings.backup_id)
            else:
                print("\n(VBR_BACKUP_ID not set: no recovery token created)")
        else:
            print(f"\nRead-only run: --make-changes (or {CHANGES_VARIABLE}=1) would install the agent on "
                  f"{', '.join(c.name for c in targets) or 'no computer'} and, with VBR_BACKUP_ID set, "
                  "create, rename and delete a recovery token.")  # fmt: skip

        print("\nLinux agent packages for Ubuntu:")
        async for package in vbr.agent_packages.iterate_linux(distribution_filter="ubuntu"):
            print(f"  {package.package_name}")

        print("\nWhat a typed error looks like:")
        try:
            await vbr.recovery_tokens.get(uuid.uuid4())
        except NotFoundError as error:
            print(f"  {type(error).__name__}: {error}")
    print("\nLogged out.")


async def install_agents(vbr: VeeamAgentsClient, group_id: str, targets: list[DiscoveredComputerEntityModel]) -> None:
    if not targets:
        print("\nEvery computer of the group has the agent: nothing to install.")
        return
    print(f"\nInstalling the agent on {', '.join(c.name for c in targets)}")
    session = await vbr.discovered_entities.install_agent(group_id, [c.id for c in targets])
    session = await vbr.sessions.wait(session, timeout=900, poll_interval=1.0)
    result = session.result.result if isinstance(session.result, SessionResultModel) else "unknown"
    print(f"  session '{session.name}': {session.state}, result {result}")
    for computer in targets:
        now = await vbr.discovered_entities.get(group_id, computer.id)
        if isinstance(now, DiscoveredComputerEntityModel):
            version = now.agent_version if now.agent_status is EAgentStatus.INSTALLED else ""
            print(f"  {now.name:<14} agent {now.agent_status} {version or ''}")


async def recovery_token_drill(vbr: VeeamAgentsClient, backup_id: str) -> None:
    print(f"\nRecovery token for a bare-metal restore drill (backup {backup_id}):")
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
    token = await vbr.recovery_tokens.create(backup_ids=[backup_id], expiration_date=expires)
    print(f"  created  {token.name} (expires {token.expiration_date:%Y-%m-%d %H:%M %Z})")
    token = await vbr.recovery_tokens.update(token.id, name="dr-drill-2026", expiration_date=expires)
    print(f"  renamed  {token.name}")
    await vbr.recovery_tokens.delete(token.id)
    print("  deleted")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--make-changes",
        action="store_true",
        help=f"against a real server, install agents and create a recovery token (also {CHANGES_VARIABLE}=1)",
    )
    args = parser.parse_args(argv)
    with vbr_settings(args.make_changes) as settings:
        asyncio.run(walk_through(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
