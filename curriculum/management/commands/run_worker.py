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

log = logging.getLogger("signaal.schedule")


class Command(DbWorkerCommand):
    help = "Run background tasks and the programme's schedule (reminders, digests, retention, expiry)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--once", action="store_true", help="Tick the schedule, run every ready task, exit.")
        parser.add_argument("--no-schedule", action="store_false", dest="schedule", help="Only run tasks.")
        parser.add_argument("--now", default=None, help="ISO date-time to schedule for (tests, catching up).")

    def handle(self, *, verbosity, interval, backend_name, worker_id, once, schedule, now, **options):
        self.configure_logging(verbosity)
        if not isinstance(task_backends[backend_name], DatabaseBackend):
            raise CommandError(f"Task backend {backend_name!r} is not django-tasks-db's DatabaseBackend.")
        moment = parse_datetime(now) if now else None
        if now and moment is None:
            raise CommandError(f"--now {now!r} is not an ISO date-time.")
        schedule = schedule and settings.SIGNAAL_SCHEDULE_ENABLED
        worker = Worker(
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
        while worker.running:
            if schedule:
                try:
                    schedule_tick(now=moment)
                except DatabaseError:  # a database blip: log it, keep the worker, tick again next round
                    log.exception("schedule_tick_failed")
                    close_old_connections()
            worker.run()
            if once:
                break
            time.sleep(interval)  # SIGTERM/SIGINT while waiting exits at once (the worker's own handler)
