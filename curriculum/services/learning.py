"""Learning services: lesson completion, quiz attempts and the module progress row.

Each service runs in one transaction. Concurrency is handled by database constraints plus row
locks (select_for_update on PostgreSQL; SQLite serialises writers with BEGIN IMMEDIATE).
"""

import calendar
import logging
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum import rules
from curriculum.models import (
    AttemptAnswer,
    LessonCompletion,
    LessonPage,
    ModuleCompletion,
    ModulePage,
    ModuleProgress,
    Question,
    QuizAttempt,
    QuizPage,
    QuizQuestion,
)
from curriculum.selectors import questions_last_shown_get, quiz_questions_draw
from curriculum.services.organisation import progress_placement_apply

logger = logging.getLogger("signaal.audit")
LATE_GRACE_SECONDS = 30


class QuizError(Exception):
    """A request the officer can fix or understand; views turn it into a 4xx with this message."""

    status = 400

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


@dataclass(frozen=True)
class SubmitResult:
    attempt: QuizAttempt
    duplicate: bool = False
    late: bool = False


def _add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def _shown_questions(rows) -> dict[int, Question]:
    """Each answer row's question exactly as the attempt showed it (its revision, with choices); built once."""
    return {row.pk: row.revision.as_object() for row in rows}


# ---------------------------------------------------------------- lessons


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage, now: datetime | None = None) -> LessonCompletion:
    """Mark a live lesson as done for this officer (idempotent) and update the module progress."""
    now = now or timezone.now()
    module = lesson.module()
    if not isinstance(module, ModulePage) or not lesson.live:
        raise QuizError(_("Deze les hoort niet bij een gepubliceerde module."), status=404)
    completion, _created = LessonCompletion.objects.get_or_create(
        user=user, lesson=lesson, defaults={"module": module, "completed_at": now}
    )
    module_progress_refresh(user=user, module=module, now=now)
    return completion


# ---------------------------------------------------------------- quiz attempts


def quiz_questions_published(quiz: QuizPage) -> list[Question]:
    """The quiz's questions that are published, in the trainer's order. Drafts never reach officers."""
    links = (
        QuizQuestion.objects.filter(quiz=quiz, question__live=True)
        .select_related("question", "question__live_revision")
        .order_by("sort_order", "pk")
    )
    return [link.question for link in links]


@transaction.atomic
def quiz_attempt_start(*, user, quiz: QuizPage, now: datetime | None = None) -> QuizAttempt:
    """Open an attempt (or return the open one), freezing what it shows.

    The attempt draws the quiz's number of questions per attempt from its published questions (the
    ones this officer saw longest ago first), and stores for each drawn question the revision and the
    choice order shown. Scoring and the pass mark use exactly these rows.
    """
    now = now or timezone.now()
    # Serialise starts per officer so parallel requests cannot exceed max_attempts.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    open_attempt = QuizAttempt.objects.filter(user=user, quiz=quiz, state=QuizAttempt.State.STARTED).first()
    if open_attempt and _is_late(open_attempt, now):
        rows = list(open_attempt.answers.select_related("revision").order_by("position"))
        _attempt_close(attempt=open_attempt, rows=rows, answers={}, now=now, late=True)
    elif open_attempt:
        return open_attempt
    used = QuizAttempt.objects.filter(user=user, quiz=quiz).count()
    if quiz.max_attempts and used >= quiz.max_attempts:
        raise QuizError(_("Je hebt het maximale aantal pogingen voor deze toets gebruikt."), status=409)
    questions = quiz_questions_published(quiz)
    if not questions:
        raise QuizError(_("Deze toets heeft nog geen gepubliceerde vragen."), status=409)
    module = quiz.module()
    number = (QuizAttempt.objects.filter(user=user, quiz=quiz).aggregate(n=Max("number"))["n"] or 0) + 1
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    attempt = QuizAttempt.objects.create(
        user=user, quiz=quiz, module=module, number=number, started_at=now, deadline=deadline, pass_mark=quiz.pass_mark
    )
    rng = random.SystemRandom()
    last_shown = questions_last_shown_get(user=user, quiz=quiz) if quiz.questions_per_attempt else {}
    questions = quiz_questions_draw(
        questions, count=quiz.questions_per_attempt, shuffle=quiz.shuffle, last_shown=last_shown, rng=rng
    )
    rows = []
    for position, question in enumerate(questions):
        revision = question.live_revision or question.save_revision()
        choice_ids = [c.pk for c in revision.as_object().choices.all()]
        if quiz.shuffle:
            rng.shuffle(choice_ids)
        rows.append(
            AttemptAnswer(
                attempt=attempt, question=question, revision=revision, position=position, choice_order=choice_ids
            )
        )
    AttemptAnswer.objects.bulk_create(rows)
    module_progress_refresh(user=user, module=module, now=now)
    logger.info("quiz_attempt_start user=%s quiz=%s attempt=%s number=%s", user.pk, quiz.pk, attempt.pk, number)
    return attempt


