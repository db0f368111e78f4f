"""Tasks: the server-side jobs some operations start instead of a session (1.3-rev2's recovery
media), read and waited for like sessions."""

from __future__ import annotations

import uuid

from ._exceptions import TaskFailedError, TaskTimeoutError
from ._polling import poll_until
from ._resource import Resource
from ._revisions import operation
from ._validation import flag, uuid_value
from .api.tasks import get_task
from .models.common_task_model import CommonTaskModel
from .models.deployment_kit_task_model import DeploymentKitTaskModel
from .models.e_task_result import ETaskResult
from .models.e_task_state import ETaskState
from .models.flr_download_task_model import FlrDownloadTaskModel
from .models.flr_restore_task_model import FlrRestoreTaskModel
from .models.flr_search_task_model import FlrSearchTaskModel
from .models.hierarchy_rescan_task_model import HierarchyRescanTaskModel
from .models.recovery_media_task_model import RecoveryMediaTaskModel
from .models.task_model import TaskModel

__all__ = ["AnyTask", "Tasks"]

AnyTask = (
    CommonTaskModel
    | DeploymentKitTaskModel
    | FlrDownloadTaskModel
    | FlrRestoreTaskModel
    | FlrSearchTaskModel
    | HierarchyRescanTaskModel
    | RecoveryMediaTaskModel
    | TaskModel
)
"""A task as the server sends it: the model its `type` names, or TaskModel for a type this
revision does not know (every field kept)."""

TASK_MODELS: tuple[type[AnyTask], ...] = AnyTask.__args__
_FAILED = frozenset({ETaskResult.FAILED, ETaskResult.CANCELLED})


class Tasks(Resource):
    """``client.tasks``: read a task, or wait until it stops."""

    @operation("get_task")
    async def get(self, id: uuid.UUID | str) -> AnyTask:
        """The task with this ID."""
        return await self._call(get_task, TASK_MODELS, id=uuid_value(id, "id"))

    @operation("get_task")
    async def wait(
        self,
        task: AnyTask | uuid.UUID | str,
        *,
        timeout: float = 1800.0,  # noqa: ASYNC109 - a deadline for the whole wait, documented API
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        raise_on_failure: bool = True,
    ) -> AnyTask:
        """Poll until the task stops and return it, as `sessions.wait` does for sessions.

        Raises TaskFailedError when it ends Failed or Cancelled (unless `raise_on_failure` is
        False) and TaskTimeoutError when `timeout` passes first, retries of a poll included.
        """
        last: AnyTask | None = task if isinstance(task, TASK_MODELS) else None
        task_id = last.id if last is not None else uuid_value(task, "task")
        raise_on_failure = flag(raise_on_failure, "raise_on_failure")

        async def fetch() -> AnyTask:
            return await self.get(task_id)

        def stopped(current: AnyTask) -> bool:
            return current.state == ETaskState.STOPPED

        current = await poll_until(
            fetch,
            stopped,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            timed_out=lambda last: TaskTimeoutError(last, timeout, task_id=task_id),
            last=last,
        )
        if raise_on_failure and current.result in _FAILED:
            raise TaskFailedError(current)
        return current
