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
    if kind not in ("Zip", "Tar"):
        raise bad_request(f"The field format must be Zip or Tar: {kind!r}.")
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
        if _flag(spec, field):
            yield member
    catalogs = (("linuxPackages", "Linux", [p[0] for p in LINUX_PACKAGES]), ("unixPackages", "Unix", UNIX_PACKAGES))
    for field, folder, catalog in catalogs:
        chosen = spec.get(field)
        if chosen is None:
            continue
        if not isinstance(chosen, dict):
            raise bad_request(f"The field {field} must be an object.")
        wanted = chosen.get("packageNames")
        if wanted is not None and (not isinstance(wanted, list) or not all(isinstance(n, str) for n in wanted)):
            raise bad_request(f"The field {field}.packageNames must be an array of strings.")
        if not _flag(chosen, "include", field):
            continue
        unknown = [name for name in wanted or [] if name not in catalog]
        if unknown:
            raise bad_request(f"Unknown {folder} packages: {', '.join(unknown)}.")
        yield from (f"{folder}/{name}" for name in dict.fromkeys(wanted or catalog))


def _flag(body: dict[str, Any], name: str, where: str = "") -> bool:
    value = body.get(name)
    if value is not None and not isinstance(value, bool):
        raise bad_request(f"The field {where + '.' if where else ''}{name} must be true or false.")
    return value is True
