"""The officer's path under load, side by side with a bare endpoint on the same gunicorn and database (issue 19).

Not a test: a measurement. For each code tree given (default: this checkout; LOAD_TREES=label=/path,...), it

1. creates a fresh PostgreSQL database, migrates it with that tree's code and seeds one module (2 lessons, a
   quiz of 6 questions with 4 choices each, unlimited attempts) and USERS officers;
2. starts gunicorn (2 workers × 4 threads) on the production settings with Redis (bench/loadbench/settings.py:
   production, except cookies without the Secure flag and plain static files, so a client on plain HTTP on
   loopback can hold a session);
3. logs every simulated officer in at once, then lets each loop the journey for DURATION seconds: Mijn training →
   lesson → complete → quiz page → start → form → submit → result;
4. then, for the same DURATION, the same officers hit the bare endpoints on the same gunicorn: a read (one
   SELECT of the officer's progress rows) and a write (one INSERT + that SELECT), behind the full middleware
   and the login, as JSON;
5. checks the database: errors, duplicate or inconsistent records.

It prints, and writes between the markers in bench/README.md, requests/s, p95 and the ratio to the bare
ceiling, per tree. Run `make load` (this tree), or compare with an older commit:

    git worktree add /tmp/perf-base c74f6ae
    LOAD_TREES=before=/tmp/perf-base,now=. USERS=20 DURATION=30 .venv/bin/python bench/load.py
"""

