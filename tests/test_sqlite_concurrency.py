"""R16: in the local SQLite mode, 8 concurrent writers never surface "database is locked"."""

import pytest
from django.conf import settings
from django.db import connection

from curriculum import services
from curriculum.models import LessonCompletion, QuizAttempt
from tests.factories import answers_for, tree_create, user_create
from tests.helpers import run_together

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="checks SQLite's BEGIN IMMEDIATE + timeout mode"),
    pytest.mark.skipif(
        getattr(settings, "SQLITE_IN_MEMORY", False),
        reason="needs the file database of make test (memory has table locks, no timeout)",
    ),
]


def test_eight_concurrent_writers_on_sqlite():
    tree = tree_create(slug="sqlite", lessons=3)
    officers = [user_create(f"w{i}") for i in range(8)]
    attempts = [services.quiz_attempt_start(user=o, quiz=tree.quiz) for o in officers]

    def work(i):
        for lesson in tree.lessons:
            services.lesson_complete(user=officers[i], lesson=lesson)
        return services.quiz_attempt_submit(
            user=officers[i], attempt_id=attempts[i].pk, answers=answers_for(attempts[i])
        )

    results, errors = run_together(8, work)
    assert errors == [None] * 8
    assert LessonCompletion.objects.count() == 24
    assert QuizAttempt.objects.filter(state="submitted").count() == 8
