"""Race tests on PostgreSQL with real threads released together by a barrier (R1, R3, H19).

SQLite serialises writers (BEGIN IMMEDIATE), so broken code would pass there: these run on PostgreSQL only.
"""

import pytest
from django.db import connection

from curriculum import services
from curriculum.domain.errors import ConflictError
from curriculum.models import ModuleCompletion, ModuleProgress, QuizAttempt
from tests.factories import answers_for, tree_create, user_create
from tests.helpers import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="race tests need PostgreSQL row locks; SQLite serialises writers"
    ),
]


@pytest.mark.parametrize("n", [2, 4, 8])
def test_concurrent_finishes_record_one_result(n):
    tree = tree_create(slug=f"race-{n}")
    officer = user_create(f"racer{n}")
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    answers = answers_for(attempt)
    results, errors = run_together(
        n, lambda i: services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers)
    )
    assert errors == [None] * n
    assert sum(1 for r in results if not r.duplicate) == 1
    assert len({r.attempt.submitted_at for r in results}) == 1
    attempt.refresh_from_db()
    assert attempt.state == "submitted" and attempt.score == 3
    assert ModuleProgress.objects.get(user=officer).attempts == 1


@pytest.mark.parametrize("lesson_done", [False, True], ids=["no progress row yet", "progress row locked"])
def test_parallel_starts_open_one_attempt(lesson_done):
    tree = tree_create(slug="starts")
    officer = user_create("starter")
    if lesson_done:  # the officer has a progress row: its lock serialises the starts
        services.lesson_complete(user=officer, lesson=tree.lessons[0])
    results, errors = run_together(8, lambda i: services.quiz_attempt_start(user=officer, quiz=tree.quiz))
    assert errors == [None] * 8
    assert len({a.pk for a in results}) == 1
    assert QuizAttempt.objects.filter(user=officer).count() == 1


def test_max_attempts_holds_under_parallel_start_and_submit():
    tree = tree_create(slug="limit", max_attempts=2)
    officer = user_create("limited")

    def start_and_fail(i):
        try:
            attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
        except ConflictError:
            return "refused"
        services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt, correct=False))
        return attempt.number

    for _ in range(3):
        _results, errors = run_together(4, start_and_fail)
        assert all(e is None or isinstance(e, ConflictError) for e in errors)
    assert QuizAttempt.objects.filter(user=officer).count() == 2
    assert sorted(QuizAttempt.objects.filter(user=officer).values_list("number", flat=True)) == [1, 2]


def test_finishing_lesson_and_quiz_at_once_records_one_completion():
    tree = tree_create(slug="finish", lessons=2)
    officer = user_create("finisher")
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    answers = answers_for(attempt)

    def step(i):
        if i % 2:
            return services.lesson_complete(user=officer, lesson=tree.lessons[1])
        return services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers)

    _results, errors = run_together(4, step)
    assert errors == [None] * 4
    assert ModuleProgress.objects.get(user=officer).status == "completed"
    assert ModuleCompletion.objects.filter(user=officer).count() == 1


def test_expired_attempt_sweeper_run_twice_at_once_closes_each_attempt_once():
    from django.utils import timezone

    tree = tree_create(slug="sweep")
    tree.quiz.time_limit_minutes = 5
    tree.quiz.save_revision().publish()
    officers = [user_create(f"late{i}") for i in range(6)]
    for officer in officers:
        services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    later = timezone.now() + timezone.timedelta(minutes=10)
    results, errors = run_together(2, lambda i: services.quiz_attempts_expired_close(now=later))
    assert errors == [None, None] and sum(results) == 6
    assert QuizAttempt.objects.filter(state="submitted", score=0).count() == 6
    assert all(ModuleProgress.objects.get(user=o).attempts == 1 for o in officers)
