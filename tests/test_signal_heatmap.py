"""The signal heat-map: the roll-up kept in the submit's transaction (equal to a rebuild) and the item statistics
in the question editor. The report "Signalen per eenheid" is tested in test_signal_report.py."""

from datetime import date

import pytest
from django.core.management import call_command

from curriculum import services
from curriculum.models import Indicator, QuizAttempt, SignalRollup
from curriculum.services.signal_rollup import signal_rollup_compute, signal_rollup_rebuild
from tests.factories import (
    answer_positions,
    answers_for,
    indicators_create,
    module_finish,
    officer_in,
)

pytestmark = pytest.mark.django_db


def _rollup() -> dict:
    return {(r.unit_id, r.indicator_id, r.month): (r.answers, r.correct) for r in SignalRollup.objects.all()}


@pytest.fixture
def indicators(tree):
    return indicators_create(tree)


def test_submit_counts_each_indicator_of_each_answer_in_its_unit_and_month(org, tree, indicators):
    a, b, c = indicators
    officer = officer_in(org.teams[0], "agent1")
    attempt = answer_positions(tree, officer, right={0, 2})  # q1 right (A), q2 wrong (A, B), q3 right (C)
    month = attempt.submitted_at.date().replace(day=1)
    assert _rollup() == {
        (org.teams[0].pk, a.pk, month): (2, 1),
        (org.teams[0].pk, b.pk, month): (1, 0),
        (org.teams[0].pk, c.pk, month): (1, 1),
    }


def test_rebuild_equals_the_incrementally_maintained_rollup(org, tree, indicators):
    first, second, third, loose = (officer_in(org.teams[i], f"agent{i}") for i in range(4))
    answer_positions(tree, first, right={0})
    answer_positions(tree, first, right={0, 1, 2})
    answer_positions(tree, second, right=set())
    module_finish(tree, third)
    services.officer_move(user=third, unit=org.teams[1])  # figures follow the officer, as in the completion report
    answer_positions(tree, loose, right={1})
    services.officer_profile_delete(profile=loose.officer_profile)  # out of every unit's figures
    services.quiz_attempt_start(user=second, quiz=tree.quiz)  # an open attempt counts for nothing
    before = _rollup()
    assert len(before) >= 5
    assert {k: tuple(v) for k, v in signal_rollup_compute().items()} == before
    SignalRollup.objects.all().delete()
    call_command("rebuild_progress", stdout=open("/dev/null", "w"))
    assert _rollup() == before
    assert not any(unit == org.teams[3].pk for unit, _i, _m in before)
    assert signal_rollup_rebuild() == len(before)


def test_moving_an_officer_moves_their_answers(org, tree, indicators):
    a, _b, _c = indicators
    officer = officer_in(org.teams[0], "agent1")
    attempt = answer_positions(tree, officer, right={0, 1, 2})
    month = attempt.submitted_at.date().replace(day=1)
    services.officer_move(user=officer, unit=org.teams[2])
    rollup = _rollup()
    assert rollup[(org.teams[2].pk, a.pk, month)] == (2, 2)
    assert not any(unit == org.teams[0].pk for unit, _i, _m in rollup)


def test_an_account_that_gets_a_unit_later_brings_its_answers(org, tree, indicators):
    from curriculum.domain import roles
    from tests.factories import user_create

    officer = user_create("zonder", roles.OFFICERS)
    answer_positions(tree, officer, right={0})
    assert _rollup() == {}  # in no unit's figures
    services.officer_profile_save(user=officer, unit=org.teams[1], personnel_number="P9")
    assert {unit for unit, _i, _m in _rollup()} == {org.teams[1].pk}
    assert {k: tuple(v) for k, v in signal_rollup_compute().items()} == _rollup()


