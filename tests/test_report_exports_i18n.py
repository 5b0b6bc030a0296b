"""The managers' reports in the admin language and with honest figures (the manager's exploratory test, findings 5, 6,
12 and 14): every export in the user's language (CSV as well as XLSX), the heat map's own words for its levels and
its small-numbers rule in the export too, the trend's bad module inside the page, counts and filters that say what
is there, a chart that looks openable, names sorted as shown, and dates right in Dutch and English."""

import csv
import io
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.template.defaultfilters import date as date_filter
from django.utils import timezone, translation
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from curriculum import services
from curriculum.admin.report_table import name_ordering
from curriculum.domain import roles
from curriculum.models import ModulePage, ModuleProgress
from curriculum.services.trend import trend_snapshot_take, week_of
from tests.factories import indicators_create, manager_of, module_finish, officer_in, user_create
from tests.helpers import COMPLETION, OFFICERS, OVERDUE

pytestmark = pytest.mark.django_db
SIGNALS = "/admin/reports/signals/"
TREND = "/admin/reports/trend/"
QUESTIONS = "/admin/reports/questions/"
REVIEWS = "/admin/reports/reviews/"
MAIL = "/admin/reports/mail/"


def _language(user, language):
    """The user's admin language (Wagtail's account setting "Taal"), as the manager set it in /admin/account/."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def _soup(response):
    return BeautifulSoup(response.content, "lxml")


def _csv(response):
    assert response.status_code == 200, response.status_code
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body), delimiter=";"))


def _xlsx(response):
    assert response.status_code == 200, response.status_code
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return [["" if cell.value is None else str(cell.value) for cell in row] for row in sheet.iter_rows()]


def _world_build(org, tree):
    """District 1: in Basisteam 11 Fleur Jansen finished the module (her quiz: 3 labour answers, 1 criminal), Daan
    Visser is busy, Ruben Bakker and Sanne (no last name) have not started; the module was due yesterday. Basisteam
    12: one officer's quiz, all wrong (3 labour answers, 1 criminal). Heat-map minimum 3 answers, so each team's
    labour figures show and its criminal ones do not."""
    indicators_create(tree)
    services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate() - timedelta(days=1))
    module_finish(tree, officer_in(org.teams[0], "fleur", first_name="Fleur", last_name="Jansen"))
    busy = officer_in(org.teams[0], "daan", first_name="Daan", last_name="Visser")
    services.lesson_complete(user=busy, lesson=tree.lessons[0])
    officer_in(org.teams[0], "ruben", first_name="Ruben", last_name="Bakker")
    officer_in(org.teams[0], "sanne", first_name="Sanne", last_name="")
    module_finish(tree, officer_in(org.teams[1], "buur", first_name="Bo", last_name="Buur"), correct=False)


@pytest.fixture(scope="module")
def shared_world(module_db, shared_org, shared_tree):
    """_world_build once for the module (tests.conftest.module_db); the tests only read it."""
    if shared_org is None:
        return False
    with module_db.unblock():
        _world_build(shared_org, shared_tree)
    return True


@pytest.fixture
def world(org, tree, settings, shared_world):
    """The organisation of _world_build, with the heat map's minimum at 3 answers."""
    settings.SIGNAAL_SIGNAL_MIN_ANSWERS = 3
    if not shared_world:
        _world_build(org, tree)
    return org


@pytest.fixture
def chef(world):
    return manager_of(world.districts[0], "chef1", first_name="Marco", last_name="Dekker")


# --------------------------------------------------------------------------------------------- 1. export language

