"""The learning-record services: completion rule, scoring, idempotence and the rules on bad answers."""

import pytest
from django.db import IntegrityError, transaction

from curriculum import services
from curriculum.domain.errors import ConflictError, NotFoundError
from curriculum.models import (
    AttemptAnswer,
    LessonCompletion,
    ModuleCompletion,
    ModuleProgress,
    QuizAttempt,
    QuizQuestion,
)
from tests.factories import answers_for, question_create, tree_create

pytestmark = pytest.mark.django_db


def test_lesson_complete_is_idempotent_and_updates_progress(tree, officer):
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    assert LessonCompletion.objects.filter(user=officer).count() == 1
    progress = ModuleProgress.objects.get(user=officer, module=tree.module)
    assert progress.status == ModuleProgress.Status.IN_PROGRESS
    assert (progress.lessons_done, progress.lessons_total) == (1, 2)
    assert progress.percent == 33  # 1 of 3 steps (2 lessons + quiz)


def test_module_completes_when_all_lessons_done_and_quiz_passed(tree, officer):
    for lesson in tree.lessons:
        services.lesson_complete(user=officer, lesson=lesson)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    result = services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt))
    assert result.attempt.passed and result.attempt.percent == 100
    progress = ModuleProgress.objects.get(user=officer, module=tree.module)
    assert progress.status == ModuleProgress.Status.COMPLETED and progress.percent == 100
    assert ModuleCompletion.objects.filter(user=officer, module=tree.module).count() == 1


def test_passing_quiz_without_lessons_does_not_complete_module(tree, officer):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt))
    progress = ModuleProgress.objects.get(user=officer, module=tree.module)
    assert progress.status == ModuleProgress.Status.IN_PROGRESS and progress.quiz_passed
    assert not ModuleCompletion.objects.exists()


def test_failed_attempt_is_scored_and_does_not_pass(tree, officer):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    result = services.quiz_attempt_submit(
        user=officer, attempt_id=attempt.pk, answers=answers_for(attempt, correct=False)
    )
    assert (result.attempt.score, result.attempt.max_score, result.attempt.passed) == (0, 3, False)
    assert list(AttemptAnswer.objects.filter(attempt=attempt).values_list("correct", flat=True)) == [False] * 3


def test_multiple_choice_needs_exactly_the_correct_set(db, officer):
    tree = tree_create(questions=0, slug="multi")
    question = question_create("multi-q", kind="multiple", choices=[("A", True), ("B", True), ("C", False)])
    QuizQuestion.objects.create(quiz=tree.quiz, question=question, sort_order=0)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    a, b, c = [ch.pk for ch in question.choices.all()]
    result = services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers={question.pk: [a]})
    assert result.attempt.score == 0  # half right is not right


def test_duplicate_submission_records_one_result(tree, officer):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    answers = answers_for(attempt)
    first = services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers)
    again = services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers)
    assert again.duplicate and again.attempt.submitted_at == first.attempt.submitted_at
    assert QuizAttempt.objects.filter(user=officer).count() == 1


def test_other_answers_after_close_are_refused_and_change_nothing(tree, officer):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt, correct=False))
    with pytest.raises(ConflictError):
        services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt))
    attempt.refresh_from_db()
    assert attempt.score == 0 and attempt.passed is False


@pytest.mark.parametrize("case", ["unknown_choice", "foreign_choice", "missing", "two_for_single", "unknown_question"])
def test_invalid_answers_are_refused_and_nothing_is_recorded(tree, officer, case):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    answers = answers_for(attempt)
    q1, q2 = tree.questions[0].pk, tree.questions[1].pk
    if case == "unknown_choice":
        answers[q1] = [999_999]
    elif case == "foreign_choice":
        answers[q1] = [tree.questions[1].choices.first().pk]
    elif case == "missing":
        del answers[q2]
    elif case == "two_for_single":
        answers[q1] = [c.pk for c in tree.questions[0].choices.all()[:2]]
    else:
        answers[123_456] = [1]
    with pytest.raises(services.QuizError) as error:
        services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers)
    assert error.value.message
    attempt.refresh_from_db()
    assert attempt.state == QuizAttempt.State.STARTED
    assert not AttemptAnswer.objects.filter(attempt=attempt, chosen__isnull=False).exists()


def test_someone_elses_attempt_is_not_found(tree, officer, other_officer):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    with pytest.raises(NotFoundError):
        services.quiz_attempt_submit(user=other_officer, attempt_id=attempt.pk, answers=answers_for(attempt))
    attempt.refresh_from_db()
    assert attempt.state == QuizAttempt.State.STARTED


