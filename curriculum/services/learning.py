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
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum import rules
from curriculum.errors import AccessDeniedError, ConflictError, DomainError, NotFoundError
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
)
from curriculum.models.rows import row_lock, row_save, rows_update
from curriculum.models.snapshot import correct_choice_ids, row_snapshot
from curriculum.selectors import (
    module_steps_get,
    questions_last_shown_get,
    quiz_questions_draw,
)
from curriculum.selectors.attempts import attempt_answer_rows, quiz_attempts_get
from curriculum.selectors.prerequisites import locked_message, module_missing_prerequisites
from curriculum.selectors.quiz_pool import quiz_pool_get
from curriculum.services.organisation import progress_placement_apply
from curriculum.services.recertification import progress_locked_current
from curriculum.services.signal_rollup import signal_rollup_attempt_add
from curriculum.services.xapi import attempt_submitted_queue, lesson_completed_queue

logger = logging.getLogger("signaal.audit")
LATE_GRACE_SECONDS = 30


class QuizError(DomainError):
    """Invalid answers or a form the officer must reload (400). Other quiz refusals raise the more specific
    domain errors: NotFoundError, AccessDeniedError, ConflictError (curriculum/errors.py)."""


@dataclass(frozen=True)
class SubmitResult:
    attempt: QuizAttempt
    duplicate: bool = False
    late: bool = False


def _add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def _shown_questions(rows) -> dict[int, dict]:
    """Each answer row's question exactly as the attempt showed it: the snapshot frozen at its start."""
    return {row.pk: row_snapshot(row) for row in rows}


# ---------------------------------------------------------------- lessons


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage, now: datetime | None = None) -> ModuleProgress:
    """Mark a live lesson as done for this officer (idempotent) and return the updated module progress."""
    now = now or timezone.now()
    module = lesson.get_parent()  # cached by the page route; a base page is enough here
    if module is None or module.specific_class is not ModulePage or not lesson.live:
        raise NotFoundError(_("Deze les hoort niet bij een gepubliceerde module."))
    _refuse_locked(user, module)
    progress = progress_locked_current(user=user, module=module, now=now)
    cycle = progress.cycle if progress is not None else 1
    # One INSERT … ON CONFLICT DO NOTHING: a repeat (or a parallel double click) keeps the first completion.
    LessonCompletion.objects.bulk_create(
        [LessonCompletion(user=user, lesson=lesson, module_id=module.pk, completed_at=now, cycle=cycle)],
        ignore_conflicts=True,
    )
    progress = module_progress_refresh(user=user, module=module, now=now, progress=progress)
    lesson_completed_queue(user=user, lesson=lesson, module=module, cycle=cycle, progress=progress, now=now)
    return progress


def _refuse_locked(user, module: ModulePage) -> None:
    """A module whose prerequisites are not completed takes no learning records (403)."""
    if missing := module_missing_prerequisites(user=user, module=module):
        raise AccessDeniedError(locked_message(missing))


# ---------------------------------------------------------------- quiz attempts


