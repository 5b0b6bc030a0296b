"""The trend (issue 21.2): a weekly snapshot per unit and module taken by the schedule, shown as a line chart
with a table beside the parent unit and the national figure, aggregates only, in constant queries."""

import re
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from curriculum import services
from curriculum.models import TrendSnapshot
from curriculum.services.schedule import JOBS, SCHEDULE
from curriculum.services.trend import trend_snapshot_take, week_of
from tests.factories import manager_of, module_finish, officer_in

pytestmark = pytest.mark.django_db
TREND = "/admin/reports/trend/"
MONTHS_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


@pytest.fixture
def world(org, tree):
    services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate() - timedelta(days=1))
    people = [officer_in(team, f"a{i}") for i, team in enumerate(org.teams)]  # one officer per basisteam
    module_finish(tree, people[0])  # Basisteam 11 done
    return people


def _snapshot(unit):
    return {(s.module_id): (s.total, s.completed, s.overdue) for s in TrendSnapshot.objects.filter(unit=unit)}


def test_the_weekly_job_counts_every_level_and_is_idempotent(org, tree, world):
    assert "trend_snapshot" in JOBS and any(job.name == "trend_snapshot" and job.every == "weekly" for job in SCHEDULE)
    first = trend_snapshot_take()
    assert _snapshot(org.national) == {tree.module.pk: (4, 1, 3)}
    assert _snapshot(org.regions[0]) == {tree.module.pk: (2, 1, 1)}
    assert _snapshot(org.districts[1]) == {tree.module.pk: (2, 0, 2)}
    assert _snapshot(org.teams[0]) == {tree.module.pk: (1, 1, 0)}
    assert trend_snapshot_take() == first and TrendSnapshot.objects.count() == first["rows"]


def test_a_manager_sees_the_trend_beside_the_parent_and_national(client, org, tree, world):
    today = timezone.localdate()
    trend_snapshot_take(today=today - timedelta(weeks=1))
    module_finish(tree, world[1])  # Basisteam 12 done this week
    trend_snapshot_take(today=today)
    client.force_login(manager_of(org.districts[0], "chef1"))
    response = client.get(f"{TREND}?unit={org.districts[0].pk}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "lxml")
    assert soup.select_one("svg[role=img]") and len(soup.select("svg polyline")) == 3
    # the weeks on the axis in Dutch, as in the table ("30 nov"), not Django's capitalised "M" ("30 Nov")
    axis = [text.get_text() for text in soup.select("svg text.sg-axis")]
    monday = week_of(today)
    assert f"{monday.day} {MONTHS_NL[monday.month - 1]}" in axis and "100%" in axis
    assert soup.select_one(".sg-trend-first") is None  # two weeks: a trend, no "first week" note
    heads = [th.get_text(strip=True) for th in soup.select(".sg-trend-table thead th")]
    assert heads == ["Week van", "District 1", "Eenheid 1", "Landelijk (Nationale Politie)"]
    body = [[td.get_text(strip=True) for td in tr.select("td")] for tr in soup.select(".sg-trend-table tbody tr")]
    # a week ago the due date (yesterday) had not passed yet: nobody was overdue then
    assert body == [["50% (0)", "50% (0)", "25% (0)"], ["100% (0)", "100% (0)", "50% (2)"]]
    # another district's officer is never named (as a word: "a2" alone also turns up in random tokens)
    assert not re.search(r"\b(a2|Pa2)\b", soup.get_text(" "))


def test_the_first_week_says_the_trend_follows(client, org, tree, world):
    trend_snapshot_take()
    client.force_login(manager_of(org.districts[0], "chef1"))
    soup = BeautifulSoup(client.get(f"{TREND}?unit={org.districts[0].pk}").content, "lxml")
    assert len(soup.select(".sg-trend-table tbody tr")) == 1
    assert "vanaf de volgende maandag" in soup.select_one(".sg-trend-first").get_text()


def test_trend_is_scoped_and_refuses_bad_input(client, org, tree, world):
    trend_snapshot_take()
    client.force_login(manager_of(org.districts[0], "chef1"))
    assert client.get(f"{TREND}?unit={org.districts[1].pk}").status_code == 403
    assert client.get(f"{TREND}?unit={org.national.pk}").status_code == 403
    response = client.get(f"{TREND}?unit={org.districts[0].pk}&module=abc")
    assert response.status_code == 400 and "Onbekende module" in response.content.decode()
    assert client.get(f"{TREND}?unit={org.districts[0].pk}&module={tree.module.pk}").status_code == 200


def test_the_trend_reads_in_constant_queries(client, org, tree, django_assert_max_num_queries):
    services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate())
    client.force_login(manager_of(org.teams[0], "chef1"))
    for weeks in (1, 8):
        for i in range(weeks):
            officer_in(org.teams[i % 4], f"w{weeks}-{i}")
            trend_snapshot_take(today=timezone.localdate() - timedelta(weeks=i))
        with django_assert_max_num_queries(20):
            assert client.get(f"{TREND}?unit={org.teams[0].pk}").status_code == 200


def test_week_of_is_the_monday():
    assert week_of(date(2026, 12, 4)) == date(2026, 11, 30) and week_of(date(2026, 11, 30)) == date(2026, 11, 30)


def test_the_trend_is_in_the_reports_menu_for_managers(client, org, world):
    client.force_login(manager_of(org.districts[0], "chef1"))
    assert TREND in client.get("/admin/").content.decode()
