"""The signal roll-up (curriculum.models.SignalRollup): kept current in the transaction of the attempt that changes
it, moved along when an officer changes unit, and rebuilt from the answers by `rebuild_progress`.

What counts: every scored answer row of a submitted attempt (as in the attempt's score, a question left open in an
attempt closed at its time limit counts as wrong), once for each indicator the question tested in the version the
attempt showed, in the month (Dutch time) the attempt was submitted, under the unit on the officer's progress rows
(their current unit: figures follow the officer, as in the completion report). A test checks that a rebuild gives
exactly the rows the incremental writes left.
"""

from collections import Counter
from datetime import date, datetime

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from curriculum.models import AttemptAnswer, ModuleProgress, OfficerProfile, QuizAttempt, SignalRollup

Key = tuple[int, int, date]  # (unit or user id, indicator id, month)


def rollup_month(moment: datetime) -> date:
    """The first day of the month the moment falls in, in the site's time zone."""
    return timezone.localtime(moment).date().replace(day=1)


def _upsert(counts: dict[Key, list[int]]) -> None:
    """Add (answers, correct) to each (unit, indicator, month) row in one statement, creating missing rows.

    INSERT … ON CONFLICT DO UPDATE adds to the stored counts atomically (PostgreSQL and SQLite), so parallel submits
    for the same team never lose a count; rows are written in key order so two transactions cannot deadlock.
    """
    if not counts:
        return
    table = connection.ops.quote_name(SignalRollup._meta.db_table)
    keys = sorted(counts)
    values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(keys))
    params = []
    for unit_id, indicator_id, month in keys:
        params += [unit_id, indicator_id, month, *counts[(unit_id, indicator_id, month)]]
    # Identifiers come from model metadata; values go as parameters.
    sql = (
        f"INSERT INTO {table} (unit_id, indicator_id, month, answers, correct) VALUES {values} "  # nosec B608
        f"ON CONFLICT (unit_id, indicator_id, month) DO UPDATE SET "
        f"answers = {table}.answers + EXCLUDED.answers, correct = {table}.correct + EXCLUDED.correct"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def signal_rollup_attempt_add(*, unit_id: int | None, rows, shown: dict[int, dict], submitted_at: datetime) -> None:
    """Count a just-scored attempt (its answer rows with `correct` set). Runs in the submit's transaction."""
    if unit_id is None:
        return  # an account without a unit is in no unit's figures (a rebuild leaves it out too)
    month = rollup_month(submitted_at)
    counts: dict[Key, list[int]] = {}
    for row in rows:
        for indicator_id in shown[row.pk].get("indicator_ids") or []:
            cell = counts.setdefault((unit_id, indicator_id, month), [0, 0])
            cell[0] += 1
            cell[1] += int(bool(row.correct))
    _upsert(counts)


def _scored_answers():
    return AttemptAnswer.objects.filter(attempt__state=QuizAttempt.State.SUBMITTED, correct__isnull=False)


def _counts_by(answers, owner: str) -> dict[Key, list[int]]:
    """(owner, indicator, month) → [answers, correct] over `answers`; `owner` is the field that names the group."""
    counts: dict[Key, list[int]] = {}
    fallback: dict[int, list[int]] = {}  # answers from before snapshots: the indicators of their revision
    for owner_id, submitted_at, correct, indicator_ids, revision_id in answers.values_list(
        owner, "attempt__submitted_at", "correct", "shown__indicator_ids", "revision_id"
    ).iterator(chunk_size=5000):
        if owner_id is None:
            continue
        if indicator_ids is None:
            if revision_id not in fallback:
                from wagtail.models import Revision

                content = Revision.objects.filter(pk=revision_id).values_list("content", flat=True).first() or {}
                fallback[revision_id] = list(content.get("indicators") or [])
            indicator_ids = fallback[revision_id]
        month = rollup_month(submitted_at)
        for indicator_id in indicator_ids:
            cell = counts.setdefault((owner_id, indicator_id, month), [0, 0])
            cell[0] += 1
            cell[1] += int(bool(correct))
    return counts


def signal_rollup_compute() -> dict[Key, list[int]]:
    """Every roll-up row as the incremental writes would have left it, from the answers (no write)."""
    return _counts_by(_scored_answers(), "attempt__user__officer_profile__unit_id")


@transaction.atomic
def signal_rollup_rebuild() -> int:
    """Replace the whole roll-up by one computed from the answers; returns the number of rows."""
    from curriculum.services.progress import rows_insert  # progress.py imports organisation.py, which imports us

    counts = signal_rollup_compute()
    SignalRollup.objects.all().delete()
    return rows_insert(
        SignalRollup,
        ["unit_id", "indicator_id", "month", "answers", "correct"],
        ((u, i, m, n, c) for (u, i, m), (n, c) in sorted(counts.items())),
    )


def signal_rollup_follow_officers(*, user_ids=None) -> int:
    """Move the answers of officers whose unit changed (or who lost their unit) to their new unit's rows.

    Called by progress_placement_sync before it moves the progress rows: the unit still on those rows is the one
    their answers were counted under. Runs in the caller's transaction; returns the number of officers moved.
    """
    counted = ModuleProgress.objects.all()
    profiles = OfficerProfile.objects.all()
    if user_ids is not None:
        counted, profiles = counted.filter(user_id__in=user_ids), profiles.filter(user_id__in=user_ids)
    old = dict(counted.values_list("user_id", "unit_id").distinct().order_by())
    if not old:
        return 0
    new = dict(profiles.filter(user_id__in=list(old)).values_list("user_id", "unit_id"))
    moved = {u: (unit, new.get(u)) for u, unit in old.items() if new.get(u) != unit}
    if not moved:
        return 0
    per_user = _counts_by(_scored_answers().filter(attempt__user_id__in=list(moved)), "attempt__user_id")
    minus: Counter = Counter()
    plus: dict[Key, list[int]] = {}
    for (user_id, indicator_id, month), (n, c) in per_user.items():
        before, after = moved[user_id]
        if before is not None:
            minus[(before, indicator_id, month, 0)] += n
            minus[(before, indicator_id, month, 1)] += c
        if after is not None:
            cell = plus.setdefault((after, indicator_id, month), [0, 0])
            cell[0] += n
            cell[1] += c
    for unit_id, indicator_id, month in sorted({k[:3] for k in minus}):
        SignalRollup.objects.filter(unit_id=unit_id, indicator_id=indicator_id, month=month).update(
            answers=F("answers") - minus[(unit_id, indicator_id, month, 0)],
            correct=F("correct") - minus[(unit_id, indicator_id, month, 1)],
        )
    SignalRollup.objects.filter(answers__lte=0, unit_id__in={k[0] for k in minus}).delete()
    _upsert(plus)
    return len(moved)
