"""What the CSV/XLSX exports of the admin reports contain: Dutch local dates, real date cells, no control
characters that break a workbook, no text that a spreadsheet runs as a formula (issues 9.6, 18.3, 18.6)."""

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook

from curriculum import services
from curriculum.admin.exports import csv_safe
from curriculum.domain import roles
from curriculum.models import ModulePage, Question
from tests.factories import answers_for, manager_of, officer_in, question_create, user_create
from tests.helpers import COMPLETION, OFFICERS

pytestmark = pytest.mark.django_db
QUESTIONS = "/admin/reports/questions/"
# 13:03:27.123456 UTC on 25 November 2026 is 14:03 in Amsterdam (CET, UTC+1).
FINISHED = datetime(2026, 11, 25, 13, 3, 27, 123456, tzinfo=UTC)
DUE = date(2026, 11, 30)


def _body(response):
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content)


def _csv_rows(response):
    return _csv_parse(_body(response))


def _csv_parse(body: bytes):
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


def _xlsx_rows(response):
    sheet = load_workbook(io.BytesIO(_body(response))).active
    return [list(row) for row in sheet.iter_rows()]


def _finish(tree, user, now):
    for lesson in tree.lessons:
        services.lesson_complete(user=user, lesson=lesson, now=now - timedelta(minutes=5))
    attempt = services.quiz_attempt_start(user=user, quiz=tree.quiz, now=now - timedelta(minutes=2))
    services.quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers_for(attempt), now=now)


@pytest.fixture
def finished(org, tree):
    services.assignment_save(module=tree.module, unit=org.national, due_date=DUE)
    officer = officer_in(org.teams[0], "agent1", first_name="Sanne", last_name="de Vries")
    _finish(tree, officer, FINISHED)
    return officer


@pytest.fixture
def manager(org, client):
    user = manager_of(org.districts[0], "chef1")
    client.force_login(user)
    return user


def test_csv_dates_are_dutch_local_time_without_microseconds(client, org, finished, manager):
    rows = _csv_rows(client.get(OFFICERS, {"unit": org.teams[0].pk, "export": "csv"}))
    header, row = rows[0], rows[1]
    record = dict(zip(header, row, strict=True))
    assert record["Afgerond op"] == "25-11-2026 14:03"
    assert record["Uiterste datum"] == "30-11-2026"
    text = ",".join(row)
    assert "2026-11-25" not in text and "13:03" not in text and ".123456" not in text and "+00:00" not in text