def test_a_timed_out_attempt_counts_its_open_questions_as_wrong(org, tree, indicators):
    _a, _b, c = indicators
    officer = officer_in(org.teams[0], "agent1")
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=attempt.started_at)
    services.quiz_attempts_expired_close(now=attempt.started_at.replace(year=attempt.started_at.year + 1))
    assert [v for (u, i, m), v in _rollup().items() if i == c.pk] == [(1, 0)]
    assert {k: tuple(v) for k, v in signal_rollup_compute().items()} == _rollup()


def test_month_is_the_dutch_calendar_month(org, tree, indicators):
    from datetime import UTC, datetime

    from curriculum.services.signal_rollup import rollup_month

    assert rollup_month(datetime(2026, 1, 31, 23, 30, tzinfo=UTC)) == date(2026, 2, 1)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_submits_in_one_team_lose_no_count():
    """Eight officers of one basisteam submit at the same instant: the upsert adds every answer (PostgreSQL)."""
    from django.db import connection

    from tests.factories import org_create, tree_create
    from tests.helpers import run_together

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks; SQLite serialises writers")
    org, tree = org_create(), tree_create(slug="race-rollup")
    indicator = Indicator.objects.create(code="race", category="general", name="Race")
    for question in tree.questions:
        question.indicators.set([indicator])
        question.save_revision().publish()
    officers = [officer_in(org.teams[0], f"racer{i}") for i in range(8)]
    attempts = [services.quiz_attempt_start(user=o, quiz=tree.quiz) for o in officers]
    answers = [answers_for(a, correct=i % 2 == 0) for i, a in enumerate(attempts)]
    _results, errors = run_together(
        8, lambda i: services.quiz_attempt_submit(user=officers[i], attempt_id=attempts[i].pk, answers=answers[i])
    )
    assert errors == [None] * 8
    assert list(SignalRollup.objects.values_list("answers", "correct")) == [(24, 12)]


# ---------------------------------------------------------------- item statistics in the question editor


def _edit_url(question):
    return f"/admin/snippets/curriculum/question/edit/{question.pk}/"


@pytest.fixture
def q1_answered(tree):
    """Four officers; q1 right for those scoring 100% and 33%, wrong for those scoring 67% and 0%."""
    from curriculum.domain import roles
    from tests.factories import user_create

    for name, right in (("s1", {0, 1, 2}), ("s2", {0}), ("s3", {1, 2}), ("s4", set())):
        answer_positions(tree, user_create(name, roles.OFFICERS), right=right)
    return tree.questions[0]


def _panel(html):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    panel = soup.select_one(".sg-item-stats")
    figures = {d.dt.get_text(strip=True): d.dd.get_text(" ", strip=True) for d in panel.select("dl > div")}
    tables = {t.caption.get_text(strip=True): t for t in panel.select("table")}
    return panel, figures, tables


def test_editor_panel_shows_the_published_revisions_figures(client, trainer, q1_answered):
    client.force_login(trainer)
    response = client.get(_edit_url(q1_answered))
    assert response.status_code == 200
    panel, figures, tables = _panel(response.content.decode())
    # 4 answers, 2 right = 50%; discrimination: right (100 + 33) / 2 = 66.5 minus wrong (67 + 0) / 2 = 33.5 → 0.33.
    assert figures == {
        "Beantwoord": "4",
        "Goed": "50% (2 van 4)",
        "Onderscheidend vermogen": "0,33",
        "Signaal": "Te weinig antwoorden",
    }
    choices = tables["Gekozen antwoorden in de gepubliceerde versie"]
    rows = [[c.get_text(strip=True) for c in tr.select("th, td")] for tr in choices.select("tbody tr")]
    # Wrong answers pick the first wrong option (tests.factories.answers_for).
    assert rows == [
        ["Optie A", "Juist", "2", "50%"],
        ["Optie B", "Afleider", "2", "50%"],
        ["Optie C", "Afleider", "0", "0%"],
    ]
    links = [a["href"] for a in panel.select("a")]
    assert f"/admin/reports/questions/{q1_answered.pk}/" in links and "/admin/reports/questions/" in links
    assert "s1" not in panel.get_text()


