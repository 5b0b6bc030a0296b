"""generate_load_data (curriculum/demo/benchmark_data.py): the rows it computes itself are the rows the live rules
give, the dataset keeps its shape for a seed, and on PostgreSQL every key and index it set aside is back."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection

from curriculum.demo.benchmark_bulk import keys_and_indexes_built_at_end
from curriculum.demo.benchmark_data import load_data_generate
from curriculum.models import AttemptAnswer, LessonCompletion, ModuleProgress, SignalRollup
from curriculum.services.progress import PROGRESS_COLUMNS, progress_rows_compute
from curriculum.services.signal_rollup import signal_rollup_compute

pytestmark = [pytest.mark.django_db, pytest.mark.slow]  # two generations: not in `make test-fast`


def _quiet(*_args):
    pass


def test_progress_and_rollup_rows_are_what_a_rebuild_gives_and_a_seed_keeps_its_shape():
    summary = load_data_generate(officers=300, seed=5, log=_quiet)

    written = sorted(ModuleProgress.objects.values_list(*PROGRESS_COLUMNS))
    assert written == sorted(tuple(row) for row in progress_rows_compute())
    rollup = {
        (u, i, m): [n, c]
        for u, i, m, n, c in SignalRollup.objects.values_list("unit_id", "indicator_id", "month", "answers", "correct")
    }
    assert len(rollup) == summary["signal_rollup_rows"] > 0
    assert rollup == signal_rollup_compute()
    # The counts the code before the rewrite gave for this seed: the random draws are made in the same order.
    shape = {k: v for k, v in summary.items() if k not in {"signal_rollup_rows", "today"}}  # these follow the date
    assert shape == {
        "officers": 300,
        "units": 221,
        "progress_rows": 1388,
        "lesson_completions": 2961,
        "attempts": 1378,
        "completions": 861,
        "transfers": 6,
        "answers": 13780,
    }
    assert (ModuleProgress.objects.count(), AttemptAnswer.objects.count()) == (1388, 13780)


def test_the_command_reports_its_phases_and_refuses_a_seed_already_generated():
    out = StringIO()
    call_command("generate_load_data", officers=20, seed=6, stdout=out)
    assert "phases (wall/cpu" in out.getvalue()
    with pytest.raises(Exception, match="seed 6 already exists"):
        call_command("generate_load_data", officers=20, seed=6, stdout=StringIO())


def _schema(tables):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = ANY(%s::regclass[]) UNION ALL "
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) ORDER BY 1, 2, 3",
            [tables, tables],
        )
        return cursor.fetchall()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="keys and indexes are set aside on PostgreSQL only")
def test_every_key_and_index_set_aside_is_back_after_generating():
    tables = [m._meta.db_table for m in (AttemptAnswer, LessonCompletion, ModuleProgress, SignalRollup)] + [
        "curriculum_quizattempt",
        "curriculum_officerprofile",
        "curriculum_modulecompletion",
        "auth_user_groups",
    ]
    before = _schema(tables)
    assert any("FOREIGN KEY" in definition for _t, _n, definition in before)

    load_data_generate(officers=50, seed=7, log=_quiet)

    assert _schema(tables) == before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="keys and indexes are set aside on PostgreSQL only")
def test_a_row_that_breaks_a_key_set_aside_fails_when_the_key_comes_back():
    with pytest.raises(IntegrityError):
        with keys_and_indexes_built_at_end([LessonCompletion], indexed=[LessonCompletion]):
            with connection.cursor() as cursor:
                cursor.execute(
                    "INSERT INTO curriculum_lessoncompletion (user_id, lesson_id, module_id, completed_at) "
                    "VALUES (987654321, 987654321, 987654321, now())"
                )