def test_xlsx_dates_are_real_date_cells_in_local_time(client, org, finished, manager):
    response = client.get(OFFICERS, {"unit": org.teams[0].pk, "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(_body(response))).active
    header = [cell.value for cell in sheet[1]]
    completed = sheet.cell(row=2, column=header.index("Afgerond op") + 1)
    due = sheet.cell(row=2, column=header.index("Uiterste datum") + 1)
    assert completed.is_date and completed.value == datetime(2026, 11, 25, 14, 3, 27)
    assert completed.value.tzinfo is None and completed.number_format == "dd-mm-yyyy hh:mm"
    assert due.is_date and due.value == DUE and due.number_format == "dd-mm-yyyy"


def test_summer_time_is_applied_too(client, org, tree, manager):
    services.assignment_save(module=tree.module, unit=org.national, due_date=DUE)
    officer = officer_in(org.teams[0], "zomer")
    _finish(tree, officer, datetime(2026, 7, 1, 22, 30, tzinfo=UTC))  # 00:30 on 2 July in Amsterdam
    record = dict(zip(*_csv_rows(client.get(OFFICERS, {"unit": org.teams[0].pk, "export": "csv"})), strict=True))
    assert record["Afgerond op"] == "02-07-2026 00:30"


@pytest.fixture
def hostile(org, tree):
    """A name with \\x01 (as the import stored it) and a module title with \\x0b (the page title field)."""
    services.assignment_save(module=tree.module, unit=org.national, due_date=DUE)
    ModulePage.objects.filter(pk=tree.module.pk).update(title="Signalen\x0b herkennen")
    officer = officer_in(org.teams[0], "agent1", first_name="Jan\x01", last_name="Jansen\x1f")
    _finish(tree, officer, FINISHED)
    Question.objects.filter(pk=tree.questions[0].pk).update(prompt="Wat\x01 zie je?", key="q\x0bone")
    return officer


@pytest.mark.parametrize("path", [OFFICERS, COMPLETION])
def test_control_characters_do_not_break_the_manager_exports(client, org, hostile, manager, path):
    params = {"unit": org.teams[0].pk if path == OFFICERS else org.districts[0].pk}
    rows = _xlsx_rows(client.get(path, {**params, "export": "xlsx"}))
    cells = [str(cell.value) for row in rows for cell in row if cell.value is not None]
    assert "Signalen herkennen" in cells
    if path == OFFICERS:
        assert "Jan Jansen" in cells
    body = _body(client.get(path, {**params, "export": "csv"})).decode()
    assert "Signalen herkennen" in body and not any(ch in body for ch in "\x01\x0b\x1f")


def test_control_characters_do_not_break_the_question_analysis_exports(client, hostile):
    client.force_login(user_create("opleider", roles.TRAINERS))
    rows = _xlsx_rows(client.get(QUESTIONS, {"export": "xlsx"}))
    cells = [str(cell.value) for row in rows for cell in row if cell.value is not None]
    assert "Wat zie je?" in cells and "qone" in cells and "Signalen herkennen" in cells
    body = _body(client.get(QUESTIONS, {"export": "csv"})).decode()
    assert "Wat zie je?" in body and not any(ch in body for ch in "\x01\x0b")


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\tcmd", "\rcmd", "\x01=1+1"])
def test_csv_cells_never_start_a_formula(text):
    assert csv_safe(text) == "'" + text.replace("\x01", "")


def test_leading_tab_and_carriage_return_are_defused_in_the_export(client, org, tree, manager):
    services.assignment_save(module=tree.module, unit=org.national, due_date=DUE)
    officer = officer_in(org.teams[0], "tab", first_name="Tab", last_name="Teken")
    services.officer_profile_save(user=officer, unit=org.teams[0], personnel_number="\t=cmd|' /C calc'!A0")
    other = officer_in(org.teams[0], "cr", first_name="Cr", last_name="Teken")
    services.officer_profile_save(user=other, unit=org.teams[0], personnel_number="\r=1+1")
    rows = _csv_rows(client.get(OFFICERS, {"unit": org.teams[0].pk, "export": "csv"}))
    numbers = {row[0] for row in rows[1:]}
    assert numbers == {"'\t=cmd|' /C calc'!A0", "'\r=1+1"}
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for row in rows[1:] for cell in row)


def test_too_many_downloads_a_minute_get_an_admin_page_that_says_the_limit(tree, org, client, settings, officer):
    """The export limit is refused inside the admin (not the officer site's page), saying what the limit is; the
    report itself still opens."""
    settings.REQUEST_RATE_LIMITS = {**settings.REQUEST_RATE_LIMITS, "export": 2}
    client.force_login(manager_of(org.districts[0], "chef1"))
    statuses = [client.get(COMPLETION, {"export": "csv"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    refused = client.get(COMPLETION, {"export": "xlsx"}).content.decode()
    assert "Je kunt hoogstens 2 downloads per minuut maken." in refused
    assert "w-sidebar" in refused or 'id="wagtail-sidebar"' in refused  # the admin's own layout
    assert "Zakkaart" not in refused  # not the officer site's menu
    assert client.get(COMPLETION).status_code == 200


ADMIN_LISTS = {
    "/admin/snippets/curriculum/question/": ("=HYPERLINK(1)", "Vragen"),
    "/admin/snippets/curriculum/indicator/": ("+31 signaal", "Indicatoren"),
    "/admin/organisation/units/": ("@Team", "Eenheden"),
    "/admin/organisation/officers/": ("-Sanne Bakker", "Agentprofielen"),
    "/admin/organisation/assignments/": ("30-11-2026", "Toewijzingen"),
}


@pytest.mark.parametrize("path", ADMIN_LISTS)
def test_the_question_bank_and_organisation_lists_export_as_the_reports_do(client, org, tree, path):
    """The listings' own export buttons (Wagtail's list_export) give the same CSV (byte-order mark, `;`, no cell
    that starts a formula, Dutch dates) and XLSX (text stays text, the sheet named after the list)."""
    from curriculum.models import Indicator

    question_create("formule", prompt="=HYPERLINK(1)")
    Indicator.objects.create(code="plus", category="labour", name="+31 signaal")
    services.unit_create(name="@Team", code="AT", parent=org.districts[0])
    officer_in(org.teams[0], "min", first_name="-Sanne", last_name="Bakker")
    services.assignment_save(module=tree.module, unit=org.national, due_date=DUE)
    client.force_login(user_create("beheer", is_superuser=True, is_staff=True))
    text, sheet = ADMIN_LISTS[path]
    body = _body(client.get(path, {"export": "csv"}))
    assert body.startswith("\ufeff".encode())
    cells = [cell for row in _csv_parse(body)[1:] for cell in row]
    assert ("'" + text if text[0] in "=+-@" else text) in cells, cells
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells), cells
    workbook = load_workbook(io.BytesIO(_body(client.get(path, {"export": "xlsx"}))))
    assert workbook.active.title == sheet
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    if text[0] in "=+-@":
        assert text in values  # the text itself, as text: openpyxl reads a formula cell as its formula
        assert all(cell.data_type != "f" for row in workbook.active.iter_rows() for cell in row)
