"""Findings of a manager's exploratory test, each checked as the manager sees it: the district totals under a
status filter, "Module toewijzen" never moving a date later, a bound on a manager's due dates, a clear refusal
when an extension would shorten a date, the manager's reminder on the officer's page, the status box on *Te laat*,
the totals in the completion export, the row count, plural messages and the remind form's select-all."""

import csv
import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import formats, timezone, translation

from curriculum import services
from curriculum.admin import reports
from curriculum.models import Assignment, DueDateExtension, ManagerAction, ModuleProgress, SentMail
from curriculum.selectors import notifications
from curriculum.services import manager_actions
from curriculum.services.notifications import mail_deliver
from tests.factories import manager_of, module_finish, officer_in, tree_create
from tests.helpers import COMPLETION, OFFICERS, OVERDUE

pytestmark = pytest.mark.django_db
REMIND = "/admin/reports/actions/remind/"
EXTEND = "/admin/reports/actions/extend/"
ASSIGN = "/admin/reports/actions/assign/"


def _soup(response):
    return BeautifulSoup(response.content, "lxml")


def _day(value) -> str:
    with translation.override("nl"):
        return formats.date_format(value, "j F Y")


def _errors(response) -> str:
    return " ".join(_soup(response).select_one(".help-critical").get_text(" ", strip=True).split())


def _message(response) -> str:
    return _soup(response).select_one(".messages").get_text(" ", strip=True)


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def chef(org, client):
    user = manager_of(org.districts[0], "chef1", first_name="Carla", last_name="Chef")
    client.force_login(user)
    return user


# 1. The district totals do not change with the status filter ------------------------------------------------


def _totals(response) -> dict:
    table = _soup(response).select_one("table.sg-totals")
    assert table.caption.get_text(strip=True) == "Totaal District 1 per module"
    return {
        row.th.get_text(" ", strip=True): [td.get_text(strip=True) for td in row.select("td")]
        for row in table.select("tbody tr")
    }


def test_the_district_totals_stay_the_districts_whatever_the_status_filter(client, org, tree, chef, today):
    second = tree_create(slug="tweede", lessons=1, questions=1)
    for module in (tree.module, second.module):
        services.assignment_save(module=module, unit=org.national, due_date=today + timedelta(days=30))
    done = officer_in(org.teams[0], "klaar")
    services.lesson_complete(user=officer_in(org.teams[0], "bezig"), lesson=tree.lessons[0])
    officer_in(org.teams[1], "ander")
    module_finish(tree, done)
    unfiltered = _totals(client.get(COMPLETION, {"unit": org.districts[0].pk}))
    # Toegewezen, Afgerond, Bezig, Niet begonnen, Te laat, Verlopen, % afgerond
    assert unfiltered == {
        tree.module.title: ["3", "1", "1", "1", "0", "0", "33%"],
        second.module.title: ["3", "0", "0", "3", "0", "0", "0%"],
    }
    for status in ("completed", "not_started", "in_progress", "overdue"):  # nobody is overdue: no rows, same totals
        response = client.get(COMPLETION, {"unit": org.districts[0].pk, "status": status})
        assert _totals(response) == unfiltered, status
    # The filter still picks the rows below the totals: only Basisteam 11 has someone who finished.
    detail = _soup(client.get(COMPLETION, {"unit": org.districts[0].pk, "status": "completed"})).select_one(
        ".sg-detail"
    )
    assert "Basisteam 11" in detail.get_text() and "Basisteam 12" not in detail.get_text()


# 7. … and the completion export carries them ----------------------------------------------------------------


