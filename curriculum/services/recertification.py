"""Recertification and re-training: start a new cycle of a module for officers who must do it again.

Two reasons start a cycle: a completion expired (`ModulePage.validity_months`), or a trainer published
a material change with "Opnieuw volgen verplicht". The officer's progress row moves to cycle N+1
(not started, a new due date, which the reminders key on), a `ModuleCycle` row records it, and the
earlier completion, lesson completions and attempts stay untouched as evidence: progress counts only
records of the current cycle (their `cycle` column). Everything here is idempotent and batched.
"""

import logging
from collections import defaultdict
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from curriculum.models import CycleReason, ModuleChange, ModuleCycle, ModulePage, ModuleProgress
from curriculum.models.rows import row_lock
from curriculum.selectors.recertification import CYCLE_RESET, cycle_advance, expiry_due_date, is_expired_unmoved
from curriculum.services.xapi import completions_expired_queue

logger = logging.getLogger("signaal.audit")
Status = ModuleProgress.Status
BATCH = 1000


def _cycle_start(rows: list[ModuleProgress], *, reason: str, now: datetime, due_for, change=None, titles=None) -> int:
    """Move locked progress rows to their next cycle; `due_for(row)` gives each row's new due date."""
    if reason == CycleReason.EXPIRED:  # the xAPI statement, in this transaction, while the rows still say what expired
        completions_expired_queue(rows=rows, titles=titles)
    cycles = []
    for row in rows:
        previous = row.completed_at
        cycle_advance(row, reason=reason, now=now, due=due_for(row), change=change)
        cycles.append(
            ModuleCycle(
                user_id=row.user_id,
                module_id=row.module_id,
                number=row.cycle,
                started_at=now,
                reason=reason,
                due_date=row.due_date,
                change=change,
                previous_completed_at=previous,
            )
        )
    ModuleCycle.objects.bulk_create(cycles, batch_size=BATCH)
    # One UPDATE for what every row shares; only the due dates differ per row (expiry + grace).
    ModuleProgress.objects.filter(pk__in=[row.pk for row in rows]).update(
        cycle=F("cycle") + 1, cycle_started_at=now, cycle_reason=reason, change=change, **CYCLE_RESET
    )
    by_due = defaultdict(list)
    for row in rows:
        by_due[row.due_date].append(row.pk)
    for due, ids in by_due.items():
        ModuleProgress.objects.filter(pk__in=ids).update(due_date=due, cycle_due_date=due)
    return len(rows)


def _expired_due(row: ModuleProgress) -> date:
    return expiry_due_date(row.expires_at)


@transaction.atomic(savepoint=False)  # inside a service's transaction: no savepoint round trips of its own
def progress_locked_current(*, user, module, now: datetime | None = None) -> ModuleProgress | None:
    """Lock this officer's progress row for the module (None when there is none yet) in its current cycle.
    A completion that has expired (and the daily job has not moved yet) starts its new cycle here, so
    nothing waits for the job. The caller passes the row on to module_progress_refresh."""
    now = now or timezone.now()
    row = row_lock(ModuleProgress, user_id=user.pk, module_id=module.pk)
    if row is not None and is_expired_unmoved(row, now):
        _cycle_start([row], reason=CycleReason.EXPIRED, now=now, due_for=_expired_due, titles={module.pk: module.title})
        logger.info("module_expired user=%s module=%s cycle=%s", row.user_id, row.module_id, row.cycle)
    return row


def progress_cycle_current(*, user, module: ModulePage, now: datetime | None = None) -> int:
    """The cycle a new learning record of this officer belongs to (see progress_locked_current)."""
    row = progress_locked_current(user=user, module=module, now=now)
    return row.cycle if row is not None else 1


def expire_completions(*, now: datetime | None = None, batch: int = BATCH) -> int:
    """Move every completion whose validity ran out to a new cycle (due: expiry + grace period).

    Idempotent (a moved row is no longer "completed"), one transaction per batch, and safe with
    several workers (rows are locked with SKIP LOCKED where the database has it)."""
    now = now or timezone.now()
    total = 0
    while True:
        with transaction.atomic():
            rows = list(
                ModuleProgress.objects.select_for_update(skip_locked=True)
                .filter(status=Status.COMPLETED, expires_at__lte=now)
                .order_by("pk")[:batch]
            )
            if not rows:
                break
            total += _cycle_start(rows, reason=CycleReason.EXPIRED, now=now, due_for=_expired_due)
    if total:
        logger.info("completions_expired count=%s", total)
    return total


def material_change_record(*, page, revision, user=None, now: datetime | None = None) -> ModuleChange | None:
    """A module or lesson revision was published with "Opnieuw volgen verplicht": record it once.

    Returns the ModuleChange (the same one when the same revision is reported twice), or None when the
    revision is not a material change. Officers are moved by `module_retraining_apply`."""
    if not getattr(page, "retraining_required", False):
        return None
    module = page if isinstance(page, ModulePage) else page.get_parent().specific
    if not isinstance(module, ModulePage) or revision is None:
        return None
    change, created = ModuleChange.objects.get_or_create(
        revision=revision,
        defaults={
            "module": module,
            "page_id": page.pk,
            "created_at": now or timezone.now(),
            "created_by": user,
            "note": (page.change_note or "").strip()[:1000],
            "due_days": page.retraining_due_days or 30,
        },
    )
    if created:
        logger.info("material_change module=%s page=%s revision=%s", module.pk, page.pk, getattr(revision, "pk", None))
    return change


def module_retraining_apply(*, change_id: int, batch: int = BATCH) -> int:
    """Every officer who had completed the module when the change was published starts a new cycle,
    due `due_days` after the change. Officers still working on it, and those who completed the new
    content after the change, are not disturbed. Idempotent; batched."""
    change = ModuleChange.objects.filter(pk=change_id).first()
    if change is None:
        return 0
    due = timezone.localdate(change.created_at) + timedelta(days=change.due_days)
    total = 0
    while True:
        with transaction.atomic():
            rows = list(
                ModuleProgress.objects.select_for_update(skip_locked=True)
                .filter(module_id=change.module_id, status=Status.COMPLETED, completed_at__lt=change.created_at)
                .order_by("pk")[:batch]
            )
            if not rows:
                break
            total += _cycle_start(
                rows, reason=CycleReason.RETRAINING, now=change.created_at, due_for=lambda _row: due, change=change
            )
    ModuleChange.objects.filter(pk=change.pk).update(
        officers=change.officers + total, applied_at=change.applied_at or timezone.now()
    )
    logger.info("retraining_applied change=%s module=%s officers=%s", change.pk, change.module_id, total)
    return total
