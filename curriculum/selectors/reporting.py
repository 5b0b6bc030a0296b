"""Selectors for the managers' reports: scope, completion per unit × module, status totals.

Everything reads ModuleProgress only. A subtree is selected by the denormalised ancestor column
of its depth (unit_l2/l3/l4), so each grid is one indexed GROUP BY whatever the number of officers.
Only rows with a due date (assigned work) count.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.domain import rules
from curriculum.domain.errors import AccessDeniedError, NotFoundError
from curriculum.domain.roles import REPORT_PERMISSION
from curriculum.models import ManagerAction, ModulePage, ModuleProgress, OfficerProfile, Unit
from curriculum.selectors.counts import CompletionCounts
from curriculum.selectors.notifications import manager_reminder_states_get
from curriculum.selectors.recertification import completed_valid_q, expired_q, status_label_get

Status = ModuleProgress.Status


def report_roots_get(*, user) -> list[Unit]:
    """The top units this user may report on: the national root for superusers, else the units they lead."""
    if user.is_superuser:
        return list(Unit.get_root_nodes())
    if not user.has_perm(REPORT_PERMISSION):
        return []
    units = sorted(Unit.objects.filter(managers__user=user), key=lambda u: u.path)
    roots: list[Unit] = []
    for unit in units:
        if not any(unit.path.startswith(r.path) for r in roots):
            roots.append(unit)
    return roots


def report_unit_resolve(*, user, raw, roots: list[Unit]) -> Unit | None:
    """The unit asked for (by id) if it lies in the user's scope. Foreign or unknown ids are AccessDeniedError
    for managers (so ids reveal nothing); a superuser asking for an unknown id gets NotFoundError."""
    if raw in (None, ""):
        return roots[0] if roots else None
    try:
        pk = int(raw)
        unit = next((r for r in roots if r.pk == pk), None) or Unit.objects.filter(pk=pk).first()  # often a root
    except (TypeError, ValueError, OverflowError):
        unit = None
    if unit is None:
        if user.is_superuser:
            raise NotFoundError(_("Onbekende eenheid."))
        raise AccessDeniedError(_("Je hebt geen toegang tot deze eenheid."))
    if not any(unit.path.startswith(r.path) for r in roots):
        raise AccessDeniedError(_("Je hebt geen toegang tot deze eenheid."))
    return unit


def report_officer_get(*, user, raw, roots: list[Unit]):
    """The officer asked for (by user id) if their unit lies in the user's scope. Like units: anything
    else is AccessDeniedError for managers (so ids reveal nothing); NotFoundError for a superuser."""
    try:
        profile = OfficerProfile.objects.select_related("user", "unit").filter(user_id=int(raw)).first()
    except (TypeError, ValueError, OverflowError):
        profile = None
    if profile is not None and any(profile.unit.path.startswith(r.path) for r in roots):
        return profile
    if user.is_superuser:
        raise NotFoundError(_("Onbekende agent."))
    raise AccessDeniedError(_("Je hebt geen toegang tot deze agent."))


def officer_modules_list(*, officer) -> list[ModuleProgress]:
    """Every module one officer has a progress row for (assigned or started), soonest due date first,
    with `overdue` set. Status, dates and best score only: never an answer."""
    today = timezone.localdate()
    rows = list(
        ModuleProgress.objects.filter(user=officer)
        .select_related("module")
        .order_by(F("due_date").asc(nulls_last=True), "module__title", "pk")
    )
    for row in rows:
        row.overdue = rules.is_overdue(row.due_date, completed=row.status == Status.COMPLETED, today=today)
        row.status_label = status_label_get(row)
    return rows


def manager_actions_list(*, officer, limit: int = 50) -> list[ManagerAction]:
    """What managers did for this officer (reminders, extensions), newest first. A reminder carries its mail's
    delivery state as `mail_state` ("Verzonden", "Niet meer nodig", …), since it is recorded when it is queued."""
    actions = list(ManagerAction.objects.filter(officer=officer).select_related("actor", "module", "unit")[:limit])
    reminder = ManagerAction.Kind.REMINDER
    states = manager_reminder_states_get(officer=officer) if any(a.kind == reminder for a in actions) else {}
    for action in actions:
        action.mail_state = states.get(action.day, "") if action.kind == reminder else ""
    return actions


def progress_in_unit(unit: Unit):
    """Assigned progress rows of every officer in the unit's subtree (uses the level index)."""
    rows = ModuleProgress.objects.filter(due_date__isnull=False)
    if unit.depth == 1:
        return rows.filter(unit__isnull=False)
    return rows.filter(**{f"unit_l{min(unit.depth, 4)}": unit.pk})


