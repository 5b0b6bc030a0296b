"""R13: the organisation migration (0003) runs forward on a populated database and keeps every record."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from curriculum import services
from curriculum.models import AttemptAnswer, LessonCompletion, ModuleCompletion, ModuleProgress, QuizAttempt
from tests.factories import answers_for, tree_create, user_create

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
BEFORE = ("curriculum", "0002_create_role_groups")


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes("curriculum")[0]


def counts():
    with connection.cursor() as cursor:
        result = {}
        for model in (LessonCompletion, QuizAttempt, AttemptAnswer, ModuleProgress, ModuleCompletion):
            cursor.execute(f"SELECT count(*) FROM {model._meta.db_table}")
            result[model.__name__] = cursor.fetchone()[0]
        cursor.execute(f"SELECT user_id, module_id, status, percent FROM {ModuleProgress._meta.db_table} ORDER BY id")
        result["progress"] = cursor.fetchall()
    return result


def test_migrating_forward_over_learning_records_keeps_them():
    tree = tree_create(slug="migrate")
    for i in range(3):
        officer = user_create(f"m{i}")
        services.lesson_complete(user=officer, lesson=tree.lessons[0])
        if i:
            attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
            services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt))
    target = latest()
    call_command("migrate", "curriculum", BEFORE[1], verbosity=0)  # the schema of the previous release
    before = counts()
    assert before["LessonCompletion"] == 3 and before["QuizAttempt"] == 2
    call_command("migrate", "curriculum", target[1], verbosity=0)
    assert counts() == before
    assert set(ModuleProgress.objects.values_list("unit_id", flat=True)) == {None}
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
