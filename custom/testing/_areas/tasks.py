"""Tasks: reading one (a recovery media build, say)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import not_found

if TYPE_CHECKING:
    from .._gate import Call


def get_task(call: Call) -> dict[str, Any]:
    """GET /api/v1/tasks/{id}."""
    task_id = call.path_uuid()
    task = call.fake.tasks.get(task_id)
    if task is None:
        raise not_found("Task", task_id)
    return task.model(call.fake.now())
