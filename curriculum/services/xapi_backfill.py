"""Back-fill: queue xAPI statements for the learning history from before an LRS was configured.

`manage.py xapi_backfill` reads each kind of learning record in keyset batches (primary-key order), builds its
statement with the same functions as the live path (curriculum/domain/xapi.py, so the same statement ids) and queues it
with INSERT … ON CONFLICT DO NOTHING, one transaction per batch. Running it twice, or while officers are
learning, queues every event once; memory holds one batch at a time. The worker sends them as usual.
"""

from collections.abc import Callable, Iterator

from django.db import transaction
from django.db.models import Min
from wagtail.models import Page

from curriculum.domain import xapi
from curriculum.models import (
    CycleReason,
    LessonCompletion,
    ModuleCompletion,
    ModuleCycle,
    QuizAttempt,
    XapiStatement,
)
from curriculum.services.xapi import expiry_items, statements_queue

Event = XapiStatement.Event


def _batches(queryset, size: int) -> Iterator[list]:
    last = 0
    while True:
        rows = list(queryset.filter(pk__gt=last).order_by("pk")[:size])
        if not rows:
            return
        last = rows[-1].pk
        yield rows


def _titles(page_ids) -> dict[int, str]:
    return dict(Page.objects.filter(pk__in=set(page_ids)).values_list("pk", "title"))


def _lessons(rows: list[LessonCompletion]) -> list:
    titles = _titles([r.lesson_id for r in rows] + [r.module_id for r in rows])
    return [
        (
            Event.LESSON_COMPLETED,
            xapi.lesson_completed(
                user_id=r.user_id,
                lesson_id=r.lesson_id,
                lesson_title=titles.get(r.lesson_id, ""),
                module_id=r.module_id,
                module_title=titles.get(r.module_id, ""),
                cycle=r.cycle,
                completed_at=r.completed_at,
            ),
        )
        for r in rows
    ]


def _attempts(rows: list[QuizAttempt]) -> list:
    titles = _titles([r.quiz_id for r in rows] + [r.module_id for r in rows])
    return [
        (
            Event.ATTEMPT_SUBMITTED,
            xapi.attempt_submitted(
                attempt=r, quiz_title=titles.get(r.quiz_id, ""), module_title=titles.get(r.module_id, "")
            ),
        )
        for r in rows
    ]


def _cycle_starts(rows) -> dict[tuple[int, int, int], object]:
    """(user, module, cycle) → when the officer first worked on it: what the progress row's started_at was."""
    users, modules = {r.user_id for r in rows}, {r.module_id for r in rows}
    first: dict[tuple[int, int, int], object] = {}
    for model, moment in ((LessonCompletion, "completed_at"), (QuizAttempt, "started_at")):
        found = (
            model.objects.filter(user_id__in=users, module_id__in=modules)
            .values("user_id", "module_id", "cycle")
            .annotate(at=Min(moment))
            .order_by()
        )
        for row in found:
            key = (row["user_id"], row["module_id"], row["cycle"])
            first[key] = min(filter(None, [first.get(key), row["at"]]))
    return first


def _completions(rows: list[ModuleCompletion]) -> list:
    titles = _titles([r.module_id for r in rows])
    starts = _cycle_starts(rows)
    return [
        (
            Event.MODULE_COMPLETED,
            xapi.module_completed(
                completion=r,
                module_title=titles.get(r.module_id, ""),
                started_at=starts.get((r.user_id, r.module_id, r.cycle)),
            ),
        )
        for r in rows
    ]


def _expiries(rows: list[ModuleCycle]) -> list:
    titles = _titles([r.module_id for r in rows])
    completions = ModuleCompletion.objects.filter(
        user_id__in={r.user_id for r in rows}, module_id__in={r.module_id for r in rows}, expires_at__isnull=False
    ).only("user_id", "module_id", "cycle", "expires_at")
    by_cycle = {(c.user_id, c.module_id, c.cycle): c for c in completions}
    # Each row is a cycle that began because the one before it (number - 1) expired: that cycle's completion.
    expired = [by_cycle.get((r.user_id, r.module_id, r.number - 1)) for r in rows]
    return expiry_items([c for c in expired if c is not None], titles)


SOURCES: list[tuple[str, object, Callable[[list], list]]] = [
    (Event.LESSON_COMPLETED, LessonCompletion.objects.all(), _lessons),
    (Event.ATTEMPT_SUBMITTED, QuizAttempt.objects.filter(state=QuizAttempt.State.SUBMITTED), _attempts),
    (Event.MODULE_COMPLETED, ModuleCompletion.objects.all(), _completions),
    (Event.COMPLETION_EXPIRED, ModuleCycle.objects.filter(reason=CycleReason.EXPIRED), _expiries),
]


def statements_backfill(*, batch: int = 1000, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Queue a statement for every past learning event not queued yet; returns how many were offered per event."""
    counts = {}
    for event, queryset, build in SOURCES:
        counts[event] = 0
        for rows in _batches(queryset, batch):
            with transaction.atomic():
                counts[event] += statements_queue(build(rows))
            if progress is not None:
                progress(event, counts[event])
    return counts
