"""Reads for recertification, re-training, review dates and the module cards' extras.

A completion counts as expired from `expires_at` on, even before the daily job
(services/recertification.py: expire_completions) moved the row to its next cycle: every read
goes through `progress_row_present`, which shows such a row exactly as the job will leave it, and
the report counts use `completed_valid_q` / `expired_q`. So dashboards are never behind the clock.
"""

import copy
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.models import CurriculumIndexPage, LessonCompletion, ModulePage, ModuleProgress
from curriculum.selectors.prerequisites import missing_prerequisites_get, module_facts_get

Status = ModuleProgress.Status
EXPIRED, RETRAINING = "expired", "retraining"
# What a progress row looks like at the start of a new cycle (also written by the services).
CYCLE_RESET = {
    "status": Status.NOT_STARTED,
    "lessons_done": 0,
    "lessons_total": 0,
    "quiz_passed": False,
    "best_percent": None,
    "attempts": 0,
    "percent": 0,
    "started_at": None,
    "completed_at": None,
    "expires_at": None,
    "last_activity": None,
}


def grace_days() -> int:
    """Days an officer has to redo a module after their completion expired (setting, default 30)."""
    return int(getattr(settings, "SIGNAAL_RECERTIFICATION_GRACE_DAYS", 30))


def expiry_due_date(expires_at) -> date:
    return timezone.localdate(expires_at) + timedelta(days=grace_days())


def cycle_advance(row: ModuleProgress, *, reason: str, now, due: date | None, change=None) -> ModuleProgress:
    """Turn a row (in memory) into the first state of its next cycle; the caller saves it or not."""
    row.cycle += 1
    row.cycle_started_at, row.cycle_reason, row.change = now, reason, change
    row.due_date = row.cycle_due_date = due
    for name, value in CYCLE_RESET.items():
        setattr(row, name, value)
    return row


def is_expired_unmoved(row: ModuleProgress, now=None) -> bool:
    now = now or timezone.now()
    return row.status == Status.COMPLETED and row.expires_at is not None and row.expires_at <= now


def progress_row_present(row: ModuleProgress | None, now=None) -> ModuleProgress | None:
    """The row as an officer must see it now: an expired completion already in its next cycle."""
    if row is not None and is_expired_unmoved(row, now):
        cycle_advance(row, reason=EXPIRED, now=row.expires_at, due=expiry_due_date(row.expires_at))
    return row


def officer_cycle_get(*, user, module) -> int:
    """The cycle this officer's learning records of this module count in now (one query; 1 without a row)."""
    return row_cycle(ModuleProgress.objects.filter(user_id=user.pk, module_id=module.pk).first())


def row_cycle(row: ModuleProgress | None) -> int:
    """The cycle a progress row's learning records count in now (1 without a row); the row is left as it is."""
    return progress_row_present(copy.copy(row)).cycle if row is not None else 1


def current_cycle_lesson_ids(*, user, rows: dict) -> set[int]:
    """Ids of lessons this officer completed in each module's current cycle (one query).
    `rows`: module id → presented progress row (absent = cycle 1)."""
    if not user.is_authenticated:
        return set()
    return {
        lesson_id
        for lesson_id, module_id, cycle in LessonCompletion.objects.filter(user=user).values_list(
            "lesson_id", "module_id", "cycle"
        )
        if cycle == (rows[module_id].cycle if module_id in rows else 1)
    }


# ---------------------------------------------------------------- report counts


def completed_valid_q(now=None) -> Q:
    now = now or timezone.now()
    return Q(status=Status.COMPLETED) & (Q(expires_at__isnull=True) | Q(expires_at__gt=now))


def expired_q(now=None) -> Q:
    """Not validly complete because an earlier completion expired (moved to a new cycle or not yet)."""
    now = now or timezone.now()
    return (Q(status=Status.COMPLETED) & Q(expires_at__lte=now)) | (
        ~Q(status=Status.COMPLETED) & Q(cycle_reason=EXPIRED)
    )


def status_label_get(row: ModuleProgress, now=None) -> str:
    """A report's status text: "Verlopen" and "Opnieuw volgen" say why an officer is doing it again."""
    if is_expired_unmoved(row, now):
        return _("Verlopen")
    label = Status(row.status).label
    if row.status == Status.COMPLETED or not row.cycle_reason:
        return str(label)
    prefix = _("Verlopen") if row.cycle_reason == EXPIRED else _("Opnieuw volgen")
    return prefix if row.status == Status.NOT_STARTED else f"{prefix}, {str(label).lower()}"


