"""The trend for the managers: weekly completion and overdue of a unit beside its parent unit and the
national figure (aggregates only: no officer of another unit is named). One query on TrendSnapshot."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.domain import rules
from curriculum.models import TrendSnapshot, Unit
from curriculum.selectors.counts import CompletionCounts


@dataclass(kw_only=True)
class Point(CompletionCounts):
    week: date

    @property
    def overdue_percent(self) -> int:
        return rules.share_percent(self.overdue, self.total)


@dataclass
class Series:
    key: str  # "unit", "parent" or "national"
    label: str
    unit: Unit
    points: dict[date, Point] = field(default_factory=dict)


def trend_get(*, unit: Unit, module_id: int | None = None, weeks: int = 12, today: date | None = None):
    """(weeks, series): the last `weeks` Mondays with a snapshot, and up to three series (this unit, its
    parent, the national root) with a Point per week."""
    today = today or timezone.localdate()
    since = today - timedelta(weeks=weeks)
    series = [Series("unit", unit.name, unit)]
    parent = unit.get_parent() if unit.depth > 1 else None
    if parent is not None:
        series.append(Series("parent", parent.name, parent))
        root = unit.get_root() if parent.depth > 1 else None
        if root is not None:
            series.append(Series("national", _("Landelijk (%(unit)s)") % {"unit": root.name}, root))
    by_unit = {s.unit.pk: s for s in series}
    rows = TrendSnapshot.objects.filter(unit_id__in=by_unit, week__gt=since)
    if module_id is not None:
        rows = rows.filter(module_id=module_id)
    totals = rows.values("week", "unit_id").annotate(t=Sum("total"), c=Sum("completed"), o=Sum("overdue")).order_by()
    for row in totals:
        by_unit[row["unit_id"]].points[row["week"]] = Point(
            week=row["week"], total=row["t"], completed=row["c"], overdue=row["o"]
        )
    all_weeks = sorted({week for s in series for week in s.points})
    return all_weeks, series
