"""What a manager does from the reports, inside the units they lead: remind the overdue officers of a unit,
extend a due date for one officer or a whole unit, assign a module to a unit (when
SIGNAAL_MANAGERS_MAY_ASSIGN). Every action is a ManagerAction row (shown on the
officer's page) and an audit line (logger "signaal.audit").

Scope comes from the reports' own helpers (selectors/reporting.py): a unit or officer outside the manager's
subtrees is AccessDeniedError, whatever id is sent. Reminders go through the SentMail queue and the task
worker (services/notifications.py); an officer gets at most one reminder from a manager per day, enforced
by a unique constraint (officer, day) so two managers clicking at once still send one.
"""

import logging
from collections import defaultdict
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from curriculum.domain.errors import AccessDeniedError, DomainError
from curriculum.models import Assignment, DueDateExtension, ManagerAction, ModulePage, ModuleProgress, SentMail, Unit
from curriculum.selectors import reporting

audit = logging.getLogger("signaal.audit")
REASON_MAX = 300
# A manager's due date (extend, assign) lies at most this many years ahead: an extension only moves a date later,
# so a typo (2207 for 2027) would otherwise take an officer out of "Te laat" and the reminders for good.
DUE_DATE_MAX_YEARS = 2


def _day(value: date) -> str:
    return date_format(value, "j F Y")


def due_date_limit(today: date | None = None) -> date:
    """The first day a manager may no longer choose as a due date: DUE_DATE_MAX_YEARS from today."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year + DUE_DATE_MAX_YEARS)
    except ValueError:  # 29 February, and the year then is no leap year
        return today.replace(year=today.year + DUE_DATE_MAX_YEARS, month=3, day=1)


def _due_date_check(due_date: date, *, too_early: str) -> None:
    """A manager's new due date lies after today and before due_date_limit(); `too_early` says the first."""
    today = timezone.localdate()
    if due_date <= today:
        raise DomainError(too_early)
    limit = due_date_limit(today)
    if due_date >= limit:
        raise DomainError(
            ngettext(
                "Kies een datum vóór %(date)s: een uiterste datum ligt hoogstens %(n)s jaar vooruit.",
                "Kies een datum vóór %(date)s: een uiterste datum ligt hoogstens %(n)s jaar vooruit.",
                DUE_DATE_MAX_YEARS,
            )
            % {"date": _day(limit), "n": DUE_DATE_MAX_YEARS}
        )


def _roots(actor) -> list[Unit]:
    if not (actor.is_superuser or actor.has_perm(reporting.REPORT_PERMISSION)):
        raise AccessDeniedError(_("Je hebt geen toegang tot deze eenheid."))
    return reporting.report_roots_get(user=actor)


def _in_scope(actor, unit: Unit) -> None:
    if not any(unit.path.startswith(root.path) for root in _roots(actor)):
        raise AccessDeniedError(_("Je hebt geen toegang tot deze eenheid."))


def _action_records(kind, *, actor, unit: Unit, day: date | None = None, created_at=None, **fields):
    """Makes one manager's action, on one officer at a time (not saved): `record(officer_id, **more)` is what that
    officer's page shows and the audit trail keeps. Every record shares the kind, actor, unit, day and moment
    (default: today and now, when the maker is made) and `fields`; `more` adds what differs per officer."""
    created_at = timezone.now() if created_at is None else created_at
    day = timezone.localdate() if day is None else day

    def record(officer_id, **more) -> ManagerAction:
        return ManagerAction(
            kind=kind, actor=actor, officer_id=officer_id, unit=unit, day=day, created_at=created_at, **fields, **more
        )

    return record


def _overdue_officers(*, actor, unit: Unit, today: date):
    """The active officers overdue on something in this unit's subtree, by name."""
    _in_scope(actor, unit)
    user_ids = reporting.progress_in_unit(unit).filter(reporting.overdue_q(today)).values("user_id")
    return get_user_model().objects.filter(pk__in=user_ids, is_active=True).order_by("last_name", "first_name", "pk")


def overdue_officers_list(*, actor, unit: Unit, today: date | None = None):
    """The active officers with an address who are overdue on something in this unit's subtree, by name,
    each with `reminded_today` (a manager already reminded them today) and their profile (the mail's language)."""
    today = today or timezone.localdate()
    officers = list(
        _overdue_officers(actor=actor, unit=unit, today=today).exclude(email="").select_related("wagtail_userprofile")
    )
    reminded = set(
        ManagerAction.objects.filter(kind=ManagerAction.Kind.REMINDER, day=today, officer__in=officers).values_list(
            "officer_id", flat=True
        )
    )
    for officer in officers:
        officer.reminded_today = officer.pk in reminded
    return officers


