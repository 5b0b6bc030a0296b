"""What made the managers' dashboards cheaper must not change what they show (issue 12, manager dashboards):
the report tables render their rows in Python with Wagtail's cell markup, and the national completion figures are
kept a minute in the cache, with the page saying so."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.admin.ui.tables import Table

from curriculum.admin.reports import CompletionReportView, OfficerProgressReportView
from curriculum.selectors import reporting
from tests.factories import manager_of, mandatory_overdue_create, module_finish, org_fresh, tree_fresh
from tests.helpers import COMPLETION, OFFICERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def org(db, shared_org):
    """The default units, built once for this module (tests.conftest.shared_org); each test's changes roll back."""
    return org_fresh(shared_org)


@pytest.fixture(scope="module")
def shared_data(module_db, shared_tree, shared_org):
    """One mandatory module for everyone, due yesterday; in team 11 one officer done, one not; one in team 12.
    Built once for the module (tests.conftest.module_db); the id of the officer who is late."""
    if shared_tree is None:
        return None
    with module_db.unblock():
        _done, late = mandatory_overdue_create(
            tree_fresh(shared_tree), shared_org, days_overdue=1, done_last_name="Klaar <b>"
        )
        return late.pk


@pytest.fixture
def data(org, tree, shared_data):
    """The late officer of shared_data, read anew."""
    return get_user_model().objects.get(pk=shared_data)


def _table(html):
    table = BeautifulSoup(html, "lxml").select_one(".sg-detail table")
    return re.sub(r"\s*(<|>)\s*", r"\1", re.sub(r"\s+", " ", str(table)))


def _grid(client, url=COMPLETION):
    """The completion table as {unit: {column: text}}, and the page."""
    soup = BeautifulSoup(client.get(url).content, "lxml")
    heads = [" ".join(th.get_text(" ").split()) for th in soup.select(".sg-detail thead th")]
    rows = [
        dict(zip(heads, [td.get_text(" ", strip=True) for td in tr.select("td")], strict=False))
        for tr in soup.select(".sg-detail tbody tr")
    ]
    return {row["Eenheid"]: row for row in rows}, soup


def _export(client, url):
    return b"".join(client.get(url).streaming_content).decode("utf-8-sig")


@pytest.mark.parametrize("which", ["national", "district", "officers"])
def test_rows_rendered_in_python_are_wagtails_cell_markup(admin_client, org, data, monkeypatch, which):
    view, url = {
        "national": (CompletionReportView, COMPLETION),
        "district": (CompletionReportView, f"{COMPLETION}?unit={org.districts[0].pk}"),
        "officers": (OfficerProgressReportView, f"{OFFICERS}?unit={org.teams[0].pk}"),
    }[which]
    ours = _table(admin_client.get(url).content)
    monkeypatch.setattr(view, "table_class", Table)  # Wagtail's own table: one template per cell
    assert ours == _table(admin_client.get(url).content)
    assert "sg-badge--mandatory" in ours and "<td" in ours
    if which == "officers":
        assert "Klaar &lt;b&gt;" in ours and "<time datetime=" in ours and "sg-badge--overdue" in ours


def test_national_figures_are_kept_the_time_the_page_states(admin_client, org, data, tree, monkeypatch):
    timeouts = []
    real_set = reporting.cache.set

    def spy(key, value, timeout=None, **kwargs):  # also reached through set_many (a quiz start's snapshots)
        timeouts.append(timeout)
        return real_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(reporting.cache, "set", spy)
    before, soup = _grid(admin_client)
    assert before["Eenheid 1"]["Afgerond"] == "1" and before["Eenheid 1"]["Toegewezen"] == "3"
    note = " ".join(soup.select_one(".sg-asof--kept").get_text(" ").split())
    assert timeouts == [60] and "Stand op" in note and "60 seconden bewaard" in note
    assert "(actueel)" not in soup.get_text()  # the page does not call kept figures live

    module_finish(tree, data)  # the second officer of team 11 finishes
    with CaptureQueriesContext(connection) as queries:
        kept, _ = _grid(admin_client)
    assert kept == before  # within the minute: the figures the page said it keeps
    assert not [q for q in queries if "GROUP BY" in q["sql"] and "moduleprogress" in q["sql"]]
    export = _export(admin_client, f"{COMPLETION}?export=csv")  # an export is always read afresh
    assert "Eenheid 1;Module module-a;3;2;" in export

    reporting.cache.clear()  # the minute has passed
    after, _ = _grid(admin_client)
    assert after["Eenheid 1"]["Afgerond"] == "2" and after["Eenheid 1"]["% afgerond"].startswith("67")


def test_national_filters_keep_their_own_figures(admin_client, org, data, tree):
    plain, _ = _grid(admin_client)
    early, _ = _grid(admin_client, f"{COMPLETION}?due_before={timezone.localdate() - timedelta(days=5)}")
    assert plain and early == {}  # due yesterday: nothing due five days ago; not the unfiltered figures
    assert _grid(admin_client, f"{COMPLETION}?module={tree.module.pk}")[0] == plain


@override_settings(SIGNAAL_NATIONAL_REPORT_CACHE_SECONDS=0)
def test_national_figures_are_live_when_keeping_is_off(admin_client, org, data, tree):
    before, soup = _grid(admin_client)
    assert not soup.select(".sg-asof--kept") and "(actueel)" in soup.get_text()
    module_finish(tree, data)
    assert _grid(admin_client)[0]["Eenheid 1"]["Afgerond"] == str(int(before["Eenheid 1"]["Afgerond"]) + 1)


def test_a_managers_figures_are_never_kept(client, org, data, tree):
    client.force_login(manager_of(org.districts[0], "chef1"))
    before, soup = _grid(client)
    assert not soup.select(".sg-asof--kept") and "(actueel)" in soup.get_text()
    module_finish(tree, data)
    assert _grid(client)[0]["Basisteam 11"]["Afgerond"] == str(int(before["Basisteam 11"]["Afgerond"]) + 1)


def test_a_managers_own_unit_is_not_looked_up_again(client, org, data):
    """The unit asked for is the manager's own (the usual case): neither it nor the units above it are read again;
    a team below it needs both (the team by id, its ancestors for the breadcrumbs). The module choices are one
    plain query, not a server-side cursor (four round trips on PostgreSQL)."""
    client.force_login(manager_of(org.districts[0], "chef1"))

    def queries(unit):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"{COMPLETION}?unit={unit.pk}").status_code == 200
        assert not [q for q in captured if q["sql"].lstrip().upper().startswith("DECLARE")]
        return len(captured)

    own, team = queries(org.districts[0]), queries(org.teams[0])
    assert own == team - 2


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the plan is PostgreSQL's")
@pytest.mark.parametrize("depth", [1, 2, 3])
def test_a_report_grid_is_counted_from_its_index_alone(org, data, depth):
    """Every column the grid's counts read is in its grid index (models/progress.py GRID_COUNTED), so PostgreSQL can
    answer without reading the table: with every other kind of scan ruled out the plan is an index-only scan on a
    grid index (a column missing from the index, or COUNT(id), would leave only a disabled scan of the table)."""
    from curriculum.models import Unit

    unit = Unit.objects.filter(depth=depth).order_by("path").first()
    rows = reporting.progress_in_unit(unit)
    query = rows.values(reporting._grid_group(unit), "module_id").annotate(**reporting._counts()).order_by()
    sql, params = query.query.get_compiler(connection=connection).as_sql()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")  # leaves index-only scans (a tiny test table's
        # statistics would otherwise let the planner pick any index)
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert re.search(r"Index Only Scan using progress_l\d_grid", plan), plan
