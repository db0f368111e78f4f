"""Computers protected by agents: list and read."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._lookups import in_path
from .._query import in_order, name_filtered, page, parse_enum, parse_paging

if TYPE_CHECKING:
    from .._gate import Call

ORDER = {"Name": lambda c: c["name"].casefold(), "Type": lambda c: c["type"]}


def list_protected_computers(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectedComputers."""
    paging = parse_paging(call.query, list(ORDER))
    computers = name_filtered(call.fake.protected_computers.values(), call.query, lambda c: c["name"])
    kind = parse_enum(call.query, "typeFilter", ["Linux"])
    computers = [c for c in computers if kind is None or c["type"] == kind]
    return page(in_order(computers, paging, ORDER), paging, dict)


def get_protected_computer(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectedComputers/{id}."""
    return dict(in_path(call, call.fake.protected_computers, "Protected computer"))