def overdue_officers_unreachable(*, actor, unit: Unit, today: date | None = None):
    """The active officers overdue in this unit's subtree who have no e-mail address: a reminder cannot reach
    them, so the form and the result say who they are instead of leaving them out silently."""
    return list(_overdue_officers(actor=actor, unit=unit, today=today or timezone.localdate()).filter(email=""))


def overdue_officers_remind(*, actor, unit: Unit, user_ids=None, today: date | None = None) -> dict:
    """Queue one reminder for each overdue officer of the unit (or only `user_ids` of them) not reminded today.
    Returns {"queued": n, "skipped": m, "unreachable": k} (skipped: reminded today already; unreachable: overdue
    in the unit but without an e-mail address, so nobody could send them a mail)."""
    from curriculum.tasks import mail_send

    today = today or timezone.localdate()
    officers = overdue_officers_list(actor=actor, unit=unit, today=today)
    if user_ids is not None:
        wanted = set(user_ids)
        officers = [o for o in officers if o.pk in wanted]
    if not officers:
        raise DomainError(_("Er is niemand te laat in deze eenheid om te herinneren."))
    now, queued, skipped = timezone.now(), [], 0
    reminder = _action_records(ManagerAction.Kind.REMINDER, actor=actor, unit=unit, day=today, created_at=now)
    # The modules the mail names (services/mails.py: manager_reminder_context), kept so that the officer's page
    # can show the reminder per module (selectors/notifications.py: last_reminders_get).
    overdue_modules = defaultdict(list)
    for user_id, module_id in (
        ModuleProgress.objects.filter(reporting.overdue_q(today), user__in=[o.pk for o in officers])
        .order_by("module_id")
        .values_list("user_id", "module_id")
    ):
        overdue_modules[user_id].append(module_id)
    with transaction.atomic():
        for officer in officers:
            try:
                with transaction.atomic():
                    reminder(officer.pk).save(force_insert=True)
            except IntegrityError:
                skipped += 1  # already reminded today (by this or another manager)
                continue
            mail = SentMail.objects.create(
                kind=SentMail.Kind.MANAGER_REMINDER,
                recipient=officer,
                unit=unit,
                period_key=today.isoformat(),
                created_at=now,
                next_attempt_at=now,
                options={
                    "manager": actor.get_full_name() or actor.get_username(),
                    "modules": overdue_modules[officer.pk],
                },
            )
            queued.append(mail.pk)
        if queued:
            mail_send.enqueue(queued)
    unreachable = _overdue_officers(actor=actor, unit=unit, today=today).filter(email="").count()
    audit.info(
        "manager_remind user=%s unit=%s queued=%s skipped=%s unreachable=%s",
        actor.pk,
        unit.pk,
        len(queued),
        skipped,
        unreachable,
    )
    return {"queued": len(queued), "skipped": skipped, "unreachable": unreachable}


def due_date_extend(
    *, actor, module: ModulePage, due_date: date, reason: str, unit: Unit | None = None, officer=None
) -> int:
    """Give one officer (or every officer of a unit's subtree) a later due date for this module, with a reason.
    Only rows not completed and due before the new date change. Returns how many officers got it."""
    from curriculum.services.organisation import progress_placement_sync

    reason = " ".join((reason or "").split())
    if not reason:
        raise DomainError(_("Geef een reden voor de verlenging."))
    if len(reason) > REASON_MAX:
        raise DomainError(_("De reden is te lang (hoogstens %(n)s tekens).") % {"n": REASON_MAX})
    _due_date_check(due_date, too_early=_("De nieuwe uiterste datum moet na vandaag liggen."))
    if officer is not None:
        profile = reporting.report_officer_get(user=actor, raw=officer.pk, roots=_roots(actor))
        rows = ModuleProgress.objects.filter(user=officer, due_date__isnull=False)
        unit = profile.unit
    elif unit is not None:
        _in_scope(actor, unit)
        rows = reporting.progress_in_unit(unit)
    else:
        raise DomainError(_("Kies een agent of een eenheid."))
    open_rows = list(
        rows.filter(module=module).exclude(status=ModuleProgress.Status.COMPLETED).values_list("user_id", "due_date")
    )
    rows = [(user_id, before) for user_id, before in open_rows if before < due_date]
    if not rows:
        _nothing_to_extend(due_date, [before for _user_id, before in open_rows])
    extension = _action_records(
        ManagerAction.Kind.EXTENSION, actor=actor, unit=unit, module=module, reason=reason, due_date_after=due_date
    )
    with transaction.atomic():
        for user_id, before in rows:
            DueDateExtension.objects.update_or_create(user_id=user_id, module=module, defaults={"due_date": due_date})
            extension(user_id, due_date_before=before).save(force_insert=True)
        progress_placement_sync(user_ids=[user_id for user_id, _before in rows], module_ids=[module.pk])
    audit.info(
        "manager_extend user=%s unit=%s module=%s officers=%s due=%s",
        actor.pk,
        unit.pk,
        module.pk,
        len(rows),
        due_date.isoformat(),
    )
    return len(rows)


