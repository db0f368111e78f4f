"""Agent packages: the Linux and Unix catalogs, and a protection group's chosen packages in one archive."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from starlette.responses import StreamingResponse

from .._data import LINUX_PACKAGES, UNIX_PACKAGES
from .._errors import bad_request
from .._files import file_response, tar_archive, zip_archive
from .._lookups import group_in_path
from .._query import in_order, name_filtered, page, parse_paging

if TYPE_CHECKING:
    from .._gate import Call

WINDOWS_PACKAGE = "Windows/VeeamAgentWindows.exe"
MAC_PACKAGE = "Mac/VeeamAgentMac.pkg"


def list_linux_packages(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/packages/linux."""
    paging = parse_paging(call.query, ["Name", "DistributionName"])
    packages = name_filtered(LINUX_PACKAGES, call.query, lambda p: p[0])
    for position, name in ((1, "distributionFilter"), (2, "packageBitnessFilter")):
        wanted = call.query.get(name)
        if wanted is not None:
            packages = [p for p in packages if p[position].casefold() == wanted.casefold()]
    keys = {"Name": lambda p: p[0].casefold(), "DistributionName": lambda p: p[1].casefold()}
    return page(
        in_order(packages, paging, keys),
        paging,
        lambda p: {"packageBitness": p[2], "packageName": p[0], "distributionName": p[1]},
    )


def list_unix_packages(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/packages/unix."""
    paging = parse_paging(call.query, ["Name"])
    packages = name_filtered(UNIX_PACKAGES, call.query, lambda p: p)
    return page(in_order(packages, paging, {"Name": str.casefold}), paging, lambda p: {"packageName": p})


def protection_group_packages(call: Call) -> StreamingResponse:
    """POST /api/v1/agents/protectionGroups/{id}/packages: the chosen agent packages in one archive."""
    group = group_in_path(call)
    spec = call.json()
    kind = spec.get("format", "Zip")
    names = [*_packages(spec)]
    if not names:
        raise bad_request("The specification selects no packages.")
    size = call.fake.download_size
    share, rest = divmod(size, len(names))
    members = [(name, share + (rest if index == 0 else 0)) for index, name in enumerate(names)]
    length, chunks = (tar_archive if kind == "Tar" else zip_archive)(members, call.fake.seed)
    extension, media_type = ("tar", "application/x-tar") if kind == "Tar" else ("zip", "application/zip")
    return file_response(
        chunks, length, media_type, f"VeeamAgentPackages.{extension}", f"VeeamAgentPackages_{group.name}.{extension}"
    )


def _packages(spec: dict[str, Any]) -> Iterator[str]:
    """The archive's member names for a PreInstalledAgentsProtectionGroupPackageSpec body."""
    for field, member in (("includeWindowsPackages", WINDOWS_PACKAGE), ("includeMacPackages", MAC_PACKAGE)):
        if spec.get(field) is True:
            yield member
    catalogs = (("linuxPackages", "Linux", [p[0] for p in LINUX_PACKAGES]), ("unixPackages", "Unix", UNIX_PACKAGES))
    for field, folder, catalog in catalogs:
        chosen = spec.get(field) or {}
        if chosen.get("include") is not True:
            continue
        wanted = chosen.get("packageNames") or []
        unknown = [name for name in wanted if name not in catalog]
        if unknown:
            raise bad_request(f"Unknown {folder} packages: {', '.join(unknown)}.")
        yield from (f"{folder}/{name}" for name in dict.fromkeys(wanted or catalog))
