"""The signal heat-map: the roll-up kept in the submit's transaction (equal to a rebuild), the report "Signalen per
eenheid" (scoping, minimum-count suppression, figures, export) and the item statistics in the question editor."""

from datetime import date

import pytest
from django.core.management import call_command

from curriculum import services
from curriculum.models import Indicator, QuizAttempt, SignalRollup
from curriculum.services.signal_rollup import signal_rollup_compute, signal_rollup_rebuild
from tests.factories import answers_for, module_finish, officer_in

pytestmark = pytest.mark.django_db


def _rollup() -> dict:
    return {(r.unit_id, r.indicator_id, r.month): (r.answers, r.correct) for r in SignalRollup.objects.all()}


@pytest.fixture
def indicators(tree):
    """q1 tests A (labour), q2 tests A and B (labour), q3 tests C (criminal)."""
    a = Indicator.objects.create(code="arb-paspoort", category="labour", name="Paspoort ingenomen")
    b = Indicator.objects.create(code="arb-schuld", category="labour", name="Schuld bij werkgever")
    c = Indicator.objects.create(code="crim-drugs", category="criminal", name="Minderjarige vervoert drugs")
    for question, tested in zip(tree.questions, ([a], [a, b], [c]), strict=True):
        question.indicators.set(tested)
        question.save_revision().publish()
    return a, b, c


def _answer(tree, user, right: set[int]):
    """One attempt in which exactly the questions at the positions in `right` are answered correctly."""
    attempt = services.quiz_attempt_start(user=user, quiz=tree.quiz)
    good, bad = answers_for(attempt, correct=True), answers_for(attempt, correct=False)
    positions = {row.question_id: row.position for row in attempt.answers.all()}
    answers = {q: (good[q] if positions[q] in right else bad[q]) for q in good}
    return services.quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers).attempt


def test_submit_counts_each_indicator_of_each_answer_in_its_unit_and_month(org, tree, indicators):
    a, b, c = indicators
    officer = officer_in(org.teams[0], "agent1")
    attempt = _answer(tree, officer, right={0, 2})  # q1 right (A), q2 wrong (A, B), q3 right (C)
    month = attempt.submitted_at.date().replace(day=1)
    assert _rollup() == {
        (org.teams[0].pk, a.pk, month): (2, 1),
        (org.teams[0].pk, b.pk, month): (1, 0),
        (org.teams[0].pk, c.pk, month): (1, 1),
    }


def test_rebuild_equals_the_incrementally_maintained_rollup(org, tree, indicators):
    first, second, third, loose = (officer_in(org.teams[i], f"agent{i}") for i in range(4))
    _answer(tree, first, right={0})
    _answer(tree, first, right={0, 1, 2})
    _answer(tree, second, right=set())
    module_finish(tree, third)
    services.officer_move(user=third, unit=org.teams[1])  # figures follow the officer, as in the completion report
    _answer(tree, loose, right={1})
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
    attempt = _answer(tree, officer, right={0, 1, 2})
    month = attempt.submitted_at.date().replace(day=1)
    services.officer_move(user=officer, unit=org.teams[2])
    rollup = _rollup()
    assert rollup[(org.teams[2].pk, a.pk, month)] == (2, 2)
    assert not any(unit == org.teams[0].pk for unit, _i, _m in rollup)


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
