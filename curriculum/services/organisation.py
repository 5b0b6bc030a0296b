"""Organisation services: units, officers, managers, assignments, and where progress rows belong.

Each progress row carries its officer's unit (and the unit's ancestors at depth 2-4) and its due
date, so dashboards aggregate one table. These services keep those copies current.

Due-date rule (documented in README): an assignment covers its unit's whole subtree; a mandatory
live module is due ``SIGNAAL_MANDATORY_DUE_DAYS`` (default 90) days after it was first published
or after the officer joined, whichever is later. When several rules apply the earliest date wins.
Officers with a due date always have a progress row (status "not started" until they begin), so
"not started" and "overdue" are counted from rows like everything else.
"""

from collections import defaultdict
from datetime import date
from typing import NamedTuple

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.domain import rules
from curriculum.models import (
    Assignment,
    DueDateExtension,
    ModulePage,
    ModuleProgress,
    OfficerProfile,
    Unit,
    UnitManager,
)
from curriculum.models.organisation import MAX_UNIT_DEPTH
from curriculum.services.signal_rollup import signal_rollup_follow_officers

BATCH = 5000


class OrganisationError(ValueError):
    """A change the administrator can correct (shown as a form or import error)."""


def mandatory_due_days() -> int:
    return int(getattr(settings, "SIGNAAL_MANDATORY_DUE_DAYS", 90))


def _local_date(moment) -> date:
    return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()


class DuePlan:
    """The due-date rule for every unit and module, loaded in three queries and applied in memory."""

    def __init__(self):
        steplen = Unit.steplen
        self.steplen = steplen
        self.path_of = dict(Unit.objects.values_list("pk", "path"))
        self.id_of = {path: pk for pk, path in self.path_of.items()}
        self.assigned: dict[int, dict[str, date]] = defaultdict(dict)
        for module_id, path, due in Assignment.objects.values_list("module_id", "unit__path", "due_date"):
            self.assigned[module_id][path] = due
        self.mandatory = {
            pk: _local_date(published or timezone.now())
            for pk, published in ModulePage.objects.live()
            .filter(mandatory=True)
            .values_list("pk", "first_published_at")
        }
        self.days = mandatory_due_days()
        # Later due dates a manager gave one officer (services/manager_actions.py): they win over the rule.
        self.extensions: dict[tuple[int, int], date] = {
            (user_id, module_id): due
            for user_id, module_id, due in DueDateExtension.objects.values_list("user_id", "module_id", "due_date")
        }
        self._unit_cache: dict[int, dict[int, date]] = {}

    def levels(self, unit_id) -> tuple:
        """(unit_l2, unit_l3, unit_l4) for a unit: its ancestors (or itself) at depth 2, 3 and 4."""
        if unit_id is None:
            return (None, None, None)
        return tuple(self.id_of.get(p) if p else None for p in rules.level_paths(self.path_of[unit_id], self.steplen))

    def _unit_due(self, unit_id) -> dict[int, date]:
        if unit_id not in self._unit_cache:
            path = self.path_of[unit_id]
            result = {}
            for module_id, by_path in self.assigned.items():
                due = rules.due_date_pick(due for prefix, due in by_path.items() if path.startswith(prefix))
                if due is not None:
                    result[module_id] = due
            self._unit_cache[unit_id] = result
        return self._unit_cache[unit_id]

    def due_dates(self, *, unit_id, joined: date) -> dict[int, date]:
        """module id → due date for an officer in this unit who joined on `joined`."""
        result = dict(self._unit_due(unit_id)) if unit_id is not None else {}
        for module_id, published in self.mandatory.items():
            mandatory = rules.mandatory_due_date(published=published, joined=joined, days=self.days)
            result[module_id] = rules.due_date_pick([result[module_id]] if module_id in result else [], mandatory)
        return result


class Placement(NamedTuple):
    """Where a progress row belongs: the officer's unit, its levels 2-4 and the due date (the row's columns)."""

    unit_id: int | None
    unit_l2_id: int | None
    unit_l3_id: int | None
    unit_l4_id: int | None
    due_date: date | None


NOWHERE = Placement(None, None, None, None, None)
FIELDS = list(Placement._fields)


def _placement_for(plan: DuePlan, user_id, profile, module_ids) -> dict[int, Placement]:
    unit_id, joined = profile if profile else (None, None)
    dues = plan.due_dates(unit_id=unit_id, joined=_local_date(joined)) if profile else {}
    levels = plan.levels(unit_id)
    return {
        m: Placement(unit_id, *levels, _extended(dues.get(m), plan.extensions.get((user_id, m)))) for m in module_ids
    }


