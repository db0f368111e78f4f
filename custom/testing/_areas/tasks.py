"""Tasks: reading one (a recovery media build, say)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._lookups import in_path

if TYPE_CHECKING:
    from .._gate import Call


def get_task(call: Call) -> dict[str, Any]:
    """GET /api/v1/tasks/{id}."""
    return in_path(call, call.fake.tasks, "Task").model(call.fake.now())
