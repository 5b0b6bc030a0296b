"""Reads for the programme's mail: a unit's weekly digest figures and the last reminder per module."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Max, Q
from django.utils import timezone

from curriculum.models import ModulePage, ModuleProgress, SentMail, Unit
from curriculum.selectors.counts import CompletionCounts

DIGEST_NAMES_MAX = 100  # overdue officers named in one digest; the rest are counted


@dataclass(kw_only=True)
class DigestModule(CompletionCounts):
    title: str


@dataclass
class DigestOverdue:
    name: str
    module: str
    due_date: date


def unit_rows(unit: Unit):
    """Assigned progress rows of active officers in the unit's subtree (one indexed column per depth)."""
    rows = ModuleProgress.objects.filter(due_date__isnull=False, user__is_active=True)
    if unit.depth == 1:
        return rows.filter(unit__isnull=False)
    return rows.filter(**{f"unit_l{min(unit.depth, 4)}": unit})


def digest_get(*, unit: Unit, today: date) -> dict:
    """Completion % per module and the overdue officers (names: the manager leads this unit) of one unit."""
    completed = Q(status=ModuleProgress.Status.COMPLETED)
    rows = unit_rows(unit)
    grouped = rows.values("module_id").annotate(
        total=Count("pk"),
        completed=Count("pk", filter=completed),
        overdue=Count("pk", filter=~completed & Q(due_date__lt=today)),
    )
    titles = dict(ModulePage.objects.filter(pk__in=[g["module_id"] for g in grouped]).values_list("pk", "title"))
    modules = sorted(
        (
            DigestModule(
                title=titles.get(g["module_id"], ""), total=g["total"], completed=g["completed"], overdue=g["overdue"]
            )
            for g in grouped
        ),
        key=lambda m: m.title,
    )
    late = rows.exclude(completed).filter(due_date__lt=today)
    named = [
        DigestOverdue(" ".join(filter(None, [first, last])) or username, titles.get(module_id, ""), due)
        for first, last, username, module_id, due in late.order_by("due_date", "user__last_name", "pk").values_list(
            "user__first_name", "user__last_name", "user__username", "module_id", "due_date"
        )[:DIGEST_NAMES_MAX]
    ]
    total_late = sum(m.overdue for m in modules)
    return {"modules": modules, "overdue": named, "overdue_total": total_late, "overdue_more": total_late - len(named)}


def last_reminders_get(*, user) -> dict[int, object]:
    """module id → when the last reminder for it went out to this officer: the programme's own reminders (one
    module each) and their managers' (each names the modules the officer was overdue on, kept in its options
    by services/manager_actions.py; an older one without that list counts for every module due before it went)."""
    sent = SentMail.objects.filter(recipient=user, state=SentMail.State.SENT)
    last = dict(
        sent.filter(kind=SentMail.Kind.REMINDER)
        .values("progress__module_id")
        .annotate(last=Max("sent_at"))
        .values_list("progress__module_id", "last")
    )
    managers = list(sent.filter(kind=SentMail.Kind.MANAGER_REMINDER).values_list("sent_at", "options"))
    if not managers:
        return last
    due = None
    for sent_at, options in managers:
        modules = (options or {}).get("modules")
        if modules is None:
            if due is None:
                due = list(
                    ModuleProgress.objects.filter(user=user, due_date__isnull=False).values_list(
                        "module_id", "due_date"
                    )
                )
            day = timezone.localdate(sent_at)
            modules = [module_id for module_id, due_date in due if due_date < day]
        for module_id in modules:
            if last.get(module_id) is None or sent_at > last[module_id]:
                last[module_id] = sent_at
    return last


def manager_reminder_states_get(*, officer) -> dict[date, str]:
    """day → the delivery state (its label: "Verzonden", "Niet meer nodig", …) of the reminder a manager queued for
    this officer that day (at most one a day: ManagerAction's constraint), for the actions on the officer's page."""
    mails = SentMail.objects.filter(recipient=officer, kind=SentMail.Kind.MANAGER_REMINDER)
    return {
        date.fromisoformat(day): SentMail.State(state).label
        for day, state in mails.values_list("period_key", "state")
        if day
    }
