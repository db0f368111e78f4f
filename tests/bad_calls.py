"""The calls the client must refuse before any request, as data for tests/test_arguments.py: for every
public method (`BAD_CALLS`), for the client's constructor (`BAD_CLIENTS`) and for its `with_options`
views (`BAD_VIEWS`), each with the error it raises and the argument its message names. A helper
module (tests import it), not a test module.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
import pathlib
import re
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, TextIO

import aiofiles
import httpx
from conftest import ENTITY_ID, GROUP_ID, SESSION_ID, TOKEN_ID

from veeam_agents_client import RetryPolicy
from veeam_agents_client.models import (
    CloudMachinesProtectionGroupAWSAccountModel,
    CloudMachinesProtectionGroupSpec,
    CloudRegionModel,
    EAmazonRegionType,
    EAuthenticationType,
    EIndividualComputerConnectionType,
    EOSBitness,
    EProtectionGroupType,
    IndividualComputerContainerModel,
    IndividualComputersProtectionGroupSpec,
    LinuxCredentialsSpec,
    ManuallyAddedProtectionGroupModel,
    PreInstalledAgentsPackagesModel,
    PreInstalledAgentsProtectionGroupPackageSpec,
    PreInstalledAgentsProtectionGroupSpec,
)

# ---------------------------------------------------------------------------------------------
# Examples: for every public method, calls refused before any request
# ---------------------------------------------------------------------------------------------


@dataclass
class Place:
    """Where a call's destination may go: a folder with a file ``exists`` and one ``text``, and files
    opened in the ways a download cannot write to."""

    folder: pathlib.Path
    closed: BinaryIO  # closed already
    reader: BinaryIO  # open for reading
    text: TextIO  # open for text
    async_reader: Any  # aiofiles, open for reading (its writable() is async)
    async_text: Any  # aiofiles, open for text


@contextlib.contextmanager
def opened_files(folder: pathlib.Path) -> Iterator[tuple[BinaryIO, BinaryIO, TextIO]]:
    """A file closed already, one open for reading, one open for text."""
    (folder / "exists").touch()
    with contextlib.ExitStack() as files:
        closed = files.enter_context(open(folder / "exists", "wb"))
        closed.close()
        yield (
            closed,
            files.enter_context(open(folder / "exists", "rb")),
            files.enter_context(open(folder / "text", "w")),
        )


@contextlib.asynccontextmanager
async def place_in(folder: pathlib.Path) -> AsyncIterator[Place]:
    with opened_files(folder) as (closed, reader, text):
        async with (
            aiofiles.open(folder / "exists", "rb") as async_reader,
            aiofiles.open(folder / "text", "w") as async_text,
        ):
            yield Place(folder, closed, reader, text, async_reader, async_text)


@dataclass(frozen=True)
class At:
    """An argument made where the call runs: ``make(place)``."""

    make: Callable[[Place], Any]


class BytesPath:
    """A path-like object that gives bytes, which pathlib refuses."""

    def __init__(self, path: pathlib.Path) -> None:
        self.path = path

    def __fspath__(self) -> bytes:
        return os.fsencode(self.path)


@dataclass(frozen=True)
class Bad:
    """A call with a wrong argument: the error type it raises and the argument its message names;
    `says`, a pattern the message matches too; `hidden`, a value the message must not show."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    error: type[Exception]
    argument: str
    says: str | None = None
    hidden: str | None = None


def bad(
    *args: Any, error: type[Exception], argument: str, says: str | None = None, hidden: str | None = None, **kwargs: Any
) -> Bad:
    return Bad(args, kwargs, error, argument, says, hidden)


AWARE = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
NAIVE = dt.datetime(2030, 1, 1)
NEAR_UUIDS = [  # uuid.UUID takes whatever int(..., 16) swallows: a typo became another object's ID
    " 7e76a5bb287a490eae0a5e852ea775e",
    "0x76a5bb287a490eae0a5e852ea775ee",
    "7e76_5bb287a490eae0a5e852ea775ee",
    "\u0661" * 32,
    "+e76a5bb287a490eae0a5e852ea775ee",
]
BITNESS = ", ".join(repr(member.value) for member in EOSBitness)
PERMANENT = EIndividualComputerConnectionType.PERMANENTCREDENTIALS
MISSING = uuid.UUID(int=7)
GROUP = ManuallyAddedProtectionGroupModel(id=MISSING, name="m", description="")
PRE_INSTALLED = PreInstalledAgentsProtectionGroupSpec(name="p", description="")
Spec = PreInstalledAgentsProtectionGroupPackageSpec


