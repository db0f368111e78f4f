"""The one place a server's suggested file name (Content-Disposition) becomes a name we create.

Whatever the header says, the result is a single plain name that stays inside the folder it is
joined to: no folder part, not hidden, nothing Windows cannot open, and short enough for the file
system, with room left for the temporary name a download writes first.
"""

from __future__ import annotations

import re
import urllib.parse

__all__ = ["NAME_MAX", "filename_from", "safe_filename", "shortened"]

NAME_MAX = 255
"""Bytes of UTF-8 in a file name that common file systems take (ext4, XFS, APFS, NTFS in UTF-16 units)."""

_CHARSETS = frozenset({"utf-8", "iso-8859-1", "us-ascii"})
"""The charsets of an RFC 5987 ``filename*`` we decode (any case): the two every reader must know,
and their common subset. A value in any other is ignored, and the plain ``filename`` used instead."""

_PARAMETER = re.compile(r'(?P<name>[^\s;=]+)\s*=\s*(?P<value>"(?:[^"\\]|\\.)*"?|[^;]*)', re.DOTALL)
"""One ``name=value`` of a header's parameters, the value a token or a quoted-string (which may
hold ``;``), read leniently: what it yields is made safe afterwards anyway."""
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_WINDOWS_RESERVED = re.compile(r"CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$", re.IGNORECASE)
"""Device names Windows will not open as files, whatever follows the first dot ("nul.iso" too)."""
_EXTENSION = re.compile(r"\.\w{1,16}$")


def filename_from(header: str | None, limit: int = NAME_MAX) -> str | None:
    """The name a Content-Disposition header suggests, made safe (:func:`safe_filename`); None
    when it suggests none that survives. RFC 6266: ``filename*`` wins over ``filename``."""
    parameters: dict[str, str] = {}
    for match in _PARAMETER.finditer((header or "").partition(";")[2]):
        parameters.setdefault(match["name"].lower(), _unquoted(match["value"].strip()))
    encoded = _decoded(parameters.get("filename*", ""))
    return safe_filename(encoded or parameters.get("filename", ""), limit)


def safe_filename(name: str, limit: int = NAME_MAX) -> str | None:
    """`name` reduced to a plain file name of at most `limit` bytes of UTF-8, or None when nothing
    is left: its last path component (either slash), printable characters only, the characters
    Windows forbids as ``_``, no leading or trailing dots and spaces, a Windows device name
    prefixed with ``_``, cut short keeping the extension. The same name twice gives the same result."""
    name = name.replace("\\", "/").rpartition("/")[2]
    name = _WINDOWS_FORBIDDEN.sub("_", "".join(char for char in name if char.isprintable()))
    name = name.strip(". ")
    if _WINDOWS_RESERVED.fullmatch(name.partition(".")[0].rstrip(" ")):
        name = "_" + name
    return shortened(name, limit).rstrip(". ") or None


def shortened(name: str, limit: int) -> str:
    """`name` cut to at most `limit` bytes of UTF-8 at a character boundary, keeping its extension
    (a last ``.suffix`` of up to 16 word characters) when that leaves room for most of the rest.
    A lone surrogate (a path's undecodable byte) counts three bytes, and goes if it is cut."""
    encoded = name.encode("utf-8", "surrogatepass")
    if len(encoded) <= limit:
        return name
    match = _EXTENSION.search(name)
    extension = match.group() if match and len(match.group().encode()) <= limit // 2 else ""
    kept = encoded[: len(encoded) - len(extension.encode())][: limit - len(extension.encode())]
    return kept.decode("utf-8", "ignore") + extension


def _unquoted(value: str) -> str:
    """A quoted-string's text (its backslash escapes undone); a token as it is."""
    if not value.startswith('"'):
        return value
    return re.sub(r"\\(.)", r"\1", value[1:].removesuffix('"'), flags=re.DOTALL)


def _decoded(value: str) -> str | None:
    """The text of an RFC 5987 ext-value (``charset'language'percent-encoded``) in a charset we
    read, else None."""
    charset, _, rest = value.partition("'")
    _language, quote, encoded = rest.partition("'")
    if not quote or charset.lower() not in _CHARSETS:
        return None
    return urllib.parse.unquote_to_bytes(encoded.encode("utf-8", "surrogatepass")).decode(charset, "replace")
