"""A deterministic, realistic load dataset for benchmarks (`manage.py generate_load_data`).

10 eenheden → 40 districts → ~170 basisteams; officers with skewed completion per unit, some with
nothing done, repeat attempts and transfers. No password hashing (unusable passwords) and bulk
inserts (COPY on PostgreSQL, with the foreign keys checked once per table at the end). Progress rows come from
`services.progress.progress_rows_build`, the code `progress_rebuild` runs, fed with the figures of the rows generated
for each batch (benchmark_bulk.py), so they obey exactly the rules the live services apply. Each attempt gets its 10
quiz answers with a realistic difficulty per indicator (benchmark_answers.py; `--no-answers` leaves them out), and
the heat-map's roll-up is counted from them as they are written.
"""

import json
import random
from datetime import date, timedelta
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from curriculum import services
from curriculum.demo.benchmark_answers import answers_insert, load_questions_ensure
from curriculum.demo.benchmark_bulk import PhaseClock, RollupTally, batch_progress_rows, keys_and_indexes_built_at_end
from curriculum.domain import roles
from curriculum.models import (
    Assignment,
    AttemptAnswer,
    CurriculumIndexPage,
    LessonCompletion,
    LessonPage,
    ModuleCompletion,
    ModulePage,
    ModuleProgress,
    OfficerProfile,
    QuizAttempt,
    QuizPage,
    SignalRollup,
    Unit,
)
from curriculum.selectors.learning import module_live_list
from curriculum.services.organisation import DuePlan
from curriculum.services.progress import PROGRESS_COLUMNS, module_structure, rows_insert
from curriculum.services.signal_rollup import signal_rollup_rebuild

REGIONS = [
    "Noord-Nederland",
    "Oost-Nederland",
    "Midden-Nederland",
    "Noord-Holland",
    "Amsterdam",
    "Den Haag",
    "Rotterdam",
    "Zeeland-West-Brabant",
    "Oost-Brabant",
    "Limburg",
]
TEAMS_PER_REGION = 17  # 170 basisteams over 4 districts per eenheid


def _curriculum_ensure(modules: int) -> list[ModulePage]:
    """Use the live modules; top up with small generated ones so there are at least `modules`."""
    from curriculum.demo.site import _publish

    live = list(module_live_list())
    index = CurriculumIndexPage.objects.first()
    if index is None:
        home = Page.get_first_root_node().get_children().first() or Page.get_first_root_node()
        index = home.add_child(instance=CurriculumIndexPage(title="Opleiding", slug="opleiding-load"))
        _publish(index)
    for i in range(len(live), modules):
        module = index.add_child(
            instance=ModulePage(
                title=f"Loadmodule {i + 1}", slug=f"loadmodule-{i + 1}", summary="Benchmark", mandatory=i < 2
            )
        )
        _publish(module)
        for n in range(3):
            body = json.dumps([{"type": "paragraph", "value": f"<p>Les {n + 1}</p>"}])
            _publish(module.add_child(instance=LessonPage(title=f"Les {n + 1}", slug=f"les-{n + 1}", body=body)))
        _publish(module.add_child(instance=QuizPage(title="Toets", slug="toets")))
        live.append(module)
    return live