ENGLISH = {
    COMPLETION: ["Unit", "Module", "Assigned", "Completed", "In progress", "Not started", "Overdue", "Expired"],
    OFFICERS: ["Personnel number", "Name", "Unit", "Module", "Status", "Completed on", "Best score (%)", "Due date"],
    SIGNALS: ["Unit", "Signal", "Answers", "Correct", "% correct", "Verdict", "Module to revisit"],
}
DUTCH = {
    COMPLETION: ["Eenheid", "Module", "Toegewezen", "Afgerond", "Bezig", "Niet begonnen", "Te laat", "Verlopen"],
    OFFICERS: ["Personeelsnummer", "Naam", "Eenheid", "Module", "Status", "Afgerond op", "Beste score (%)"],
    SIGNALS: ["Eenheid", "Signaal", "Antwoorden", "Juist", "% juist", "Oordeel", "Module om te herhalen"],
}
ENGLISH[OVERDUE], DUTCH[OVERDUE] = ENGLISH[OFFICERS], DUTCH[OFFICERS]
# What the rows say, in each language: statuses, yes/no, totals, categories and the heat map's "too few" label.
VALUES = {
    ("en", COMPLETION): {"no"},
    ("nl", COMPLETION): {"nee"},
    ("en", OFFICERS): {"Completed", "In progress", "Not started"},
    ("nl", OFFICERS): {"Afgerond", "Bezig", "Niet begonnen"},
    ("en", OVERDUE): {"In progress", "Not started"},
    ("nl", OVERDUE): {"Bezig", "Niet begonnen"},
    ("en", SIGNALS): {"Total District 1", "Labour exploitation", "too little data"},
    ("nl", SIGNALS): {"Totaal District 1", "Arbeidsuitbuiting", "te weinig gegevens"},
}


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("path", [COMPLETION, OFFICERS, OVERDUE, SIGNALS])
def test_the_csv_is_in_the_users_admin_language_like_the_xlsx(client, world, chef, path, language):
    """Finding 5: with Taal = English the XLSX was English, the CSV Dutch, and the signals CSV Dutch headers over
    English values. Now both files are wholly in the user's language, whichever language that is."""
    client.force_login(_language(chef, language))
    unit = world.teams[0] if path in (OFFICERS, OVERDUE) else world.districts[0]
    rows = _csv(client.get(path, {"unit": unit.pk, "export": "csv"}))
    expected = (ENGLISH if language == "en" else DUTCH)[path]
    assert rows[0][: len(expected)] == expected
    cells = {cell for row in rows[1:] for cell in row}
    assert VALUES[(language, path)] <= cells
    other = DUTCH if language == "en" else ENGLISH
    assert not (set(other[path]) - set(expected)) & set(rows[0])  # no heading of the other language
    other_values = VALUES[("nl" if language == "en" else "en", path)]
    assert not other_values & cells  # and no value of it
    assert _xlsx(client.get(path, {"unit": unit.pk, "export": "xlsx"}))[0] == rows[0]


@pytest.mark.parametrize(
    ("path", "who"),
    [(QUESTIONS, roles.TRAINERS), (REVIEWS, roles.TRAINERS), (MAIL, None)],
)
def test_the_other_reports_csv_headings_follow_the_admin_language_too(client, world, path, who):
    """The same mixin streams the trainers' and administrators' CSVs: their headings were Dutch for English users."""
    user = user_create("gebruiker", who) if who else user_create("beheer", is_superuser=True, is_staff=True)
    client.force_login(user)
    dutch = _csv(client.get(path, {"export": "csv"}))[0]
    client.force_login(_language(user, "en"))
    english = _csv(client.get(path, {"export": "csv"}))[0]
    assert english == _xlsx(client.get(path, {"export": "xlsx"}))[0]
    assert english != dutch


def test_the_stream_leaves_the_threads_language_as_it_found_it(client, world, chef):
    """The CSV's lines are made in the request's language, and the language around the stream is left alone."""
    client.force_login(_language(chef, "en"))
    response = client.get(SIGNALS, {"export": "csv"})
    assert translation.get_language() == "nl"
    lines = iter(response.streaming_content)
    next(lines), next(lines)
    assert translation.get_language() == "nl"
    assert b"".join(lines)


# --------------------------------------------------------------------------------------------- 2. heat-map levels


def test_the_heat_maps_good_is_not_the_quizs_right(client, world, chef):
    """Finding 6: the level "goed" shared its msgid with the quiz result's "goed" (a right answer), so English
    said "right 80% or more correct". The levels have their own context ("signaalniveau") now."""
    client.force_login(_language(chef, "en"))
    soup = _soup(client.get(SIGNALS))
    legend = soup.select_one(".sg-heat-legend").get_text(" ", strip=True)
    assert "80% or more correct" in legend and "right" not in legend
    assert "right" not in soup.select_one("table.sg-heat-table").get_text(" ")
    body = b"".join(client.get(SIGNALS, {"export": "csv"}).streaming_content).decode("utf-8-sig")
    assert ";right;" not in body


def test_the_heat_maps_levels_read_good_fair_weak_in_english(client, world, chef):
    client.force_login(_language(chef, "en"))
    soup = _soup(client.get(SIGNALS))
    labels = [span.get_text(strip=True) for span in soup.select(".sg-heat-legend .sg-heat")]
    assert labels == ["weak", "fair", "good"]
    rows = _csv(client.get(SIGNALS, {"export": "csv"}))
    labour = next(r for r in rows if r[:2] == ["Basisteam 11", "Labour exploitation"])
    assert labour[5] == "good"  # Fleur's 3 labour answers, all right


def test_the_heat_maps_levels_stay_dutch_in_dutch(client, world, chef):
    client.force_login(chef)
    soup = _soup(client.get(SIGNALS))
    assert [s.get_text(strip=True) for s in soup.select(".sg-heat-legend .sg-heat")] == ["zwak", "matig", "goed"]
    rows = _csv(client.get(SIGNALS, {"export": "csv"}))
    assert next(r for r in rows if r[:2] == ["Basisteam 11", "Arbeidsuitbuiting"])[5] == "goed"


