"""Where a request of the officer's path spends its time: cProfile per step, grouped by package.

Not a test: the profile behind bench/README.md (issue 19). Runs the journey through Django's test client (full
middleware) on a throw-away database — SQLite by default, or DATABASE_URL — REPEAT times per step, and prints
per step the mean wall time, queries, and the share of own-time (tottime) per package:

    .venv/bin/python bench/profile_journey.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/signaal_perf .venv/bin/python bench/profile_journey.py
"""

import cProfile
import logging
import os
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signaal.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

REPEAT = int(os.environ.get("REPEAT", 20))
TOP = int(os.environ.get("TOP", 0))  # also print the TOP functions by cumulative time per step
GROUPS = [
    ("database driver", ("sqlite3", "psycopg", "/django/db/backends/")),
    ("ORM", ("/django/db/",)),
    ("templates", ("/django/template/", "/wagtail/templatetags/", "templatetags")),
    ("wagtail", ("/wagtail/",)),
    ("middleware, sessions, auth, csrf", ("middleware", "/contrib/sessions/", "/contrib/auth/", "/axes/", "/csp/")),
    ("Signaal code", ("/curriculum/", "/home/")),
    ("rest of Django", ("/django/",)),
]


def group_of(filename: str, function: str) -> str:
    if filename == "~" and ("sqlite3" in function or "psycopg" in function):
        return "database driver"
    for name, needles in GROUPS:
        if any(n in filename for n in needles):
            return name
    return "Python runtime and other"


def main():
    logging.disable(logging.WARNING)
    from curriculum import roles
    from curriculum.models import QuizAttempt, QuizQuestion
    from tests.factories import answers_for, question_create, tree_create, user_create

    setup_test_environment()
    if connection.vendor == "sqlite":
        database = Path(tempfile.gettempdir()) / "signaal-profile.sqlite3"
        connection.settings_dict.setdefault("TEST", {})["NAME"] = str(database)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        tree = tree_create(questions=0, slug="profiel")
        choices = [("Optie A", True), ("Optie B", False), ("Optie C", False), ("Optie D", False)]
        questions = [question_create(f"profiel-q{i}", choices=choices) for i in range(6)]
        tree.quiz.quiz_questions = [QuizQuestion(question=q, sort_order=i) for i, q in enumerate(questions)]
        tree.quiz.save_revision().publish()
        officer = user_create("profiel", roles.OFFICERS)
        client = Client()
        client.force_login(officer)
        client.get("/")
        stats = defaultdict(lambda: defaultdict(float))
        totals = defaultdict(lambda: [0.0, 0])
        profiles = {}

        def step(name, call):
            profile = cProfile.Profile()
            with CaptureQueriesContext(connection) as ctx:
                start = time.perf_counter()
                profile.enable()
                response = call()
                profile.disable()
                totals[name][0] += time.perf_counter() - start
            totals[name][1] += len(ctx.captured_queries)
            collected = pstats.Stats(profile)
            for (filename, _line, function), row in collected.stats.items():
                stats[name][group_of(filename, function)] += row[2]  # tottime
            if name in profiles:
                profiles[name].add(collected)
            else:
                profiles[name] = collected
            return response

        for _ in range(REPEAT):
            step("my_training", lambda: client.get("/"))
            step("lesson_complete", lambda: client.post(tree.lessons[0].url + "voltooid/"))
            step("quiz_start", lambda: client.post(tree.quiz.url + "start/"))
            step("quiz_form", lambda: client.get(tree.quiz.url))
            attempt = QuizAttempt.objects.get(user=officer, state="started")
            data = {"attempt": str(attempt.pk)}
            data.update({f"q-{q}": [str(c) for c in chosen] for q, chosen in answers_for(attempt).items()})
            submitted = step("quiz_submit", lambda data=data: client.post(tree.quiz.url + "inleveren/", data))
            step("result", lambda location=submitted["Location"]: client.get(location))
        print(f"{connection.vendor}, {REPEAT} runs per step (times under cProfile, so ~2x real)")
        for name, groups in stats.items():
            wall, queries = totals[name]
            own = sum(groups.values())
            shares = ", ".join(f"{g} {100 * t / own:.0f} %" for g, t in sorted(groups.items(), key=lambda i: -i[1]))
            print(f"- {name}: {1000 * wall / REPEAT:.1f} ms, {queries / REPEAT:.0f} queries; {shares}")
            if TOP:
                profiles[name].sort_stats("cumulative").print_stats(TOP)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