def _nothing_to_extend(due_date: date, current: list[date]):
    """Why no officer gets the new date: their due date lies on or after it already (an extension only moves a date
    later), or nobody has this module open with a due date."""
    if not current:
        raise DomainError(_("Niemand heeft voor deze module een eerdere uiterste datum om te verlengen."))
    if len(current) == 1:
        raise DomainError(
            _(
                "De nieuwe datum (%(new)s) ligt niet na de huidige uiterste datum (%(current)s); verlengen kan "
                "alleen naar een latere datum."
            )
            % {"new": _day(due_date), "current": _day(current[0])}
        )
    raise DomainError(
        ngettext(
            "De nieuwe datum (%(new)s) ligt niet na de huidige uiterste datum van de %(n)s agent die de module nog "
            "niet heeft afgerond (de vroegste is %(current)s); verlengen kan alleen naar een latere datum.",
            "De nieuwe datum (%(new)s) ligt niet na de huidige uiterste datum van de %(n)s agenten die de module "
            "nog niet hebben afgerond (de vroegste is %(current)s); verlengen kan alleen naar een latere datum.",
            len(current),
        )
        % {"new": _day(due_date), "current": _day(min(current)), "n": len(current)}
    )


def unit_assignment_by_manager(*, actor, module: ModulePage, unit: Unit, due_date: date):
    """Assign a live module to a unit the manager leads (its whole subtree, never beyond) with a due date.
    Every officer of the subtree gets a ManagerAction row, so their page shows who assigned it."""
    from curriculum.models import OfficerProfile
    from curriculum.services.organisation import assignment_save

    if not actor.is_superuser and not settings.SIGNAAL_MANAGERS_MAY_ASSIGN:
        raise AccessDeniedError(_("In deze omgeving wijzen alleen beheerders modules toe."))
    _in_scope(actor, unit)
    _due_date_check(due_date, too_early=_("De uiterste datum moet na vandaag liggen."))
    if not ModulePage.objects.live().filter(pk=module.pk).exists():
        raise DomainError(_("Deze module is niet gepubliceerd."))
    assigned = _action_records(
        ManagerAction.Kind.ASSIGNMENT, actor=actor, unit=unit, module=module, due_date_after=due_date
    )
    with transaction.atomic():
        _earlier_assignment_check(module=module, unit=unit, due_date=due_date)
        assignment = assignment_save(module=module, unit=unit, due_date=due_date)
        officers = OfficerProfile.objects.filter(unit__path__startswith=unit.path).values_list("user_id", flat=True)
        ManagerAction.objects.bulk_create([assigned(user_id) for user_id in officers], batch_size=1000)
    audit.info("manager_assign user=%s unit=%s module=%s due=%s", actor.pk, unit.pk, module.pk, due_date.isoformat())
    return assignment


def _earlier_assignment_check(*, module: ModulePage, unit: Unit, due_date: date) -> None:
    """Assigning never moves a date later: when the module is assigned already to this unit or a unit above it with
    the same or an earlier date, that date stays (the earliest wins) and the manager is told so; a later date is
    an extension, which needs a reason. An earlier date replaces this unit's own assignment."""
    paths = [unit.path[:end] for end in range(Unit.steplen, len(unit.path) + 1, Unit.steplen)]
    earlier = (
        Assignment.objects.filter(module=module, unit__path__in=paths, due_date__lte=due_date)
        .select_related("unit")
        .order_by("due_date", "-unit__depth")
        .first()
    )
    if earlier is not None:
        raise DomainError(
            _(
                "‘%(module)s’ was al toegewezen aan %(unit)s met uiterste datum %(date)s; die blijft gelden. "
                "Gebruik ‘Uiterste datum verlengen’ voor een latere datum."
            )
            % {"module": module.title, "unit": earlier.unit.name, "date": _day(earlier.due_date)}
        )
