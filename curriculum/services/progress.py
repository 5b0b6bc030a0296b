"""Rebuild every progress row from the raw learning records, and fast bulk inserts.

`progress_rebuild` derives the same rows that `module_progress_refresh` keeps current one request
at a time (a test checks they are equal), in a handful of GROUP BY queries plus one bulk insert.
"""

from collections import defaultdict
from datetime import UTC, date, datetime
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import Count, Max, Min, Q
from django.utils import timezone

from curriculum.domain import rules
from curriculum.models import (
    LessonCompletion,
    LessonPage,
    ModuleCompletion,
    ModuleCycle,
    ModulePage,
    ModuleProgress,
    OfficerProfile,
    QuizAttempt,
    QuizPage,
)
from curriculum.services.organisation import NOWHERE, DuePlan, _local_date, _placement_for

Status = ModuleProgress.Status


def _db_value(value):
    """SQLite stores datetimes as naive UTC text (as Django does); PostgreSQL takes them as they are."""
    if connection.vendor == "sqlite" and hasattr(value, "tzinfo") and hasattr(value, "hour"):
        if timezone.is_aware(value):
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ")
    if connection.vendor == "sqlite" and hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def rows_insert(model, columns: list[str], rows, *, batch: int = 20000) -> int:
    """Insert many rows fast: COPY on PostgreSQL, executemany in the caller's transaction on SQLite."""
    table = connection.ops.quote_name(model._meta.db_table)
    cols = ", ".join(connection.ops.quote_name(c) for c in columns)
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            return count
        # Identifiers come from model metadata and are quoted; values go as parameters.
        placeholders = ", ".join(["%s"] * len(columns))
        sql = f"INSERT INTO {table} ({cols}) VALUES ({placeholders})"  # nosec B608
        chunk = []
        for row in rows:
            chunk.append([_db_value(v) for v in row])
            if len(chunk) >= batch:
                cursor.executemany(sql, chunk)
                count += len(chunk)
                chunk = []
        if chunk:
            cursor.executemany(sql, chunk)
            count += len(chunk)
    return count


def module_structure() -> dict[int, tuple[set[int], int | None]]:
    """module id → (live lesson ids, live quiz id or None), from three queries."""
    modules = dict(ModulePage.objects.values_list("path", "pk"))
    lessons = defaultdict(set)
    for pk, path in LessonPage.objects.live().values_list("pk", "path"):
        if (module_id := modules.get(path[: -LessonPage.steplen])) is not None:
            lessons[module_id].add(pk)
    quizzes = {}
    for pk, path in QuizPage.objects.live().order_by("path").values_list("pk", "path"):
        module_id = modules.get(path[: -QuizPage.steplen])
        if module_id is not None:
            quizzes.setdefault(module_id, pk)
    return {m: (lessons.get(m, set()), quizzes.get(m)) for m in modules.values()}


class ProgressRow(NamedTuple):
    """One ModuleProgress row by column name, in the order rows_insert writes them (PROGRESS_COLUMNS)."""

    user_id: int
    module_id: int
    status: str
    lessons_done: int
    lessons_total: int
    quiz_passed: bool
    best_percent: int | None
    attempts: int
    percent: int
    started_at: datetime | None
    completed_at: datetime | None
    expires_at: datetime | None
    last_activity: datetime | None
    unit_id: int | None
    unit_l2_id: int | None
    unit_l3_id: int | None
    unit_l4_id: int | None
    due_date: date | None
    cycle: int
    cycle_started_at: datetime | None
    cycle_reason: str
    cycle_due_date: date | None
    change_id: int | None


PROGRESS_COLUMNS = list(ProgressRow._fields)
CYCLE_FIELDS = ("cycle", "cycle_started_at", "cycle_reason", "cycle_due_date", "change_id")
FIRST_CYCLE = (1, None, "", None, None)


def _for_users(queryset, users: tuple[int, int] | None, field: str = "user_id"):
    """Only the rows of users whose id lies in `users` (first, last), when given."""
    return queryset.filter(**{f"{field}__gte": users[0], f"{field}__lte": users[1]}) if users else queryset.all()


def _current_cycles(users: tuple[int, int] | None = None) -> dict:
    """(user, module) → (number, started_at, reason, due_date, change_id) of the latest ModuleCycle."""
    cycles = {}
    for user_id, module_id, *rest in (
        _for_users(ModuleCycle.objects, users)
        .order_by("number")
        .values_list("user_id", "module_id", "number", "started_at", "reason", "due_date", "change_id")
    ):
        cycles[(user_id, module_id)] = tuple(rest)
    return cycles