def _normalise(answers: Mapping[int, Sequence[int]]) -> dict[int, list[int]]:
    return {int(q): sorted({int(c) for c in chosen}) for q, chosen in answers.items()}


def _validate_answers(rows, shown: dict[int, Question], answers: dict[int, list[int]]) -> None:
    by_question = {row.question_id: row for row in rows}
    unknown = set(answers) - set(by_question)
    if unknown:
        raise QuizError(_("Je antwoord hoort bij een vraag die niet in deze poging staat."))
    for row in rows:
        chosen = answers.get(row.question_id) or []
        if not chosen:
            raise QuizError(
                _("Beantwoord alle vragen voordat je inlevert (vraag %(n)d is nog open).") % {"n": row.position + 1}
            )
        if not set(chosen) <= set(row.choice_order):
            raise QuizError(_("Een gekozen antwoord hoort niet bij vraag %(n)d.") % {"n": row.position + 1})
        if shown[row.pk].kind != Question.Kind.MULTIPLE and len(chosen) != 1:
            raise QuizError(_("Kies bij vraag %(n)d precies één antwoord.") % {"n": row.position + 1})


@transaction.atomic
def quiz_attempt_submit(
    *, user, attempt_id: int, answers: Mapping[int, Sequence[int]], now: datetime | None = None
) -> SubmitResult:
    """Score an open attempt against the question versions it showed; a repeat returns the stored result.

    Raises QuizError (404 for someone else's or an unknown attempt, 409 when the attempt was already
    closed with other answers, 400 for invalid answers). Nothing is written when it raises.
    """
    now = now or timezone.now()
    attempt = QuizAttempt.objects.select_for_update().filter(pk=attempt_id, user=user).first()
    if attempt is None:
        raise QuizError(_("Deze toetspoging bestaat niet of is niet van jou."), status=404)
    answers = _normalise(answers)
    rows = list(attempt.answers.select_related("revision").order_by("position"))
    if attempt.state == QuizAttempt.State.SUBMITTED:
        stored = {row.question_id: sorted(row.chosen or []) for row in rows}
        if stored == answers:
            return SubmitResult(attempt=attempt, duplicate=True)
        raise QuizError(_("Deze poging is al ingeleverd; je antwoorden zijn niet gewijzigd."), status=409)

    late = _is_late(attempt, now)
    shown = _shown_questions(rows)
    if late:
        answers = {}  # the server clock decides: nothing sent after the deadline counts
    else:
        _validate_answers(rows, shown, answers)

    attempt = _attempt_close(attempt=attempt, rows=rows, shown=shown, answers=answers, now=now, late=late)
    return SubmitResult(attempt=attempt, late=late)


def _is_late(attempt: QuizAttempt, now: datetime) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + timedelta(seconds=LATE_GRACE_SECONDS)


