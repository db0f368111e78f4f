"""Tasks (1.3-rev2): server-side jobs such as building recovery media; progress from elapsed time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from ._data import from_timestamp, iso

TaskResult = Literal["Success", "Warning", "Failed", "Cancelled"]
TASK_RESULTS: tuple[TaskResult, ...] = get_args(TaskResult)
STARTING_SHARE = 0.1  # the first tenth of a task's duration it reports Starting


@dataclass
class Task:
    """A recovery-media task, as GET /api/v1/tasks/{id} shows it."""

    id: str
    name: str
    started: float
    duration: float
    result: TaskResult

    def model(self, now: float) -> dict[str, Any]:
        """The RecoveryMediaTaskModel body at time ``now``."""
        elapsed = now - self.started
        body: dict[str, Any] = {
            "type": "RecoveryMedia",
            "id": self.id,
            "name": self.name,
            "creationTime": iso(from_timestamp(self.started)),
        }
        if elapsed >= self.duration:
            return body | {
                "state": "Stopped",
                "progressPercent": 100,
                "endTime": iso(from_timestamp(self.started + self.duration)),
                "result": self.result,
                "additionalInfo": {"message": f"Recovery media: {self.result}.", "resourceId": self.id},
            }
        starting = elapsed < self.duration * STARTING_SHARE
        return body | {
            "state": "Starting" if starting else "Working",
            "progressPercent": 0 if starting else min(99, int(100 * elapsed / self.duration)),
            "result": "None",
        }
