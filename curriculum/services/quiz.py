"""Quiz services: start an attempt (freezing the questions it shows), submit it, close attempts whose time ran out.

Each service runs in one transaction; the attempt's row lock (or the progress row's, at a start) serialises
an officer's parallel requests. Scoring uses the question versions the attempt froze, never the live ones.
"""

import logging
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from curriculum.domain import rules
from curriculum.domain.errors import ConflictError, DomainError, NotFoundError
from curriculum.models import AttemptAnswer, ModuleProgress, Question, QuizAttempt, QuizPage
from curriculum.models.rows import row_lock, rows_update
from curriculum.models.snapshot import correct_choice_ids, row_snapshot
from curriculum.selectors import questions_last_shown_get, quiz_questions_draw
from curriculum.selectors.attempts import attempt_answer_rows, quiz_attempts_get
from curriculum.selectors.quiz_pool import quiz_pool_get
from curriculum.services.learning import module_progress_refresh, prerequisites_require
from curriculum.services.recertification import progress_locked_current
from curriculum.services.signal_rollup import signal_rollup_attempt_add
from curriculum.services.xapi import attempt_submitted_queue

logger = logging.getLogger("signaal.audit")
LATE_GRACE_SECONDS = 30


class QuizError(DomainError):
    """Invalid answers or a form the officer must reload (400). Other quiz refusals raise the more specific
    domain errors: NotFoundError, AccessDeniedError, ConflictError (curriculum/domain/errors.py)."""


class QuizUnansweredError(QuizError):
    """A question of the attempt has no answer: an ordinary slip (a checkbox group left empty), so the view gives
    the form back with the open question marked. `position`: the first open question's number (1-based)."""

    def __init__(self, message: str, *, position: int):
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class SubmitResult:
    attempt: QuizAttempt
    duplicate: bool = False
    late: bool = False


def _shown_questions(rows) -> dict[int, dict]:
    """Each answer row's question exactly as the attempt showed it: the snapshot frozen at its start."""
    return {row.pk: row_snapshot(row) for row in rows}


@transaction.atomic
def quiz_attempt_start(*, user, quiz: QuizPage, now: datetime | None = None) -> QuizAttempt:
    """Open an attempt (or return the open one), freezing what it shows.

    The attempt draws the quiz's number of questions per attempt from its published questions (the
    ones this officer saw longest ago first), and stores for each drawn question the revision and the
    choice order shown. Scoring and the pass mark use exactly these rows.
    """
    now = now or timezone.now()
    module = quiz.get_parent()  # cached by the page route; a base page is enough here
    prerequisites_require(user=user, module=module)
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
            raise QuizUnansweredError(
                _("Beantwoord alle vragen voordat je inlevert (vraag %(n)d is nog open).") % {"n": row.position + 1},
                position=row.position + 1,
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


def _module_base(module_id: int) -> Page:
    """The module as a base page: enough for the progress refresh when the caller had no page at hand."""
    return Page.objects.get(pk=module_id)


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


@transaction.atomic
def quiz_attempt_expire(*, user, attempt_id: int, now: datetime | None = None) -> QuizAttempt | None:
    """Close this officer's open attempt if its time limit (plus grace) has passed, as the job below does: scored
    without answers. Returns the closed attempt, or None when it is not open or still within its time."""
    now = now or timezone.now()
    attempt = row_lock(QuizAttempt, pk=attempt_id, user_id=user.pk)
    if attempt is None or attempt.state != QuizAttempt.State.STARTED or not _is_late(attempt, now):
        return None
    attempt.user = user
    return _attempt_close(attempt=attempt, rows=attempt_answer_rows(attempt), answers={}, now=now, late=True)


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