def test_the_completion_export_has_the_totals_the_page_shows(client, org, tree, chef, today):
    services.assignment_save(module=tree.module, unit=org.national, due_date=today + timedelta(days=30))
    module_finish(tree, officer_in(org.teams[0], "klaar"))
    officer_in(org.teams[1], "ander")
    response = client.get(COMPLETION, {"unit": org.districts[0].pk, "status": "completed", "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Eenheid", "Module", "Toegewezen"]
    title = tree.module.title
    assert rows[1] == ["Totaal District 1", title, "2", "1", "0", "1", "0", "0", "50", "nee"]
    assert rows[2][:4] == ["Basisteam 11", title, "1", "1"] and len(rows) == 3  # the filter: Basisteam 11 only
    response = client.get(COMPLETION, {"unit": org.districts[0].pk, "export": "xlsx"})
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [cell.value for cell in next(sheet.iter_rows(min_row=2, max_row=2))][:3] == ["Totaal District 1", title, 2]


# 2. "Module toewijzen" never moves a date later ---------------------------------------------------------------


def test_assigning_again_with_a_later_date_keeps_the_earlier_one_and_says_so(client, org, tree, chef, today):
    late = officer_in(org.teams[0], "laat")
    first = today + timedelta(days=30)
    admins = services.assignment_save(module=tree.module, unit=org.teams[0], due_date=first)  # an administrator's
    for later in (first, first + timedelta(days=40)):
        response = client.post(f"{ASSIGN}?unit={org.teams[0].pk}", {"module": tree.module.pk, "due_date": later})
        assert response.status_code == 400
        assert _errors(response) == (
            f"‘{tree.module.title}’ was al toegewezen aan Basisteam 11 met uiterste datum {_day(first)}; die blijft "
            "gelden. Gebruik ‘Uiterste datum verlengen’ voor een latere datum."
        )
    assert Assignment.objects.get(pk=admins.pk).due_date == first
    assert ModuleProgress.objects.get(user=late, module=tree.module).due_date == first
    assert not ManagerAction.objects.exists()
    # An earlier date replaces it (and is recorded).
    earlier = today + timedelta(days=20)
    response = client.post(f"{ASSIGN}?unit={org.teams[0].pk}", {"module": tree.module.pk, "due_date": earlier})
    assert response.status_code == 302
    assert Assignment.objects.get(pk=admins.pk).due_date == earlier
    assert ModuleProgress.objects.get(user=late, module=tree.module).due_date == earlier
    assert ManagerAction.objects.filter(kind=ManagerAction.Kind.ASSIGNMENT, officer=late).count() == 1


def test_assigning_below_an_earlier_assignment_higher_up_is_refused_with_its_unit(client, org, tree, chef, today):
    officer_in(org.teams[0], "laat")
    national = today + timedelta(days=10)
    services.assignment_save(module=tree.module, unit=org.national, due_date=national)
    response = client.post(
        f"{ASSIGN}?unit={org.teams[0].pk}", {"module": tree.module.pk, "due_date": today + timedelta(days=60)}
    )
    assert response.status_code == 400
    assert f"was al toegewezen aan Nationale Politie met uiterste datum {_day(national)}" in _errors(response)
    assert list(Assignment.objects.values_list("unit_id", flat=True)) == [org.national.pk]


def test_the_administrators_own_assignment_form_still_changes_a_date_either_way(org, tree, today):
    """The administrator's path (services.assignment_save) keeps its behaviour: it may move a date later."""
    first = today + timedelta(days=30)
    assignment = services.assignment_save(module=tree.module, unit=org.teams[0], due_date=first)
    services.assignment_save(module=tree.module, unit=org.teams[0], due_date=first + timedelta(days=30))
    assert Assignment.objects.get(pk=assignment.pk).due_date == first + timedelta(days=30)


# 3. A manager's due date lies at most two years ahead ----------------------------------------------------------


def test_a_far_future_date_is_refused_by_extend_and_assign(client, org, tree, chef, today):
    late = officer_in(org.teams[0], "laat")
    services.assignment_save(module=tree.module, unit=org.national, due_date=today - timedelta(days=3))
    limit = manager_actions.due_date_limit(today)
    assert timedelta(days=365 * 2) <= limit - today <= timedelta(days=366 * 2)
    expected = f"Kies een datum vóór {_day(limit)}: een uiterste datum ligt hoogstens 2 jaar vooruit."
    for typo in ("9999-12-31", limit.isoformat(), "2207-01-15"):
        response = client.post(
            f"{EXTEND}?officer={late.pk}", {"module": tree.module.pk, "due_date": typo, "reason": "Ziek"}
        )
        assert response.status_code == 400 and _errors(response) == expected, typo
        response = client.post(f"{ASSIGN}?unit={org.teams[0].pk}", {"module": tree.module.pk, "due_date": typo})
        assert response.status_code == 400 and _errors(response) == expected, typo
    assert not DueDateExtension.objects.exists() and not ManagerAction.objects.exists()
    assert ModuleProgress.objects.get(user=late, module=tree.module).due_date == today - timedelta(days=3)
    # The date picker offers the same days; the day before the limit is accepted.
    picker = _soup(client.get(f"{EXTEND}?officer={late.pk}")).select_one("input[name=due_date]")
    assert picker["max"] == (limit - timedelta(days=1)).isoformat()
    assert picker["min"] == (today + timedelta(days=1)).isoformat()
    response = client.post(
        f"{EXTEND}?officer={late.pk}",
        {"module": tree.module.pk, "due_date": limit - timedelta(days=1), "reason": "Ziek"},
    )
    assert response.status_code == 302


# 4. Shortening a date is refused with the reason ---------------------------------------------------------------


def test_an_extension_to_an_earlier_date_says_it_lies_before_the_current_one(client, org, tree, chef, today):
    late = officer_in(org.teams[0], "laat")
    current = today + timedelta(days=30)
    services.assignment_save(module=tree.module, unit=org.national, due_date=current)
    new = today + timedelta(days=10)
    response = client.post(f"{EXTEND}?officer={late.pk}", {"module": tree.module.pk, "due_date": new, "reason": "Ziek"})
    assert response.status_code == 400
    assert _errors(response) == (
        f"De nieuwe datum ({_day(new)}) ligt niet na de huidige uiterste datum ({_day(current)}); verlengen kan "
        "alleen naar een latere datum."
    )
    officer_in(org.teams[1], "ander")
    response = client.post(
        f"{EXTEND}?unit={org.districts[0].pk}", {"module": tree.module.pk, "due_date": new, "reason": "Ziek"}
    )
    assert response.status_code == 400
    assert _errors(response) == (
        f"De nieuwe datum ({_day(new)}) ligt niet na de huidige uiterste datum van de 2 agenten die de module nog "
        f"niet hebben afgerond (de vroegste is {_day(current)}); verlengen kan alleen naar een latere datum."
    )
    assert not ManagerAction.objects.exists() and not DueDateExtension.objects.exists()


# 5. The manager's reminder on the officer's page ----------------------------------------------------------------


def _last_reminder_cell(client, officer, module_title) -> str:
    table = _soup(client.get(f"/admin/reports/agent/{officer.pk}/")).select_one(".sg-detail table")
    headings = [th.get_text(strip=True) for th in table.select("thead th")]
    for row in table.select("tbody tr"):
        cells = row.find_all(["th", "td"])
        if cells[0].get_text(" ", strip=True).startswith(module_title):
            return cells[headings.index("Laatste herinnering")].get_text(" ", strip=True)
    raise AssertionError(f"no row for {module_title}")


def test_a_managers_reminder_counts_as_the_last_reminder(client, org, tree, chef, today):
    late = officer_in(org.teams[0], "laat", email="laat@example.org")
    services.assignment_save(module=tree.module, unit=org.national, due_date=today - timedelta(days=3))
    assert _last_reminder_cell(client, late, tree.module.title) == "Geen"
    response = client.post(f"{REMIND}?unit={org.teams[0].pk}", {"officers": [late.pk]}, follow=True)
    assert "1 herinnering in de wachtrij gezet." in _message(response)
    mail_deliver()  # the worker (tests run tasks in-process: the transaction never commits)
    assert [m.to for m in mail.outbox] == [["laat@example.org"]]
    sent = SentMail.objects.get(kind=SentMail.Kind.MANAGER_REMINDER)
    assert notifications.last_reminders_get(user=late) == {tree.module.pk: sent.sent_at}
    cell = _last_reminder_cell(client, late, tree.module.title)
    assert cell != "Geen" and str(timezone.localtime(sent.sent_at).year) in cell
    actions = _soup(client.get(f"/admin/reports/agent/{late.pk}/")).select_one(".sg-actions").get_text(" ")
    assert "Herinnering klaargezet" in actions and "Herinnering gestuurd" not in actions
    assert notifications.manager_reminder_states_get(officer=late) == {today: "Verzonden"}
    assert "Herinnering klaargezet (verzonden)" in " ".join(actions.split())  # what became of the mail


def test_a_cancelled_managers_reminder_is_no_last_reminder(client, org, tree, chef, today, monkeypatch):
    late = officer_in(org.teams[0], "laat", email="laat@example.org")
    services.assignment_save(module=tree.module, unit=org.national, due_date=today - timedelta(days=3))
    # The worker is busy: the mail waits in the queue (tests otherwise send it at once).
    monkeypatch.setattr("curriculum.tasks.mail_send", type("Busy", (), {"enqueue": staticmethod(lambda ids: None)}))
    manager_actions.overdue_officers_remind(actor=chef, unit=org.teams[0])
    assert notifications.manager_reminder_states_get(officer=late) == {today: "Wacht op verzending"}
    manager_actions.due_date_extend(
        actor=chef, module=tree.module, due_date=today + timedelta(days=7), reason="Ziek", officer=late
    )
    mail_deliver()  # nothing overdue any more: the mail is cancelled
    assert not mail.outbox
    assert notifications.last_reminders_get(user=late) == {}
    assert _last_reminder_cell(client, late, tree.module.title) == "Geen"
    assert notifications.manager_reminder_states_get(officer=late) == {today: "Niet meer nodig"}


def test_an_older_managers_reminder_without_its_modules_counts_for_what_was_due(org, tree, chef, today):
    late = officer_in(org.teams[0], "laat", email="laat@example.org")
    services.assignment_save(module=tree.module, unit=org.national, due_date=today - timedelta(days=3))
    now = timezone.now()
    SentMail.objects.create(
        kind=SentMail.Kind.MANAGER_REMINDER,
        recipient=late,
        state=SentMail.State.SENT,
        period_key=today.isoformat(),
        created_at=now,
        next_attempt_at=now,
        sent_at=now,
        options={"manager": "Carla Chef"},
    )
    assert notifications.last_reminders_get(user=late) == {tree.module.pk: now}


# 6. The status box on *Te laat* describes the rows listed -------------------------------------------------------


def test_the_status_box_on_te_laat_counts_the_overdue_rows_it_lists(client, org, tree, chef, today):
    second = tree_create(slug="tweede", lessons=1, questions=1)
    services.assignment_save(module=tree.module, unit=org.national, due_date=today - timedelta(days=1))
    services.assignment_save(module=second.module, unit=org.national, due_date=today + timedelta(days=30))
    officer_in(org.teams[0], "laat")
    module_finish(tree, officer_in(org.teams[0], "klaar"))
    soup = _soup(client.get(OVERDUE, {"unit": org.teams[0].pk}))
    assert len(soup.select(".sg-detail tbody tr")) == 1
    bars = {
        row.th.get_text(strip=True): row.select_one(".sg-status-count").get_text(strip=True)
        for row in soup.select("table.sg-status tr")
    }
    assert bars == {
        "Afgerond": "0 (0%)",
        "Bezig": "0 (0%)",
        "Niet begonnen": "1 (100%)",
        "Te laat": "1 (100%)",
        "Verlopen": "0 (0%)",
    }
    assert "100% van de 1 toegewezen module." in " ".join(soup.select_one("#sg-status-note").get_text().split())
    # Voortgang per agent still counts every assigned module of the unit.
    soup = _soup(client.get(OFFICERS, {"unit": org.teams[0].pk}))
    assert "100% van de 4 toegewezen modules." in " ".join(soup.select_one("#sg-status-note").get_text().split())


# 8. The row count reads naturally -------------------------------------------------------------------------------


def test_the_row_count_says_regels_not_the_models_name(client, org, tree, chef, today, monkeypatch):
    monkeypatch.setattr(reports.OfficerProgressReportView, "paginate_by", 1)
    services.assignment_save(module=tree.module, unit=org.national, due_date=today - timedelta(days=1))
    officer_in(org.teams[0], "laat")
    officer_in(org.teams[0], "ookte")
    for url in (OFFICERS, OVERDUE):
        footer = _soup(client.get(url, {"unit": org.teams[0].pk})).select_one(".pagination__end")
        assert footer.get_text(strip=True) == "2 regels", url


# 9. Plural messages -----------------------------------------------------------------------------------------------


def test_the_messages_use_singular_and_plural(client, org, tree, chef, today):
    services.assignment_save(module=tree.module, unit=org.national, due_date=today - timedelta(days=1))
    one = officer_in(org.teams[0], "laat", email="laat@example.org")
    two = officer_in(org.teams[0], "ookte", email="ookte@example.org")
    response = client.post(f"{REMIND}?unit={org.teams[0].pk}", {"officers": [one.pk, two.pk]}, follow=True)
    assert _message(response) == "2 herinneringen in de wachtrij gezet."
    new = today + timedelta(days=7)
    response = client.post(
        f"{EXTEND}?officer={one.pk}", {"module": tree.module.pk, "due_date": new, "reason": "Ziek"}, follow=True
    )
    assert _message(response) == "Uiterste datum verlengd voor 1 agent."
    response = client.post(
        f"{EXTEND}?unit={org.teams[0].pk}",
        {"module": tree.module.pk, "due_date": new + timedelta(days=1), "reason": "Druk"},
        follow=True,
    )
    assert _message(response) == "Uiterste datum verlengd voor 2 agenten."


# 10. The remind form: select all / none, and what the preview counts ----------------------------------------------


def test_the_remind_form_can_select_all_or_none(client, org, tree, chef, today):
    services.assignment_save(module=tree.module, unit=org.national, due_date=today - timedelta(days=1))
    officer_in(org.teams[0], "laat", email="laat@example.org")
    officer_in(org.teams[0], "ookte", email="ookte@example.org")
    soup = _soup(client.get(f"{REMIND}?unit={org.teams[0].pk}"))
    form = soup.select_one("form[data-controller=w-bulk]")
    boxes = form.select("input[name=officers]")
    assert len(boxes) == 2 and all(b["data-w-bulk-target"] == "item" and b.has_attr("checked") for b in boxes)
    buttons = {
        b.get_text(strip=True): b["data-w-bulk-force-param"]
        for b in form.select("button[type=button][data-action='w-bulk#toggleAll']")
    }
    assert buttons == {"Alles selecteren": "true", "Niets selecteren": "false"}
    # The buttons show only when Wagtail's admin script runs (it removes w-hidden).
    holder = form.select_one("[data-controller=w-init]")
    assert "w-hidden" in holder["class"] and holder["data-w-init-remove-class"] == "w-hidden"