def individual(*items: Any, **kwargs: Any) -> IndividualComputersProtectionGroupSpec:
    return IndividualComputersProtectionGroupSpec(name="g", description="", computers=list(items), **kwargs)


def media(*args: Any, error: type[Exception] = ValueError, **kwargs: Any) -> Bad:
    """A recovery media download whose destination is wrong."""
    return bad(*args, error=error, argument="destination", **kwargs)


SECRET = LinuxCredentialsSpec(username="u", authentication_type=EAuthenticationType.PASSWORD, password=12345)
ACCOUNT = CloudMachinesProtectionGroupAWSAccountModel(
    credentials_id=uuid.uuid4(), region_type=EAmazonRegionType.GLOBAL, region_id="r"
)

BAD_CALLS: dict[str, list[Bad]] = {
    "recovery_tokens.get": [
        bad("not-a-uuid", error=ValueError, argument="id"),
        bad(42, error=TypeError, argument="id"),
    ],
    "recovery_tokens.delete": [bad(None, error=TypeError, argument="id")],
    "recovery_tokens.create": [
        bad(backup_ids=[uuid.uuid4()], expiration_date=NAIVE, error=ValueError, argument="expiration_date"),
        bad(backup_ids=[], expiration_date=AWARE, error=ValueError, argument="backup_ids"),
        bad(backup_ids="abc", expiration_date=AWARE, error=TypeError, argument="backup_ids"),
        bad(backup_ids=["x"], expiration_date=AWARE, error=ValueError, argument="backup_ids[0]"),
        bad(backup_ids=[uuid.uuid4()], expiration_date="2030-01-01", error=TypeError, argument="expiration_date"),
    ],
    "recovery_tokens.update": [bad(TOKEN_ID, name=5, expiration_date=AWARE, error=TypeError, argument="name")],
    "recovery_tokens.list": [
        bad(limit=-1, error=ValueError, argument="limit"),
        bad(limit=0, error=ValueError, argument="limit"),
        bad(limit=2**40, error=ValueError, argument="limit"),
        bad(skip=-5, error=ValueError, argument="skip"),
        bad(skip=1.5, error=TypeError, argument="skip"),
        bad(limit=True, error=TypeError, argument="limit"),
        bad(order_column="Size", error=ValueError, argument="order_column"),
        bad(order_asc="yes", error=TypeError, argument="order_asc"),
        bad(name_filter=7, error=TypeError, argument="name_filter"),
    ],
    "recovery_tokens.iterate": [bad(page_size=0, error=ValueError, argument="page_size")],
    "recovery_tokens.pages": [bad(concurrency=0, error=ValueError, argument="concurrency")],
    "protected_computers.get": [bad(42, error=TypeError, argument="id")],
    "protected_computers.list": [bad(type_filter="Windows", error=ValueError, argument="type_filter")],
    "protected_computers.iterate": [bad(type_filter="Windows", error=ValueError, argument="type_filter")],
    "protected_computers.pages": [bad(skip=-1, error=ValueError, argument="skip")],
    "discovered_entities.list": [
        bad("nope", error=ValueError, argument="protection_group_id"),
        bad(GROUP_ID, state_filter="Sleeping", error=ValueError, argument="state_filter"),
        bad(GROUP_ID, agent_status_filter="Gone", error=ValueError, argument="agent_status_filter"),
        bad(GROUP_ID, driver_status_filter=1, error=TypeError, argument="driver_status_filter"),
    ],
    "discovered_entities.iterate": [bad("x", error=ValueError, argument="protection_group_id")],
    "discovered_entities.pages": [bad(GROUP_ID, page_size=0, error=ValueError, argument="page_size")],
    "discovered_entities.get": [
        bad(GROUP_ID, "x", error=ValueError, argument="entity_id"),
        *(bad(GROUP_ID, value, error=ValueError, argument="entity_id") for value in NEAR_UUIDS),
    ],
    "discovered_entities.delete": [bad(GROUP_ID, "x", error=ValueError, argument="entity_id")],
    "discovered_entities.list_all": [
        bad(permission_scope="Everyone", error=ValueError, argument="permission_scope"),
        bad(state_filter="Up", error=ValueError, argument="state_filter"),
        bad(type_filter="Linux", error=TypeError, argument="type_filter"),  # not a filter here
    ],
    "discovered_entities.pages_all": [bad(order_column="Size", error=ValueError, argument="order_column")],
    "discovered_entities.iterate_all": [bad(page_size=0, error=ValueError, argument="page_size")],
    "discovered_entities.rescan": [bad(GROUP_ID, TOKEN_ID, error=TypeError, argument="entity_ids")],
    "discovered_entities.install_agent": [bad(GROUP_ID, [], error=ValueError, argument="entity_ids")],
    "discovered_entities.uninstall_agent": [bad(GROUP_ID, ["bad"], error=ValueError, argument="entity_ids[0]")],
    "discovered_entities.uninstall_all_components": [bad(GROUP_ID, None, error=TypeError, argument="entity_ids")],
    "discovered_entities.upgrade_agent": [bad("nope", [ENTITY_ID], error=ValueError, argument="protection_group_id")],
    "discovered_entities.install_cbt_driver": [bad(GROUP_ID, [], error=ValueError, argument="entity_ids")],
    "discovered_entities.uninstall_cbt_driver": [bad(GROUP_ID, ENTITY_ID, error=TypeError, argument="entity_ids")],
    "discovered_entities.trust": [bad(GROUP_ID, [ENTITY_ID, 7], error=TypeError, argument="entity_ids[1]")],
    "discovered_entities.reboot": [bad(None, [ENTITY_ID], error=TypeError, argument="protection_group_id")],
    "discovered_entities.prepare_for_remote_bmr": [bad(GROUP_ID, ["x"], error=ValueError, argument="entity_ids[0]")],
    "discovered_entities.recreate_embedded_recovery_media": [
        bad(GROUP_ID, 5, error=TypeError, argument="entity_ids"),
    ],
    "discovered_entities.create_recovery_media_task": [
        bad(GROUP_ID, "1", error=ValueError, argument="entity_id"),
        bad(GROUP_ID, ENTITY_ID, format="Zip", error=ValueError, argument="format"),
        bad(GROUP_ID, ENTITY_ID, allow_remote_bmr="yes", error=TypeError, argument="allow_remote_bmr"),
    ],
    "discovered_entities.backups": [
        bad("abc", error=ValueError, argument="entity_id"),
        bad(ENTITY_ID, limit=0, error=ValueError, argument="limit"),
    ],
    "discovered_entities.backups_pages": [bad(ENTITY_ID, skip=-1, error=ValueError, argument="skip")],
    "discovered_entities.iterate_backups": [bad(42, error=TypeError, argument="entity_id")],
    "discovered_entities.attach_backup": [
        bad(ENTITY_ID, [], error=ValueError, argument="backup_ids"),
        bad(ENTITY_ID, GROUP_ID, error=TypeError, argument="backup_ids"),
    ],
    "discovered_entities.detach_backup": [
        bad(ENTITY_ID, [GROUP_ID, "z"], error=ValueError, argument="backup_ids[1]"),
        bad(b"id", [GROUP_ID], error=TypeError, argument="entity_id"),
    ],
    "discovered_entities.create_recovery_media": [
        bad("nope", ENTITY_ID, At(lambda at: at.folder), error=ValueError, argument="protection_group_id"),
        bad(GROUP_ID, 7, At(lambda at: at.folder), error=TypeError, argument="entity_id"),
        bad(GROUP_ID, ENTITY_ID, At(lambda at: at.folder), format="Zip", error=ValueError, argument="format"),
        bad(GROUP_ID, ENTITY_ID, At(lambda at: at.folder), allow_remote_bmr="yes", error=TypeError,
            argument="allow_remote_bmr"),
        media(GROUP_ID, ENTITY_ID, 42, error=TypeError),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.folder / "no" / "such" / "m.iso")),
        media(GROUP_ID, ENTITY_ID, At(lambda at: f"{at.folder}{os.sep}downloads{os.sep}")),  # a folder, not a file
        media(GROUP_ID, ENTITY_ID, At(lambda at: f"{at.folder}{os.sep}exists{os.sep}")),  # a file, not a folder
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.folder / ("x" * 256))),  # no file system takes the name
        media(GROUP_ID, ENTITY_ID, At(lambda at: BytesPath(at.folder)), error=TypeError),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.text), error=TypeError),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.closed)),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.reader)),
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.async_reader)),  # its writable() is async
        media(GROUP_ID, ENTITY_ID, At(lambda at: at.async_text), error=TypeError),
        bad(GROUP_ID, ENTITY_ID, At(lambda at: at.folder), progress=5, error=TypeError, argument="progress"),
    ],
    "agent_packages.list_linux": [
        bad(order_column="Version", error=ValueError, argument="order_column"),
        *(bad(package_bitness_filter=bitness, error=ValueError, argument="package_bitness_filter",
              says=re.escape(f"package_bitness_filter must be one of {BITNESS}, got"))
          for bitness in ("X64bogus", "X64", "64")),
    ],
    "agent_packages.iterate_linux": [bad(order_asc=1, error=TypeError, argument="order_asc")],
    "agent_packages.list_unix": [bad(limit="10", error=TypeError, argument="limit")],
    "agent_packages.iterate_unix": [bad(order_column="Version", error=ValueError, argument="order_column")],
    "agent_packages.pages_linux": [bad(concurrency=0, error=ValueError, argument="concurrency")],
    "agent_packages.pages_unix": [bad(name_filter=7, error=TypeError, argument="name_filter")],
    "sessions.get": [bad("12", error=ValueError, argument="id")],
    "sessions.wait": [
        bad(TOKEN_ID, timeout=-1, error=ValueError, argument="timeout"),
        bad(SESSION_ID, raise_on_failure=0, error=TypeError, argument="raise_on_failure"),
    ],
    "tasks.get": [bad("12", error=ValueError, argument="id")],
    "tasks.wait": [
        bad(None, error=TypeError, argument="task"),
        bad(TOKEN_ID, poll_interval=0, error=ValueError, argument="poll_interval"),
    ],
    "agent_states.list": [
        bad(name_filter=3, error=TypeError, argument="name_filter"),
        bad(order_asc="yes", error=TypeError, argument="order_asc"),
        bad(order_column="Name", error=TypeError, argument="order_column"),  # not a filter here
        bad(limit=0, error=ValueError, argument="limit"),
    ],
    "agent_states.iterate": [bad(page_size=-1, error=ValueError, argument="page_size")],
    "agent_states.pages": [bad(concurrency=0, error=ValueError, argument="concurrency")],
    "agent_states.get": [bad("not-a-uuid", error=ValueError, argument="id")],
    "recovery_appliances.list": [
        bad(state_filter="Online", error=ValueError, argument="state_filter"),
        bad(skip=-1, error=ValueError, argument="skip"),
    ],
    "recovery_appliances.iterate": [bad(order_column="Name", error=ValueError, argument="order_column")],
    "recovery_appliances.pages": [bad(concurrency=99, error=ValueError, argument="concurrency")],
    "recovery_appliances.get": [bad(42, error=TypeError, argument="id")],
    "recovery_appliances.reboot": [bad("0b7bedc6", error=ValueError, argument="id")],
    "recovery_appliances.reboot_many": [
        bad([], error=ValueError, argument="ids"),
        bad(str(uuid.uuid4()), error=TypeError, argument="ids"),
        bad([uuid.uuid4(), "x"], error=ValueError, argument="ids[1]"),
    ],
    "protection_groups.list": [
        bad(type_filter="Mongo", error=ValueError, argument="type_filter", says="type_filter must be one of"),
        bad(order_column="Size", error=ValueError, argument="order_column", says="order_column must be one of"),
        bad(permission_scope=1, error=TypeError, argument="permission_scope", says="permission_scope must be a str"),
        bad(name_filter=3, error=TypeError, argument="name_filter", says="name_filter must be a str"),
        bad(owner="me", error=TypeError, argument="owner", says="unexpected keyword argument 'owner'"),
        bad(limit=0, error=ValueError, argument="limit", says="limit must be between"),
    ],
    "protection_groups.iterate": [
        bad(type_filter="Nope", error=ValueError, argument="type_filter", says="type_filter must be one of"),
    ],
    "protection_groups.pages": [
        bad(type_filter="Nope", error=ValueError, argument="type_filter", says="type_filter must be one of"),
    ],
    "protection_groups.get": [
        bad("not-a-uuid", error=ValueError, argument="id", says="id must be a UUID"),
        bad(MISSING, permission_scope="Everything", error=ValueError, argument="permission_scope"),
    ],
    "protection_groups.create": [
        bad(PRE_INSTALLED, perform_rescan=1, error=TypeError, argument="perform_rescan",
            says="perform_rescan must be a bool"),
        bad(individual(IndividualComputerContainerModel(host_name=5, connection_type=PERMANENT)), error=TypeError,
            argument="spec", says=r"^spec\.computers\[0\]\.host_name: expected str, got int \(5\)$"),
        bad(individual(IndividualComputerContainerModel(host_name="h", connection_type="PermanentCredentials")),
            error=TypeError, argument="spec",
            says=r"spec\.computers\[0\]\.connection_type: expected EIndividualComputerConnectionType"),
        bad(individual({"hostName": "h"}), error=TypeError, argument="spec",
            says=r"spec\.computers\[0\]: expected IndividualComputerContainerModel"),
        bad(individual(type_=EProtectionGroupType.ADOBJECTS), error=ValueError, argument="spec",
            says=r"spec\.type_ must be 'IndividualComputers'"),
        bad(individual(options="fast"), error=TypeError, argument="spec",
            says=r"spec\.options: expected ProtectionGroupOptionsModel, got str"),
        bad(IndividualComputersProtectionGroupSpec(name=None, description="", computers=[]),  # type: ignore[arg-type]
            error=TypeError, argument="spec", says=r"spec\.name: expected str, got NoneType"),
        bad(individual(IndividualComputerContainerModel("h", PERMANENT, single_use_credentials=SECRET)),
            error=TypeError, argument="spec", hidden="12345",
            says=r"single_use_credentials\.password: expected str, got int \(value hidden\)$"),
        bad(CloudMachinesProtectionGroupSpec(name="c", description="", cloud_account=ACCOUNT,
                                             cloud_machines=[CloudRegionModel(type_="Tag")]),
            error=ValueError, argument="spec", says=r"spec\.cloud_machines\[0\]\.type_ must be 'Region'"),
        bad(GROUP, error=TypeError, argument="spec", says=r"spec must be the spec of a new group .* with update\(\)"),
        bad({"name": "g", "type": "IndividualComputers"}, error=TypeError, argument="spec",
            says="spec must be one of IndividualComputersProtection"),
    ],
    "protection_groups.update": [
        bad(uuid.uuid4(), GROUP, error=ValueError, argument="model", says=r"model\.id .* must be the id"),
        bad(MISSING, PRE_INSTALLED, error=TypeError, argument="model", says="model must be one of"),
        bad(MISSING, GROUP, perform_rescan="yes", error=TypeError, argument="perform_rescan"),
    ],
    "protection_groups.delete": [bad(MISSING, uninstall_everything=None, error=TypeError,
                                     argument="uninstall_everything")],
    "protection_groups.rescan": [bad(42, error=TypeError, argument="id", says="id must be a UUID")],
    "protection_groups.enable": [bad(None, error=TypeError, argument="id", says="id must be a UUID")],
    "protection_groups.disable": [bad("x", error=ValueError, argument="id", says="id must be a UUID")],
    "protection_groups.download_packages": [
        bad("nope", Spec(), At(lambda at: at.folder), error=ValueError, argument="id"),
        bad(GROUP_ID, {"format": "Zip"}, At(lambda at: at.folder), error=TypeError, argument="spec"),
        bad(GROUP_ID, Spec(format_="Zip"), At(lambda at: at.folder), error=TypeError,  # a str, not the enum
            argument="spec.format_"),
        bad(GROUP_ID, Spec(include_mac_packages="yes"), At(lambda at: at.folder), error=TypeError,
            argument="spec.include_mac_packages"),
        bad(GROUP_ID, Spec(linux_packages=PreInstalledAgentsPackagesModel(include=True, package_names="Debian 12")),
            At(lambda at: at.folder), error=TypeError, argument="spec.linux_packages.package_names"),
    ],
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The client's own arguments
# ---------------------------------------------------------------------------------------------