def _attempt_close(
    *, attempt: QuizAttempt, rows, answers: dict[int, list[int]], now: datetime, late: bool, shown=None
) -> QuizAttempt:
    """Score against the revisions shown and move started → submitted (guarded). Caller holds the row lock."""
    shown = shown if shown is not None else _shown_questions(rows)
    score = 0
    for row in rows:
        question = shown[row.pk]
        correct_ids = sorted(c.pk for c in question.choices.all() if c.is_correct)
        row.chosen = answers.get(row.question_id, [])
        row.correct = row.chosen == correct_ids
        score += int(row.correct)
    AttemptAnswer.objects.bulk_update(rows, ["chosen", "correct"])
    max_score = len(rows)
    percent = round(100 * score / max_score) if max_score else 0
    passed = percent >= attempt.pass_mark
    updated = QuizAttempt.objects.filter(pk=attempt.pk, state=QuizAttempt.State.STARTED).update(
        state=QuizAttempt.State.SUBMITTED,
        submitted_at=now,
        score=score,
        max_score=max_score,
        percent=percent,
        passed=passed,
    )
    if updated != 1:  # cannot happen while we hold the row lock; refuse rather than overwrite
        raise QuizError(_("Deze poging is al ingeleverd."), status=409)
    attempt.refresh_from_db()
    module_progress_refresh(user=attempt.user, module=attempt.module, now=now)
    logger.info(
        "quiz_attempt_submit user=%s quiz=%s attempt=%s score=%s/%s passed=%s late=%s",
        attempt.user_id,
        attempt.quiz_id,
        attempt.pk,
        score,
        max_score,
        passed,
        late,
    )
    return attempt


def quiz_attempts_expired_close(*, now: datetime | None = None, limit: int = 500) -> int:
    """Close open attempts whose time limit (plus grace) has passed; answers after the deadline never count.

    Safe to run in several workers at once: each attempt is locked with SKIP LOCKED and closed once.
    """
    now = now or timezone.now()
    closed = 0
    cutoff = now - timedelta(seconds=LATE_GRACE_SECONDS)
    with transaction.atomic():
        expired = list(
            QuizAttempt.objects.select_for_update(skip_locked=True)
            .filter(state=QuizAttempt.State.STARTED, deadline__lt=cutoff)
            .select_related("user")[:limit]
        )
        for attempt in expired:
            rows = list(attempt.answers.select_related("revision").order_by("position"))
            _attempt_close(attempt=attempt, rows=rows, answers={}, now=now, late=True)
            closed += 1
    return closed


# ---------------------------------------------------------------- progress


def module_progress_refresh(*, user, module: ModulePage, now: datetime | None = None) -> ModuleProgress:
    """Recompute one officer's progress row for one module; append a completion when newly complete.

    Must run inside the caller's transaction. The progress row is locked first, so two requests that
    finish the module at the same moment record one completion.
    """
    now = now or timezone.now()
    progress, created = ModuleProgress.objects.select_for_update().get_or_create(user=user, module=module)
    if created:
        progress_placement_apply(progress)
    lesson_ids = list(module.lessons().values_list("pk", flat=True))
    lessons_done = LessonCompletion.objects.filter(user=user, lesson_id__in=lesson_ids).count()
    quiz = module.quiz()
    submitted = QuizAttempt.objects.filter(user=user, module=module, state=QuizAttempt.State.SUBMITTED)
    if quiz is not None:
        submitted = submitted.filter(quiz=quiz)
    stats = submitted.aggregate(best=Max("percent"))
    quiz_passed = quiz is not None and submitted.filter(passed=True).exists()
    any_attempt = QuizAttempt.objects.filter(user=user, module=module).exists()

    steps = rules.module_steps(
        lessons_done=lessons_done, lessons_total=len(lesson_ids), has_quiz=quiz is not None, quiz_passed=quiz_passed
    )
    progress.lessons_done = lessons_done
    progress.lessons_total = len(lesson_ids)
    progress.quiz_passed = quiz_passed
    progress.best_percent = stats["best"]
    progress.attempts = submitted.count()
    progress.last_activity = now
    if steps.done or any_attempt:
        progress.started_at = progress.started_at or now
    newly_complete = steps.complete and progress.status != ModuleProgress.Status.COMPLETED
    if newly_complete:
        progress.status = ModuleProgress.Status.COMPLETED
        progress.completed_at = now
        progress.expires_at = _add_months(now, module.validity_months) if module.validity_months else None
        revision = module.live_revision
        ModuleCompletion.objects.create(
            user=user,
            module=module,
            completed_at=now,
            percent=stats["best"],
            module_revision=revision,
            expires_at=progress.expires_at,
        )
        logger.info("module_complete user=%s module=%s", user.pk, module.pk)
    elif progress.status != ModuleProgress.Status.COMPLETED:
        progress.status = (
            ModuleProgress.Status.IN_PROGRESS if progress.started_at else ModuleProgress.Status.NOT_STARTED
        )
    progress.percent = steps.percent(completed=progress.status == ModuleProgress.Status.COMPLETED)
    progress.save()
    return progress
