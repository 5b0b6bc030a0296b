"""Helpers that make generate_load_data fast (curriculum/demo/benchmark_data.py): phase timers, foreign keys checked
once per table instead of once per row on PostgreSQL, and the progress and roll-up rows computed from the records
as they are generated instead of read back from the database.

The progress rows still come from `services.progress.progress_rows_build`, the code `progress_rebuild` runs: only
the per-(user, module) figures it starts from (count, first, last, best…) are summed here from the generated rows
instead of by GROUP BY. tests/test_generate_load_data.py checks that a rebuild from the database gives the same rows.
"""

import os
import time
from contextlib import contextmanager

from django.db import connection
from django.utils import timezone

from curriculum.services.progress import ProgressRow, progress_rows_build


class PhaseClock:
    """Wall seconds, CPU seconds of this process and (on PostgreSQL on this machine) of its database backend, per
    named phase; a phase may run many times (once per batch)."""

    def __init__(self):
        self.phases: dict[str, list[float]] = {}
        self.backend_stat = None

    def backend_watch(self) -> None:
        """Also count the CPU of this connection's PostgreSQL backend, when its /proc entry is readable."""
        if connection.vendor != "postgresql":
            return
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            path = f"/proc/{cursor.fetchone()[0]}/stat"
        try:  # a database on another machine: the same pid here is some other process
            with open(path.replace("/stat", "/cmdline"), "rb") as cmdline:
                ours = b"postgres" in cmdline.read()
        except OSError:
            ours = False
        self.backend_stat = path if ours else None

    def _backend_cpu(self) -> float:
        if self.backend_stat is None:
            return 0.0
        try:
            with open(self.backend_stat) as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime

    def mark(self) -> tuple[float, float, float]:
        return time.perf_counter(), time.process_time(), self._backend_cpu()

    def since(self, name: str, mark: tuple[float, float, float]) -> None:
        spent = self.phases.setdefault(name, [0.0, 0.0, 0.0])
        for i, now in enumerate(self.mark()):
            spent[i] += now - mark[i]

    @contextmanager
    def __call__(self, name: str):
        mark = self.mark()
        try:
            yield
        finally:
            self.since(name, mark)

    def report(self) -> str:
        total = [sum(v[i] for v in self.phases.values()) for i in range(3)]
        if self.backend_stat is None:
            parts = [f"{name} {wall:.1f}/{cpu:.1f}" for name, (wall, cpu, _db) in self.phases.items()]
            return f"phases (wall/cpu s): {', '.join(parts)}; sum {total[0]:.1f}/{total[1]:.1f}"
        parts = [f"{name} {wall:.1f}/{cpu:.1f}/{db:.1f}" for name, (wall, cpu, db) in self.phases.items()]
        return f"phases (wall/cpu/PostgreSQL backend cpu s): {', '.join(parts)}; sum " + "/".join(
            f"{t:.1f}" for t in total
        )


@contextmanager
def keys_and_indexes_built_at_end(models, *, indexed=(), clock=None):
    """On PostgreSQL, drop the foreign keys of `models` and the secondary indexes of `indexed`, and build them again
    at the end, in the same transaction. Elsewhere (SQLite) it does nothing.

    Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: every row COPY writes queues a check that runs at
    COMMIT, one lookup per row and key (about 10 million for 65,000 officers); adding a key again checks all rows
    in one join. An index built once from all rows is cheaper than one kept up row by row. Keys, unique
    constraints and indexes come back with their own names and definitions (pg_get_constraintdef,
    pg_get_indexdef); a row that breaks one makes it fail and the whole transaction roll back. Nothing may read
    the `indexed` tables by an index meanwhile (the generator does not).
    """
    if connection.vendor != "postgresql":
        yield
        return
    clock = clock or PhaseClock()
    tables = [m._meta.db_table for m in models]
    indexed_tables = [m._meta.db_table for m in indexed]
    with clock("keys and indexes"), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # run the checks already queued: ALTER TABLE refuses otherwise
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE contype = 'f' AND conrelid = ANY(%s::regclass[]) ORDER BY 1, 2",
            [tables],
        )
        keys = cursor.fetchall()
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE contype IN ('u', 'x') AND conrelid = ANY(%s::regclass[]) ORDER BY 1, 2",
            [indexed_tables],
        )
        uniques = cursor.fetchall()
        for table, name, _definition in keys + uniques:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {connection.ops.quote_name(name)}")
        cursor.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1",
            [indexed_tables],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    yield
    with clock("keys and indexes"), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET LOCAL maintenance_work_mem = '128MB'")
        for _name, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in uniques + keys:
            cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {connection.ops.quote_name(name)} {definition}")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def copy_lines(model, columns: list[str], lines, *, chunk: int = 4000) -> int:
    """COPY rows already written as lines of PostgreSQL's text format (tab-separated, newline-ended), in chunks."""
    table = connection.ops.quote_name(model._meta.db_table)
    cols = ", ".join(connection.ops.quote_name(c) for c in columns)
    count, buffer = 0, []
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
        for line in lines:
            buffer.append(line)
            if len(buffer) >= chunk:
                copy.write("".join(buffer))
                count += len(buffer)
                buffer.clear()
        if buffer:
            copy.write("".join(buffer))
            count += len(buffer)
    return count


