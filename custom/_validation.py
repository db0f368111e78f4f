"""Argument checks that run before any request, with errors that name the argument."""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Iterable
from enum import Enum
from typing import TypeVar

from ._constants import MAX_PAGE_SIZE
from .types import UNSET, Unset

__all__ = [
    "aware_datetime",
    "enum_value",
    "id_list",
    "optional",
    "page_size",
    "seconds",
    "skip_value",
    "text",
    "uuid_value",
]

E = TypeVar("E", bound=Enum)

# The spellings uuid.UUID documents: 32 hex digits, hyphenated or not, in braces or after urn:uuid:.
_UUID_FORMS = re.compile(
    r"(?:urn:uuid:)?\{?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\}?"
)
T = TypeVar("T")


def optional(value: T | None) -> T | Unset:
    """None (not given) becomes UNSET, which the generated code leaves out of the request."""
    return UNSET if value is None else value


def uuid_value(value: object, name: str) -> uuid.UUID:
    """A UUID from a UUID or its string form."""
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a UUID or a UUID string, not {type(value).__name__}")
    # uuid.UUID alone also takes " 7e76...", "0x7e76...", "7e76_a5bb..." or non-ASCII digits: whatever
    # int(..., 16) swallows once the hyphens are gone. A typo must not become another object's ID.
    if _UUID_FORMS.fullmatch(value) is None:
        raise ValueError(f"{name} must be a UUID, got {value!r}")
    return uuid.UUID(value)


def id_list(values: object, name: str) -> list[uuid.UUID]:
    """A non-empty list of UUIDs from any iterable of UUIDs or UUID strings (not a lone string)."""
    if isinstance(values, str | bytes | uuid.UUID) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of UUIDs, not {type(values).__name__}")
    ids = [uuid_value(value, f"{name}[{index}]") for index, value in enumerate(values)]
    if not ids:
        raise ValueError(f"{name} must not be empty")
    return ids


def aware_datetime(value: object, name: str) -> dt.datetime:
    """A datetime with a time zone: a naive one is ambiguous on a server in another zone."""
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (for example datetime.now(timezone.utc)), got {value!r}")
    return value


def enum_value(value: object, enum: type[E], name: str) -> E:
    """A member of `enum` from a member or its exact value (``"ExpirationDate"``)."""
    if isinstance(value, enum) and value.name in enum.__members__:
        return value
    if isinstance(value, str):
        for member in enum:
            if member.value == value:
                return member
        allowed = ", ".join(repr(member.value) for member in enum)
        raise ValueError(f"{name} must be one of {allowed}, got {value!r}")
    raise TypeError(f"{name} must be a str or {enum.__name__}, not {type(value).__name__}")


def text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def seconds(value: object, name: str) -> float:
    """A positive, finite number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"{name} must be a positive, finite number of seconds, got {value!r}")
    return float(value)


def skip_value(value: object, name: str = "skip") -> int:
    return _int_between(value, name, 0, MAX_PAGE_SIZE)


def page_size(value: object, name: str = "limit") -> int:
    return _int_between(value, name, 1, MAX_PAGE_SIZE)


def _int_between(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}, got {value}")
    return value
