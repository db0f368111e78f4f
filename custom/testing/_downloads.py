"""Downloads of the fake: recovery media ISO images and agent package archives (zip or tar),
generated while they stream at the fake's ``download_size``, so a gigabyte costs no memory or disk.

The payload is one seeded 1 MiB block repeated; :func:`payload` gives the same bytes to tests.
"""

from __future__ import annotations

import functools
import random
import struct
import tarfile
import urllib.parse
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from starlette.responses import StreamingResponse

from . import _app  # its lookups of groups and entities (it imports this module: bound at call time)
from ._data import EPOCH, LINUX_PACKAGES, UNIX_PACKAGES
from ._errors import bad_request
from ._query import parse_bool, parse_enum
from ._validate import json_object

if TYPE_CHECKING:
    from ._app import Call

BLOCK_SIZE = 1 << 20
ISO_HEADER_SIZE = 34816
"""The system area (16 sectors of 2048 bytes) and the primary volume descriptor sector."""
ZIP_LIMIT = 0xFFFFFFFF
"""The fake writes zip archives without ZIP64: every size and offset below 4 GiB."""
WINDOWS_PACKAGE = "Windows/VeeamAgentWindows.exe"
MAC_PACKAGE = "Mac/VeeamAgentMac.pkg"


@functools.cache
def block(seed: int) -> bytes:
    """The 1 MiB block every payload of a fake with this seed repeats."""
    return random.Random(seed).randbytes(BLOCK_SIZE)


def payload(size: int, seed: int) -> Iterator[bytes]:
    """`size` bytes of the repeated block, in chunks of at most 1 MiB (the same object each time)."""
    whole, rest = divmod(size, BLOCK_SIZE)
    chunk = block(seed)
    for _ in range(whole):
        yield chunk
    if rest:
        yield chunk[:rest]


def iso_header() -> bytes:
    """An empty system area, then a primary volume descriptor's signature: enough for `file(1)`."""
    descriptor = b"\x01CD001\x01".ljust(2048, b"\x00")
    return bytes(32768) + descriptor


def iso_image(size: int, seed: int) -> Iterator[bytes]:
    """An ISO-looking image of exactly `size` bytes."""
    header = iso_header()[:size]
    yield header
    yield from payload(size - len(header), seed)


def tar_archive(members: list[tuple[str, int]], seed: int) -> tuple[int, Iterator[bytes]]:
    """(length, chunks) of a tar archive holding each (name, size) member."""
    headers = []
    for name, size in members:
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = size, int(EPOCH.timestamp()), 0o644
        headers.append(info.tobuf(tarfile.PAX_FORMAT, encoding="utf-8", errors="strict"))
    padding = [-size % 512 for _, size in members]
    length = sum(map(len, headers)) + sum(size for _, size in members) + sum(padding) + 1024

    def chunks() -> Iterator[bytes]:
        for header, (_, size), pad in zip(headers, members, padding, strict=True):
            yield header
            yield from payload(size, seed)
            yield bytes(pad)
        yield bytes(1024)

    return length, chunks()


def zip_archive(members: list[tuple[str, int]], seed: int) -> tuple[int, Iterator[bytes]]:
    """(length, chunks) of a zip archive of stored members; the CRCs follow each member's data
    (data descriptors), so they are computed while streaming."""
    names = [name.encode() for name, _ in members]
    data_length = sum(30 + len(name) + size + 16 for name, (_, size) in zip(names, members, strict=True))
    directory_length = sum(46 + len(name) for name in names)
    length = data_length + directory_length + 22
    if length > ZIP_LIMIT:
        raise bad_request("The fake writes zip archives below 4 GiB: ask for Tar, or a smaller download_size.")
    date = (EPOCH.year - 1980) << 9 | EPOCH.month << 5 | EPOCH.day
    flags = 0x0808  # sizes and CRC after the data; UTF-8 names

    def chunks() -> Iterator[bytes]:
        directory, offset = [], 0
        for name, (_, size) in zip(names, members, strict=True):
            yield struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags, 0, 0, date, 0, 0, 0, len(name), 0) + name
            crc = 0
            for chunk in payload(size, seed):
                crc = zlib.crc32(chunk, crc)
                yield chunk
            yield struct.pack("<4s3L", b"PK\x07\x08", crc, size, size)
            fields = (20, 20, flags, 0, 0, date, crc, size, size, len(name), 0, 0, 0, 0, 0o100644 << 16, offset)
            directory.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", *fields) + name)
            offset += 30 + len(name) + size + 16
        yield from directory
        yield struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(names), len(names), directory_length, offset, 0)

    return length, chunks()


async def _stream(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    """An async iterator, so Starlette sends from the event loop rather than a worker thread."""
    for chunk in chunks:
        yield chunk


def file_response(chunks: Iterator[bytes], length: int, media_type: str, fallback: str, name: str) -> StreamingResponse:
    """A streamed file with its size and names: `fallback` (ASCII) for old readers, `name` (UTF-8,
    RFC 6266 ``filename*``) for the rest."""
    disposition = f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{urllib.parse.quote(name)}"
    return StreamingResponse(
        _stream(chunks),
        media_type=media_type,
        headers={"content-length": str(length), "content-disposition": disposition},
    )


def recovery_media(call: Call) -> StreamingResponse:
    """GET .../discoveredEntities/{entityId}/createRecoveryMedia: the computer's recovery ISO."""
    group = _app._group(call)
    slot = _app._entity_slot(group, call.path_uuid("entityId"))
    if parse_enum(call.query, "format", ["Iso"]) is None:
        raise bad_request("Query parameter format is required.", code="InvalidURI")
    required = call.rules.has_parameter("create_recovery_media_for_discovered_entity", "allowRemoteBmr")
    if required and "allowRemoteBmr" not in call.query:
        raise bad_request("Query parameter allowRemoteBmr is required.", code="InvalidURI")
    parse_bool(call.query, "allowRemoteBmr", False)
    if group.field(slot, "type") != "Computer":
        raise bad_request("Recovery media can be created for computers only.")
    size = call.fake.download_size
    host = str(group.field(slot, "name"))
    return file_response(
        iso_image(size, call.fake.seed),
        size,
        "application/vnd.efi.iso",
        "VeeamRecoveryMedia.iso",
        f"VeeamRecoveryMedia_{host}.iso",
    )


def protection_group_packages(call: Call) -> StreamingResponse:
    """POST /api/v1/agents/protectionGroups/{id}/packages: the chosen agent packages in one archive."""
    group = _app._group(call)
    spec = json_object(call.body)
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