CREDENTIALS = {"username": "admin", "password": "pw"}
BAD_CLIENTS: list[tuple[dict[str, Any], type[Exception], str, str | None]] = [  # (kwargs, error, argument, says)
    ({"username": "admin"}, ValueError, "password", None),
    ({}, ValueError, "access_token", None),
    ({"username": "admin", "password": 1234}, TypeError, "password", None),
    ({"access_token": ""}, ValueError, "access_token", None),
    ({"access_token": "t", "page_size": 0}, ValueError, "page_size", None),
    ({"access_token": "t", "max_retries": -1}, ValueError, "max_retries", None),
    ({"access_token": "t", "verify": 3}, TypeError, "verify", None),
    ({"access_token": "t", "verify": "/no/such/ca.pem"}, ValueError, "verify", None),
    ({"access_token": "t", "transport": object()}, TypeError, "transport", None),
    ({"access_token": "t", "http_client": object()}, TypeError, "http_client", None),
    ({"access_token": "t", "base_url": "vbr.example.com"}, ValueError, "base_url", None),
    ({"access_token": "t", "base_url": "http://vbr.example.com:9419"}, ValueError, "base_url", None),
    ({"access_token": "t", "base_url": 9419}, TypeError, "base_url", None),
    ({**CREDENTIALS, "base_url": "https://admin:Pa55-SECRET@vbr.example:9419"}, ValueError, "base_url", "credentials"),
    ({**CREDENTIALS, "base_url": "https://admin@vbr.example:9419"}, ValueError, "base_url", "credentials"),
    ({**CREDENTIALS, "base_url": "https://vbr.example:9419/?x=1"}, ValueError, "base_url", "query"),
    ({**CREDENTIALS, "base_url": "https://vbr.example:9419/#frag"}, ValueError, "base_url", "fragment"),
    ({**CREDENTIALS, "timeout": "30"}, TypeError, "timeout", None),
    ({**CREDENTIALS, "timeout": math.nan}, ValueError, "timeout", None),
    ({**CREDENTIALS, "timeout": 0}, ValueError, "timeout", None),
    ({**CREDENTIALS, "timeout": -1}, ValueError, "timeout", None),
    ({**CREDENTIALS, "timeout": math.inf}, ValueError, "timeout", None),
    ({**CREDENTIALS, "timeout": httpx.Timeout(5.0, connect=0)}, ValueError, "timeout.connect", None),
    ({**CREDENTIALS, "max_connections": "5"}, ValueError, "max_connections", None),
    ({**CREDENTIALS, "max_connections": 0}, ValueError, "max_connections", None),
    ({**CREDENTIALS, "headers": {"x-a": 1}}, TypeError, "headers", None),
    ({**CREDENTIALS, "logout_on_close": "no"}, TypeError, "logout_on_close", None),
    ({**CREDENTIALS, "trust_env": 1}, TypeError, "trust_env", None),
    ({**CREDENTIALS, "allow_insecure_http": "yes"}, TypeError, "allow_insecure_http", None),
    ({"access_token": "t", "max_retries": 5, "retry_policy": RetryPolicy(max_retries=1)}, ValueError, "retry_policy",
     "max_retries or a retry_policy"),
    ({"access_token": "t", "retry_policy": lambda *a: None}, TypeError, "retry_policy",
     "retry_policy must be a RetryPolicy"),
]  # fmt: skip


BAD_VIEWS: list[tuple[dict[str, Any], type[Exception], str, str | None]] = [  # (kwargs, error, argument, says)
    ({"timeout": 0}, ValueError, "timeout", None),
    ({"timeout": "3"}, TypeError, "timeout", None),
    ({"timeout": httpx.Timeout(5.0, connect=0)}, ValueError, "timeout.connect", None),
    ({"max_retries": -1}, ValueError, "max_retries", None),
    ({"max_retries": 5, "retry_policy": RetryPolicy(max_retries=1)}, ValueError, "retry_policy",
     "max_retries or a retry_policy"),
    ({"retry_policy": lambda *a: None}, TypeError, "retry_policy", "retry_policy must be a RetryPolicy"),
]  # fmt: skip