def overdue_q(today=None) -> Q:
    """rules.is_overdue as a filter (tests/test_rules.py checks that the two agree)."""
    return ~Q(status=Status.COMPLETED) & Q(due_date__lt=today or timezone.localdate())


STATUS_FILTERS = ("completed", "in_progress", "not_started", "overdue", "expired")


def status_filter(rows, value: str):
    """The reports' status filter (also the API's): completed = still valid; expired = not validly complete because
    an earlier completion expired; overdue = not completed and past the due date."""
    if value == "overdue":
        return rows.filter(overdue_q())
    if value == "expired":
        return rows.filter(expired_q())
    if value == Status.COMPLETED:
        return rows.filter(completed_valid_q())
    return rows.filter(status=value)


@dataclass(kw_only=True)
class CompletionCell(CompletionCounts):
    """One module in one child unit: the counts behind a row of the completion report."""

    unit_id: int | None
    unit_name: str
    module_id: int
    module_title: str
    in_progress: int = 0
    has_children: bool = False
    expired: int = 0  # not complete because an earlier completion expired (also counted as not complete)
    mandatory: bool = False  # the module is mandatory for every officer (ModulePage.mandatory)

    @property
    def not_started(self) -> int:
        return self.total - self.completed - self.in_progress


def _counts(today=None):
    # Rows are counted by module_id (never null), not by id: with every column the filters read in the grid
    # indexes (models/progress.py, GRID_COUNTED), PostgreSQL answers from the index alone (a district at 65,000
    # officers: 6.9 → 1.2 ms). Django allows no COUNT(*) with a filter.
    row = "module"
    return {
        "total": Count(row),
        "completed": Count(row, filter=completed_valid_q()),  # an expired completion does not count
        "in_progress": Count(row, filter=Q(status=Status.IN_PROGRESS)),
        "overdue": Count(row, filter=overdue_q(today)),
        "expired": Count(row, filter=expired_q()),
    }


def _grid_group(unit: Unit) -> str:
    return f"unit_l{unit.depth + 1}" if unit.depth < 4 else "unit_l4"


def _grid(rows, group: str) -> list[dict]:
    return list(rows.values(group, "module_id").annotate(**_counts()).order_by())


def national_cache_seconds() -> int:
    """How long the national figures are kept (settings.SIGNAAL_NATIONAL_REPORT_CACHE_SECONDS; 0: always fresh)."""
    return settings.SIGNAAL_NATIONAL_REPORT_CACHE_SECONDS


def national_grid_cached(*, unit: Unit, rows, as_of: datetime | None = None) -> tuple[datetime, list[dict]]:
    """The national completion GROUP BY and the moment it was read, kept national_cache_seconds() in the cache.

    The national grid reads every assigned progress row (~40-100 ms of SQL at 65,000 officers, whatever the
    index), while a manager's subtree is one indexed range; so only the national figures are kept, briefly, and
    the page says how old they are (templates/curriculum/reports/completion_results.html). `rows` (with the
    page's filters) is the key, with today's date (overdue counts change at midnight). `as_of`: the replica's
    moment when the figures come from a lagging copy (signaal/replica.py)."""
    seconds = national_cache_seconds()
    if seconds <= 0:
        return as_of or timezone.now(), _grid(rows, _grid_group(unit))
    query = f"{timezone.localdate()}|{unit.pk}|{rows.query}"
    key = "signaal:report:national:" + hashlib.sha256(query.encode()).hexdigest()
    entry = cache.get(key)
    if entry is None:
        entry = (as_of or timezone.now(), _grid(rows, _grid_group(unit)))
        cache.set(key, entry, timeout=seconds)
    return entry


