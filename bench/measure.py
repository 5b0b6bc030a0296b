"""Measure the dashboards through the Django test client beside the raw-SQL GROUP BY floor (same run).

Run by bench/run after generate_load_data; reads DATABASE_URL. Prints median and p95 per view and
the ratio to its floor. Not part of the test suite.
"""

import os
import statistics
import sys
import time
from contextlib import nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signaal.settings.test")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.urls import path  # noqa: E402

from curriculum import services  # noqa: E402
from curriculum.domain import roles  # noqa: E402
from curriculum.models import ModuleProgress, OfficerProfile, TrendSnapshot, Unit  # noqa: E402
from curriculum.services.trend import trend_snapshot_take  # noqa: E402
from tests.factories import user_create  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "30"))
CHROME = "/admin/reports/locked/"  # Wagtail's own report with nothing in it: the admin page's fixed cost


def loadavg() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


TABLE = ModuleProgress._meta.db_table


def _p50_p95(samples):
    samples = sorted(samples)
    return statistics.median(samples), samples[max(0, int(round(0.95 * len(samples))) - 1)]


def timed_together(fns, repeat=REPEAT):
    """(p50, p95) of each fn, timed in turn within every round (view, floors, view, floors, ...), so that a view
    and its floors meet the same load on a shared machine rather than one after the other."""
    for fn in fns:
        fn()  # warm-up
    samples = [[] for _ in fns]
    for _ in range(repeat):
        for fn, own in zip(fns, samples, strict=True):
            start = time.perf_counter()
            fn()
            own.append((time.perf_counter() - start) * 1000)
    return [_p50_p95(own) for own in samples]


def sql(query, params=()):
    def run():
        with connection.cursor() as cursor:
            cursor.execute(query, params)
            cursor.fetchall()

    return run


def grid_sql(where, group):
    return (
        f"SELECT {group}, module_id, COUNT(*), SUM(CASE WHEN status='completed' THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN status='in_progress' THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN status<>'completed' AND due_date < %s THEN 1 ELSE 0 END) "
        f"FROM {TABLE} WHERE due_date IS NOT NULL AND {where} GROUP BY {group}, module_id"
    )


FLOORS: dict[str, tuple[str, tuple]] = {}


def bare_endpoint(request, key):
    """The "bare endpoint" floor: same middleware, session and login, same SQL, JSON instead of a page."""
    query, params = FLOORS[str(key)]
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return JsonResponse({"rows": cursor.fetchall()}, safe=False)


def bench_urlconf():
    import types

    from signaal import urls

    module = types.ModuleType("bench_urls")
    module.urlpatterns = [path("__bench__/<int:key>/", bare_endpoint), *urls.urlpatterns]
    return module


def get(client, url):
    def run():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    return run