# --------------------------------------------------------------------------------------------- 9. small numbers


def test_the_signals_export_hides_small_numbers_as_the_screen_does(client, world, chef):
    """Finding 14k: the screen says "te weinig gegevens" below the minimum, the CSV gave the exact count (1, 2, 3),
    which singles out the one officer of a small team. The export now shows no figure there either."""
    client.force_login(chef)
    soup = _soup(client.get(SIGNALS))
    heads = [th.get_text(strip=True) for th in soup.select("table.sg-heat-table thead th")]
    team12 = next(
        tr for tr in soup.select("table.sg-heat-table tbody tr") if tr.th.get_text(strip=True) == "Basisteam 12"
    )
    cells = dict(zip(heads[1:], (td.get_text(" ", strip=True) for td in team12.select("td")), strict=True))
    assert cells["Criminele uitbuiting"] == "te weinig gegevens"  # 1 answer: no figure at all
    assert cells["Arbeidsuitbuiting"] == "0% zwak 3 antwoorden"
    for export in ("csv", "xlsx"):
        response = client.get(SIGNALS, {"export": export})
        rows = _csv(response) if export == "csv" else _xlsx(response)
        header, lines = rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
        assert header[:3] == ["Eenheid", "Signaal", "Antwoorden"]
        few = [line for line in lines if line["Oordeel"] == "te weinig gegevens"]
        assert few and all(line["Antwoorden"] == line["Juist"] == line["% juist"] == "" for line in few)
        criminal = next(
            line for line in few if (line["Eenheid"], line["Signaal"]) == ("Basisteam 12", "Criminele uitbuiting")
        )
        assert criminal["Antwoorden"] == ""  # was "1": the one officer who answered
        # Basisteam 11's labour figures are above the minimum (3): shown, as on screen.
        labour = next(
            line for line in lines if (line["Eenheid"], line["Signaal"]) == ("Basisteam 11", "Arbeidsuitbuiting")
        )
        assert (labour["Antwoorden"], labour["Juist"], labour["% juist"]) == ("3", "3", "100")


# --------------------------------------------------------------------------------------------- 3. trend, bad module


@pytest.mark.parametrize("raw", ["abc", "99999"])
def test_an_unknown_module_on_the_trend_is_refused_inside_the_page(client, world, chef, tree, raw):
    """Finding 12: /admin/reports/trend/?module=abc gave a bare text 400 "Onbekende module." without the admin."""
    trend_snapshot_take()
    client.force_login(chef)
    response = client.get(TREND, {"unit": world.districts[0].pk, "module": raw})
    assert response.status_code == 400
    soup = _soup(response)
    assert soup.select_one(".sg-report-nav") is not None  # the admin page with the reports' navigation
    select = soup.select_one("select#sg-trend-module")
    error = soup.select_one("#sg-trend-module-error")
    assert select["aria-invalid"] == "true" and select["aria-describedby"] == "sg-trend-module-error"
    assert error.get_text(strip=True).startswith("Onbekende module.")
    assert select.select_one("option[selected]") is None  # "Alle modules", whose figures are shown
    assert soup.select_one(".sg-trend-table") is not None
    assert soup.title and "Trend" in soup.title.get_text()
    assert client.get(TREND, {"unit": world.districts[0].pk, "module": tree.module.pk}).status_code == 200


# --------------------------------------------------------------------------------------------- 4. and 5. signals page


def test_the_signals_count_counts_units_not_the_total_row(client, world, chef):
    """Finding 14b: "Er zijn 3 resultaten" / "3 items" for two basisteams (the district's total row counted)."""
    client.force_login(chef)
    soup = _soup(client.get(SIGNALS, {"period": "6"}))
    assert soup.select_one("h2[role=alert]").get_text(" ", strip=True) == "Er zijn 2 resultaten"
    assert "3 items" not in soup.get_text(" ") and soup.select_one("nav.pagination") is None


def test_the_period_filter_lists_the_last_12_months_once(client, world, chef):
    """Finding 14c: the default (empty choice) and the choice 12 both read "Laatste 12 maanden"."""
    client.force_login(chef)
    soup = _soup(client.get(SIGNALS))
    options = [option.get_text(strip=True) for option in soup.select("select[name=period] option")]
    assert options == ["Laatste 12 maanden", "Laatste 3 maanden", "Laatste 6 maanden", "Laatste 24 maanden"]
    # An old link that spells out the default is the default, not an error.
    response = client.get(SIGNALS, {"period": "12"})
    assert response.status_code == 200 and not _soup(response).select(".error-message")