def progress_rows_compute(*, users: tuple[int, int] | None = None) -> list[ProgressRow]:
    """Every progress row as the incremental services would have left it (of the users with ids in `users`)."""
    structure = module_structure()
    cycles = _current_cycles(users)  # records of earlier cycles do not count (services/recertification.py)

    def current(row) -> bool:
        return row["cycle"] == cycles.get((row["user_id"], row["module_id"]), (1,))[0]

    live_lessons = {pk for lessons, _quiz in structure.values() for pk in lessons}
    lesson_stats = defaultdict(lambda: [0, None, None])  # done, first, last
    seen = set()  # (user, module) with any record in any cycle: such a row exists
    for row in (
        _for_users(LessonCompletion.objects, users)
        .values("user_id", "module_id", "cycle")
        .annotate(
            done=Count("pk", filter=Q(lesson_id__in=live_lessons)), first=Min("completed_at"), last=Max("completed_at")
        )
        .order_by()
    ):
        seen.add((row["user_id"], row["module_id"]))
        if current(row):
            lesson_stats[(row["user_id"], row["module_id"])] = [row["done"], row["first"], row["last"]]
    attempts = defaultdict(dict)
    submitted = Q(state=QuizAttempt.State.SUBMITTED)
    for row in (
        _for_users(QuizAttempt.objects, users)
        .values("user_id", "module_id", "quiz_id", "cycle")
        .annotate(
            n=Count("pk", filter=submitted),
            best=Max("percent", filter=submitted),
            passed=Count("pk", filter=submitted & Q(passed=True)),
            first=Min("started_at"),
            last_start=Max("started_at"),
            last_submit=Max("submitted_at"),
        )
        .order_by()
    ):
        seen.add((row["user_id"], row["module_id"]))
        if current(row):
            attempts[(row["user_id"], row["module_id"])][row["quiz_id"]] = row
    completions = {}
    for user_id, module_id, done_at, expires_at, cycle in (
        _for_users(ModuleCompletion.objects, users)
        .order_by("-completed_at")
        .values_list("user_id", "module_id", "completed_at", "expires_at", "cycle")
    ):
        seen.add((user_id, module_id))
        if cycle == cycles.get((user_id, module_id), (1,))[0]:
            completions[(user_id, module_id)] = (done_at, expires_at)  # ends on the cycle's first completion
    plan = DuePlan()
    profiles = {
        u: (unit, joined)
        for u, unit, joined in _for_users(OfficerProfile.objects, users).values_list(
            "user_id", "unit_id", "user__date_joined"
        )
    }
    return progress_rows_build(
        structure=structure,
        plan=plan,
        profiles=profiles,
        lesson_stats=lesson_stats,
        attempts=attempts,
        completions=completions,
        seen=seen,
        cycles=cycles,
    )


def progress_rows_build(
    *, structure, plan: DuePlan, profiles, lesson_stats, attempts, completions, seen, cycles
) -> list[ProgressRow]:
    """The progress rows from the records' per-(user, module) figures, as progress_rows_compute gathers them.

    lesson_stats: (user, module) → [live lessons done, first, last completed_at] of the current cycle;
    attempts: (user, module) → {quiz id → {n, best, passed, first, last_start, last_submit}} (current cycle);
    completions: (user, module) → (completed_at, expires_at) of the cycle's first completion; seen: every
    (user, module) with a record in any cycle; cycles: (user, module) → the latest ModuleCycle's values;
    profiles: user → (unit id, date_joined). generate_load_data feeds it the figures of the rows it generates.
    """
    keys = set(lesson_stats) | set(attempts) | set(completions) | seen | set(cycles)
    for user_id, (unit_id, joined) in profiles.items():
        for module_id in plan.due_dates(unit_id=unit_id, joined=_local_date(joined)):
            keys.add((user_id, module_id))
    placements = {}
    rows = []
    for user_id, module_id in sorted(keys):
        if module_id not in structure:
            continue
        lesson_ids, quiz_id = structure[module_id]
        done, first_lesson, last_lesson = lesson_stats.get((user_id, module_id), [0, None, None])
        by_quiz = attempts.get((user_id, module_id), {})
        quiz = by_quiz.get(quiz_id) if quiz_id else None
        quiz_passed = bool(quiz and quiz["passed"])
        steps = rules.module_steps(
            lessons_done=done, lessons_total=len(lesson_ids), has_quiz=bool(quiz_id), quiz_passed=quiz_passed
        )
        moments = [first_lesson] + [a["first"] for a in by_quiz.values()]
        started = min((m for m in moments if m), default=None) if (steps.done or by_quiz) else None
        completed_at, expires_at = completions.get((user_id, module_id), (None, None))
        if completed_at:
            status = Status.COMPLETED
        else:
            status = Status.IN_PROGRESS if started else Status.NOT_STARTED
        percent = steps.percent(completed=bool(completed_at))
        lasts = (
            [last_lesson] + [a["last_start"] for a in by_quiz.values()] + [a["last_submit"] for a in by_quiz.values()]
        )
        if user_id not in placements:
            placements[user_id] = _placement_for(plan, user_id, profiles.get(user_id), structure.keys())
        placement = placements[user_id].get(module_id, NOWHERE)
        cycle = cycles.get((user_id, module_id), FIRST_CYCLE)
        if cycle[3] is not None:  # a new cycle's own due date replaces the assignment's
            placement = placement._replace(due_date=cycle[3])
        touched = (user_id, module_id) in lesson_stats or by_quiz or completed_at  # a service refreshed the row
        rows.append(
            ProgressRow(
                user_id=user_id,
                module_id=module_id,
                status=status,
                lessons_done=done,
                lessons_total=len(lesson_ids) if touched else 0,
                quiz_passed=quiz_passed,
                best_percent=quiz["best"] if quiz else None,
                attempts=quiz["n"] if quiz else 0,
                percent=percent,
                started_at=started,
                completed_at=completed_at,
                expires_at=expires_at,
                last_activity=max((m for m in lasts if m), default=None),
                **placement._asdict(),
                **dict(
                    zip(
                        ("cycle", "cycle_started_at", "cycle_reason", "cycle_due_date", "change_id"), cycle, strict=True
                    )
                ),
            )
        )
    return rows


@transaction.atomic
def progress_rebuild(*, users: tuple[int, int] | None = None) -> int:
    """Replace every progress row by one rebuilt from LessonCompletion, QuizAttempt and ModuleCompletion.

    `users` (first id, last id) limits it to those users, so a caller can rebuild in batches with flat memory
    (generate_load_data does, for 65,000 officers).
    """
    rows = progress_rows_compute(users=users)
    _for_users(ModuleProgress.objects.all(), users).delete()
    return rows_insert(ModuleProgress, PROGRESS_COLUMNS, rows)