def test_start_returns_the_open_attempt_and_numbers_increase(tree, officer):
    first = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    assert services.quiz_attempt_start(user=officer, quiz=tree.quiz).pk == first.pk
    services.quiz_attempt_submit(user=officer, attempt_id=first.pk, answers=answers_for(first, correct=False))
    second = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    assert (first.number, second.number) == (1, 2)


def test_a_start_marks_the_module_started_then_moves_only_the_last_activity(tree, officer):
    from datetime import timedelta

    from django.utils import timezone

    first = services.quiz_attempt_start(user=officer, quiz=tree.quiz)  # the officer's first record in the module
    row = ModuleProgress.objects.get(user=officer, module_id=tree.module.pk)
    assert row.status == "in_progress" and row.started_at == first.started_at and row.attempts == 0
    services.quiz_attempt_submit(user=officer, attempt_id=first.pk, answers=answers_for(first, correct=False))
    before = ModuleProgress.objects.get(pk=row.pk)
    later = timezone.now() + timedelta(minutes=5)
    services.quiz_attempt_start(user=officer, quiz=tree.quiz, now=later)
    after = ModuleProgress.objects.get(pk=row.pk)
    assert after.last_activity == later and after.started_at == before.started_at
    assert (
        (after.status, after.attempts, after.percent, after.best_percent)
        == (
            before.status,
            before.attempts,
            before.percent,
            before.best_percent,
        )
        == ("in_progress", 1, before.percent, 0)
    )


def test_max_attempts_is_enforced(db, officer):
    tree = tree_create(max_attempts=1, slug="once")
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt, correct=False))
    with pytest.raises(ConflictError):
        services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    assert QuizAttempt.objects.filter(user=officer).count() == 1


def test_database_refuses_a_second_open_attempt(tree, officer):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    with pytest.raises(IntegrityError), transaction.atomic():
        QuizAttempt.objects.create(
            user=officer, quiz=tree.quiz, module=tree.module, number=2, started_at=attempt.started_at, pass_mark=70
        )


def test_draft_questions_never_reach_an_attempt(tree, officer):
    draft = question_create("draft-q", publish=False)
    QuizQuestion.objects.create(quiz=tree.quiz, question=draft, sort_order=99)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    assert draft.pk not in set(attempt.answers.values_list("question_id", flat=True))
    assert attempt.answers.count() == 3


def test_attempt_is_scored_against_the_versions_it_showed(tree, officer):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    answers = answers_for(attempt)
    # A trainer republishes question 1 mid-attempt, making another choice the correct one.
    question = tree.questions[0]
    for choice in question.choices.all():
        choice.is_correct = not choice.is_correct if choice.sort_order < 2 else False
    question.save()
    question.save_revision().publish()
    result = services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers)
    assert result.attempt.score == 3


def test_module_completions_are_append_only(tree, officer):
    for lesson in tree.lessons:
        services.lesson_complete(user=officer, lesson=lesson)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt))
    completion = ModuleCompletion.objects.get(user=officer)
    with pytest.raises(PermissionError):
        completion.delete()
    with pytest.raises(PermissionError):
        ModuleCompletion.objects.filter(user=officer).delete()
    completion.percent = 1
    with pytest.raises(PermissionError):
        completion.save()
    assert ModuleCompletion.objects.get(user=officer).percent == 100


def test_an_expired_open_attempt_is_closed_when_the_officer_starts_again(db, officer):
    from datetime import timedelta

    from django.utils import timezone

    tree = tree_create(slug="expire")
    tree.quiz.time_limit_minutes = 5
    tree.quiz.save_revision().publish()
    first = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    second = services.quiz_attempt_start(user=officer, quiz=tree.quiz, now=timezone.now() + timedelta(minutes=6))
    first.refresh_from_db()
    assert first.state == "submitted" and first.score == 0 and second.number == 2 and second.is_open


def test_database_constraints_carry_the_rules():
    """R12: the integrity rules live in the schema, not only in code."""
    from curriculum.models import LessonCompletion, ModuleCompletion, ModuleProgress

    names = lambda model: {c.name for c in model._meta.constraints}  # noqa: E731
    assert "lessoncompletion_once_per_cycle" in names(LessonCompletion)  # once per officer, lesson and cycle
    assert {"quizattempt_unique_number", "quizattempt_one_open_per_quiz", "quizattempt_state_consistent"} <= names(
        QuizAttempt
    )
    assert {"attemptanswer_once_per_question"} <= names(AttemptAnswer)
    assert "moduleprogress_one_per_user" in names(ModuleProgress)
    protect = {f.name: f.remote_field.on_delete.__name__ for f in ModuleCompletion._meta.fields if f.is_relation}
    assert protect["user"] == "PROTECT" and protect["module"] == "PROTECT"
