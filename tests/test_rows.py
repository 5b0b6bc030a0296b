"""curriculum/models/rows.py: the quiz steps' cached single-table statements give what the ORM gives."""

from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from curriculum import services
from curriculum.models import AttemptAnswer, ModuleProgress, QuizAttempt
from curriculum.models.rows import row_lock, row_save, rows_get, rows_update, rows_values
from curriculum.selectors.attempts import FIELDS

pytestmark = pytest.mark.django_db


def test_rows_read_as_the_orm_reads_them(tree, officer):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    orm = list(AttemptAnswer.objects.filter(attempt=attempt).order_by("position"))
    rows = rows_get(AttemptAnswer, attempt_id=attempt.pk, order_by="position")
    assert [row.pk for row in rows] == [row.pk for row in orm] and len(rows) >= 2
    for mine, theirs in zip(rows, orm, strict=True):  # JSON columns decoded, every field equal
        assert {f.attname: getattr(mine, f.attname) for f in AttemptAnswer._meta.concrete_fields} == {
            f.attname: getattr(theirs, f.attname) for f in AttemptAnswer._meta.concrete_fields
        }
        assert isinstance(mine.shown, dict) and not mine._state.adding
    tuples = rows_values(QuizAttempt, FIELDS, order_by="-number", user_id=officer.pk, quiz_id=tree.quiz.pk)
    assert tuples == list(
        QuizAttempt.objects.filter(user=officer, quiz=tree.quiz).order_by("-number").values_list(*FIELDS)
    )


def test_row_lock_locks_on_postgresql_and_finds_nothing_for_a_stranger(tree, officer, django_user_model):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    stranger = django_user_model.objects.create(username="vreemde")
    with transaction.atomic(), CaptureQueriesContext(connection) as ctx:
        assert row_lock(QuizAttempt, pk=attempt.pk, user_id=stranger.pk) is None
        assert row_lock(QuizAttempt, pk=attempt.pk, user_id=officer.pk).number == attempt.number
    selects = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith("SELECT")]
    assert len(selects) == 2
    with transaction.atomic():  # a number no id can have (a tampered form) finds nothing, as a queryset would
        assert row_lock(QuizAttempt, pk=10**20, user_id=officer.pk) is None
        assert rows_values(QuizAttempt, FIELDS, user_id=officer.pk, quiz_id=-(10**20)) == []
        assert rows_update(QuizAttempt, {"pass_mark": 1}, pk=10**20) == 0
    assert all(sql.endswith("FOR UPDATE") for sql in selects) == (connection.vendor == "postgresql")


def test_row_save_writes_only_the_named_fields(tree, officer):
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    progress = ModuleProgress.objects.get(user=officer, module=tree.module)
    later = timezone.now() + timedelta(days=3)
    ModuleProgress.objects.filter(pk=progress.pk).update(best_percent=55)  # a change the instance does not know
    progress.last_activity, progress.lessons_done = later, 2
    with CaptureQueriesContext(connection) as ctx:
        row_save(progress, ["last_activity", "lessons_done"])
    assert "best_percent" not in ctx.captured_queries[-1]["sql"]
    progress.refresh_from_db()
    assert (progress.last_activity, progress.lessons_done, progress.best_percent) == (later, 2, 55)


def test_rows_update_counts_only_matching_rows(tree, officer):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    deadline = timezone.now() + timedelta(minutes=5)
    changed = {"deadline": deadline, "pass_mark": 90}
    assert rows_update(QuizAttempt, changed, pk=attempt.pk, state=QuizAttempt.State.SUBMITTED) == 0
    assert rows_update(QuizAttempt, changed, pk=attempt.pk, state=QuizAttempt.State.STARTED) == 1
    attempt.refresh_from_db()
    assert (attempt.deadline, attempt.pass_mark) == (deadline, 90)
