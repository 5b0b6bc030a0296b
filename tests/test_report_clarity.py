"""Numbers that cannot mislead and reports usable on a phone (issue 21.3 and 21.4)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from tests.factories import manager_of, mandatory_overdue_create, tree_fresh
from tests.helpers import COMPLETION, OFFICERS, OVERDUE

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def shared_data(module_db, shared_tree, shared_org):
    """Team 11: one officer done, one overdue (not started). Team 12: one overdue. The module is mandatory.
    Built once for the module (tests.conftest.module_db); the district manager's id."""
    if shared_tree is None:
        return None
    with module_db.unblock():
        mandatory_overdue_create(tree_fresh(shared_tree), shared_org, days_overdue=2)
        return manager_of(shared_org.districts[0], "chef1").pk


@pytest.fixture
def data(client, org, tree, shared_data):
    """shared_data, with the district manager logged in; the tree."""
    client.force_login(get_user_model().objects.get(pk=shared_data))
    return tree


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "lxml")


def _text(node):
    return " ".join(node.get_text(" ").split())


def test_mandatory_modules_are_marked_in_every_report(client, org, data):
    for url in (COMPLETION, f"{OFFICERS}?unit={org.teams[0].pk}", f"{OVERDUE}?unit={org.teams[0].pk}"):
        soup = _soup(client, url)
        badges = soup.select(".sg-detail .sg-badge--mandatory")
        assert badges and all(_text(b) == "verplicht" for b in badges), url
    assert "verplicht" in _text(_soup(client, COMPLETION).select_one(".sg-totals tbody"))


def test_mandatory_is_a_column_of_the_completion_export(client, data):
    body = b"".join(client.get(f"{COMPLETION}?export=csv").streaming_content).decode("utf-8-sig")
    header, first = body.splitlines()[:2]
    assert header.split(";")[-1] == "Verplicht" and first.split(";")[-1] == "ja"  # last: earlier columns stay put


def test_overdue_rows_carry_the_words_te_laat_not_colour_alone(client, org, data):
    soup = _soup(client, f"{OFFICERS}?unit={org.teams[0].pk}")
    rows = {_text(tr.select_one("td.title")): tr for tr in soup.select(".sg-detail tbody tr")}
    late = next(tr for name, tr in rows.items() if "Laat" in name)
    done = next(tr for name, tr in rows.items() if "Klaar" in name)
    assert "Te laat" in _text(late.select_one(".sg-badge--overdue"))
    assert not done.select(".sg-badge--overdue")


def test_status_filter_does_not_change_what_toegewezen_means(client, org, data):
    def grid(url):
        soup = _soup(client, url)
        heads = [_text(th) for th in soup.select(".sg-detail thead th")]
        return {
            _text(tr.select("td")[0]): dict(zip(heads, [_text(td) for td in tr.select("td")], strict=False))
            for tr in soup.select(".sg-detail tbody tr")
        }

    plain = grid(COMPLETION)
    overdue = grid(f"{COMPLETION}?status=overdue")
    assert plain["Basisteam 11"]["Toegewezen"] == overdue["Basisteam 11"]["Toegewezen"] == "2"
    assert overdue["Basisteam 11"]["% afgerond"].startswith("50")
    # Only cells with someone of that status are listed: team 11 has nobody "bezig", team 12 nobody done.
    completed = grid(f"{COMPLETION}?status=completed")
    assert set(completed) == {"Basisteam 11"} and completed["Basisteam 11"]["Toegewezen"] == "2"
    assert "Toegewezen” blijft" in _text(_soup(client, f"{COMPLETION}?status=overdue"))


def test_overlapping_status_bars_are_explained_in_place(client, org, data):
    soup = _soup(client, f"{OFFICERS}?unit={org.teams[0].pk}")
    note = _text(soup.select_one(".sg-chart .sg-note"))
    assert "100% van de 2 toegewezen modules" in note and "meer dan 100%" in note
    percents = [int(m) for m in re.findall(r"\((\d+)%\)", _text(soup.select_one(".sg-status")))]
    assert sum(percents[:3]) == 100 and sum(percents) > 100


@pytest.mark.parametrize("path", [COMPLETION, OFFICERS, OVERDUE])
def test_wide_tables_scroll_in_a_focusable_named_region(client, org, data, path):
    soup = _soup(client, f"{path}?unit={org.districts[0].pk}")
    detail = soup.select_one(".sg-detail")
    assert "sg-scroll" in detail["class"] and detail["role"] == "region" and detail["tabindex"] == "0"
    assert detail.get("aria-label") or detail.get("aria-labelledby")
    assert detail.select_one("table")


def test_the_chart_folds_away_below_the_summary_table(client, org, data):
    soup = _soup(client, f"{COMPLETION}?unit={org.districts[0].pk}")
    report = soup.select_one(".sg-report")
    order = [el for el in report.find_all(True) if el.name == "details" or "sg-totals" in (el.get("class") or [])]
    assert [el.name for el in order] == ["table", "details"]  # the totals first, then the folded chart
    details = order[1]
    assert details.select_one("summary") and details.select_one("figure.sg-chart")
    assert not details.has_attr("open")
    assert report.select_one(".sg-scroll[aria-labelledby=sg-totals-caption] table.sg-totals")
