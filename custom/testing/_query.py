"""Query-string parsing, filtering, ordering and paging shared by every list operation."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ..models.e_inventory_permission_scope import EInventoryPermissionScope
from ._errors import ErrorCode, bad_request

T = TypeVar("T")

DEFAULT_LIMIT = 200
INT32_MAX = 2**31 - 1
PERMISSION_SCOPES = [scope.value for scope in EInventoryPermissionScope]


@dataclass(frozen=True)
class Paging:
    """skip/limit/orderColumn/orderAsc of a list request."""

    skip: int
    limit: int
    order_column: str | None
    order_asc: bool


def _int(params: Mapping[str, str], name: str, default: int) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise bad_request(f"Query parameter {name} must be an integer: {raw!r}.", code="InvalidURI") from None
    if not 0 <= value <= INT32_MAX:
        raise bad_request(f"Query parameter {name} must be between 0 and {INT32_MAX}.", code="InvalidURI")
    return value


def parse_bool(params: Mapping[str, str], name: str, default: bool) -> bool:
    """A ``true``/``false`` query value (case-insensitive), else 400."""
    raw = params.get(name)
    if raw is None:
        return default
    lowered = raw.strip().lower()
    if lowered not in ("true", "false"):
        raise bad_request(f"Query parameter {name} must be true or false: {raw!r}.", code="InvalidURI")
    return lowered == "true"


def parse_enum(params: Mapping[str, str], name: str, allowed: Sequence[str]) -> str | None:
    """A query value that must be one of ``allowed`` (case-insensitive, answered canonical), else 400."""
    raw = params.get(name)
    if raw is None:
        return None
    for value in allowed:
        if value.lower() == raw.strip().lower():
            return value
    raise bad_request(
        f"Query parameter {name} has an unknown value {raw!r}; expected one of: {', '.join(allowed)}.",
        code="InvalidURI",
    )


def parse_paging(params: Mapping[str, str], order_columns: Sequence[str]) -> Paging:
    """Parse the paging and sorting parameters every list has."""
    return Paging(
        skip=_int(params, "skip", 0),
        limit=_int(params, "limit", DEFAULT_LIMIT),
        order_column=parse_enum(params, "orderColumn", order_columns),
        order_asc=parse_bool(params, "orderAsc", True),
    )


def permission_scope(params: Mapping[str, str]) -> str | None:
    """The ``permissionScope`` of a list or get: checked, but it filters nothing (the fake's
    administrator may do everything)."""
    return parse_enum(params, "permissionScope", PERMISSION_SCOPES)


def pattern_matcher(pattern: str | None) -> Callable[[str | None], bool] | None:
    """A case-insensitive matcher for VBR name patterns: ``*`` at the start, end or both; else exact."""
    if pattern is None:
        return None
    starts, ends = pattern.startswith("*"), pattern.endswith("*") and len(pattern) > 1
    core = pattern.strip("*").casefold()

    def match(value: str | None) -> bool:
        if value is None:
            return False
        text = value.casefold()
        if starts and ends:
            return core in text
        if starts:
            return text.endswith(core)
        if ends:
            return text.startswith(core)
        return text == core

    return match


def name_filtered(items: Iterable[T], params: Mapping[str, str], name: Callable[[T], str]) -> list[T]:
    """The items whose name matches the ``nameFilter`` pattern (all of them without one)."""
    match = pattern_matcher(params.get("nameFilter"))
    return [item for item in items if match is None or match(name(item))]


def in_order(items: Sequence[T], paging: Paging, keys: Mapping[str, Callable[[T], Any]]) -> list[T]:
    """``items`` in the order ``paging`` asks for (natural order when it names no column)."""
    if paging.order_column is None:
        return list(items) if paging.order_asc else list(reversed(items))
    return sorted(items, key=keys[paging.order_column], reverse=not paging.order_asc)


def parse_uuid(value: Any, what: str, *, code: ErrorCode = "UnexpectedContent") -> str:
    """A canonical lower-case UUID string, else 400 (``InvalidURI`` for path values)."""
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
    raise bad_request(f"{what} must be a UUID: {value!r}.", code=code)


def page(items: Sequence[T], paging: Paging, render: Callable[[T], dict[str, Any]]) -> dict[str, Any]:
    """The ``{"data", "pagination"}`` body of one page of ``items`` (already filtered and sorted)."""
    chosen: Iterable[T] = items[paging.skip : paging.skip + paging.limit]
    data = [render(item) for item in chosen]
    return {
        "data": data,
        "pagination": {"total": len(items), "count": len(data), "skip": paging.skip, "limit": paging.limit},
    }
