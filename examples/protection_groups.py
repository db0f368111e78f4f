"""A protection group's lifecycle through the Agents API (VBR 13: the revisions with protection group calls).

Without VBR_URL it starts the library's fake VBR on loopback over HTTPS and walks the whole
lifecycle: create a group of individual computers, rescan it, install the agent on what it found,
trust those computers, create a group for pre-installed agents and download its packages, then
delete both groups (that is what `make demo` shows after the quickstart).

Against a real VBR server, set VBR_URL, VBR_USERNAME and VBR_PASSWORD (VBR_CA_BUNDLE optionally
names the server's CA file). The script then only READS: it lists the protection groups and what
each found. The lifecycle runs only when you opt in with --make-changes (or VBR_MAKE_CHANGES=1),
and it then also needs VBR_COMPUTERS (comma-separated DNS names of computers VBR may install the
agent on) and VBR_CREDENTIALS_ID (the id of credentials in VBR that can log in to them). It prints
what it will change before it does, and deletes the groups it created even when a step fails.

    python examples/protection_groups.py [--make-changes] [--download-to FOLDER]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import tempfile
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

from veeam_agents_client import AnyProtectionGroupSpec, VeeamAgentsClient
from veeam_agents_client.models import (
    DiscoveredComputerEntityModel,
    EAgentStatus,
    EIndividualComputerConnectionType,
    IndividualComputerContainerModel,
    IndividualComputersProtectionGroupSpec,
    PreInstalledAgentsProtectionGroupPackageSpec,
    PreInstalledAgentsProtectionGroupSpec,
    SessionModel,
)
from veeam_agents_client.models import PreInstalledAgentsProtectionGroupPackageSpecFormat as PackageFormat

CHANGES_VARIABLE = "VBR_MAKE_CHANGES"
GROUP_PREFIX = "sdk-example"


@dataclass(frozen=True)
class Settings:
    """Where to connect, and what the walk may change."""

    base_url: str
    username: str
    password: str
    verify: bool | str
    computers: tuple[str, ...]
    credentials_id: str | None
    make_changes: bool


def required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        sys.exit(f"{name} is not set: against a real server, set VBR_URL, VBR_USERNAME and VBR_PASSWORD")
    return value


@contextlib.contextmanager
def vbr_settings(make_changes: bool) -> Iterator[Settings]:
    """Settings for the server in the environment, or for a fake VBR served on loopback."""
    if os.environ.get("VBR_URL"):
        computers = tuple(name.strip() for name in os.environ.get("VBR_COMPUTERS", "").split(",") if name.strip())
        yield Settings(
            base_url=required("VBR_URL"),
            username=required("VBR_USERNAME"),
            password=required("VBR_PASSWORD"),
            verify=os.environ.get("VBR_CA_BUNDLE") or True,
            computers=computers,
            credentials_id=os.environ.get("VBR_CREDENTIALS_ID") or None,
            make_changes=make_changes or os.environ.get(CHANGES_VARIABLE, "") not in ("", "0"),
        )
        return
    from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR

    fake = FakeVBR(protection_groups=2, entities_per_group=20, session_duration=1.0, download_size=8 << 20, seed=13)
    with fake.serve(tls=True) as server:
        print(f"(no VBR_URL set: using the fake VBR at {server.base_url}, TLS with a throwaway CA)\n")
        yield Settings(
            base_url=server.base_url,
            username="admin",
            password=DEFAULT_PASSWORD,
            verify=server.verify,
            computers=("web01.example.test", "web02.example.test", "db01.example.test"),
            credentials_id=str(uuid.uuid4()),  # the fake accepts any credentials id
            make_changes=True,
        )


async def walk_through(settings: Settings, download_to: str) -> None:
    async with VeeamAgentsClient(
        settings.base_url, username=settings.username, password=settings.password, verify=settings.verify
    ) as vbr:
        print(f"Logged in to {vbr.base_url} as {vbr.username} (API {vbr.api_version})")
        await show_groups(vbr)
        if not settings.make_changes:
            print(f"\nRead-only run: --make-changes (or {CHANGES_VARIABLE}=1), with VBR_COMPUTERS and "
                  "VBR_CREDENTIALS_ID set, would create two protection groups, install and trust the agent "
                  "on those computers, download agent packages, and delete both groups.")  # fmt: skip
            return
        if not settings.computers or not settings.credentials_id:
            sys.exit("--make-changes needs VBR_COMPUTERS and VBR_CREDENTIALS_ID")
        print(f"\nChanges: two protection groups named {GROUP_PREFIX}-*, agent installed and trusted on "
              f"{', '.join(settings.computers)}; both groups deleted at the end.")  # fmt: skip
        async with created_groups(vbr) as created:
            await computers_lifecycle(vbr, settings, created)
            await packages_for_pre_installed_agents(vbr, created, download_to)
    print("\nLogged out.")


async def show_groups(vbr: VeeamAgentsClient) -> None:
    print("\nProtection groups:")
    async for group in vbr.protection_groups.iterate():
        found = await vbr.discovered_entities.list(group.id, limit=1)
        state = "disabled" if group.is_disabled is True else "enabled"
        print(f"  {group.name:<32} {group.type_!s:<20} {state:<9} {found.total or 0:>5} discovered")


@contextlib.asynccontextmanager
async def created_groups(vbr: VeeamAgentsClient) -> AsyncIterator[list[str]]:
    """The names of the groups the walk creates (noted before asking for each): whatever happens,
    each that exists is deleted on the way out."""
    created: list[str] = []
    try:
        yield created
    finally:
        for name in reversed(created):
            group_id = await group_named(vbr, name)
            if group_id is not None:
                session = await vbr.protection_groups.delete(group_id)
                await finish(vbr, session, f"deleted '{name}'", raise_on_failure=False)


async def finish(
    vbr: VeeamAgentsClient, session: SessionModel, what: str, *, raise_on_failure: bool = True
) -> SessionModel:
    """Wait for a session and say how it ended (a failed one raises SessionFailedError)."""
    session = await vbr.sessions.wait(session, timeout=1800, poll_interval=1.0, raise_on_failure=raise_on_failure)
    print(f"  {what}: {session.state}, {getattr(session.result, 'result', 'no result')}")
    return session


async def group_named(vbr: VeeamAgentsClient, name: str) -> uuid.UUID | None:
    """The id of the group with this name, if there is one (names are unique in VBR)."""
    page = await vbr.protection_groups.list(name_filter=name)
    return next((group.id for group in page.data if group.name == name), None)


async def create(vbr: VeeamAgentsClient, spec: AnyProtectionGroupSpec, created: list[str]) -> uuid.UUID:
    """Create a group, wait until it is set up, and return its id."""
    created.append(spec.name)
    await finish(vbr, await vbr.protection_groups.create(spec), "created")
    group_id = await group_named(vbr, spec.name)
    if group_id is None:
        raise RuntimeError(f"the server did not list the new group '{spec.name}'")
    return group_id


async def computers_lifecycle(vbr: VeeamAgentsClient, settings: Settings, created: list[str]) -> None:
    name = f"{GROUP_PREFIX}-computers-{uuid.uuid4().hex[:6]}"
    print(f"\nCreating '{name}' for {len(settings.computers)} computers")
    spec = IndividualComputersProtectionGroupSpec(
        name=name,
        description="Created by the veeam-agents-client example; safe to delete.",
        computers=[
            IndividualComputerContainerModel(
                host_name=host,
                connection_type=EIndividualComputerConnectionType.PERMANENTCREDENTIALS,
                credentials_id=uuid.UUID(str(settings.credentials_id)),
            )
            for host in settings.computers
        ],
    )
    group_id = await create(vbr, spec, created)
    await finish(vbr, await vbr.protection_groups.rescan(group_id), "rescanned")
    computers = [
        entity
        async for entity in vbr.discovered_entities.iterate(group_id)
        if isinstance(entity, DiscoveredComputerEntityModel)
    ]
    print(f"  found {len(computers)} computers: {', '.join(c.name for c in computers)}")
    if not computers:
        return
    ids = [computer.id for computer in computers]
    await finish(vbr, await vbr.discovered_entities.install_agent(group_id, ids), "agent installed")
    await vbr.discovered_entities.trust(group_id, ids)
    print("  trusted")
    for computer in computers:
        now = await vbr.discovered_entities.get(group_id, computer.id)
        if isinstance(now, DiscoveredComputerEntityModel):
            version = now.agent_version if now.agent_status is EAgentStatus.INSTALLED else ""
            print(f"    {now.name:<22} agent {now.agent_status} {version or ''}  trusted: {now.is_trusted}")


async def packages_for_pre_installed_agents(vbr: VeeamAgentsClient, created: list[str], folder: str) -> None:
    name = f"{GROUP_PREFIX}-pre-installed-{uuid.uuid4().hex[:6]}"
    print(f"\nCreating '{name}' for computers that get the agent from a package")
    spec = PreInstalledAgentsProtectionGroupSpec(name=name, description="Created by the veeam-agents-client example.")
    group_id = await create(vbr, spec, created)

    def progress(done: int, total: int | None) -> None:
        if total and done in (0, total):
            print(f"    {done >> 20} of {total >> 20} MiB")

    packages = PreInstalledAgentsProtectionGroupPackageSpec(format_=PackageFormat.ZIP, include_windows_packages=True)
    download = await vbr.protection_groups.download_packages(group_id, packages, folder, progress=progress)
    print(f"  packages saved as {download.path} ({download.bytes_written:,} bytes, {download.content_type})")
    kinds = Counter([type(group).__name__ async for group in vbr.protection_groups.iterate()])
    print("  groups now: " + ", ".join(f"{count} {kind.removesuffix('ProtectionGroupModel')}"
                                        for kind, count in sorted(kinds.items())))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--make-changes",
        action="store_true",
        help=f"against a real server, run the lifecycle (also {CHANGES_VARIABLE}=1)",
    )
    parser.add_argument("--download-to", help="folder for the agent packages (default: a temporary folder)")
    args = parser.parse_args(argv)
    with vbr_settings(args.make_changes) as settings, contextlib.ExitStack() as stack:
        folder = args.download_to or stack.enter_context(tempfile.TemporaryDirectory(prefix="vbr-packages-"))
        asyncio.run(walk_through(settings, folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