def _extended(due: date | None, extension: date | None) -> date | None:
    """An extension moves an assigned due date later, never earlier, and never assigns anything by itself."""
    return max(due, extension) if due is not None and extension is not None else due


def _sync_chunk(plan: DuePlan, user_ids, module_ids, profiles) -> dict:
    rows = ModuleProgress.objects.filter(user_id__in=user_ids)
    if module_ids is not None:
        rows = rows.filter(module_id__in=module_ids)
    existing = {
        (r.user_id, r.module_id): r
        for r in rows.values_list("pk", "user_id", "module_id", *FIELDS, "status", "cycle_due_date", named=True)
    }
    wanted_modules = set(plan.assigned) | set(plan.mandatory) | {m for _u, m in existing}
    if module_ids is not None:
        wanted_modules &= set(module_ids)
    creates, updates, deletes = [], [], []
    for user_id in user_ids:
        placement = _placement_for(plan, user_id, profiles.get(user_id), wanted_modules)
        for module_id, target in placement.items():
            row = existing.get((user_id, module_id))
            if row is not None and row.cycle_due_date is not None:  # a new cycle's own due date (recertification)
                target = target._replace(due_date=row.cycle_due_date)
            if row is None:
                if target.due_date is not None:
                    creates.append(ModuleProgress(user_id=user_id, module_id=module_id, **target._asdict()))
            elif target.due_date is None and row.status == ModuleProgress.Status.NOT_STARTED:
                deletes.append(row.pk)  # no longer assigned and never started
            elif Placement(*(getattr(row, field) for field in FIELDS)) != target:
                updates.append(ModuleProgress(pk=row.pk, **target._asdict()))
    ModuleProgress.objects.bulk_create(creates, batch_size=1000, ignore_conflicts=True)
    ModuleProgress.objects.bulk_update(updates, FIELDS, batch_size=500)
    if deletes:
        ModuleProgress.objects.filter(pk__in=deletes).delete()
    return {"created": len(creates), "updated": len(updates), "deleted": len(deletes)}


@transaction.atomic
def progress_placement_sync(*, user_ids=None, module_ids=None, plan: DuePlan | None = None) -> dict:
    """Bring progress rows in line with units and assignments: create rows for what is due, refresh
    unit and due date, drop unstarted rows that are no longer assigned. Learning data is untouched."""
    plan = plan or DuePlan()
    profiles_qs = OfficerProfile.objects.values_list("user_id", "unit_id", "user__date_joined")
    if user_ids is None:
        left = ModuleProgress.objects.filter(user__officer_profile__isnull=True).exclude(unit=None)
        left = sorted(set(left.values_list("user_id", flat=True)))
        for start in range(0, len(left), BATCH):  # their answers leave the unit with their rows
            signal_rollup_follow_officers(user_ids=left[start : start + BATCH])
        ModuleProgress.objects.filter(user__officer_profile__isnull=True).exclude(unit=None, due_date=None).update(
            unit=None, unit_l2=None, unit_l3=None, unit_l4=None, due_date=None
        )
        all_ids = sorted(profiles_qs.values_list("user_id", flat=True))
    else:
        all_ids = sorted(set(user_ids))
    totals = {"created": 0, "updated": 0, "deleted": 0}
    for start in range(0, len(all_ids), BATCH):
        chunk = all_ids[start : start + BATCH]
        profiles = {u: (unit, joined) for u, unit, joined in profiles_qs.filter(user_id__in=chunk)}
        if module_ids is None:  # units may have changed: answers follow the officer, read before the rows move
            signal_rollup_follow_officers(user_ids=chunk)
        for key, value in _sync_chunk(plan, chunk, module_ids, profiles).items():
            totals[key] += value
    return totals


