"""The officer journey on the production settings, in this process: run by tests/test_production_boot.py as
`python -m tests.production_journey` with DJANGO_SETTINGS_MODULE=signaal.settings.production, DATABASE_URL
(PostgreSQL) and REDIS_URL set. It creates a throw-away test database, serves the journey through the full
middleware stack (rate limits and login throttle in Redis) and prints one JSON line on stderr."""

import json
import os
import sys

import django

STEPS = ("login", "my_training", "lesson", "lesson_complete", "quiz_start", "quiz_form", "quiz_submit", "result")


def journey() -> dict:
    from django.core.cache import cache, caches
    from django.test import Client

    from curriculum.domain import roles
    from curriculum.models import QuizAttempt
    from tests.factories import answers_for, tree_create, user_create

    tree = tree_create()
    officer = user_create(f"boot{os.getpid()}", roles.OFFICERS)
    client = Client(raise_request_exception=False)
    kw = {"secure": True, "HTTP_HOST": "signaal.example"}
    statuses = {}

    def step(name, response):
        statuses[name] = response.status_code
        return response

    step("login", client.post("/login/", {"username": officer.username, "password": "pw-Test-12345"}, **kw))
    step("my_training", client.get("/", **kw))
    step("lesson", client.get(tree.lessons[0].url, **kw))
    step("lesson_complete", client.post(tree.lessons[0].url + "voltooid/", **kw))
    step("quiz_start", client.post(tree.quiz.url + "start/", **kw))
    step("quiz_form", client.get(tree.quiz.url, **kw))
    attempt = QuizAttempt.objects.get(user=officer)
    data = {"attempt": str(attempt.pk)}
    data.update({f"q-{q}": [str(c) for c in chosen] for q, chosen in answers_for(attempt).items()})
    submitted = step("quiz_submit", client.post(tree.quiz.url + "inleveren/", data, **kw))
    result = step("result", client.get(submitted.get("Location", tree.quiz.url), **kw))
    attempt.refresh_from_db()
    probe = f"signaal:boot:{os.getpid()}"
    cache.set(probe, "ok", 30)
    return {
        "statuses": statuses,
        "cache_backend": [klass.__name__ for klass in type(caches["default"]).__mro__],
        "cache_roundtrip": cache.get(probe),
        "passed": attempt.passed,
        "result_shows_score": "100%" in result.content.decode(),
        "password_algorithm": officer.password.split("$", 1)[0],
    }


def main() -> None:
    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import override_settings

    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = f"test_signaal_boot_{os.getpid()}"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    # collectstatic has not run here: plain static storage instead of the manifest
    static = override_settings(
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    )
    try:
        with static:
            outcome = journey()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print("JOURNEY " + json.dumps(outcome), file=sys.stderr)


if __name__ == "__main__":
    main()