def test_a_new_revision_starts_its_own_count_and_older_figures_stay(client, trainer, tree, q1_answered):
    from curriculum.domain import roles
    from tests.factories import user_create

    q1_answered.prompt = "Nieuwe tekst?"
    q1_answered.save_revision().publish()
    answer_positions(tree, user_create("s5", roles.OFFICERS), right={0})
    client.force_login(trainer)
    _panel_html, figures, tables = _panel(client.get(_edit_url(q1_answered)).content.decode())
    assert figures["Beantwoord"] == "1" and figures["Goed"] == "100% (1 van 1)"
    older = tables["Eerdere versies (elke versie heeft een eigen telling)"]
    assert [td.get_text(strip=True) for td in older.select("tbody tr td")][:2] == ["4", "50%"]


def test_the_panel_is_absent_on_the_create_form_and_without_answers(client, trainer, tree):
    client.force_login(trainer)
    html = client.get("/admin/snippets/curriculum/question/add/").content.decode()
    assert "sg-item-stats" not in html
    html = client.get(_edit_url(tree.questions[1])).content.decode()
    assert "nog niet beantwoord" in html


def test_question_bank_lists_and_filters_by_flag(client, trainer, tree, q1_answered):
    from curriculum.domain import roles
    from tests.factories import user_create

    for i in range(6):  # q3 reaches 10 answers, all wrong: "Vaak fout"
        answer_positions(tree, user_create(f"x{i}", roles.OFFICERS), right={0, 1})
    client.force_login(trainer)
    html = client.get("/admin/snippets/curriculum/question/").content.decode()
    assert "Vaak fout" in html and "Te weinig antwoorden" in html
    response = client.get("/admin/snippets/curriculum/question/?flag=hard")
    keys = [q.key for q in response.context["object_list"]]
    assert keys == ["module-a-q3"]
    response = client.get("/admin/snippets/curriculum/question/?flag=few")
    assert "module-a-q3" not in [q.key for q in response.context["object_list"]]
    # % right: q3 2 of 10, q1 and q2 8 of 10; sortable, weakest first.
    response = client.get("/admin/snippets/curriculum/question/?ordering=facility_sort")
    ordered = [(q.key, round(q.facility_sort)) for q in response.context["object_list"]]
    assert ordered[0] == ("module-a-q3", 20) and sorted(ordered[1:]) == [("module-a-q1", 80), ("module-a-q2", 80)]
    assert "20%" in response.content.decode()


def test_quiz_page_editor_lists_its_questions_weakest_first(client, trainer, tree, q1_answered):
    from bs4 import BeautifulSoup

    from curriculum.domain import roles
    from tests.factories import user_create

    answer_positions(tree, user_create("s5", roles.OFFICERS), right={1})
    client.force_login(trainer)
    html = client.get(f"/admin/pages/{tree.quiz.pk}/edit/").content.decode()
    panel = BeautifulSoup(html, "lxml").select_one(".sg-item-stats")
    rows = [[c.get_text(strip=True) for c in tr.select("th, td")][:3] for tr in panel.select("tbody tr")]
    # q1 right for s1, s2 (2 of 5); q2 for s1, s3, s5 (3 of 5); q3 for s1, s3 (2 of 5): weakest first, then by key.
    assert rows == [["module-a-q1", "5", "40%"], ["module-a-q3", "5", "40%"], ["module-a-q2", "5", "60%"]]


def test_a_full_placement_sync_takes_the_answers_of_officers_without_a_unit_out(org, tree, indicators):
    from curriculum.models import OfficerProfile

    officer = officer_in(org.teams[0], "agent1")
    answer_positions(tree, officer, right={0})
    OfficerProfile.objects.filter(user=officer).delete()  # not through the service
    services.progress_placement_sync()
    assert _rollup() == {}
    assert {k: tuple(v) for k, v in signal_rollup_compute().items()} == _rollup()
