"""The weekly snapshot behind the trend (schedule job "trend_snapshot"): completion and overdue per unit and
module, for every unit down to the basisteam level. One GROUP BY per tree level over the denormalised level
columns, so the job costs a handful of queries at 65,000 officers and the trend reads a few hundred rows.
Idempotent: running it again in the same week replaces that week's rows."""

import logging
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from curriculum.models import ModuleProgress, TrendSnapshot, Unit
from curriculum.selectors.recertification import completed_valid_q
from curriculum.selectors.reporting import overdue_q

log = logging.getLogger("signaal.schedule")


def week_of(day: date) -> date:
    """The Monday of the week a day lies in (the snapshot's key)."""
    return day - timedelta(days=day.weekday())


def trend_snapshot_take(*, today: date | None = None) -> dict:
    today = today or timezone.localdate()
    week = week_of(today)
    rows = ModuleProgress.objects.filter(due_date__isnull=False)
    counts = {
        "total": Count("pk"),
        "completed": Count("pk", filter=completed_valid_q()),
        "overdue": Count("pk", filter=overdue_q(today)),
    }
    new = []
    for root in Unit.get_root_nodes():
        grid = rows.filter(unit__path__startswith=root.path).values("module_id").annotate(**counts).order_by()
        new += [TrendSnapshot(week=week, unit_id=root.pk, **row) for row in grid]
    for depth in (2, 3, 4):
        column = f"unit_l{depth}"
        grid = rows.exclude(**{column: None}).values(column, "module_id").annotate(**counts).order_by()
        new += [TrendSnapshot(week=week, unit_id=row.pop(column), **row) for row in grid]
    with transaction.atomic():
        TrendSnapshot.objects.filter(week=week).delete()
        TrendSnapshot.objects.bulk_create(new, batch_size=1000)
    log.info("trend_snapshot week=%s rows=%s", week.isoformat(), len(new))
    return {"week": week.isoformat(), "rows": len(new)}