@transaction.atomic
def quiz_attempt_start(*, user, quiz: QuizPage, now: datetime | None = None) -> QuizAttempt:
    """Open an attempt (or return the open one), freezing what it shows.

    The attempt draws the quiz's number of questions per attempt from its published questions (the
    ones this officer saw longest ago first), and stores for each drawn question the revision and the
    choice order shown. Scoring and the pass mark use exactly these rows.
    """
    now = now or timezone.now()
    module = quiz.get_parent()  # cached by the page route; a base page is enough here
    _refuse_locked(user, module)
    # Serialise starts per officer and module so parallel requests cannot exceed max_attempts: the progress row's
    # lock does it. Before the officer's first record in the module there is no row to lock: then the user's.
    progress = progress_locked_current(user=user, module=module, now=now)
    if progress is None:
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        progress = progress_locked_current(user=user, module=module, now=now)  # made meanwhile by another request
    cycle = progress.cycle if progress is not None else 1
    mine = quiz_attempts_get(user=user, quiz=quiz)  # rows; only the open one is an object
    open_attempt = mine.open
    if open_attempt and (_is_late(open_attempt, now) or open_attempt.cycle != cycle):
        rows = attempt_answer_rows(open_attempt)
        open_attempt.user = user
        _attempt_close(attempt=open_attempt, rows=rows, answers={}, now=now, late=True)
    elif open_attempt:
        return open_attempt
    used = len(mine.in_cycle(cycle))  # each cycle has the quiz's full number of attempts
    if not rules.quiz_attempt_allowed(max_attempts=quiz.max_attempts, used=used):
        raise ConflictError(_("Je hebt het maximale aantal pogingen voor deze toets gebruikt."))
    pool = quiz_pool_get(quiz)
    if not pool:
        raise ConflictError(_("Deze toets heeft nog geen gepubliceerde vragen."))
    number = mine.next_number
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    attempt = QuizAttempt.objects.create(
        user=user,
        quiz=quiz,
        module_id=module.pk,
        number=number,
        started_at=now,
        deadline=deadline,
        pass_mark=quiz.pass_mark,
        cycle=cycle,
    )
    rng = random.SystemRandom()
    last_shown = questions_last_shown_get(user=user, quiz=quiz) if quiz.questions_per_attempt else {}
    drawn = quiz_questions_draw(
        pool, count=quiz.questions_per_attempt, shuffle=quiz.shuffle, last_shown=last_shown, rng=rng
    )
    rows = []
    for position, question in enumerate(drawn):
        # The version shown, frozen as plain data: later steps read it with the row instead of rebuilding it.
        choice_ids = [c["id"] for c in question.shown["choices"]]
        if quiz.shuffle:
            rng.shuffle(choice_ids)
        rows.append(
            AttemptAnswer(
                attempt=attempt,
                question_id=question.pk,
                revision_id=question.revision_id,
                position=position,
                choice_order=choice_ids,
                shown=question.shown,
            )
        )
    AttemptAnswer.objects.bulk_create(rows)
    if progress is not None and progress.started_at is not None:
        # The row already counts as started: a start changes only the last activity (the counts change with a
        # lesson or a submit, which refresh the row); a first start (or a new cycle's) refreshes it.
        rows_update(ModuleProgress, {"last_activity": now}, pk=progress.pk)
    else:
        module_progress_refresh(user=user, module=module, now=now, progress=progress)
    logger.info("quiz_attempt_start user=%s quiz=%s attempt=%s number=%s", user.pk, quiz.pk, attempt.pk, number)
    return attempt


def _normalise(answers: Mapping[int, Sequence[int]]) -> dict[int, list[int]]:
    return {int(q): sorted({int(c) for c in chosen}) for q, chosen in answers.items()}


def _validate_answers(rows, shown: dict[int, dict], answers: dict[int, list[int]]) -> None:
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
        if shown[row.pk]["kind"] != Question.Kind.MULTIPLE and len(chosen) != 1:
            raise QuizError(_("Kies bij vraag %(n)d precies één antwoord.") % {"n": row.position + 1})