def batch_progress_rows(*, structure, plan, profiles, lessons, attempts, completions) -> list[ProgressRow]:
    """The progress rows of one batch of new officers, from the rows just generated for them.

    Sums what progress_rows_compute's GROUP BY queries would read back (the officers are new: one cycle, no
    ModuleCycle rows, every attempt submitted); `profiles` is user → (unit id, date_joined).
    lessons: (user, lesson, module, completed_at); attempts: ATTEMPT_COLUMNS; completions: (user, module, at, %).
    """
    live_lessons = {pk for lesson_ids, _quiz in structure.values() for pk in lesson_ids}
    seen = set()
    lesson_stats = {}
    for user_id, lesson_id, module_id, done_at in lessons:
        key = (user_id, module_id)
        seen.add(key)
        stats = lesson_stats.get(key)
        if stats is None:
            lesson_stats[key] = [int(lesson_id in live_lessons), done_at, done_at]
        else:
            stats[0] += lesson_id in live_lessons
            stats[1] = min(stats[1], done_at)
            stats[2] = max(stats[2], done_at)
    by_quiz = {}
    for user_id, quiz_id, module_id, _n, state, started, _mark, submitted, _score, _max, percent, passed in attempts:
        key = (user_id, module_id)
        seen.add(key)
        figures = by_quiz.setdefault(key, {}).get(quiz_id)
        if figures is None:
            figures = by_quiz[key][quiz_id] = {
                "n": 0,
                "best": None,
                "passed": 0,
                "first": started,
                "last_start": started,
                "last_submit": submitted,
            }
        if state == "submitted":
            figures["n"] += 1
            figures["best"] = percent if figures["best"] is None else max(figures["best"], percent)
            figures["passed"] += bool(passed)
        figures["first"] = min(figures["first"], started)
        figures["last_start"] = max(figures["last_start"], started)
        if submitted is not None:
            last = figures["last_submit"]
            figures["last_submit"] = submitted if last is None else max(last, submitted)
    firsts = {}
    for user_id, module_id, done_at, _percent in completions:
        key = (user_id, module_id)
        seen.add(key)
        if key not in firsts or done_at < firsts[key][0]:
            firsts[key] = (done_at, None)  # generated completions have no expiry date
    # The due-date rule reads date_joined as a local date (organisation._local_date): a naive local datetime gives
    # the same date as timezone.localdate on the aware one, without a lookup of the active time zone per call.
    zone = timezone.get_current_timezone()
    local = {
        u: (unit_id, joined.astimezone(zone).replace(tzinfo=None) if timezone.is_aware(joined) else joined)
        for u, (unit_id, joined) in profiles.items()
    }
    return progress_rows_build(
        structure=structure,
        plan=plan,
        profiles=local,
        lesson_stats=lesson_stats,
        attempts=by_quiz,
        completions=firsts,
        seen=seen,
        cycles={},
    )


class RollupTally:
    """The signal roll-up (unit, indicator, month) → [answers, correct] of the answers as they are generated.

    The same rule as services/signal_rollup.py (every answer of a submitted attempt, once per indicator of the
    question's revision, in the month the attempt was submitted in the site's time zone, under the officer's unit).
    """

    def __init__(self):
        self.zone = timezone.get_current_timezone()
        self.counts: dict[tuple, list[int]] = {}

    def month(self, moment):
        return moment.astimezone(self.zone).date().replace(day=1)

    def rows(self):
        return ((u, i, m, n, c) for (u, i, m), (n, c) in sorted(self.counts.items()))
