"""The report "Signalen per eenheid" of the signal heat-map: scoping, minimum-count suppression, figures and export.
The answers are given once for the module (tests.conftest.module_db); every test reads them and rolls back."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from curriculum.models import SignalRollup
from tests.factories import (
    answer_positions,
    indicators_create,
    officer_in,
    org_create,
    org_fresh,
    tree_create,
    tree_fresh,
)

pytestmark = pytest.mark.django_db
SIGNALS = "/admin/reports/signals/"


@pytest.fixture(scope="module")
def world(module_db):
    """Basisteam 11: 4 officers × 3 attempts; Basisteam 12: 1 officer × 1 attempt; Basisteam 21: 4 × 3."""
    with module_db.unblock():
        org, tree = org_create(), tree_create()
        indicators = indicators_create(tree)
        for i in range(4):
            officer = officer_in(org.teams[0], f"a{i}")
            for right in ({0, 1, 2}, {0}, {2}):  # right at these positions (q1 tests A, q2 A and B, q3 C)
                answer_positions(tree, officer, right=right)
        answer_positions(tree, officer_in(org.teams[1], "b0"), right={0, 1, 2})
        for i in range(4):
            answer_positions(tree, officer_in(org.teams[2], f"c{i}"), right=set())
        return org, tree, indicators


@pytest.fixture
def org(db, world):
    return org_fresh(world[0])


@pytest.fixture
def tree(db, world):
    return tree_fresh(world[1])


@pytest.fixture
def answered(world):
    return world[2]


def _table(html):
    from bs4 import BeautifulSoup

    table = BeautifulSoup(html, "lxml").select_one("table.sg-heat-table")
    heads = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    rows = {}
    for tr in table.select("tbody tr"):
        name = tr.th.get_text(" ", strip=True)
        rows[name] = dict(zip(heads[1:], [td.get_text(" ", strip=True) for td in tr.select("td")], strict=True))
    return rows


def test_manager_sees_own_district_per_team_with_hand_computed_figures(client, org, answered):
    from tests.factories import manager_of

    client.force_login(manager_of(org.districts[0], "chef1"))
    response = client.get(SIGNALS)
    assert response.status_code == 200
    rows = _table(response.content.decode())
    # Basisteam 11, labour (A and B): per attempt A is asked twice (q1, q2) and B once (q2): 3 answers × 3 attempts × 4
    # officers = 36; right: attempt 1 all 3, attempt 2 only q1 (1), attempt 3 none = 4 per officer = 16 → 44%.
    assert rows["Basisteam 11"]["Arbeidsuitbuiting"] == "44% zwak 36 antwoorden"
    # criminal (C via q3): 12 answers, right in attempts 1 and 3 = 8 → 67%.
    assert rows["Basisteam 11"]["Criminele uitbuiting"] == "67% matig 12 antwoorden"
    # Basisteam 12: one attempt, 3 labour answers: below the minimum of 10.
    assert rows["Basisteam 12"]["Arbeidsuitbuiting"] == "te weinig gegevens"
    assert rows["Basisteam 11"]["Seksuele uitbuiting"] == "te weinig gegevens"
    # The district's total: 36 + 3 labour answers, 16 + 3 right = 19/39 → 49%.
    assert rows["Totaal District 1"]["Arbeidsuitbuiting"] == "49% zwak 39 antwoorden"
    html = response.content.decode()
    assert "Basisteam 21" not in html
    text = BeautifulSoup(html, "lxml").get_text(" ")  # not the page's random CSRF token or CSP nonce
    assert "a0" not in text and "Pa0" not in text  # never an officer's name or number


def test_the_minimum_is_a_setting(client, org, answered, settings):
    from tests.factories import manager_of

    settings.SIGNAAL_SIGNAL_MIN_ANSWERS = 3
    client.force_login(manager_of(org.districts[0], "chef1"))
    rows = _table(client.get(SIGNALS).content.decode())
    assert rows["Basisteam 12"]["Arbeidsuitbuiting"] == "100% goed 3 antwoorden"
    assert rows["Basisteam 12"]["Criminele uitbuiting"] == "te weinig gegevens"  # 1 answer


def test_clicking_a_category_shows_its_indicators_with_the_module_to_revisit(client, org, tree, answered):
    from tests.factories import manager_of

    client.force_login(manager_of(org.national, "chef0"))
    html = client.get(SIGNALS).content.decode()
    assert f"{SIGNALS}?unit={org.national.pk}&amp;category=labour" in html
    response = client.get(f"{SIGNALS}?unit={org.regions[1].pk}&category=labour")
    rows = _table(response.content.decode())
    # Eenheid 2 (District 2): 4 officers, one attempt each, all wrong: A 8 answers (few), B 4 answers (few).
    assert rows["District 2"] == {
        "Paspoort ingenomen": "te weinig gegevens",
        "Schuld bij werkgever": "te weinig gegevens",
    }
    rows = _table(client.get(f"{SIGNALS}?unit={org.districts[0].pk}&category=labour").content.decode())
    # Basisteam 11, A: 24 answers, right 2 + 1 + 0 per officer = 12 → 50% (weak) with the module to revisit.
    assert rows["Basisteam 11"]["Paspoort ingenomen"] == f"50% zwak 24 antwoorden Herhaal: {tree.module.title}"
    # B (q2 only): 12 answers, right only in attempt 1 = 4 → 33%.
    assert rows["Basisteam 11"]["Schuld bij werkgever"] == f"33% zwak 12 antwoorden Herhaal: {tree.module.title}"
    assert tree.module.url in client.get(f"{SIGNALS}?unit={org.districts[0].pk}&category=labour").content.decode()


def test_drill_down_links_go_to_the_child_unit(client, org, answered):
    from tests.factories import manager_of

    client.force_login(manager_of(org.national, "chef0"))
    html = client.get(SIGNALS).content.decode()
    assert f"{SIGNALS}?unit={org.regions[0].pk}" in html
    rows = _table(client.get(f"{SIGNALS}?unit={org.teams[0].pk}").content.decode())
    assert list(rows) == ["Basisteam 11"]


@pytest.mark.parametrize("export", ["", "&export=csv", "&export=xlsx"])
@pytest.mark.parametrize("path", [SIGNALS, SIGNALS + "results/"])
def test_manager_of_x_asking_for_y_gets_403(client, org, answered, export, path):
    from tests.factories import manager_of

    client.force_login(manager_of(org.districts[0], "chef1"))
    response = client.get(f"{path}?unit={org.districts[1].pk}{export}")
    assert response.status_code == 403
    assert b"Basisteam 2" not in response.content


def test_officers_and_trainers_get_403(client, org, answered):
    from curriculum.domain import roles
    from tests.factories import user_create

    for username, group in (("agentx", roles.OFFICERS), ("trainerx", roles.TRAINERS)):
        client.force_login(user_create(username, group, is_staff=True))
        assert client.get(SIGNALS).status_code == 403


@pytest.mark.parametrize("raw", ["period=7", "period=abc", "category=nope"])
def test_bad_filter_values_fall_back_without_error(client, org, answered, raw):
    from tests.factories import manager_of

    client.force_login(manager_of(org.districts[0], "chef1"))
    response = client.get(f"{SIGNALS}?{raw}")
    assert response.status_code == 200
    assert "Arbeidsuitbuiting" in response.content.decode()


def test_the_period_leaves_out_older_months(client, org, answered):
    from tests.factories import manager_of

    SignalRollup.objects.update(month=date(2001, 1, 1))
    client.force_login(manager_of(org.districts[0], "chef1"))
    rows = _table(client.get(SIGNALS + "?period=24").content.decode())
    assert rows["Basisteam 11"]["Arbeidsuitbuiting"] == "te weinig gegevens"


def test_csv_and_xlsx_export_hold_the_same_figures(client, org, answered):
    import csv
    import io

    from openpyxl import load_workbook

    from tests.factories import manager_of

    client.force_login(manager_of(org.districts[0], "chef1"))
    response = client.get(f"{SIGNALS}?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = list(csv.DictReader(io.StringIO(body), delimiter=";"))  # the dialect Dutch Excel opens
    labour = next(r for r in lines if r["Eenheid"] == "Basisteam 11" and r["Signaal"] == "Arbeidsuitbuiting")
    assert (labour["Antwoorden"], labour["Juist"], labour["% juist"], labour["Oordeel"]) == ("36", "16", "44", "zwak")
    few = next(r for r in lines if r["Eenheid"] == "Basisteam 12" and r["Signaal"] == "Arbeidsuitbuiting")
    assert (few["Juist"], few["% juist"], few["Oordeel"]) == ("", "", "te weinig gegevens")
    response = client.get(f"{SIGNALS}?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert ["Basisteam 11", "Arbeidsuitbuiting", 36, 16, 44, "zwak"] in [v[:6] for v in values]


def test_the_report_is_in_the_reports_menu_for_managers(client, org, answered):
    from tests.factories import manager_of

    client.force_login(manager_of(org.districts[0], "chef1"))
    assert SIGNALS in client.get("/admin/").content.decode()
