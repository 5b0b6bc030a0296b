"""Tasks for the topology's worker tests (tests/topology/test_workers.py); the real workers import this module.

`record` leaves one row per run (no constraint: a task run twice would leave two). `hold` does its work in one of
two places around a pause in which the test kills its worker: before its effect commits, or after; its effect is
an insert that a repeat leaves alone (ON CONFLICT DO NOTHING), which is how a task is made safe to repeat.
"""

import os
import time
from pathlib import Path

from django.db import connection, transaction
from django_tasks import task


@task()
def record(key: int) -> None:
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO topology_task_run (key, pid) VALUES (%s, %s)", [key, os.getpid()])


def _pause(folder: str, key: str) -> None:
    """Say where we are (the test kills this process), then wait until the test releases us."""
    Path(folder, f"{key}.started").write_text(str(os.getpid()))
    deadline = time.monotonic() + 120
    while not Path(folder, f"{key}.release").exists() and time.monotonic() < deadline:
        time.sleep(0.05)


@task()
def hold(key: str, folder: str, pause: str) -> None:
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO topology_effect (key, pid) VALUES (%s, %s) ON CONFLICT (key) DO NOTHING",
                [key, os.getpid()],
            )
        if pause == "before_commit":
            _pause(folder, key)
    if pause == "after_commit":
        _pause(folder, key)