import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import psycopg
import requests

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(sys.executable).parent
PG = os.environ.get("LOAD_PG", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/6")
USERS = int(os.environ.get("USERS", 20))
DURATION = float(os.environ.get("DURATION", 30))
PORT = int(os.environ.get("LOAD_PORT", 8719))
WORKERS, THREADS = int(os.environ.get("WORKERS", 2)), int(os.environ.get("THREADS", 4))
PASSWORD = "pw-Load-2026-shift"
JOURNEY = ["my_training", "lesson", "lesson_complete", "quiz", "quiz_start", "quiz_form", "quiz_submit", "result"]

SEED = r"""
import json, os, sys
import django
django.setup()
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection
from curriculum import roles
from curriculum.models import QuizQuestion
from tests.factories import question_create, tree_create

tree = tree_create(questions=0, slug="belasting", lessons=2)
choices = [("Optie A", True), ("Optie B", False), ("Optie C", False), ("Optie D", False)]
questions = [question_create(f"belasting-q{i}", choices=choices) for i in range(6)]
tree.quiz.quiz_questions = [QuizQuestion(question=q, sort_order=i) for i, q in enumerate(questions)]
tree.quiz.save_revision().publish()
User = get_user_model()
encoded = make_password(os.environ["LOAD_PASSWORD"])
count = int(os.environ["LOAD_USERS"])
users = User.objects.bulk_create([User(username=f"agent{i}", password=encoded) for i in range(count)])
group = Group.objects.get(name=roles.OFFICERS)
group.user_set.add(*users)
with connection.cursor() as cursor:
    cursor.execute(
        "CREATE TABLE loadbench_hit (id bigserial PRIMARY KEY, user_id bigint NOT NULL, at timestamptz NOT NULL)"
    )
seeded = {"lessons": [page.url for page in tree.lessons], "quiz": tree.quiz.url, "hasher": encoded.split("$")[0]}
print("SEED " + json.dumps(seeded))
"""

CHECK = """
SELECT
  (SELECT count(*) FROM curriculum_quizattempt) AS attempts,
  (SELECT count(*) FROM curriculum_quizattempt WHERE state = 'submitted') AS submitted,
  (SELECT count(*) FROM (SELECT user_id, quiz_id, number FROM curriculum_quizattempt
     GROUP BY 1, 2, 3 HAVING count(*) > 1) d) AS duplicate_attempt_numbers,
  (SELECT count(*) FROM (SELECT user_id, quiz_id FROM curriculum_quizattempt WHERE state = 'started'
     GROUP BY 1, 2 HAVING count(*) > 1) d) AS duplicate_open_attempts,
  (SELECT count(*) FROM (SELECT user_id, lesson_id FROM curriculum_lessoncompletion
     GROUP BY 1, 2 HAVING count(*) > 1) d) AS duplicate_lesson_completions,
  (SELECT count(*) FROM (SELECT user_id, module_id FROM curriculum_modulecompletion
     GROUP BY 1, 2 HAVING count(*) > 1) d) AS duplicate_module_completions,
  (SELECT count(*) FROM curriculum_moduleprogress p WHERE p.attempts <> (SELECT count(*) FROM curriculum_quizattempt a
     WHERE a.user_id = p.user_id AND a.module_id = p.module_id AND a.state = 'submitted')) AS inconsistent_progress,
  (SELECT count(*) FROM curriculum_quizattempt a WHERE a.state = 'submitted' AND a.score <> (SELECT count(*)
     FROM curriculum_attemptanswer r WHERE r.attempt_id = a.id AND r.correct)) AS inconsistent_scores
"""


def _env(tree: Path, database: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SIGNAAL_TRUSTED_PROXIES"}}
    env.update(
        DJANGO_SETTINGS_MODULE="loadbench.settings",
        PYTHONPATH=f"{ROOT / 'bench'}:{tree}",
        DATABASE_URL=f"{PG}/{database}",
        REDIS_URL=REDIS_URL,
        SECRET_KEY="load-" + "k" * 60,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SIGNAAL_LOG_LEVEL="WARNING",
        LOAD_PASSWORD=PASSWORD,
        LOAD_USERS=str(USERS),
    )
    return env


def prepare(tree: Path, database: str) -> dict:
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{database}"')
    env = _env(tree, database)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=tree, env=env, check=True)
    seeded = subprocess.run(
        [sys.executable, "-c", SEED], cwd=tree, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(next(line for line in seeded.splitlines() if line.startswith("SEED "))[5:])


def server_cpu_seconds(master: int) -> float:
    """User + system CPU of the gunicorn master and its workers so far (from /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == master or ppid == master:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def start_server(tree: Path, database: str):
    env = _env(tree, database)
    server = subprocess.Popen(
        [str(VENV / "gunicorn"), "-w", str(WORKERS), "--threads", str(THREADS), "-b", f"127.0.0.1:{PORT}"]
        + ["--log-level", "warning", "--timeout", "120", "signaal.wsgi"],
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", PORT), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("gunicorn did not start: " + (server.stderr.read() if server.stderr else ""))


class Officer:
    def __init__(self, n: int, base: str, content: dict, record):
        self.username, self.base, self.content, self.record = f"agent{n}", base, content, record
        self.http = requests.Session()

    def timed(self, step, method, path, **kw):
        start = time.perf_counter()
        try:
            response = self.http.request(method, self.base + path, allow_redirects=False, timeout=120, **kw)
            status = response.status_code
        except requests.RequestException:
            response, status = None, 599
        self.record(step, time.perf_counter() - start, status)
        return response

    def csrf(self) -> str:
        return self.http.cookies.get("csrftoken", "")

    def login_form(self):
        self.http.get(self.base + "/login/")

    def login(self):
        data = {"username": self.username, "password": PASSWORD, "csrfmiddlewaretoken": self.csrf()}
        self.timed("login", "POST", "/login/", data=data)

    def journey(self):
        lessons, quiz = self.content["lessons"], self.content["quiz"]
        self.timed("my_training", "GET", "/")
        self.timed("lesson", "GET", lessons[0])
        self.timed("lesson_complete", "POST", lessons[0] + "voltooid/", data={"csrfmiddlewaretoken": self.csrf()})
        self.timed("quiz", "GET", quiz)
        self.timed("quiz_start", "POST", quiz + "start/", data={"csrfmiddlewaretoken": self.csrf()})
        form = self.timed("quiz_form", "GET", quiz)
        if form is None or form.status_code != 200:
            return
        html = form.text
        attempt = re.search(r'name="attempt" value="(\d+)"', html)
        data = {"csrfmiddlewaretoken": self.csrf(), "attempt": attempt.group(1) if attempt else ""}
        for question, choice in re.findall(r'name="q-(\d+)" value="(\d+)"', html):
            data.setdefault(f"q-{question}", choice)
        submitted = self.timed("quiz_submit", "POST", quiz + "inleveren/", data=data)
        if submitted is not None and submitted.status_code == 302:
            self.timed("result", "GET", submitted.headers["Location"])

    def bare(self):
        self.timed("bare_read", "GET", "/__bare/read/")
        self.timed("bare_write", "POST", "/__bare/write/", data={"csrfmiddlewaretoken": self.csrf()})


def run_phase(officers, action, seconds=None):
    """Every officer runs `action` in its own thread: once (seconds=None), or in a loop for `seconds`."""
    stop = time.monotonic() + (seconds or 0)

    def loop(officer):
        getattr(officer, action)()
        while seconds and time.monotonic() < stop:
            getattr(officer, action)()

    threads = [threading.Thread(target=loop, args=(o,)) for o in officers]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started


def summarise(samples, elapsed):
    rows = {}
    for step, values in samples.items():
        latencies = [v for v, _s in values]
        rows[step] = {
            "n": len(values),
            "rps": len(values) / elapsed,
            "p95_ms": 1000 * (statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else latencies[0]),
            "errors": sum(1 for _v, s in values if s >= 400),
        }
    return rows


def measure(label: str, tree: Path) -> dict:
    database = f"signaal_load_{label}"
    print(f"== {label}: {tree} (database {database}, {USERS} officers, {DURATION:.0f} s per phase)", flush=True)
    content = prepare(tree, database)
    server = start_server(tree, database)
    try:
        samples: dict[str, list] = defaultdict(list)
        lock = threading.Lock()

        def record(step, seconds, status):
            with lock:
                samples[step].append((seconds, status))

        officers = [Officer(n, f"http://127.0.0.1:{PORT}", content, record) for n in range(USERS)]
        for _ in range(2 * WORKERS * THREADS):  # warm every worker up (imports, first connections)
            requests.get(f"http://127.0.0.1:{PORT}/login/", timeout=120)
        run_phase(officers, "login_form")
        login_wall = run_phase(officers, "login")  # every officer once, all at once
        logins = summarise({"login": samples.pop("login")}, login_wall)["login"]
        logins["wall_s"] = login_wall
        samples.clear()
        cpu = server_cpu_seconds(server.pid)
        journey_s = run_phase(officers, "journey", DURATION)
        journey_cpu = server_cpu_seconds(server.pid) - cpu
        journey = summarise(samples, journey_s)
        journey_n = sum(v["n"] for v in journey.values())
        samples.clear()
        cpu = server_cpu_seconds(server.pid)
        bare_s = run_phase(officers, "bare", DURATION)
        bare_cpu = server_cpu_seconds(server.pid) - cpu
        bare = summarise(samples, bare_s)
        bare_n = sum(v["n"] for v in bare.values())
        cpu_ms = {"journey": 1000 * journey_cpu / max(journey_n, 1), "bare": 1000 * bare_cpu / max(bare_n, 1)}
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    with psycopg.connect(f"{PG}/{database}") as conn:
        cursor = conn.execute(CHECK)
        checks = dict(zip([c.name for c in cursor.description], cursor.fetchone(), strict=True))
    result = {"label": label, "tree": str(tree), "hasher": content["hasher"], "login": logins, "cpu_ms": cpu_ms}
    result.update(journey=journey, bare=bare, checks=checks)
    print(json.dumps(result, indent=1), flush=True)
    return result


def table(results) -> str:
    lines = []
    for r in results:
        j, b = r["journey"], r["bare"]
        journey_rps = sum(v["rps"] for v in j.values())
        bare_rps = sum(v["rps"] for v in b.values())
        errors = sum(v["errors"] for v in j.values()) + sum(v["errors"] for v in b.values()) + r["login"]["errors"]
        c = r["checks"]
        dupes = sum(v for k, v in c.items() if k.startswith(("duplicate", "inconsistent")))
        lines += [
            f"**{r['label']}** (`{r['tree']}`, password hash {r['hasher']}): {USERS} officers, {DURATION:.0f} s per "
            f"phase; {USERS} logins at once took {r['login']['wall_s']:.1f} s (p95 {r['login']['p95_ms']:.0f} ms); "
            f"{c['submitted']} attempts submitted; errors {errors}; duplicate or inconsistent records {dupes}; "
            f"app CPU per request {r['cpu_ms']['journey']:.1f} ms (bare {r['cpu_ms']['bare']:.1f} ms).",
            "",
            "| step | Signaal req/s | p95 ms | bare endpoint | bare req/s | bare p95 ms | ratio |",
            "|---|---|---|---|---|---|---|",
        ]
        pairs = {"quiz_submit": "bare_write", "lesson_complete": "bare_write", "quiz_start": "bare_write"}
        for step in JOURNEY:
            if step not in j:
                continue
            floor = b.get(pairs.get(step, "bare_read"), {"rps": 0, "p95_ms": 0})
            ratio = j[step]["rps"] / floor["rps"] if floor["rps"] else 0
            name = pairs.get(step, "bare_read").replace("bare_", "")
            lines.append(
                f"| {step} | {j[step]['rps']:.1f} | {j[step]['p95_ms']:.0f} | {name} | {floor['rps']:.1f} | "
                f"{floor['p95_ms']:.0f} | {100 * ratio:.1f} % |"
            )
        lines.append(
            f"| **all requests** | {journey_rps:.1f} | | read + write | {bare_rps:.1f} | | "
            f"{100 * journey_rps / bare_rps:.1f} % |"
        )
        lines.append("")
    if len(results) > 1:
        by_label = {r["label"]: r for r in results}
        first, last = by_label.get("before", results[0]), by_label.get("now", results[-1])
        before = sum(v["rps"] for v in first["journey"].values())
        after = sum(v["rps"] for v in last["journey"].values())
        submit = last["journey"].get("quiz_submit", {}).get("rps", 0) / max(last["bare"]["bare_write"]["rps"], 1e-9)
        lines.append(
            f"Journey throughput {last['label']} / {first['label']}: **{after / before:.1f}×** "
            f"({before:.1f} → {after:.1f} req/s); quiz submit at {100 * submit:.1f} % of the bare write ceiling "
            "(a submit per journey of 8 requests: compare per-step rates within one row)."
        )
    return "\n".join(lines)


def main():
    trees = os.environ.get("LOAD_TREES", f"now={ROOT}")
    results = [measure(label, Path(path).resolve()) for label, path in (t.split("=", 1) for t in trees.split(","))]
    text = table(results)
    print(text)
    block = (
        f"<!-- load:start -->\nMeasured {time.strftime('%Y-%m-%d %H:%M')} by `bench/load.py` "
        f"(gunicorn {WORKERS} workers × {THREADS} threads, {os.cpu_count()} cores shared with the load "
        f"generator):\n\n{text}\n<!-- load:end -->"
    )
    readme = ROOT / "bench" / "README.md"
    current = readme.read_text()
    if "<!-- load:start -->" in current:
        current = re.sub(r"<!-- load:start -->.*?<!-- load:end -->", lambda _m: block, current, flags=re.S)
    else:
        current += "\n## The officer's path under load (issue 19)\n\n" + block + "\n"
    readme.write_text(current)


if __name__ == "__main__":
    main()
