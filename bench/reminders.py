"""The daily reminder run on the load dataset, as a ratio to the plain SQL that selects the same rows.

Run after `manage.py generate_load_data` on the same DATABASE_URL (bench/run does both for the dashboards):

    DATABASE_URL=... .venv/bin/python bench/reminders.py

Measures, in one process and one run: the floor (one SQL query fetching the progress rows a reminder may be for
today), the first daily run (`reminders_plan`: every reminder of the day planned, i.e. inserted as pending mail)
and a second run the same day (steady state: everything already planned), with the Python heap peak of each
(tracemalloc): the run reads in keyset batches, the floor holds every row at once. Every run is rolled back, so
the dataset is left as it was. Delivery itself (SMTP) is not measured here. Not part of the test suite.
"""

import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signaal.settings.test")

import django

django.setup()

from datetime import timedelta  # noqa: E402

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from curriculum.models import ModuleProgress, OfficerProfile, SentMail  # noqa: E402
from curriculum.services.notifications import reminders_plan  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
TODAY = timezone.localdate()


def floor() -> int:
    """The rows the run must look at, selected by one plain query (no Python per row beyond fetching)."""
    limit = TODAY + timedelta(days=settings.SIGNAAL_REMINDER_DAYS_BEFORE)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT p.id, p.user_id, p.due_date FROM {ModuleProgress._meta.db_table} p "
            "JOIN auth_user u ON u.id = p.user_id WHERE p.due_date IS NOT NULL AND p.due_date <= %s "
            "AND p.status <> %s AND u.is_active AND u.email <> ''",
            [limit, ModuleProgress.Status.COMPLETED],
        )
        return len(cursor.fetchall())


def measured(fn):
    """Best wall time of REPEAT runs, then the heap peak of one more under tracemalloc (which slows Python down,
    so it is never timed); every run is rolled back."""
    best, result = float("inf"), None
    for _ in range(REPEAT):
        with transaction.atomic():
            start = time.perf_counter()
            result = fn()
            best = min(best, time.perf_counter() - start)
            transaction.set_rollback(True)
    with transaction.atomic():
        tracemalloc.start()
        fn()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        transaction.set_rollback(True)
    return best, peak, result


def first_run():
    return reminders_plan(today=TODAY)


def second_run():
    reminders_plan(today=TODAY)  # the morning's run, not timed
    start = time.perf_counter()
    result = reminders_plan(today=TODAY)
    return {**result, "seconds": time.perf_counter() - start}


def main():
    officers = OfficerProfile.objects.count()
    if not officers:
        sys.exit("No officers: run manage.py generate_load_data --officers 65000 --seed 1 first.")
    assert not SentMail.objects.exists(), "bench/reminders.py expects a dataset without mail records"
    print(f"== {connection.vendor}: {officers:,} officers, {ModuleProgress.objects.count():,} progress rows")
    floor_s, floor_peak, rows = measured(floor)
    run_s, run_peak, planned = measured(first_run)
    _both, again_peak, again = measured(second_run)
    print("| | wall s | ×SQL floor | Python heap peak MiB | rows | reminders planned |")
    print("|---|---|---|---|---|---|")
    print(f"| SQL floor (one SELECT) | {floor_s:.2f} | 1.0 | {floor_peak / 2**20:.1f} | {rows:,} | |")
    print(
        f"| daily run, first of the day | {run_s:.2f} | {run_s / floor_s:.1f} | {run_peak / 2**20:.1f} "
        f"| {planned['rows_checked']:,} | {planned['planned']:,} |"
    )
    print(
        f"| daily run, again the same day | {again['seconds']:.2f} | {again['seconds'] / floor_s:.1f} "
        f"| {again_peak / 2**20:.1f} | {again['rows_checked']:,} | {again['planned']:,} |"
    )
    print(f"batch {settings.SIGNAAL_REMINDER_BATCH}; best of {REPEAT}; target: the daily run under 120 s")


if __name__ == "__main__":
    main()
