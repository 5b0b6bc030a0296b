"""CPU time per step of the officer's quiz path on the production settings, beside the bare floors, in one process.

Not a test: the measurement behind bench/README.md. The bench/loadbench settings (production: PostgreSQL,
Redis, DEBUG off, full middleware, plus the bare read and bare write endpoints), Django's test client (secure, host
localhost) without template instrumentation, a throw-away test database on DATABASE_URL's server (created from the
`perf` database: `createdb -h 127.0.0.1 -U postgres perf`; collectstatic with these settings first). Each round runs
bare read, bare write, quiz start, form, submit, result and Mijn training; printed: the median CPU time
(process_time) per step over REPEAT rounds (the first five left out) and the submit path's mean against the bare
write. Machine-speed noise moves both alike; compare the ratio, or two trees run alternately.

    . bench/profile_steps.env && .venv/bin/python manage.py collectstatic --noinput -v0
    REPEAT=50 .venv/bin/python bench/profile_steps.py

Options (environment): REPEAT; PROF=<step> (cProfile that step; SORT, TOP, CALLERS=<regex>, CALLEES=<regex>);
COUNT=1 (profile every step: function calls per request and own time per package); SQL=<step> (its statements);
GAPS=<step> (CPU between that step's statements) with MARKS=module:attr.path,... (entry and exit of those
functions among them); PRIOR=<n> (earlier submitted attempts for the officer); NOUNNEST=1, SSB=1 (experiments:
Django's plain bulk insert, psycopg server-side binding).
"""

import cProfile
import logging
import os
import pstats
import statistics
import sys
import time

ROOT = os.getcwd()  # the checkout in the current directory: one copy of this script can measure another tree
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))
os.environ.update(
    DJANGO_SETTINGS_MODULE="loadbench.settings",
    SECRET_KEY="x" * 60,
    ALLOWED_HOSTS="testserver,localhost",
    SECURE_SSL_REDIRECT="false",
    REDIS_URL="redis://127.0.0.1:6379/9",
    DATABASE_URL="postgres://postgres@127.0.0.1:5432/perf",
)
import django  # noqa: E402

django.setup()
from collections import defaultdict  # noqa: E402

from django.db import connection  # noqa: E402
from django.template import Template  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, _TestState, setup_test_environment  # noqa: E402
from load import SEED  # noqa: E402

REPEAT = int(os.environ.get("REPEAT", 40))
GROUPS = [  # COUNT=1: own time per package
    ("database driver", ("sqlite3", "psycopg", "/django/db/backends/")),
    ("ORM", ("/django/db/",)),
    ("templates", ("/django/template/", "/wagtail/templatetags/", "templatetags")),
    ("wagtail", ("/wagtail/",)),
    ("middleware, sessions, auth, csrf", ("middleware", "/contrib/sessions/", "/contrib/auth/", "/axes/", "/csp/")),
    ("Signaal code", ("/curriculum/", "/home/", "/signaal/")),
    ("rest of Django", ("/django/",)),
]


def group_of(filename: str, function: str) -> str:
    if filename == "~" and ("sqlite3" in function or "psycopg" in function):
        return "database driver"
    for name, needles in GROUPS:
        if any(n in filename for n in needles):
            return name
    return "Python runtime and other"


MARKLOG = []


def install_marks():
    import functools
    import importlib

    for spec in filter(None, os.environ.get("MARKS", "").split(",")):
        mod, _, attr = spec.partition(":")
        obj = importlib.import_module(mod)
        parts = attr.split(".")
        owner = obj
        for part in parts[:-1]:
            owner = getattr(owner, part)
        fn = getattr(owner, parts[-1])

        def make(fn, label):
            @functools.wraps(fn)
            def w(*a, **k):
                MARKLOG.append(("mark", time.process_time(), label))
                try:
                    return fn(*a, **k)
                finally:
                    MARKLOG.append(("mark", time.process_time(), "/" + label))

            return w

        setattr(owner, parts[-1], make(fn, parts[-1]))