# --------------------------------------------------------------------------------------------- 6. chart disclosure


def test_the_folded_chart_shows_that_it_opens(client, world, chef):
    """Finding 14e: the admin CSS hides a summary's triangle, so the folded chart looked like a heading."""
    client.force_login(chef)
    summary = _soup(client.get(COMPLETION)).select_one("details.sg-chart-details > summary")
    cue = summary.select_one(".sg-disclosure")
    assert cue is not None and cue.get_text() == "▸" and cue["aria-hidden"] == "true"
    assert summary.get_text(" ", strip=True) == "▸ Grafiek: percentage afgerond per eenheid en module"


# --------------------------------------------------------------------------------------------- 7. names


SHOWN_ORDER = ["Ruben Bakker", "Fleur Jansen", "Sanne", "Daan Visser"]


def test_name_ordering_sorts_people_as_their_names_are_shown(world):
    """Finding 14g: "Naam" sorted on the last name alone, so "Sanne" (no last name) came before everyone."""
    rows = ModuleProgress.objects.filter(unit=world.teams[0]).select_related("user")
    shown = [row.user.get_full_name() for row in rows.order_by(*name_ordering("user__last_name"), "pk")]
    assert shown == SHOWN_ORDER
    descending = rows.order_by(*name_ordering("-user__last_name"), "pk")
    assert [row.user.get_full_name() for row in descending] == SHOWN_ORDER[::-1]
    assert name_ordering("-due_date") == ["-due_date"] and name_ordering("") == []


def test_the_officer_report_lists_names_in_the_order_shown(client, world, chef):
    client.force_login(chef)
    soup = _soup(client.get(OFFICERS, {"unit": world.teams[0].pk}))
    names = [td.get_text(strip=True) for td in soup.select("table.listing tbody tr td.title")]
    assert names == SHOWN_ORDER
    rows = _csv(client.get(OFFICERS, {"unit": world.teams[0].pk, "ordering": "-user__last_name", "export": "csv"}))
    assert [row[1] for row in rows[1:]] == SHOWN_ORDER[::-1]


# --------------------------------------------------------------------------------------------- 8. Wagtail's labels


def test_the_export_links_are_dutch(client, world, chef):
    client.force_login(chef)
    soup = _soup(client.get(COMPLETION))
    labels = {
        fmt: " ".join(soup.select_one(f'a[href*="export={fmt}"]').get_text(" ", strip=True).split())
        for fmt in ("xlsx", "csv")
    }
    assert labels == {"xlsx": "Downloaden als Excel (XLSX)", "csv": "Downloaden als CSV"}


# --------------------------------------------------------------------------------------------- 10. dates


def _shown(value, language, fmt="j N Y"):
    with translation.override(language):
        return date_filter(value, fmt)


def test_dates_read_right_in_english_and_stay_dutch_in_dutch(client, world, chef, tree):
    """Finding 14l: "j b Y" gave "6 mar 2027" in English. "j N Y": "6 March 2027" / "6 mrt 2027"."""
    march = date(2027, 3, 6)
    services.assignment_save(module=tree.module, unit=world.national, due_date=march)
    ruben = ModuleProgress.objects.get(user__username="ruben").user
    trend_snapshot_take()
    monday = week_of(timezone.localdate())
    for language, due in (("en", "6 March 2027"), ("nl", "6 mrt 2027")):
        client.force_login(_language(chef, language))
        officers = _soup(client.get(OFFICERS, {"unit": world.teams[0].pk})).select_one("table.listing")
        assert due in officers.get_text(" ") and "6 mar 2027" not in officers.get_text(" ")
        agent = _soup(client.get(f"/admin/reports/agent/{ruben.pk}/")).select_one("table.listing")
        assert due in agent.get_text(" ")
        trend = _soup(client.get(TREND, {"unit": world.districts[0].pk})).select_one(".sg-trend-table tbody th")
        assert trend.get_text(strip=True) == _shown(monday, language)
    assert _shown(march, "nl") == _shown(march, "nl", "j b Y")  # Dutch reads as before


def test_dates_in_wagtails_own_tables_read_right_in_english(client, tree):
    """The trainers' "Herziening nodig" renders CalendarDateColumn in Wagtail's table: the same format there."""
    ModulePage.objects.filter(pk=tree.module.pk).update(last_reviewed=date(2026, 3, 6), next_review=date(2026, 1, 5))
    client.force_login(_language(user_create("opleider", roles.TRAINERS), "en"))
    text = _soup(client.get(REVIEWS)).select_one("table.listing").get_text(" ")
    assert "6 March 2026" in text and "5 Jan. 2026" in text and "6 mar 2026" not in text
