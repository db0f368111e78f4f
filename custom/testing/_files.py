"""The files the fake serves: recovery media ISO images and agent package archives (zip or tar),
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

from starlette.responses import StreamingResponse

from ._data import EPOCH
from ._errors import bad_request

BLOCK_SIZE = 1 << 20
ISO_HEADER_SIZE = 34816
"""The system area (16 sectors of 2048 bytes) and the primary volume descriptor sector."""
ZIP_LIMIT = 0xFFFFFFFF
"""The fake writes zip archives without ZIP64: every size and offset below 4 GiB."""


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