def _units_create(rng: random.Random, seed: int) -> list[Unit]:
    root = Unit.get_root_nodes().first() or services.unit_create(name="Nationale Politie", code="NP")
    teams = []
    for r, name in enumerate(REGIONS):
        region = services.unit_create(name=f"Eenheid {name}", code=f"ld{seed}-e{r:02d}", parent=root)
        per_district = [TEAMS_PER_REGION // 4 + (1 if d < TEAMS_PER_REGION % 4 else 0) for d in range(4)]
        for d, count in enumerate(per_district):
            district = services.unit_create(
                name=f"District {name} {d + 1}", code=f"ld{seed}-e{r:02d}-d{d}", parent=region
            )
            for t in range(count):
                teams.append(
                    services.unit_create(
                        name=f"Basisteam {name} {d + 1}.{t + 1}", code=f"ld{seed}-e{r:02d}-d{d}-t{t}", parent=district
                    )
                )
    return teams


def load_data_generate(*, officers: int, seed: int, modules: int = 7, answers: bool = True, log=print) -> dict:
    """Write the dataset in one transaction; logs the wall and CPU seconds of each phase."""
    clock = PhaseClock()
    with transaction.atomic():
        clock.backend_watch()
        summary = _generate(clock, officers=officers, seed=seed, modules=modules, answers=answers, log=log)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # One transaction, one COMMIT: not waiting for its WAL flush risks nothing a rerun cannot redo.
                cursor.execute("SET LOCAL synchronous_commit = off")
        mark = clock.mark()
    clock.since("commit", mark)  # leaving the atomic block committed
    log(clock.report())
    return summary


class _Module(NamedTuple):
    """A load module as the generator reads it: its id, its lessons' ids, its quiz's id (or None), mandatory."""

    id: int
    lessons: list[int]
    quiz_id: int | None
    mandatory: bool


def _generate(clock, *, officers: int, seed: int, modules: int, answers: bool, log) -> dict:
    rng = random.Random(seed)
    answer_rng = random.Random(seed * 7919 + 13)  # its own stream: the rest of the dataset stays the same per seed
    with clock("curriculum"):
        pool = load_questions_ensure() if answers else []
        now = timezone.now().replace(microsecond=0)
        module_pages = _curriculum_ensure(modules)
        structure = []
        for module in module_pages:
            lessons = list(module.lessons().values_list("pk", flat=True))
            quiz = module.quiz()
            structure.append(_Module(module.pk, lessons, quiz.pk if quiz else None, module.mandatory))
    with clock("units"):
        teams = _units_create(rng, seed)
        regions = list(Unit.objects.filter(depth=2, code__startswith=f"ld{seed}-").order_by("path"))
        districts = list(Unit.objects.filter(depth=3, code__startswith=f"ld{seed}-").order_by("path"))
    with clock("assignments"):
        assigned_by_region = _assignments_create(rng, structure, regions, districts, now)
    answers_before = pool and AttemptAnswer.objects.exists()  # then the roll-up is rebuilt from all of them
    tally = RollupTally() if pool and not answers_before else None
    User = get_user_model()
    bulk = [User.groups.through, OfficerProfile, LessonCompletion, QuizAttempt, AttemptAnswer, ModuleCompletion]
    with keys_and_indexes_built_at_end(
        [*bulk, ModuleProgress, SignalRollup], indexed=[AttemptAnswer, LessonCompletion, ModuleProgress], clock=clock
    ):
        with clock("users"):
            users = _users_create(rng, seed, officers, now)
        user_ids = [pk for pk, _joined in users]
        team_weights = [rng.uniform(0.5, 2.0) for _ in teams]
        team_of = rng.choices(range(len(teams)), weights=team_weights, k=len(user_ids))
        propensity = [rng.choice([0.2, 0.45, 0.6, 0.75, 0.85, 0.95]) for _ in teams]
        with clock("users"):
            group = Group.objects.get(name=roles.OFFICERS)
            rows_insert(User.groups.through, ["user_id", "group_id"], ((u, group.pk) for u in user_ids))
        counts = {"lessons": 0, "attempts": 0, "completions": 0, "transfers": 0, "answers": 0, "progress": 0}
        progress_structure, plan = module_structure(), DuePlan()
        # Learning records are written per batch of officers, so memory stays flat however many there are; the
        # random draws happen in the same order as one pass would make them, so a seed gives the same data.
        for start in range(0, len(user_ids), BATCH):
            with clock("records"):
                batch = _records(
                    rng, structure, teams, team_of, propensity, assigned_by_region, user_ids, start, now, seed
                )
            for key, value in batch.pop("counts").items():
                counts[key] += value
            with clock("profiles"):
                rows_insert(OfficerProfile, ["user_id", "unit_id", "personnel_number"], batch["profiles"])
            with clock("lesson completions"):
                rows_insert(LessonCompletion, ["user_id", "lesson_id", "module_id", "completed_at"], batch["lessons"])
            with clock("attempts"):
                rows_insert(QuizAttempt, ATTEMPT_COLUMNS, batch["attempts"])
            unit_of = {user_id: unit_id for user_id, unit_id, _number in batch["profiles"]}
            if pool:
                with clock("answers"):
                    batch_ids = user_ids[start : start + BATCH]
                    ids = list(
                        QuizAttempt.objects.filter(user_id__gte=min(batch_ids), user_id__lte=max(batch_ids))
                        .order_by("pk")
                        .values_list("pk", flat=True)
                    )
                    assert len(ids) == len(batch["attempts"]), "attempts of these officers written elsewhere"
                    attempts = (
                        (pk, row[_SCORE], row[_MAX_SCORE], unit_of[row[_USER]], row[_SUBMITTED_AT])
                        for pk, row in zip(ids, batch["attempts"], strict=True)
                    )
                    counts["answers"] += answers_insert(rng=answer_rng, pool=pool, attempts=attempts, tally=tally)
            with clock("module completions"):
                rows_insert(ModuleCompletion, ["user_id", "module_id", "completed_at", "percent"], batch["completions"])
            with clock("progress rows"):
                joined = dict(users[start : start + BATCH])
                rows = batch_progress_rows(
                    structure=progress_structure,
                    plan=plan,
                    profiles={u: (unit_of[u], joined[u]) for u in unit_of},
                    lessons=batch["lessons"],
                    attempts=batch["attempts"],
                    completions=batch["completions"],
                )
                counts["progress"] += rows_insert(ModuleProgress, PROGRESS_COLUMNS, rows)
        log(
            f"records: {len(user_ids)} officers, {counts['lessons']} lessons done, {counts['attempts']} attempts, "
            f"{counts['completions']} completions, {counts['transfers']} transfers"
        )
        with clock("progress rows"):  # anyone already there before them: the service itself
            if User.objects.filter(pk__lt=min(user_ids)).exists():
                counts["progress"] += services.progress_rebuild(users=(0, min(user_ids) - 1))
        with clock("signal roll-up"):  # the heat-map's roll-up, from the answers just written
            rollup = 0
            if tally is not None:
                SignalRollup.objects.all().delete()
                rollup = rows_insert(
                    SignalRollup, ["unit_id", "indicator_id", "month", "answers", "correct"], tally.rows()
                )
            elif pool:
                rollup = signal_rollup_rebuild()
    return {
        "officers": len(user_ids),
        "units": 1 + len(regions) + len(districts) + len(teams),
        "progress_rows": counts["progress"],
        "lesson_completions": counts["lessons"],
        "attempts": counts["attempts"],
        "completions": counts["completions"],
        "transfers": counts["transfers"],
        "answers": counts["answers"],
        "signal_rollup_rows": rollup,
        "today": date.today().isoformat(),
    }


def _assignments_create(rng, structure, regions, districts, now) -> dict[str, set[int]]:
    """Each eenheid gets two optional modules, a few districts a third with an earlier date; region path → modules."""
    optional = [m for m in structure if not m.mandatory] or structure
    rows = []
    for region in regions:
        for module_id, *_rest in rng.sample(optional, k=min(2, len(optional))):
            rows.append(
                Assignment(
                    module_id=module_id, unit=region, due_date=now.date() + timedelta(days=rng.randint(-60, 120))
                )
            )
    for district in rng.sample(districts, k=len(districts) // 4):
        module_id = rng.choice(optional).id
        if not any(a.module_id == module_id and district.path.startswith(a.unit.path) for a in rows):
            rows.append(
                Assignment(module_id=module_id, unit=district, due_date=now.date() - timedelta(days=rng.randint(1, 30)))
            )
    Assignment.objects.bulk_create(rows)
    assigned_by_region = {}
    for a in rows:
        assigned_by_region.setdefault(a.unit.path[: 2 * Unit.steplen], set()).add(a.module_id)
    return assigned_by_region


def _users_create(rng, seed: int, officers: int, now) -> list[tuple[int, object]]:
    """The officers' accounts (unusable passwords, no hashing), bulk inserted; (id, date_joined) in username order."""
    User = get_user_model()
    prefix = f"ld{seed}-"
    rows_insert(
        User,
        [
            "password",
            "is_superuser",
            "username",
            "first_name",
            "last_name",
            "email",
            "is_staff",
            "is_active",
            "date_joined",
        ],
        (
            (
                f"!load{seed}x{i}",
                False,
                f"{prefix}{i:06d}",
                f"Agent{i}",
                f"Achternaam{i % 997}",
                f"agent{i}@politie.example",
                False,
                True,
                now - timedelta(days=rng.randint(0, 3650)),
            )
            for i in range(officers)
        ),
    )
    return list(User.objects.filter(username__startswith=prefix).order_by("username").values_list("pk", "date_joined"))


BATCH = 5000  # officers whose learning records are built and written at a time
ATTEMPT_COLUMNS = [
    "user_id",
    "quiz_id",
    "module_id",
    "number",
    "state",
    "started_at",
    "pass_mark",
    "submitted_at",
    "score",
    "max_score",
    "percent",
    "passed",
]
# Where an attempt row (in ATTEMPT_COLUMNS order, as COPY and the bulk INSERT take it) keeps what its answers need.
_USER, _SUBMITTED_AT, _SCORE, _MAX_SCORE = (
    ATTEMPT_COLUMNS.index(name) for name in ("user_id", "submitted_at", "score", "max_score")
)


def _records(rng, structure, teams, team_of, propensity, assigned_by_region, user_ids, first, now, seed) -> dict:
    """Profiles and learning records of the officers user_ids[first:first + BATCH]."""
    transfers = 0
    profile_rows, lesson_rows, attempt_rows, completion_rows = [], [], [], []
    for n in range(first, min(first + BATCH, len(user_ids))):
        user_id = user_ids[n]
        team_index = team_of[n]
        team = teams[team_index]
        p = propensity[team_index]
        if rng.random() < 0.02:  # moved since doing their training: history stays with them
            team = rng.choice(teams)
            transfers += 1
        profile_rows.append((user_id, team.pk, f"{seed}{n:07d}"))
        if rng.random() < 0.08:
            continue  # nothing done at all
        assigned = assigned_by_region.get(teams[team_index].path[: 2 * Unit.steplen], set())
        for module_id, lessons, quiz_id, mandatory in structure:
            if not (mandatory or module_id in assigned or rng.random() < 0.05):
                continue
            roll = rng.random()
            if roll > p + (1 - p) * 0.5:
                continue  # not started
            complete = roll <= p
            start = now - timedelta(days=rng.randint(1, 300), minutes=rng.randint(0, 1440))
            done_lessons = lessons if complete else lessons[: rng.randint(0, len(lessons))]
            for k, lesson_id in enumerate(done_lessons):
                lesson_rows.append((user_id, lesson_id, module_id, start + timedelta(minutes=10 * k)))
            if quiz_id is None or (not complete and rng.random() < 0.6):
                continue
            tries = 1 + (rng.random() < 0.25) + (rng.random() < 0.05) * rng.randint(1, 8)  # repeat attempts
            moment = start + timedelta(minutes=10 * len(lessons))
            percent, last_submit = 0, moment
            for number in range(1, tries + 1):
                passed = complete and number == tries
                percent = rng.randint(70, 100) if passed else rng.randint(0, 69)
                attempt_rows.append(
                    (
                        user_id,
                        quiz_id,
                        module_id,
                        number,
                        "submitted",
                        moment,
                        70,
                        moment + timedelta(minutes=8),
                        percent // 10,
                        10,
                        percent,
                        passed,
                    )
                )
                last_submit = moment + timedelta(minutes=8)
                moment += timedelta(hours=rng.randint(1, 48))
            if complete:
                completion_rows.append((user_id, module_id, last_submit, percent))
    return {
        "profiles": profile_rows,
        "lessons": lesson_rows,
        "attempts": attempt_rows,
        "completions": completion_rows,
        "counts": {
            "lessons": len(lesson_rows),
            "attempts": len(attempt_rows),
            "completions": len(completion_rows),
            "transfers": transfers,
        },
    }
