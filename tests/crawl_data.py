"""One data set for the crawls (tests/browser/test_crawl.py, tests/test_hostile_crawl.py).

The demo (`demo_load`: 7 modules, question bank, roles, the five role accounts, a small unit tree) plus bulk
rows so that every listing has at least three pages: Wagtail's generic listings page at 20, the unit reports at
100. Deterministic (fixed seed, fixed names); bulk inserts and unusable passwords for the extra accounts, so it
builds in a few seconds on SQLite and PostgreSQL.

  units            45 basisteams under District Centrum (the manager's district)   → admin units: 3 pages
  officers         260 in those basisteams, 60 of them in BT-AMS-C1                 → officers, users: 3+ pages
  managers         45 team leaders, one per new basisteam                           → managers: 3 pages
  assignments      45, three with a past due date on the district                   → assignments: 3 pages
  progress         every officer × 2 mandatory + 3 overdue modules                  → officer/overdue reports: 3+ pages
  questions        +60 published questions, indicators +45                          → question bank: 3+ pages
  answers          one submitted attempt per 3 officers answering all 116 questions  → question analysis: 3 pages
  draft modules    105 unpublished modules under the curriculum                     → page explorer: 3 pages
"""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from curriculum import services
from curriculum.domain import roles
from curriculum.models import (
    Assignment,
    Choice,
    Indicator,
    LessonCompletion,
    ModulePage,
    OfficerProfile,
    Question,
    Unit,
    UnitManager,
)
from tests.helpers import PASSWORD

ROLE_USERS = {
    "officer": "officer",
    "trainer": "trainer",
    "moderator": "moderator",
    "manager": "manager",
    "admin": "admin",
}
SEED = 20261202
TEAMS = 45
OFFICERS = 260
IN_FIRST_TEAM = 60
EXTRA_QUESTIONS = 60
DRAFT_MODULES = 105
ANSWERING_OFFICERS = 3
EXTRA_INDICATORS = 45


def _users_bulk(prefix, count, *, group, first="Agent", now):
    User = get_user_model()
    User.objects.bulk_create(
        User(
            username=f"{prefix}{i:04d}",
            password=f"!crawl{i}",
            first_name=f"{first}{i}",
            last_name=f"Achternaam{i % 37:02d}",
            email=f"{prefix}{i:04d}@politie.example",
            date_joined=now - timedelta(days=i),
        )
        for i in range(count)
    )
    users = list(User.objects.filter(username__startswith=prefix).order_by("username"))
    User.groups.through.objects.bulk_create(User.groups.through(user_id=u.pk, group_id=group.pk) for u in users)
    return users


def _answers_bulk(officers, modules, now):
    """Submitted attempts that answer every published question once, so the question analysis fills up."""
    from curriculum.models import AttemptAnswer, QuizAttempt, QuizPage

    quiz = QuizPage.objects.live().descendant_of(modules[0]).first()
    questions = list(Question.objects.filter(live=True).order_by("pk"))
    for n, user in enumerate(officers):
        attempt = QuizAttempt.objects.create(
            user=user,
            quiz=quiz,
            module=modules[0],
            number=1,
            state=QuizAttempt.State.SUBMITTED,
            started_at=now - timedelta(hours=1),
            submitted_at=now - timedelta(minutes=30),
            pass_mark=70,
            score=n,
            max_score=len(questions),
            percent=round(100 * n / len(questions)),
            passed=False,
        )
        AttemptAnswer.objects.bulk_create(
            AttemptAnswer(
                attempt=attempt,
                question=question,
                revision_id=question.live_revision_id,
                position=position,
                choice_order=[],
                chosen=[],
                correct=(position + n) % 3 == 0,
            )
            for position, question in enumerate(questions)
        )


def _draft_modules_add(curriculum):
    for i in range(DRAFT_MODULES):
        curriculum.add_child(
            instance=ModulePage(title=f"Conceptmodule {i:03d}", slug=f"concept-{i:03d}", summary="Concept.", live=False)
        )