@transaction.atomic
def quiz_attempt_submit(
    *, user, attempt_id: int, answers: Mapping[int, Sequence[int]], now: datetime | None = None, module=None, quiz=None
) -> SubmitResult:
    """Score an open attempt against the question versions it showed; a repeat returns the stored result.

    Raises NotFoundError for someone else's or an unknown attempt, ConflictError when the attempt was already
    closed with other answers, QuizError for invalid answers. Nothing is written when it raises. `module`, `quiz`: the
    pages the caller already has (used only if they are the attempt's; saves a query).
    """
    now = now or timezone.now()
    attempt = row_lock(QuizAttempt, pk=attempt_id, user_id=user.pk)
    if attempt is None:
        raise NotFoundError(_("Deze toetspoging bestaat niet of is niet van jou."))
    attempt.user = user
    answers = _normalise(answers)
    rows = attempt_answer_rows(attempt)
    if attempt.state == QuizAttempt.State.SUBMITTED:
        stored = {row.question_id: sorted(row.chosen or []) for row in rows}
        if stored == answers:
            return SubmitResult(attempt=attempt, duplicate=True)
        raise ConflictError(_("Deze poging is al ingeleverd; je antwoorden zijn niet gewijzigd."))

    late = _is_late(attempt, now)
    shown = _shown_questions(rows)
    if late:
        answers = {}  # the server clock decides: nothing sent after the deadline counts
    else:
        _validate_answers(rows, shown, answers)

    if module is not None and module.pk == attempt.module_id:
        attempt._module_page = module
    if quiz is not None and quiz.pk == attempt.quiz_id:
        attempt._quiz_page = quiz
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
        correct_ids = correct_choice_ids(shown[row.pk])
        row.chosen = answers.get(row.question_id, [])
        row.correct = row.chosen == correct_ids
        score += int(row.correct)
    _answers_grade_write(rows)
    max_score = len(rows)
    percent = round(100 * score / max_score) if max_score else 0
    passed = percent >= attempt.pass_mark
    closed = {
        "state": QuizAttempt.State.SUBMITTED,
        "submitted_at": now,
        "score": score,
        "max_score": max_score,
        "percent": percent,
        "passed": passed,
    }
    updated = rows_update(QuizAttempt, closed, pk=attempt.pk, state=QuizAttempt.State.STARTED)
    if updated != 1:  # cannot happen while we hold the row lock; refuse rather than overwrite
        raise ConflictError(_("Deze poging is al ingeleverd."))
    attempt.state, attempt.submitted_at = QuizAttempt.State.SUBMITTED, now
    attempt.score, attempt.max_score, attempt.percent, attempt.passed = score, max_score, percent, passed
    module = getattr(attempt, "_module_page", None) or _module_base(attempt.module_id)
    progress = module_progress_refresh(user=attempt.user, module=module, now=now)
    signal_rollup_attempt_add(unit_id=progress.unit_id, rows=rows, shown=shown, submitted_at=now)
    quiz = getattr(attempt, "_quiz_page", None)
    attempt_submitted_queue(attempt=attempt, module=module, progress=progress, quiz=quiz)
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


def _answers_grade_write(rows) -> None:
    """Store each answer row's `chosen` and `correct` in one UPDATE. What bulk_update writes, without its cost:
    building a CASE expression per row through the ORM took a quarter of a submit's CPU (bench/README.md)."""
    if not rows:
        return
    chosen = AttemptAnswer._meta.get_field("chosen")
    whens = " ".join(["WHEN %s THEN %s"] * len(rows))
    table, ids = connection.ops.quote_name(AttemptAnswer._meta.db_table), ", ".join(["%s"] * len(rows))
    # The table name comes from model metadata and is quoted; every value goes as a parameter.
    sql = f"UPDATE {table} SET chosen = CASE id {whens} END, correct = CASE id {whens} END WHERE id IN ({ids})"  # nosec B608
    params = [value for row in rows for value in (row.pk, chosen.get_db_prep_value(row.chosen, connection))]
    params += [value for row in rows for value in (row.pk, row.correct)]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *(row.pk for row in rows)])


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
            rows = attempt_answer_rows(attempt)
            _attempt_close(attempt=attempt, rows=rows, answers={}, now=now, late=True)
            closed += 1
    return closed


# ---------------------------------------------------------------- progress


# What module_progress_refresh computes; the rest of the row (unit, due dates, cycle) belongs to other services.
REFRESHED_FIELDS = [
    "lessons_done",
    "lessons_total",
    "quiz_passed",
    "best_percent",
    "attempts",
    "last_activity",
    "started_at",
    "status",
    "completed_at",
    "expires_at",
    "percent",
]


def _module_base(module_id: int):
    from wagtail.models import Page

    return Page.objects.get(pk=module_id)


def _progress_create(*, user, module) -> tuple[ModuleProgress, bool]:
    """A new progress row with its placement (unit, due date), or, when a parallel request made it first, that row
    locked (what get_or_create does, without its first SELECT: the caller has just looked)."""
    try:
        with transaction.atomic():
            progress = ModuleProgress.objects.create(user=user, module_id=module.pk)
    except IntegrityError:
        return row_lock(ModuleProgress, user_id=user.pk, module_id=module.pk), False
    progress_placement_apply(progress)
    return progress, True