def main():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh planner statistics after the bulk load
    today = __import__("datetime").date.today()
    User = get_user_model()
    admin = User.objects.filter(username="bench-admin").first() or User.objects.create_superuser(
        "bench-admin", "b@x.example", None
    )
    region = Unit.objects.filter(depth=2).order_by("path").first()
    district = Unit.objects.filter(depth=3, path__startswith=region.path).order_by("path").first()
    team = Unit.objects.filter(depth=4, path__startswith=district.path).order_by("path").first()
    managers = {}
    for label, unit in (("region", region), ("district", district), ("team", team)):
        user = User.objects.filter(username=f"bench-{label}").first() or user_create(f"bench-{label}", roles.MANAGERS)
        services.unit_manager_add(user=user, unit=unit)
        managers[label] = user
    officer = User.objects.get(
        pk=OfficerProfile.objects.filter(unit=team).order_by("user_id").values_list("user_id", flat=True)[0]
    )
    counts = {
        "officers": OfficerProfile.objects.count(),
        "progress rows": ModuleProgress.objects.count(),
        "officers in region/district/team": (
            OfficerProfile.objects.filter(unit__path__startswith=region.path).count(),
            OfficerProfile.objects.filter(unit__path__startswith=district.path).count(),
            OfficerProfile.objects.filter(unit=team).count(),
        ),
    }
    started = time.perf_counter()
    snapshot = trend_snapshot_take()  # the weekly job: its cost at this size, and rows for the trend
    counts["trend snapshot"] = f"{snapshot['rows']} rows in {time.perf_counter() - started:.1f} s"
    trend_units = [u for u in (district, district.get_parent(), district.get_root()) if u is not None]
    cases = [
        ("national (superuser)", admin, "/admin/reports/completion/", grid_sql("1=1", "unit_l2_id"), (today,)),
        # The national figures are kept a minute (curriculum/selectors/reporting.py, stated on the page): the row
        # above is what a superuser gets within that minute, this one every request reading them afresh.
        (
            "national, read afresh",
            admin,
            "/admin/reports/completion/",
            grid_sql("1=1", "unit_l2_id"),
            (today,),
        ),
        (
            "regional (eenheid)",
            managers["region"],
            f"/admin/reports/completion/?unit={region.pk}",
            grid_sql("unit_l2_id = %s", "unit_l3_id"),
            (today, region.pk),
        ),
        (
            "district",
            managers["district"],
            f"/admin/reports/completion/?unit={district.pk}",
            grid_sql("unit_l3_id = %s", "unit_l4_id"),
            (today, district.pk),
        ),
        (
            "basisteam",
            managers["team"],
            f"/admin/reports/completion/?unit={team.pk}",
            grid_sql("unit_l4_id = %s", "unit_l4_id"),
            (today, team.pk),
        ),
        (
            "basisteam officers (page 1)",
            managers["team"],
            f"/admin/reports/officer/?unit={team.pk}",
            f"SELECT * FROM {TABLE} WHERE unit_l4_id = %s AND due_date IS NOT NULL ORDER BY id LIMIT 50",
            (team.pk,),
        ),
        (
            "admin home, my units (district)",
            managers["district"],
            "/admin/",
            f"SELECT COUNT(*) FROM {TABLE} WHERE unit_l3_id = %s AND due_date IS NOT NULL",
            (district.pk,),
        ),
        (
            "trend (district)",
            managers["district"],
            f"/admin/reports/trend/?unit={district.pk}",
            f"SELECT week, unit_id, SUM(total), SUM(completed), SUM(overdue) FROM {TrendSnapshot._meta.db_table}"
            f" WHERE unit_id IN ({', '.join(['%s'] * len(trend_units))}) GROUP BY week, unit_id",
            tuple(u.pk for u in trend_units),
        ),
        (
            "Mijn training (officer)",
            officer,
            "/mijn-training/",
            f"SELECT * FROM {TABLE} WHERE user_id = %s",
            (officer.pk,),
        ),
    ]
    print(f"# {connection.vendor}: {counts}; {REPEAT} requests per view after one warm-up; load {loadavg()}")
    print("# floors: raw SQL GROUP BY in-process; bare endpoint = same SQL behind the full middleware as JSON;")
    print(f"# admin chrome = Wagtail's emptiest report page ({CHROME}: no locked pages), same run, same process;")
    print("# each view and its three floors are timed in turn in every round (same load for all four)")
    header = ("view", "p50 ms", "p95 ms", "SQL p95", "ratio", "bare p95", "ratio", "chrome+SQL", "ratio")
    print(f"{header[0]:30} " + " ".join(f"{h:>10}" for h in header[1:]))
    no_limits = {"export": 10**9, "report": 10**9, "search": 10**9, "not_found": 10**9}
    with override_settings(ROOT_URLCONF=bench_urlconf(), REQUEST_RATE_LIMITS=no_limits):
        chrome_client = Client()
        chrome_client.force_login(admin)
        for key, (label, user, url, floor_sql, params) in enumerate(cases):
            FLOORS[str(key)] = (floor_sql, params)
            client = Client()
            client.force_login(user)
            afresh = override_settings(SIGNAAL_NATIONAL_REPORT_CACHE_SECONDS=0) if "afresh" in label else nullcontext()
            with afresh:
                # The chrome is measured again beside each view, in the same rounds: the machine is shared.
                (p50, p95), (_f50, f95), (_b50, b95), (_c50, c95) = timed_together(
                    [
                        get(client, url),
                        sql(floor_sql, params),
                        get(client, f"/__bench__/{key}/"),
                        get(chrome_client, CHROME),
                    ]
                )
            floor = c95 + f95
            target = " (≤ 1.5)" if label in ("district", "basisteam") else ""
            print(
                f"{label:30} {p50:10.1f} {p95:10.1f} {f95:10.2f} {p95 / f95 if f95 else 0:10.1f}"
                f" {b95:10.1f} {p95 / b95 if b95 else 0:10.1f} {floor:10.1f} {p95 / floor:10.2f}{target}"
            )
    print(f"# load average at the end: {loadavg()}")


if __name__ == "__main__":
    main()
