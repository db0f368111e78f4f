"""Streamed downloads: a binary answer goes to a file chunk by chunk, never whole into memory.

The generated endpoint functions read the whole body, so a download builds its request with the
generated module's ``_get_kwargs`` (path, query and body as the document has them) and streams it
through the client's own httpx client: bearer auth and token renewal, the version header and its
operation check, TLS, and retries up to the headers all apply. Whatever fails, no partial file of
ours is left behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import inspect
import io
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, BinaryIO

import httpx

from ._errors import api_error, unexpected
from ._exceptions import IncompleteDownloadError
from ._filenames import NAME_MAX, filename_from, safe_filename, shortened
from ._response import transport_errors
from ._retries import STREAM
from .revisions import SUCCESS_STATUSES
from .types import OPERATION

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["PROGRESS_INTERVAL", "Destination", "Download", "Progress", "download"]

Progress = Callable[[int, int | None], object]
"""Called as ``progress(bytes_done, total)`` with 0 before the first chunk, at most every
``PROGRESS_INTERVAL`` seconds while the file streams, and once with every byte at the end;
``total`` is the announced size, or None when the server does not say. What it returns is awaited
when it is awaitable (an ``async def`` callback)."""

PROGRESS_INTERVAL = 0.25
"""Seconds at least between two progress calls while a file streams: `progress=print` prints a few
lines a second, not one per chunk (130,000 for a 2 GiB image)."""

Destination = str | os.PathLike[str] | BinaryIO
"""A file path, an existing folder (the file takes the server's suggested name), or a binary file
object open for writing, whose ``write`` may be async (aiofiles)."""

_ERROR_BODY_LIMIT = 1 << 20
"""Bytes of an error answer kept for the error: a misbehaving server's huge body costs no more."""

_TEMP_TOKEN = 4
"""Random bytes in a temporary name: two downloads of the same file never share one."""
_TEMP_EXTRA = len(".") + len(".") + 2 * _TEMP_TOKEN + len(".part")
"""Bytes a temporary name adds to the file's: ``.{name}.{hex digits}.part``."""

_NAME_ERRNOS = frozenset({errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ, errno.EISDIR})
"""What a file system answers when it will not create a file of that name there."""

_NOT_A_FILE = ("text/html", "application/json", "application/problem+json")
"""Content types of a 2xx that is a page or a JSON document (a proxy's sign-in page), not the file."""


@dataclass(frozen=True, slots=True)
class Download:
    """What a finished download wrote."""

    path: Path | None
    """The file written, when the destination was a path or a folder; None for a file object."""
    filename: str | None
    """The file name the server suggested (Content-Disposition), made safe to create; or None."""
    bytes_written: int
    content_type: str | None


async def download(
    client: VeeamAgentsClient,
    endpoint: ModuleType,
    arguments: Mapping[str, Any] | Callable[[], Mapping[str, Any]],
    destination: Destination,
    *,
    progress: Progress | None,
    default_name: str,
) -> Download:
    """Send the request `endpoint._get_kwargs(**arguments)` describes and stream its answer to
    `destination`; `default_name` names the file in a folder when the server suggests none.

    `arguments` may be a function, called once the client is logged in: what it sends can then
    depend on the agreed API revision."""
    if isinstance(destination, str | os.PathLike):
        target = _path_target(destination, default_name)
    else:
        target = _Target(path=None, folder=False, default_name=default_name, file=await _writable_file(destination))
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be a callable (bytes_done, total) or None, not {type(progress).__name__}")
    if callable(arguments):
        await client.login()  # nothing to do when logged in; otherwise the request would log in first anyway
        arguments = arguments()
    http = client.raw.get_async_httpx_client()
    kwargs = endpoint._get_kwargs(**arguments)
    kwargs["headers"] = {**kwargs.get("headers", {}), "Accept-Encoding": "identity"}  # sizes as announced
    kwargs["extensions"] = {**kwargs.get("extensions", {}), STREAM: True}
    request = http.build_request(**kwargs)
    with transport_errors():
        response = await http.send(request, stream=True)
    try:
        return await _receive(response, target, progress, request.extensions[OPERATION])
    finally:
        await response.aclose()


async def _receive(response: httpx.Response, target: _Target, progress: Progress | None, operation: str) -> Download:
    status = response.status_code
    if not 200 <= status < 300:
        raise api_error(response, content=await _capped_body(response))
    content_type = response.headers.get("content-type")
    if status not in SUCCESS_STATUSES[operation] or _media_type(content_type) in _NOT_A_FILE:
        raise unexpected(response, f"not the documented file ({content_type})", content=await _capped_body(response))
    expected = _content_length(response)
    encoded = response.headers.get("content-encoding", "identity").strip().lower() not in ("", "identity")
    total = None if encoded else expected
    suggested = filename_from(response.headers.get("content-disposition"), NAME_MAX - _TEMP_EXTRA)
    report = _Throttled(progress, total)
    done = 0

    def received() -> int:  # bytes as sent: the decoded count, unless the server compressed them
        return response.num_bytes_downloaded if encoded else done

    try:
        with _name_errors(response, target):
            sink = target.open(suggested)
        await report(0)
        with transport_errors():
            try:
                async for chunk in response.aiter_bytes():
                    await _write_all(sink, chunk)
                    done += len(chunk)
                    if expected is not None and received() > expected:
                        raise _incomplete(response, expected, received(), "more than")
                    await report(done)
            except httpx.TransportError as exc:
                if expected is not None and not isinstance(exc, httpx.TimeoutException):
                    raise _incomplete(response, expected, received(), "only") from exc  # the connection broke early
                raise
        if expected is not None and received() != expected:
            raise _incomplete(response, expected, received(), "only")
        await report(done, final=True)
        with _name_errors(response, target):
            path = await target.commit()
    except BaseException:
        target.discard()
        raise
    return Download(path=path, filename=suggested, bytes_written=done, content_type=content_type)


class _Throttled:
    """The caller's progress callback, called at the start, at most every PROGRESS_INTERVAL
    seconds after that, and at the end (unless that call was the last one made)."""

    def __init__(self, callback: Progress | None, total: int | None) -> None:
        self._callback = callback
        self._total = total
        self._reported: int | None = None
        self._next = 0.0

    async def __call__(self, done: int, *, final: bool = False) -> None:
        if self._callback is None or done == self._reported:
            return
        if not final and self._reported is not None and time.monotonic() < self._next:
            return
        self._reported = done
        await _settled(self._callback(done, self._total))
        self._next = time.monotonic() + PROGRESS_INTERVAL  # from its end: a slow callback is not called back to back


class _Target:
    """Where the bytes go: a file we create under a temporary name and move into place at the end
    (an existing file there is replaced only by a complete download), or the caller's file object,
    which is left to the caller whatever happens."""

    def __init__(self, *, path: Path | None, folder: bool, default_name: str, file: BinaryIO | None) -> None:
        self._path = path
        self._folder = folder
        self._default_name = default_name
        self._caller_file = file
        self._temp: Path | None = None
        self._file: BinaryIO | None = None

    def open(self, suggested: str | None) -> BinaryIO:
        if self._caller_file is not None:
            return self._caller_file
        assert self._path is not None
        room = _name_max(self._path if self._folder else self._path.parent) - _TEMP_EXTRA
        if self._folder:
            self._path = self._path / (safe_filename(suggested or "", room) or self._default_name)
            if _is_folder(self._path):  # found before the body, not after it
                raise IsADirectoryError(errno.EISDIR, "a folder has that name", str(self._path))
        temp = self._path.with_name(f".{shortened(self._path.name, room)}.{secrets.token_hex(_TEMP_TOKEN)}.part")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        descriptor = os.open(temp, flags, 0o666)
        self._temp = temp
        self._file = open(descriptor, "wb")  # noqa: SIM115 (closed in commit/discard)
        return self._file

    @property
    def named_by_server(self) -> bool:
        """Whether the file's name is the server's suggestion (the destination is a folder)."""
        return self._folder

    async def commit(self) -> Path | None:
        """Make the file durable, then move it into place in one step, keeping the permissions
        of the file it replaces."""
        if self._file is None or self._temp is None or self._path is None:
            return None
        self._file.flush()
        await asyncio.to_thread(os.fsync, self._file.fileno())  # may wait for the disk: not on the event loop
        self._file.close()
        mode = _regular_file_mode(self._path)
        if mode is not None:
            os.chmod(self._temp, mode)
        os.replace(self._temp, self._path)
        self._temp = None
        return self._path

    def discard(self) -> None:
        if self._file is not None:
            self._file.close()
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
            self._temp = None


def _path_target(destination: str | os.PathLike[str], default_name: str) -> _Target:
    """Check a path `destination` before any request."""
    text = os.fspath(destination)
    if not isinstance(text, str):
        raise TypeError("destination must be a str path or a PathLike of str, not bytes")
    if text == "":
        raise ValueError("destination must not be empty")
    path = Path(text)
    if os.path.isdir(path):  # False, not an error, for a name too long to look up
        return _Target(path=path, folder=True, default_name=default_name, file=None)
    if text.endswith(("/", os.sep)):  # "downloads/": a folder is meant, never a file of that name
        raise ValueError(f"destination {text!r} ends in a separator, so it names a folder: none exists there")
    if not os.path.isdir(path.parent):
        raise ValueError(f"destination: the folder {str(path.parent)!r} does not exist")
    if len(os.fsencode(path.name)) > _name_max(path.parent):
        raise ValueError(f"destination: the file name is longer than the file system takes ({path.name[:40]!r}...)")
    return _Target(path=path, folder=False, default_name=default_name, file=None)


async def _writable_file(destination: object) -> BinaryIO:
    """Check a file object `destination` before any request: binary, open, writable (its
    ``writable()`` awaited when it is async, as aiofiles' is)."""
    if isinstance(destination, io.TextIOBase) or isinstance(getattr(destination, "encoding", None), str):
        raise TypeError("destination is a text file: open it in binary mode ('wb')")  # aiofiles' too
    if not callable(getattr(destination, "write", None)):
        raise TypeError(
            f"destination must be a path, a folder or a binary file open for writing, not {type(destination).__name__}"
        )
    if getattr(destination, "closed", False):
        raise ValueError("destination is a closed file")
    writable = getattr(destination, "writable", None)
    if callable(writable) and not await _settled(writable()):
        raise ValueError("destination is a file not open for writing")
    return destination  # type: ignore[return-value]


def _regular_file_mode(path: Path) -> int | None:
    """The permission bits of the regular file at `path` (not a link's target), or None."""
    info = _lstat(path)
    return stat.S_IMODE(info.st_mode) if info is not None and stat.S_ISREG(info.st_mode) else None


def _is_folder(path: Path) -> bool:
    """Whether `path` is a folder itself; a link to one is not (the rename replaces a link)."""
    info = _lstat(path)
    return info is not None and stat.S_ISDIR(info.st_mode)


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


@contextlib.contextmanager
def _name_errors(response: httpx.Response, target: _Target) -> Iterator[None]:
    """A file system that refuses the name the server chose (too long for the path, a folder of that
    name, characters it cannot store) is the server's answer at fault: UnexpectedResponseError,
    with the header. Other OSErrors (a full disk, no permission) are the caller's to handle."""
    try:
        yield
    except OSError as exc:
        if not target.named_by_server or exc.errno not in _NAME_ERRNOS:
            raise
        header = response.headers.get("content-disposition", "")
        reason = f"the file system refuses the file name the server suggests ({exc.strerror})"
        raise unexpected(response, reason, content=f"Content-Disposition: {header}".encode()) from exc


def _name_max(folder: Path) -> int:
    """The longest file name, in bytes, the file system of `folder` takes."""
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):  # no pathconf (Windows), or it cannot say
        return NAME_MAX
    return min(NAME_MAX, limit) if limit > 0 else NAME_MAX