def unit_completion_list(*, unit: Unit, rows, grid: list[dict] | None = None) -> list[CompletionCell]:
    """Per child unit and module (per module for a basisteam): counts in one GROUP BY, plus two
    small lookups for names. `rows` is progress_in_unit(unit), possibly filtered further; `grid` is that GROUP BY
    when the caller has it already (national_grid_cached)."""
    group = _grid_group(unit)
    if grid is None:
        grid = _grid(rows, group)
    unit_ids = {row[group] for row in grid if row[group] is not None}
    units = {u.pk: u for u in Unit.objects.filter(pk__in=unit_ids)}
    modules = {
        pk: (title, mandatory)
        for pk, title, mandatory in ModulePage.objects.filter(pk__in={row["module_id"] for row in grid}).values_list(
            "pk", "title", "mandatory"
        )
    }
    cells = []
    for row in grid:
        child = units.get(row[group])
        cells.append(
            CompletionCell(
                unit_id=child.pk if child else None,
                unit_name=child.name if child else _("Direct in %(unit)s") % {"unit": unit.name},
                module_id=row["module_id"],
                module_title=modules.get(row["module_id"], ("?", False))[0],
                total=row["total"],
                completed=row["completed"],
                in_progress=row["in_progress"],
                overdue=row["overdue"],
                has_children=bool(child and child.numchild),
                expired=row["expired"],
                mandatory=modules.get(row["module_id"], ("?", False))[1],
            )
        )
    return cells


def cell_status_count(cell: CompletionCell, status: str) -> int:
    """How many of a cell's assigned rows have the status of the reports' status filter."""
    return {
        "completed": cell.completed,
        "in_progress": cell.in_progress,
        "not_started": cell.not_started,
        "overdue": cell.overdue,
        "expired": cell.expired,
    }.get(status, cell.total)


def module_totals(cells: list[CompletionCell], unit: Unit) -> list[CompletionCell]:
    """Totals per module over the cells (no query)."""
    totals: dict[int, CompletionCell] = {}
    for cell in cells:
        total = totals.setdefault(
            cell.module_id,
            CompletionCell(
                unit_id=unit.pk,
                unit_name=unit.name,
                module_id=cell.module_id,
                module_title=cell.module_title,
                mandatory=cell.mandatory,
            ),
        )
        total.total += cell.total
        total.completed += cell.completed
        total.in_progress += cell.in_progress
        total.overdue += cell.overdue
        total.expired += cell.expired
    return sorted(totals.values(), key=lambda c: c.module_title)


@dataclass
class StatusBar:
    key: str
    label: str
    count: int
    percent: int


def status_totals(rows) -> list[StatusBar]:
    """Officer-module rows per status, plus overdue (one query), for the chart beside the officer list."""
    counts = rows.aggregate(**_counts())
    total = counts["total"] or 0
    values = [
        ("completed", Status.COMPLETED.label, counts["completed"]),
        ("in_progress", Status.IN_PROGRESS.label, counts["in_progress"]),
        ("not_started", Status.NOT_STARTED.label, total - counts["completed"] - counts["in_progress"]),
        ("overdue", _("Te laat"), counts["overdue"]),
        ("expired", _("Verlopen"), counts["expired"]),
    ]
    return [StatusBar(k, str(label), n, rules.share_percent(n, total)) for k, label, n in values]


@dataclass(kw_only=True)
class UnitGlance(CompletionCounts):
    """One unit a manager leads, at a glance: assigned modules, done, overdue, and due this month (open)."""

    unit: Unit
    due_this_month: int = 0


def my_units_glance(*, user, today=None) -> list[UnitGlance]:
    """The units this user leads with their counts: one GROUP BY per tree depth among them (at most four),
    whatever the number of officers or units."""
    today = today or timezone.localdate()
    month_end = (today.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    grid = _counts(today)
    counts = {
        "total": grid["total"],
        "completed": grid["completed"],
        "overdue": grid["overdue"],
        "due_this_month": Count(
            "module", filter=~Q(status=Status.COMPLETED) & Q(due_date__gte=today, due_date__lte=month_end)
        ),
    }
    glances = {root.pk: UnitGlance(unit=root) for root in report_roots_get(user=user)}
    rows = ModuleProgress.objects.filter(due_date__isnull=False)
    by_depth: dict[int, list[int]] = {}
    for glance in glances.values():
        by_depth.setdefault(min(glance.unit.depth, 4), []).append(glance.unit.pk)
    for depth, ids in sorted(by_depth.items()):
        if depth == 1:
            found = [{"key": pk, **rows.filter(unit__isnull=False).aggregate(**counts)} for pk in ids]
        else:
            column = f"unit_l{depth}"
            found = rows.filter(**{f"{column}__in": ids}).values(key=F(column)).annotate(**counts).order_by()
        for row in found:
            glance = glances[row["key"]]
            for field in counts:
                setattr(glance, field, row[field] or 0)
    return list(glances.values())
