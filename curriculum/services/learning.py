"""Learning services: lesson completion, the prerequisites rule and the module progress row (quiz attempts:
curriculum/services/quiz.py).

Each service runs in one transaction. Concurrency is handled by database constraints plus row
locks (select_for_update on PostgreSQL; SQLite serialises writers with BEGIN IMMEDIATE).
"""

import logging
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.domain import rules
from curriculum.domain.errors import AccessDeniedError, NotFoundError
from curriculum.models import LessonCompletion, LessonPage, ModuleCompletion, ModulePage, ModuleProgress, QuizAttempt
from curriculum.models.rows import row_lock, row_save
from curriculum.selectors import module_steps_get
from curriculum.selectors.prerequisites import locked_message, module_missing_prerequisites
from curriculum.services.organisation import progress_placement_apply
from curriculum.services.recertification import progress_locked_current
from curriculum.services.xapi import lesson_completed_queue

logger = logging.getLogger("signaal.audit")


# ---------------------------------------------------------------- lessons


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage, now: datetime | None = None) -> ModuleProgress:
    """Mark a live lesson as done for this officer (idempotent) and return the updated module progress."""
    now = now or timezone.now()
    module = lesson.get_parent()  # cached by the page route; a base page is enough here
    if module is None or module.specific_class is not ModulePage or not lesson.live:
        raise NotFoundError(_("Deze les hoort niet bij een gepubliceerde module."))
    prerequisites_require(user=user, module=module)
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


def prerequisites_require(*, user, module: ModulePage) -> None:
    """A module whose prerequisites are not completed takes no learning records (403)."""
    if missing := module_missing_prerequisites(user=user, module=module):
        raise AccessDeniedError(locked_message(missing))


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
        progress.expires_at = rules.add_months(now, validity) if validity else None
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