# ---------------------------------------------------------------- cards on "Mijn training"


def cycle_notice(row: ModuleProgress | None) -> str:
    """The officer's notice for a module they must do again (empty when there is none)."""
    if row is None or row.status == Status.COMPLETED or not row.cycle_reason:
        return ""
    day = row.due_date.strftime("%d-%m-%Y") if row.due_date else ""
    if row.cycle_reason == EXPIRED:
        if not day:
            return _("Verlopen — doe deze module opnieuw.")
        return _("Verlopen — opnieuw doen vóór %(date)s") % {"date": _date_text(row.due_date)}
    note = row.change.note if row.change_id and row.change else ""
    text = _("Opnieuw volgen verplicht: de inhoud is gewijzigd.")
    if row.due_date:
        text = _("Opnieuw volgen verplicht vóór %(date)s: de inhoud is gewijzigd.") % {"date": _date_text(row.due_date)}
    return f"{text} {note}".strip()


def _date_text(day: date) -> str:
    from django.utils.formats import date_format

    return date_format(day, "j F Y")


def cards_programme_apply(cards, *, user, rows: dict) -> None:
    """Add to each card: its cycle notice, the prerequisites that lock it, and its topic tags (2-3 queries)."""
    modules = [card.module for card in cards]
    locks = missing_prerequisites_get(user=user, modules=modules)
    tags = module_tags_by_id([m.pk for m in modules])
    index = CurriculumIndexPage.objects.live().first() if tags else None
    topic_base = index.url if index else ""
    for card in cards:
        row = rows.get(card.module.pk)
        card.notice = cycle_notice(row)
        card.renewal = row.cycle_reason if (row and card.notice) else ""
        card.tags = tags.get(card.module.pk, [])
        card.topic_base = topic_base
        card.locked_by = locks.get(card.module.pk, [])
        if card.locked_by:
            first = card.locked_by[0]
            card.next_url = first.url
            card.next_label = _("Eerst: %(title)s") % {"title": first.title}


def module_tags_by_id(module_ids) -> dict[int, list]:
    """Module id → its topics (name, slug), from the cached module facts (no query once cached)."""
    tags = module_facts_get()["tags"]
    return {module_id: tags[module_id] for module_id in module_ids if module_id in tags}


def module_tags_get(cards) -> list:
    """The topic tags of the modules shown, each once, by name (no query: the cards carry them)."""
    seen = {}
    for card in cards:
        for tag in getattr(card, "tags", []):
            seen.setdefault(tag.slug, tag)
    return sorted(seen.values(), key=lambda tag: tag.name.lower())


def topic_filter(cards, slug: str):
    """(topic, cards about it, unknown?) for `?onderwerp=<slug>`; an unknown slug shows every card."""
    slug = (slug or "").strip()[:100]
    if not slug:
        return None, cards, False
    topic = next((tag for card in cards for tag in getattr(card, "tags", []) if tag.slug == slug), None)
    if topic is None:
        return None, cards, True
    return topic, [card for card in cards if any(tag.slug == slug for tag in card.tags)], False


# ---------------------------------------------------------------- review dates (trainers)


@dataclass
class ReviewRow:
    module: ModulePage
    last_reviewed: date | None
    next_review: date | None
    overdue: bool


def review_due_list(*, within_days: int = 30, today: date | None = None) -> list[ReviewRow]:
    """Modules whose next review falls within `within_days` (or has passed, or was never planned)."""
    today = today or timezone.localdate()
    horizon = today + timedelta(days=within_days)
    modules = ModulePage.objects.filter(Q(next_review__isnull=True) | Q(next_review__lte=horizon)).order_by(
        "next_review", "path"
    )
    rows = [
        ReviewRow(
            module=m,
            last_reviewed=m.last_reviewed,
            next_review=m.next_review,
            overdue=m.next_review is None or m.next_review < today,
        )
        for m in modules
    ]
    rows.sort(key=lambda r: (r.next_review is not None, r.next_review or today, r.module.path))
    return rows