def crawl_data_build() -> dict:
    """Build the demo plus the bulk rows; returns {"users": {role: User}, "units": [...], ...}."""
    from curriculum.demo.site import demo_load
    from tests.browser.data import base_state_ensure

    base_state_ensure()
    demo_load(password=PASSWORD)
    rng = random.Random(SEED)
    now = timezone.now().replace(microsecond=0)
    today = timezone.localdate()
    district = Unit.objects.get(code="D-AMS-C")
    teams = [
        services.unit_create(name=f"Basisteam Crawl {i:02d}", code=f"BT-CRAWL-{i:02d}", parent=district)
        for i in range(TEAMS)
    ]
    teams.insert(0, Unit.objects.get(code="BT-AMS-C1"))

    officers = _users_bulk("crawl.agent", OFFICERS, group=Group.objects.get(name=roles.OFFICERS), now=now)
    profiles = []
    for i, user in enumerate(officers):
        team = teams[0] if i < IN_FIRST_TEAM else teams[1 + (i % TEAMS)]
        profiles.append(OfficerProfile(user=user, unit=team, personnel_number=f"CR{i:06d}"))
    OfficerProfile.objects.bulk_create(profiles)

    leaders = _users_bulk("crawl.leider", TEAMS, group=Group.objects.get(name=roles.MANAGERS), first="Leider", now=now)
    UnitManager.objects.bulk_create(UnitManager(user=u, unit=t) for u, t in zip(leaders, teams[1:], strict=True))

    modules = list(ModulePage.objects.live().order_by("path"))
    optional = [m for m in modules if not m.mandatory]
    taken = set(Assignment.objects.values_list("module_id", "unit_id"))
    rows = []
    for n, module in enumerate(optional[-3:]):  # past due on the whole district: the overdue report fills up
        if (module.pk, district.pk) not in taken:
            rows.append(Assignment(module=module, unit=district, due_date=today - timedelta(days=3 + n)))
            taken.add((module.pk, district.pk))
    for i, team in enumerate(teams[1:]):
        module = optional[i % len(optional)]
        if (module.pk, team.pk) not in taken and len(rows) < TEAMS:
            rows.append(Assignment(module=module, unit=team, due_date=today + timedelta(days=10 + i)))
            taken.add((module.pk, team.pk))
    Assignment.objects.bulk_create(rows)

    # Some progress: a third of the officers did the first lesson of each mandatory module.
    lessons = [(m.pk, m.lessons().first()) for m in modules if m.mandatory]
    LessonCompletion.objects.bulk_create(
        LessonCompletion(
            user=u, lesson_id=lesson.pk, module_id=module_id, completed_at=now - timedelta(days=rng.randint(1, 90))
        )
        for u in officers
        if rng.random() < 0.33
        for module_id, lesson in lessons
        if lesson is not None
    )
    services.progress_rebuild()

    indicators = list(Indicator.objects.order_by("pk"))
    Indicator.objects.bulk_create(
        Indicator(
            code=f"crawl-{i:02d}",
            category=rng.choice(["general", "sexual", "labour", "criminal", "minors"]),
            name=f"Crawlsignaal {i:02d}",
            description=f"Beschrijving {i:02d}.",
            source="Crawl",
        )
        for i in range(EXTRA_INDICATORS)
    )
    for i in range(EXTRA_QUESTIONS):
        question = Question(
            key=f"crawl-q{i:02d}",
            kind="single",
            prompt=f"Crawlvraag {i:02d}: wat doe je?",
            scenario="Je staat op het station.",
            explanation="Uitleg.",
            source="Crawl",
        )
        question.choices = [Choice(text=f"Optie {c}", is_correct=c == 0, feedback="", sort_order=c) for c in range(3)]
        question.save()
        if indicators:
            question.indicators.set([indicators[i % len(indicators)]])
        question.save_revision().publish()

    _answers_bulk(officers[:ANSWERING_OFFICERS], modules, now)
    _draft_modules_add(modules[0].get_parent())

    User = get_user_model()
    users = {role: User.objects.get(username=name) for role, name in ROLE_USERS.items()}
    return {"users": users, "teams": teams, "district": district}