async def _write_all(sink: BinaryIO, chunk: bytes) -> None:
    """Write all of `chunk` (a raw, unbuffered file may take only part of it per call)."""
    written = await _settled(sink.write(chunk))
    if written is not None and written < len(chunk):
        view = memoryview(chunk)
        while written < len(view):
            written += await _settled(sink.write(view[written:])) or 0


async def _settled(result: Any) -> Any:
    """`result`, awaited when it is awaitable: what an async callback or an async file returned."""
    return await result if inspect.isawaitable(result) else result


def _media_type(content_type: str | None) -> str:
    """The type/subtype of a Content-Type, lower case (RFC 9110: media types ignore case)."""
    return (content_type or "").partition(";")[0].strip().lower()


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "").strip()
    return int(value) if value.isascii() and value.isdigit() else None  # not "²", which isdigit() takes


async def _capped_body(response: httpx.Response) -> bytes:
    """The start of a body that is not the file (an error), never more than _ERROR_BODY_LIMIT."""
    body = bytearray()
    with transport_errors():
        async for chunk in response.aiter_bytes():
            body += chunk[: _ERROR_BODY_LIMIT - len(body)]
            if len(body) >= _ERROR_BODY_LIMIT:
                break
    return bytes(body)


def _incomplete(response: httpx.Response, expected: int, received: int, how: str) -> IncompleteDownloadError:
    return IncompleteDownloadError(
        f"the server announced {expected} bytes (Content-Length) and sent {how} {received}; nothing was kept",
        method=response.request.method,
        url=str(response.request.url),
        expected=expected,
        received=received,
    )
