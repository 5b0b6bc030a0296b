"""What one API client may read: the units it is scoped to with their subtrees, or everything when national.

Every endpoint goes through `Scope`: a unit, officer, progress row or certificate outside it is answered exactly
like one that does not exist (404), so ids and personnel numbers reveal nothing beyond the scope.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q

from curriculum.models import ApiClient, ModuleProgress, OfficerProfile, Unit


@dataclass(frozen=True)
class Scope:
    national: bool
    roots: tuple[Unit, ...]  # the top-most units of the client's units (none contains another)

    @classmethod
    def of(cls, client: ApiClient) -> "Scope":
        units = sorted(client.units.all(), key=lambda u: u.path)
        roots: list[Unit] = []
        for unit in units:
            if not any(unit.path.startswith(r.path) for r in roots):
                roots.append(unit)
        national = client.national or any(r.depth == 1 for r in roots)
        return cls(national=national, roots=tuple(Unit.get_root_nodes()) if national else tuple(roots))

    def contains(self, unit: Unit | None) -> bool:
        return unit is not None and (self.national or any(unit.path.startswith(r.path) for r in self.roots))

    def units(self):
        if self.national:
            return Unit.objects.all()
        if not self.roots:
            return Unit.objects.none()
        return Unit.objects.filter(reduce(or_, (Q(path__startswith=r.path) for r in self.roots)))

    def unit_get(self, unit_id: int | None) -> Unit | None:
        """The unit asked for if it lies in scope; without an id, the client's (first) top unit."""
        if unit_id is None:
            return self.roots[0] if self.roots else None
        unit = Unit.objects.filter(pk=unit_id).first()
        return unit if self.contains(unit) else None

    def progress_rows(self, unit: Unit | None = None):
        """Every officer's progress rows (assigned or started) in the scope, or in one unit's subtree of it."""
        roots = (unit,) if unit is not None else self.roots
        if not roots:
            return ModuleProgress.objects.none()
        rows = ModuleProgress.objects.filter(unit__isnull=False)
        if any(r.depth == 1 for r in roots):
            return rows
        return rows.filter(reduce(or_, (Q(**{f"unit_l{min(r.depth, 4)}": r.pk}) for r in roots)))

    def officer_get(self, personnel_number: str) -> OfficerProfile | None:
        profile = (
            OfficerProfile.objects.select_related("user", "unit").filter(personnel_number=personnel_number).first()
        )
        return profile if profile is not None and self.contains(profile.unit) else None
