"""Measure the daily expiry job against the plain SQL that selects the same rows (same run).

Run after `manage.py generate_load_data` on DATABASE_URL (e.g. the database bench/run builds):
    DATABASE_URL=... .venv/bin/python bench/expiry.py
Every completed progress row is made to expire (inside a transaction that is rolled back, so the
dataset is unchanged), then `expire_completions` moves them all to a new cycle in batches. The floor
is one SELECT of the same rows' ids. Prints rows, wall time, rows per second and the ratio.
"""

import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signaal.settings.test")

import django

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from curriculum.models import ModuleProgress  # noqa: E402
from curriculum.services.recertification import expire_completions  # noqa: E402


class Rollback(Exception):
    pass


def main():
    now = timezone.now()
    table = ModuleProgress._meta.db_table
    try:
        with transaction.atomic():
            rows = ModuleProgress.objects.filter(status="completed").update(expires_at=now - timedelta(days=1))
            with connection.cursor() as cursor:
                start = time.perf_counter()
                cursor.execute(
                    f"SELECT id FROM {table} WHERE status = %s AND expires_at <= %s",  # nosec B608 (model table name)
                    ["completed", now],
                )
                selected = len(cursor.fetchall())
                floor = time.perf_counter() - start
            start = time.perf_counter()
            moved = expire_completions(now=now)
            job = time.perf_counter() - start
            raise Rollback
    except Rollback:
        pass
    print(f"{connection.vendor}: {rows} expired rows; floor SELECT {selected} rows in {floor * 1000:.1f} ms")
    print(f"expire_completions moved {moved} rows in {job:.2f} s ({moved / job:.0f} rows/s), {job / floor:.0f}x floor")


if __name__ == "__main__":
    main()
