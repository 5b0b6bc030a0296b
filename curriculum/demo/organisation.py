"""The demo organisation: a small unit tree, the demo officer's colleagues, the manager's district, and the state a
manager expects to find on a Monday: one colleague finished a module, one basisteam is past its due date, and this
week's trend point. Everything is recorded through the services, like real progress; create-if-missing throughout,
so `load_demo` run again changes nothing.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from curriculum import services
from curriculum.domain import roles
from curriculum.models import (
    Assignment,
    ModuleCompletion,
    ModulePage,
    OfficerProfile,
    TrendSnapshot,
    Unit,
    UnitManager,
)
from curriculum.models.snapshot import correct_choice_ids, row_snapshot
from curriculum.selectors.learning import module_live_list
from curriculum.services.trend import trend_snapshot_take

if TYPE_CHECKING:
    from curriculum.demo.site import DemoReport

OVERDUE_DAYS = 14  # Basisteam Centrum-Jordaan's due date for the optional module lies this far in the past


def demo_progress_ensure(officer, report: DemoReport) -> None:
    """Give the demo officer a started module, recorded through the services like real progress."""
    if officer.lesson_completions.exists():
        return
    first_module = module_live_list().first()
    first_lesson = first_module.lessons().first() if first_module else None
    if first_lesson is not None:
        services.lesson_complete(user=officer, lesson=first_lesson)
        report.add("demo progress")


DEMO_UNITS = [
    # code, name, parent code
    ("NP", "Nationale Politie", None),
    ("E-AMS", "Eenheid Amsterdam", "NP"),
    ("E-RDM", "Eenheid Rotterdam", "NP"),
    ("D-AMS-C", "District Centrum", "E-AMS"),
    ("D-AMS-Z", "District Zuid", "E-AMS"),
    ("D-RDM-S", "District Stad", "E-RDM"),
    ("BT-AMS-C1", "Basisteam Centrum-Burgwallen", "D-AMS-C"),
    ("BT-AMS-C2", "Basisteam Centrum-Jordaan", "D-AMS-C"),
    ("BT-AMS-Z1", "Basisteam Zuid-Buitenveldert", "D-AMS-Z"),
    ("BT-RDM-S1", "Basisteam Stad-Centrum", "D-RDM-S"),
]
DEMO_OFFICERS = [
    # username, first name, last name, unit code
    ("agent.jansen", "Fleur", "Jansen", "BT-AMS-C1"),
    ("agent.elamrani", "Yasmina", "El Amrani", "BT-AMS-C1"),
    ("agent.visser", "Daan", "Visser", "BT-AMS-C2"),
    ("agent.bakker", "Ruben", "Bakker", "BT-AMS-C2"),
]


def organisation_ensure(users, password: str, report: DemoReport) -> None:
    """A small unit tree; the demo officer and a few colleagues in basisteams; `manager` leads a district."""
    units = {u.code: u for u in Unit.objects.filter(code__in=[c for c, _n, _p in DEMO_UNITS])}
    for code, name, parent in DEMO_UNITS:
        if code not in units:
            if parent is None and Unit.get_root_nodes().exists():
                units[code] = Unit.get_root_nodes().first()
                continue
            units[code] = services.unit_create(name=name, code=code, parent=units[parent] if parent else None)
            report.add(f"unit {code}")
    User = get_user_model()
    officers = [("officer", None, None, "BT-AMS-C1")] + DEMO_OFFICERS
    for number, (username, first, last, unit_code) in enumerate(officers, start=1):
        user = users.get(username) or User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, first_name=first, last_name=last, email=f"{username}@signaal.example")
            user.set_password(password)
            user.save()
            user.groups.set(Group.objects.filter(name=roles.OFFICERS))
            report.add(f"user {username}")
        if not OfficerProfile.objects.filter(user=user).exists():
            services.officer_profile_save(user=user, unit=units[unit_code], personnel_number=f"DEMO{number:04d}")
    if not UnitManager.objects.filter(user=users["manager"]).exists():
        services.unit_manager_add(user=users["manager"], unit=units["D-AMS-C"])
    module = module_live_list().filter(mandatory=False).first()
    if module is not None and not Assignment.objects.filter(unit=units["E-AMS"]).exists():
        services.assignment_save(module=module, unit=units["E-AMS"], due_date=timezone.localdate() + timedelta(days=30))
        report.add("assignment")
    if module is not None:
        team_state_ensure(module, units, report)


def team_state_ensure(module: ModulePage, units: dict[str, Unit], report: DemoReport) -> None:
    """Fleur Jansen finishes `module` (its lessons and one passed quiz attempt: a certificate); the module is assigned
    to Basisteam Centrum-Jordaan with a due date in the past, so its two officers are overdue; this week's trend point
    is taken as the Monday job would (services.trend_snapshot_take)."""
    colleague = get_user_model().objects.filter(username="agent.jansen").first()
    quiz = module.quiz()
    if colleague is not None and quiz is not None and not ModuleCompletion.objects.filter(user=colleague).exists():
        for lesson in module.lessons():
            services.lesson_complete(user=colleague, lesson=lesson)
        attempt = services.quiz_attempt_start(user=colleague, quiz=quiz)
        services.quiz_attempt_submit(user=colleague, attempt_id=attempt.pk, answers=_correct_answers(attempt))
        report.add("demo completion")
    jordaan = units["BT-AMS-C2"]
    if not Assignment.objects.filter(module=module, unit=jordaan).exists():
        due = timezone.localdate() - timedelta(days=OVERDUE_DAYS)
        services.assignment_save(module=module, unit=jordaan, due_date=due)
        report.add("overdue assignment")
    if not TrendSnapshot.objects.exists():
        trend_snapshot_take()
        report.add("trend snapshot")


def _correct_answers(attempt) -> dict[int, list[int]]:
    """The correct choices of every question the attempt shows, read as scoring reads them: from the frozen snapshot."""
    return {row.question_id: correct_choice_ids(row_snapshot(row)) for row in attempt.answers.all()}
