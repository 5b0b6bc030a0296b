"""`manage.py run_worker`: run background tasks (django-tasks-db) and the programme's schedule in one process.

Between tasks it calls `schedule_tick()`, which claims each periodic job once per period in the database, so
any number of these processes can run side by side (production runs two or more). `--once` ticks, runs
every ready task and exits (cron-style use, tests).
"""

import logging
import time

from django.conf import settings
from django.core.management.base import CommandError
from django.db import DatabaseError, close_old_connections
from django.utils.dateparse import parse_datetime
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import task_backends
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker

from curriculum.services.schedule import schedule_tick
from signaal.logging import request_id_bound
from signaal.tasks_backend import request_id_of, stale_tasks_release

log = logging.getLogger("signaal.schedule")
task_log = logging.getLogger("signaal.tasks")
DATABASE_RETRY_SECONDS = 2.0  # the database is down: try again this often, keep the process


class SignaalWorker(Worker):
    """django-tasks-db's worker, logging each task under the id of the request that enqueued it."""

    def run_task(self, db_task_result) -> None:
        with request_id_bound(request_id_of(db_task_result)):
            started = time.monotonic()
            task_log.info("task_started task=%s id=%s", db_task_result.task_path, db_task_result.id)
            super().run_task(db_task_result)
            task_log.log(
                logging.INFO if db_task_result.status == "SUCCESSFUL" else logging.WARNING,
                "task_finished task=%s id=%s status=%s duration_ms=%.0f",
                db_task_result.task_path,
                db_task_result.id,
                db_task_result.status,
                (time.monotonic() - started) * 1000,
            )


class Command(DbWorkerCommand):
    help = "Run background tasks and the programme's schedule (reminders, digests, retention, expiry)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--once", action="store_true", help="Tick the schedule, run every ready task, exit.")
        parser.add_argument("--no-schedule", action="store_false", dest="schedule", help="Only run tasks.")
        parser.add_argument("--now", default=None, help="ISO date-time to schedule for (tests, catching up).")

    def handle(self, *, verbosity, interval, backend_name, worker_id, once, schedule, now, **options):
        once = once or options.get("batch", False)  # django-tasks-db's --batch: run what is ready, then exit
        self.configure_logging(verbosity)
        if verbosity <= 1:  # not "Starting worker" / "No more tasks" every interval; tasks log themselves
            logging.getLogger("django_tasks_db").setLevel(logging.WARNING)
        if not isinstance(task_backends[backend_name], DatabaseBackend):
            raise CommandError(f"Task backend {backend_name!r} is not django-tasks-db's DatabaseBackend.")
        moment = parse_datetime(now) if now else None
        if now and moment is None:
            raise CommandError(f"--now {now!r} is not an ISO date-time.")
        schedule = schedule and settings.SIGNAAL_SCHEDULE_ENABLED
        worker = SignaalWorker(
            queue_names=["*"],
            interval=0,
            batch=True,  # run() returns when no task is ready; the loop below ticks and waits
            backend_name=backend_name,
            startup_delay=False,
            max_tasks=None,
            worker_id=worker_id,
            excluded_queue_names=[],
        )
        worker.configure_signals()
        released_at = 0.0
        while worker.running:
            try:
                if time.monotonic() - released_at > min(60.0, settings.SIGNAAL_TASK_STALE_SECONDS / 2):
                    stale_tasks_release()  # tasks whose worker was killed mid-run go back in the queue
                    released_at = time.monotonic()
                if schedule:
                    try:
                        schedule_tick(now=moment)
                    except DatabaseError:  # a database blip: log it, keep the worker, tick again next round
                        log.exception("schedule_tick_failed")
                        close_old_connections()
                worker.run()
            except DatabaseError as error:
                # The database is down or restarting: keep the process, try again shortly. A task that was
                # running stays RUNNING and is released after SIGNAAL_TASK_STALE_SECONDS.
                task_log.warning("worker_database_unavailable error=%s", error.__class__.__name__)
                close_old_connections()
                if once:
                    raise
                time.sleep(DATABASE_RETRY_SECONDS)
                continue
            if once:
                break
            time.sleep(interval)  # SIGTERM/SIGINT while waiting exits at once (the worker's own handler)