def module_progress_refresh(
    *, user, module, now: datetime | None = None, progress: ModuleProgress | None = None
) -> ModuleProgress:
    """Recompute one officer's progress row for one module; append a completion when newly complete.

    `module` is the ModulePage or its base Page. Must run inside the caller's transaction. The progress row
    is locked first, so two requests that finish the module at the same moment record one completion.
    Three queries when the row exists: the lock, the module's live lessons and quiz with this officer's ticks
    and results (curriculum.selectors.module_steps_get), the update.
    """
    now = now or timezone.now()
    created = False
    if progress is None:  # else: the caller's row, locked in this transaction (progress_locked_current)
        progress = row_lock(ModuleProgress, user_id=user.pk, module_id=module.pk)
        if progress is None:
            progress, created = _progress_create(user=user, module=module)
    cycle = progress.cycle  # only records of the current cycle count (services/recertification.py)
    module.__dict__.pop("_signaal_steps", None)  # read after the lock, never from earlier in the request
    steps = module_steps_get(module=module, user=user, cycle=cycle)
    quiz = steps.quiz
    if quiz is not None:  # the quiz row carries this officer's results on it
        stats = {
            "best": quiz.best_percent,
            "submitted": quiz.submitted_count or 0,
            "passed": quiz.passed_count or 0,
            "any_attempt": quiz.any_attempt,
        }
    else:  # no published quiz: whatever was submitted in the module in this cycle
        submitted = Q(state=QuizAttempt.State.SUBMITTED)
        stats = QuizAttempt.objects.filter(user=user, module_id=module.pk, cycle=cycle).aggregate(
            best=Max("percent", filter=submitted),
            submitted=Count("pk", filter=submitted),
            passed=Count("pk", filter=submitted & Q(passed=True)),
            any_attempt=Count("pk"),
        )
    quiz_passed = quiz is not None and stats["passed"] > 0
    lessons_done = sum(1 for lesson in steps.lessons if lesson.done)

    count = rules.module_steps(
        lessons_done=lessons_done, lessons_total=len(steps.lessons), has_quiz=quiz is not None, quiz_passed=quiz_passed
    )
    progress.lessons_done = lessons_done
    progress.lessons_total = len(steps.lessons)
    progress.quiz_passed = quiz_passed
    progress.best_percent = stats["best"]
    progress.attempts = stats["submitted"]
    progress.last_activity = now
    if count.done or stats["any_attempt"]:
        progress.started_at = progress.started_at or now
    newly_complete = count.complete and progress.status != ModuleProgress.Status.COMPLETED
    progress.completion_new = None  # the ModuleCompletion this call appended, if any (the xAPI statement reads it)
    if newly_complete:
        validity = (
            module.validity_months
            if isinstance(module, ModulePage)
            else ModulePage.objects.filter(pk=module.pk).values_list("validity_months", flat=True).first()
        )
        progress.status = ModuleProgress.Status.COMPLETED
        progress.completed_at = now
        progress.expires_at = _add_months(now, validity) if validity else None
        progress.completion_new = ModuleCompletion.objects.create(
            user=user,
            module_id=module.pk,
            completed_at=now,
            percent=stats["best"],
            module_revision_id=module.live_revision_id,
            expires_at=progress.expires_at,
            cycle=cycle,
        )
        logger.info("module_complete user=%s module=%s", user.pk, module.pk)
    elif progress.status != ModuleProgress.Status.COMPLETED:
        progress.status = (
            ModuleProgress.Status.IN_PROGRESS if progress.started_at else ModuleProgress.Status.NOT_STARTED
        )
    progress.percent = count.percent(completed=progress.status == ModuleProgress.Status.COMPLETED)
    # A new row gets its placement (unit, due date) saved with it; an existing one only what a refresh computes.
    if created:
        progress.save()
    else:
        row_save(progress, REFRESHED_FIELDS)
    return progress