def main():
    install_marks()
    if os.environ.get("SSB"):
        from django.db import connections

        connections["default"].settings_dict.setdefault("OPTIONS", {})["server_side_binding"] = True
        if os.environ.get("PREP"):
            connections["default"].settings_dict["OPTIONS"]["prepare_threshold"] = int(os.environ["PREP"])
    if os.environ.get("NOUNNEST"):
        from django.db.backends.postgresql import compiler as pc

        pc.SQLInsertCompiler.assemble_as_sql = pc.BaseSQLInsertCompiler.assemble_as_sql
    logging.disable(logging.WARNING)
    setup_test_environment()
    Template._render = _TestState.saved_data.template_render  # no instrumented rendering
    from curriculum.models import QuizAttempt
    from tests.factories import answers_for

    old = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        seeded = {}  # the module and the bare endpoints' tables exactly as bench/load.py seeds them
        exec(compile(SEED, "bench/load.py:SEED", "exec"), seeded)  # nosec B102: our own seed script
        tree = seeded["tree"]
        from django.conf import settings

        settings.AXES_ENABLED = False
        from tests.factories import officer_in, org_create

        org = org_create()
        officer = officer_in(org.teams[0], "belast")
        client = Client(secure=True, HTTP_HOST="localhost")
        client.force_login(officer)
        client.get("/")
        for lesson in tree.lessons:
            client.post(lesson.url + "voltooid/")
        prior = int(os.environ.get("PRIOR", 0))
        if prior:
            from django.utils import timezone

            QuizAttempt.objects.bulk_create(
                [
                    QuizAttempt(
                        user=officer,
                        quiz=tree.quiz,
                        module_id=tree.module.pk,
                        number=i + 1,
                        state="submitted",
                        started_at=timezone.now(),
                        submitted_at=timezone.now(),
                        pass_mark=70,
                        score=3,
                        max_score=6,
                        percent=50,
                        passed=False,
                        cycle=1,
                    )
                    for i in range(prior)
                ]
            )
        times = {}
        queries = {}
        profs = {}
        prof_step = os.environ.get("PROF")
        sql_step = os.environ.get("SQL")
        gaps = {}

        def step(name, call):
            if os.environ.get("GAPS") == name:
                marks = []
                MARKLOG.clear()

                def wrap(execute, sql, params, many, context):
                    marks.append(("pre", time.process_time(), sql[:60]))
                    try:
                        return execute(sql, params, many, context)
                    finally:
                        marks.append(("post", time.process_time(), ""))

                t0 = time.process_time()
                with connection.execute_wrapper(wrap):
                    r = call()
                t1 = time.process_time()
                last = t0
                row = []
                for kind, t, sql in sorted(marks + MARKLOG, key=lambda m: m[1]):
                    row.append((kind, t - last, sql))
                    last = t
                row.append(("end", t1 - last, ""))
                gaps.setdefault(name, []).append(row)
                times.setdefault(name, []).append(t1 - t0)
                queries[name] = len(marks) // 2
                return r
            p = cProfile.Profile(time.process_time) if (name == prof_step or os.environ.get("COUNT")) else None
            with CaptureQueriesContext(connection) as ctx:
                t = time.process_time()
                if p:
                    p.enable()
                r = call()
                if p:
                    p.disable()
                times.setdefault(name, []).append(time.process_time() - t)
            queries[name] = len(ctx.captured_queries)
            if sql_step == name and len(times[name]) == REPEAT:
                for q in ctx.captured_queries:
                    print(q["sql"][:300])
            if p:
                if name in profs:
                    profs[name].add(p)
                else:
                    profs[name] = pstats.Stats(p)
            assert r.status_code in (200, 302), (name, r.status_code)
            return r

        for _ in range(REPEAT):
            step("bare_read", lambda: client.get("/__bare/read/"))
            step("bare_write", lambda: client.post("/__bare/write/"))
            step("quiz_start", lambda: client.post(tree.quiz.url + "start/"))
            step("quiz_form", lambda: client.get(tree.quiz.url))
            a = QuizAttempt.objects.get(user=officer, state="started")
            data = {"attempt": str(a.pk)}
            data.update({f"q-{q}": [str(c) for c in ch] for q, ch in answers_for(a).items()})
            sub = step("quiz_submit", lambda data=data: client.post(tree.quiz.url + "inleveren/", data))
            step("result", lambda sub=sub: client.get(sub["Location"]))
            step("my_training", lambda: client.get("/"))
        for n, ts in times.items():
            if os.environ.get("COUNT"):
                g = defaultdict(float)
                for (fn, _l, f), row in profs[n].stats.items():
                    g[group_of(fn, f)] += row[2]
                print(
                    f"{n:12s} {profs[n].total_calls / len(ts):8.0f} calls/request; "
                    + ", ".join(f"{k} {1000 * v / len(ts):.1f}" for k, v in sorted(g.items(), key=lambda i: -i[1]))
                )
            else:
                print(f"{n:12s} {1000 * statistics.median(ts[5:]):6.2f} ms  {queries[n]} q")
        path = sum(statistics.median(times[n][5:]) for n in ("quiz_start", "quiz_form", "quiz_submit")) / 3
        floor = statistics.median(times["bare_write"][5:])
        print(f"submit path avg {1000 * path:.2f} ms; bare_write/path = {100 * floor / path:.0f} %")
        for rows in gaps.values():
            rows = rows[5:]
            for i in range(len(rows[0])):
                vals = [r[i][1] for r in rows if len(r) == len(rows[0])]
                print(f"{rows[0][i][0]:5s} {1000 * statistics.median(vals):6.2f} ms {rows[0][i][2]}")
        if prof_step and not os.environ.get("COUNT"):
            s = profs[prof_step].sort_stats(os.environ.get("SORT", "tottime"))
            s.print_stats(int(os.environ.get("TOP", 30)))
            if os.environ.get("CALLERS"):
                s.print_callers(os.environ["CALLERS"])
            if os.environ.get("CALLEES"):
                s.print_callees(os.environ["CALLEES"])
    finally:
        connection.creation.destroy_test_db(old, verbosity=0)


main()
