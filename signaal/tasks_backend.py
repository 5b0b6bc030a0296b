"""django-tasks-db with two additions for running several workers in production (docs/deploy.md).

- `RequestIdDatabaseBackend` stores the id of the request that enqueued a task in the task's row (beside its
  args and kwargs), and `request_id_of` reads it back: `manage.py run_worker` logs the task under that id, so
  one id follows a click from the proxy through the app server to the worker. A task enqueued by a task keeps
  the id of the request that started the chain.
- `stale_tasks_release` puts tasks back in the queue that stayed RUNNING longer than SIGNAAL_TASK_STALE_SECONDS:
  their worker was killed (SIGKILL, a lost machine) before it could record the outcome. The task runs again, so
  every task must be safe to repeat (ours are: mail is claimed before it is sent, periodic jobs claim their
  period, progress sync is an upsert). The setting must exceed the longest task's run time.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import TaskResultStatus, normalize_json

from signaal.logging import current_request_id

log = logging.getLogger("signaal.tasks")


class RequestIdDatabaseBackend(DatabaseBackend):
    def _task_to_db_task(self, task, args, kwargs):
        from django_tasks_db.models import DBTaskResult

        return DBTaskResult.objects.create(
            id=self._get_id(),
            args_kwargs=normalize_json({"args": args, "kwargs": kwargs, "request_id": current_request_id()}),
            priority=task.priority,
            task_path=task.module_path,
            queue_name=task.queue_name,
            run_after=task.run_after,
            backend_name=self.alias,
        )


def request_id_of(db_task_result) -> str:
    value = (db_task_result.args_kwargs or {}).get("request_id")
    return value if isinstance(value, str) and value and value != "-" else f"task-{db_task_result.id}"


def stale_tasks_release(*, now=None) -> int:
    """Tasks RUNNING for longer than SIGNAAL_TASK_STALE_SECONDS go back to READY; returns how many."""
    from django_tasks_db.models import DBTaskResult

    cutoff = (now or timezone.now()) - timedelta(seconds=settings.SIGNAAL_TASK_STALE_SECONDS)
    stale = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff)
    rows = list(stale.values_list("id", "task_path", "worker_ids"))
    if not rows:
        return 0
    released = stale.filter(id__in=[r[0] for r in rows]).update(status=TaskResultStatus.READY)
    for task_id, path, workers in rows:
        log.warning("task_released id=%s task=%s workers=%s", task_id, path, ",".join(workers or []))
    return released