def progress_placement_apply(progress: ModuleProgress) -> None:
    """Fill unit and due date on a progress row the learning services just created (a few queries)."""
    profile = OfficerProfile.objects.filter(user_id=progress.user_id).select_related("unit", "user").first()
    if profile is None:
        return
    unit = profile.unit
    progress.unit = unit
    progress.unit_l2_id, progress.unit_l3_id, progress.unit_l4_id = unit.ancestor_ids()
    prefixes = [unit.path[: unit.steplen * d] for d in range(1, unit.depth + 1)]
    assigned = Assignment.objects.filter(module_id=progress.module_id, unit__path__in=prefixes).values_list(
        "due_date", flat=True
    )
    module = ModulePage.objects.filter(pk=progress.module_id).values("live", "mandatory", "first_published_at").first()
    mandatory = None
    if module and module["live"] and module["mandatory"]:
        mandatory = rules.mandatory_due_date(
            published=_local_date(module["first_published_at"] or timezone.now()),
            joined=_local_date(profile.user.date_joined),
            days=mandatory_due_days(),
        )
    extension = (
        DueDateExtension.objects.filter(user_id=progress.user_id, module_id=progress.module_id)
        .values_list("due_date", flat=True)
        .first()
    )
    progress.due_date = _extended(rules.due_date_pick(assigned, mandatory), extension)


def _subtree_user_ids(unit: Unit) -> list[int]:
    return list(OfficerProfile.objects.filter(unit__path__startswith=unit.path).values_list("user_id", flat=True))


# ---------------------------------------------------------------- units and people


@transaction.atomic
def unit_create(*, name: str, code: str, parent: Unit | None = None) -> Unit:
    """Add a unit under `parent` (or the national root when there is none yet)."""
    if Unit.objects.filter(code=code).exists():
        raise OrganisationError(_("Er bestaat al een eenheid met code %(code)s.") % {"code": code})
    if parent is None:
        if Unit.get_root_nodes().exists():
            raise OrganisationError(_("Kies de bovenliggende eenheid."))
        return Unit.add_root(name=name, code=code)
    if parent.depth >= MAX_UNIT_DEPTH:
        raise OrganisationError(_("Onder een basisteam kunnen geen eenheden worden aangemaakt."))
    return Unit.objects.get(pk=parent.pk).add_child(name=name, code=code)


@transaction.atomic
def officer_profile_save(*, user, unit: Unit, personnel_number: str) -> OfficerProfile:
    """Create or update an officer's membership; a new unit is a move (history stays with the officer)."""
    profile = OfficerProfile.objects.filter(user=user).first()
    if profile is None:
        profile = OfficerProfile.objects.create(user=user, unit=unit, personnel_number=personnel_number)
    else:
        profile.unit = unit
        profile.personnel_number = personnel_number
        profile.save()
    progress_placement_sync(user_ids=[user.pk])
    return profile


@transaction.atomic
def officer_move(*, user, unit: Unit) -> OfficerProfile:
    """Move an officer to another unit. Their progress and completions move with them; the new unit's
    assignments apply from now on, and figures count for the unit the officer is in now."""
    profile = OfficerProfile.objects.select_for_update().get(user=user)
    profile.unit = unit
    profile.save(update_fields=["unit"])
    progress_placement_sync(user_ids=[user.pk])
    return profile


@transaction.atomic
def officer_profile_delete(*, profile: OfficerProfile) -> None:
    """End an account's membership (the account and its learning records stay). Its progress rows leave the
    unit's figures: unstarted rows of work that is no longer due go, the rest keep no unit and no due date."""
    user_id = profile.user_id
    profile.delete()
    progress_placement_sync(user_ids=[user_id])


@transaction.atomic
def unit_manager_add(*, user, unit: Unit) -> UnitManager:
    manager, _created = UnitManager.objects.get_or_create(user=user, unit=unit)
    return manager


# ---------------------------------------------------------------- assignments


@transaction.atomic
def assignment_save(
    *, module: ModulePage, unit: Unit, due_date: date, assignment: Assignment | None = None
) -> Assignment:
    """Assign a module to a unit's subtree (or change an assignment) and update the officers' rows."""
    old_unit = None
    if assignment is not None and assignment.pk:
        old = Assignment.objects.select_related("unit").get(pk=assignment.pk)
        old_unit = old.unit
        assignment = old
        assignment.module, assignment.unit, assignment.due_date = module, unit, due_date
        assignment.save()
    else:
        assignment, _created = Assignment.objects.update_or_create(
            module=module, unit=unit, defaults={"due_date": due_date}
        )
    user_ids = set(_subtree_user_ids(unit)) | (set(_subtree_user_ids(old_unit)) if old_unit else set())
    progress_placement_sync(user_ids=user_ids, module_ids=[module.pk])
    return assignment


@transaction.atomic
def assignment_delete(*, assignment: Assignment) -> None:
    unit, module_id = assignment.unit, assignment.module_id
    assignment.delete()
    progress_placement_sync(user_ids=_subtree_user_ids(unit), module_ids=[module_id])
