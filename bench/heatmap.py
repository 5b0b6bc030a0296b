"""Measure the signal heat-map ("Signalen per eenheid") per unit level beside its raw-SQL floor (same run).

Run after generate_load_data (with answers, the default); reads DATABASE_URL:
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/signaal_bench .venv/bin/python bench/heatmap.py
Prints p50 and p95 of the full admin page (30 requests after one warm-up), of the GROUP BY over the roll-up that
yields the same cells, and of Wagtail's emptiest report page (the admin chrome's fixed cost). Not part of the suite.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client, override_settings
from measure import CHROME, REPEAT, get, loadavg, sql, timed

from curriculum import services
from curriculum.domain import roles
from curriculum.models import Indicator, SignalRollup, Unit
from curriculum.selectors.signals import DEFAULT_PERIOD, period_start
from tests.factories import user_create

ROLLUP = SignalRollup._meta.db_table
INDICATOR = Indicator._meta.db_table
UNIT = Unit._meta.db_table


def floor_sql():
    """The cells' numbers straight from the roll-up: the subtree's units, the period, one GROUP BY."""
    return (
        f"SELECT r.unit_id, i.category, SUM(r.answers), SUM(r.correct) FROM {ROLLUP} r "
        f"JOIN {INDICATOR} i ON i.id = r.indicator_id JOIN {UNIT} u ON u.id = r.unit_id "
        f"WHERE u.path LIKE %s AND r.month >= %s GROUP BY r.unit_id, i.category"
    )


def main():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    User = get_user_model()
    admin = User.objects.filter(username="bench-admin").first() or User.objects.create_superuser(
        "bench-admin", "b@x.example", None
    )
    national = Unit.get_root_nodes().first()
    region = Unit.objects.filter(depth=2).order_by("path").first()
    district = Unit.objects.filter(depth=3, path__startswith=region.path).order_by("path").first()
    team = Unit.objects.filter(depth=4, path__startswith=district.path).order_by("path").first()
    start = period_start(DEFAULT_PERIOD)
    cases = [("national (superuser)", admin, national)]
    for label, unit in (("regional (eenheid)", region), ("district", district), ("basisteam", team)):
        username = f"bench-heat-{unit.depth}"
        user = User.objects.filter(username=username).first() or user_create(username, roles.MANAGERS)
        services.unit_manager_add(user=user, unit=unit)
        cases.append((label, user, unit))
    print(
        f"# {connection.vendor}: {SignalRollup.objects.count()} roll-up rows; {REPEAT} requests per view after one "
        f"warm-up; load {loadavg()}"
    )
    header = ("view", "p50 ms", "p95 ms", "SQL p50", "SQL p95", "×SQL p95", "chrome p95")
    print(f"{header[0]:24} " + " ".join(f"{h:>10}" for h in header[1:]))
    no_limits = {"export": 10**9, "report": 10**9, "search": 10**9, "not_found": 10**9}
    with override_settings(REQUEST_RATE_LIMITS=no_limits):
        chrome_client = Client()
        chrome_client.force_login(admin)
        for label, user, unit in cases:
            client = Client()
            client.force_login(user)
            p50, p95 = timed(get(client, f"/admin/reports/signals/?unit={unit.pk}"))
            f50, f95 = timed(sql(floor_sql(), (unit.path + "%", start)))
            _c50, c95 = timed(get(chrome_client, CHROME))  # Wagtail's emptiest report: the admin page's fixed cost
            ratio = p95 / f95 if f95 else 0
            print(f"{label:24} {p50:10.1f} {p95:10.1f} {f50:10.2f} {f95:10.2f} {ratio:10.1f} {c95:10.1f}")
    print(f"# load average at the end: {loadavg()}")


if __name__ == "__main__":
    main()
