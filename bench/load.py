"""The officer's path under load on the production topology, beside a bare endpoint in the same run (issues 12, 19).

Not a test: a measurement (`make load`, minutes). For each code tree (default: this checkout; LOAD_TREES=label=/path,...
compares several) it

1. brings the topology up (signaal/deploy/topology.py: nginx with TLS, two gunicorn app servers on the production
   settings plus the bare endpoints of bench/loadbench, two workers, PostgreSQL primary and replica, Redis);
2. seeds one module (2 lessons, a quiz of 6 questions × 4 choices, unlimited attempts), then builds the
   65,000-officer data set (`generate_load_data --officers OFFICERS --seed 1`: its wall time and peak memory are
   reported), and gives LOGINS of the generated officers a password;
3. logs those officers in through the proxy, all at once (login time), and hands their sessions to Locust;
4. runs Locust (headless, closed loop, no think time), one phase per concurrency in LOAD_LEVELS, DURATION seconds
   each, doing the journey (Mijn training → lesson → complete → quiz → start → form → submit → result); then at
   RATIO_USERS: the submit path alone (start → form → submit), and the bare endpoints (a read; the same writes as a
   submit in one transaction) — the ceiling;
5. checks the database: errors, duplicate attempts, completions, lesson completions, inconsistent progress.

It prints, and writes between the markers in bench/README.md, every figure with the load average beside it.
The machine is shared: compare within one run (ratios), not across runs.

    make load                                   # LOAD_LEVELS=1,2,4,8,16 DURATION=30 OFFICERS=65000
    LOAD_TREES=before=/tmp/base,now=. .venv/bin/python bench/load.py
"""

import csv
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from signaal.deploy.processes import children  # noqa: E402
from signaal.deploy.topology import Ports, Topology  # noqa: E402

VENV = Path(sys.executable).parent
LEVELS = [int(n) for n in os.environ.get("LOAD_LEVELS", "1,2,4,8,16").split(",")]
DURATION = int(os.environ.get("DURATION", 30))
OFFICERS = int(os.environ.get("OFFICERS", 65000))
RATIO_USERS = int(os.environ.get("RATIO_USERS", 8))
# The submit path and the bare write alternate this many times (each DURATION long): a machine whose speed drifts
# during a run (seen: the bare write alone 15 % apart between two phases) then shows the ratio per round side by side.
RATIO_ROUNDS = max(1, int(os.environ.get("RATIO_ROUNDS", 1)))
LOGINS = max(max(LEVELS), RATIO_USERS)
STATE = Path(os.environ.get("LOAD_DIR", "/tmp/signaal-load"))
# Ports: the topology's defaults, or all moved (LOAD_PORT_BASE=18600: https 19043, apps 18601/18602, Redis 16386,
# PostgreSQL 54352/54353) so a load run can share the machine with `make prod-like` or the topology tests.
_base = int(os.environ.get("LOAD_PORT_BASE", 0))
_k = (_base // 100) % 10
PORTS = (
    Ports(
        http=_base + 80,
        https=_base + 443,
        apps=(_base + 1, _base + 2),
        purge=_base + 90,
        smtp=_base + 25,
        redis=16380 + _k,
        primary=54340 + 2 * _k,
        replica=54341 + 2 * _k,
    )
    if _base
    else Ports()
)
PASSWORD = "pw-Load-2026-shift"
JOURNEY = ["my_training", "lesson", "lesson_complete", "quiz", "quiz_start", "quiz_form", "quiz_submit", "result"]
PAGES = ["my_training", "lesson", "quiz", "quiz_form", "result"]  # the officer's pages (GET)
PAGE_P95_TARGET_MS = 150

SEED = r"""
import json
from django.db import connection
from curriculum.models import QuizQuestion
from tests.factories import question_create, tree_create

tree = tree_create(questions=0, slug="belasting", lessons=2)
choices = [("Optie A", True), ("Optie B", False), ("Optie C", False), ("Optie D", False)]
questions = [question_create(f"belasting-q{i}", choices=choices) for i in range(6)]
tree.quiz.quiz_questions = [QuizQuestion(question=q, sort_order=i) for i, q in enumerate(questions)]
tree.quiz.save_revision().publish()
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE loadbench_attempt (id bigserial PRIMARY KEY, user_id bigint NOT NULL, at timestamptz)")
    cursor.execute("CREATE TABLE loadbench_answer (attempt_id bigint NOT NULL, question int NOT NULL, choice int)")
    cursor.execute(
        "CREATE TABLE loadbench_progress (user_id bigint PRIMARY KEY, attempts int, last_activity timestamptz)"
    )
print("SEED " + json.dumps({"lessons": [p.url for p in tree.lessons], "quiz": tree.quiz.url, "module": tree.module.pk}))
"""

GENERATE = r"""
import json, resource, time
from django.core.management import call_command
from django.db import connection
started = time.perf_counter()
call_command("generate_load_data", officers={officers}, seed=1)
seconds = time.perf_counter() - started
with connection.cursor() as cursor:
    cursor.execute("ANALYZE")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("GENERATED " + json.dumps({{"seconds": seconds, "peak_mib": peak}}))
"""

PASSWORDS = r"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
User = get_user_model()
step = max(1, {officers} // {count})
names = [f"ld1-{{i:06d}}" for i in range(0, {officers}, step)][:{count}]
User.objects.filter(username__in=names).update(password=make_password({password!r}))
hasher = User.objects.get(username=names[0]).password.split("$")[0]
print("OFFICERS " + json.dumps({{"names": names, "hasher": hasher}}))
"""

CHECK = """
SELECT
  (SELECT count(*) FROM curriculum_quizattempt a WHERE a.user_id = ANY(%(ids)s) AND a.quiz_id = %(quiz)s
     AND a.state = 'submitted' AND a.started_at >= %(since)s) AS submitted,
  (SELECT count(*) FROM (SELECT user_id, quiz_id, number FROM curriculum_quizattempt WHERE user_id = ANY(%(ids)s)
     GROUP BY 1, 2, 3 HAVING count(*) > 1) d) AS duplicate_attempt_numbers,
  (SELECT count(*) FROM (SELECT user_id, quiz_id FROM curriculum_quizattempt WHERE state = 'started'
     AND user_id = ANY(%(ids)s) GROUP BY 1, 2 HAVING count(*) > 1) d) AS duplicate_open_attempts,
  (SELECT count(*) FROM (SELECT user_id, lesson_id, cycle FROM curriculum_lessoncompletion
     WHERE user_id = ANY(%(ids)s) GROUP BY 1, 2, 3 HAVING count(*) > 1) d) AS duplicate_lesson_completions,
  (SELECT count(*) FROM (SELECT user_id, module_id, cycle FROM curriculum_modulecompletion
     WHERE user_id = ANY(%(ids)s) GROUP BY 1, 2, 3 HAVING count(*) > 1) d) AS duplicate_completions,
  (SELECT count(*) FROM curriculum_moduleprogress p WHERE p.user_id = ANY(%(ids)s) AND p.module_id = %(module)s
     AND p.attempts <> (SELECT count(*) FROM curriculum_quizattempt a WHERE a.user_id = p.user_id
     AND a.module_id = p.module_id AND a.state = 'submitted' AND a.cycle = p.cycle)) AS inconsistent_progress,
  (SELECT count(*) FROM curriculum_quizattempt a WHERE a.user_id = ANY(%(ids)s) AND a.quiz_id = %(quiz)s
     AND a.state = 'submitted' AND a.started_at >= %(since)s AND a.score <> (SELECT count(*)
     FROM curriculum_attemptanswer r WHERE r.attempt_id = a.id AND r.correct)) AS inconsistent_scores
"""


def loadavg() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def app_cpu_seconds(rig: Topology) -> float:
    """User + system CPU of every app server's gunicorn master and workers so far (from /proc)."""
    ticks, total = os.sysconf("SC_CLK_TCK"), 0.0
    for name in rig.app_names():
        master = rig.pid(f"app-{name}")
        for pid in [master, *children(master)]:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _tagged(output: str, tag: str) -> dict:
    return json.loads(next(line for line in output.splitlines() if line.startswith(tag + " "))[len(tag) + 1 :])


def login_all(rig: Topology, names: list[str]) -> tuple[list[dict], dict]:
    """Every officer logs in through the proxy at the same moment; their cookies go to Locust."""
    sessions, seconds, errors = [None] * len(names), [0.0] * len(names), [0]
    barrier = threading.Barrier(len(names))

    def one(i):
        http = requests.Session()
        http.get(rig.url("/login/"), verify=False, timeout=300)  # loopback, the topology's self-signed certificate
        barrier.wait()
        started = time.perf_counter()
        data = {"username": names[i], "password": PASSWORD, "csrfmiddlewaretoken": http.cookies.get("csrftoken")}
        response = http.post(
            rig.url("/login/"), data=data, headers={"Referer": rig.url("/")}, allow_redirects=False, verify=False
        )
        seconds[i] = time.perf_counter() - started
        if response.status_code != 302:
            errors[0] += 1
        sessions[i] = {"sessionid": http.cookies.get("sessionid"), "csrftoken": http.cookies.get("csrftoken")}

    requests.packages.urllib3.disable_warnings()
    started = time.perf_counter()
    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(names))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    ordered = sorted(seconds)
    return sessions, {"wall_s": wall, "p95_ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))], "errors": errors[0]}


def _number(value: str) -> float:
    return float(value) if value not in ("", "N/A") else 0.0


def phase(rig: Topology, user_class: str, users: int, sessions: list[dict], content: dict) -> dict:
    """One Locust run: `users` users of `user_class` for DURATION seconds; per request name: count, failures,
    requests/s, p50, p95, p99 (ms), with the load average before and after and the app servers' CPU per request."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "LOAD_SESSIONS": json.dumps(sessions[:users]), "LOAD_CONTENT": json.dumps(content)}
        command = [str(VENV / "locust"), "-f", str(ROOT / "bench" / "locustfile.py"), "--headless"]
        command += ["-u", str(users), "-r", str(users), "-t", f"{DURATION}s", "--host", rig.base_url]
        command += ["--csv", f"{folder}/run", "--only-summary", "--stop-timeout", "10", "--loglevel", "WARNING"]
        load_before, cpu_before = loadavg(), app_cpu_seconds(rig)
        result = subprocess.run([*command, user_class], env=env, capture_output=True, text=True, check=False)
        load_after, cpu = loadavg(), app_cpu_seconds(rig) - cpu_before
        path = Path(folder, "run_stats.csv")
        if not path.exists():
            raise RuntimeError(f"locust failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        steps = {}
        with path.open() as stats:
            for row in csv.DictReader(stats):
                steps[row["Name"]] = {
                    "n": int(row["Request Count"]),
                    "fails": int(row["Failure Count"]),
                    "rps": _number(row["Requests/s"]),
                    "p50": _number(row["50%"]),
                    "p95": _number(row["95%"]),
                    "p99": _number(row["99%"]),
                }
    total = steps.pop("Aggregated", {"n": 0, "fails": 0, "rps": 0.0})
    print(
        f"   {user_class} × {users}: {total['rps']:.1f} req/s, {total['fails']} failures, load {load_after}", flush=True
    )
    return {
        "users": users,
        "steps": steps,
        "total": total,
        "load": (load_before, load_after),
        "cpu_ms": 1000 * cpu / max(total["n"], 1),
    }


def measure(label: str, tree: Path) -> dict:
    print(f"== {label}: {tree}", flush=True)
    bench = ROOT / "bench"
    rig = Topology(
        state=STATE / label,
        ports=PORTS,
        code=tree,
        extra_env={"DJANGO_SETTINGS_MODULE": "loadbench.settings", "PYTHONPATH": f"{bench}:{tree}"},
    )
    try:
        rig.up(log=lambda line: print(f"   topology {line}", flush=True))
        content = _tagged(rig.python(SEED), "SEED")
        load_before = loadavg()
        generated = _tagged(rig.python(GENERATE.format(officers=OFFICERS)), "GENERATED")
        generated["load"] = (load_before, loadavg())
        print(f"   generate_load_data: {generated}", flush=True)
        officers = _tagged(rig.python(PASSWORDS.format(officers=OFFICERS, count=LOGINS, password=PASSWORD)), "OFFICERS")
        since = datetime.now(UTC)  # the attempts generate_load_data wrote (no answer rows) are not checked
        sessions, logins = login_all(rig, officers["names"])
        logins["load"] = loadavg()
        levels = [phase(rig, "Journey", users, sessions, content) for users in LEVELS]
        rounds = []
        for _ in range(RATIO_ROUNDS):
            rounds.append(
                (
                    phase(rig, "SubmitPath", RATIO_USERS, sessions, content),
                    phase(rig, "BareWrite", RATIO_USERS, sessions, content),
                )
            )
        submit, bare_write = rounds[0]
        journey = phase(rig, "Journey", RATIO_USERS, sessions, content)
        bare_read = phase(rig, "BareRead", RATIO_USERS, sessions, content)
        import psycopg

        with psycopg.connect(rig.database_url()) as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM auth_user WHERE username = ANY(%s)", [officers["names"]])]
            quiz = conn.execute("SELECT page_ptr_id FROM curriculum_quizpage ORDER BY page_ptr_id LIMIT 1").fetchone()[
                0
            ]
            check = CHECK
            cycles = "SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = 'cycle'"
            if conn.execute(cycles, ["curriculum_lessoncompletion"]).fetchone() is None:  # a tree from before cycles
                check = check.replace("cycle FROM", "1 AS cycle FROM").replace("a.cycle = p.cycle", "TRUE")
            cursor = conn.execute(check, {"ids": ids, "quiz": quiz, "module": content["module"], "since": since})
            checks = dict(zip([c.name for c in cursor.description], cursor.fetchone(), strict=True))
        dashboards = ""
        if not os.environ.get("LOAD_SKIP_DASHBOARDS"):  # the managers' pages on the same 65,000-officer database
            env = {**os.environ, "DATABASE_URL": rig.database_url(), "DJANGO_SETTINGS_MODULE": "signaal.settings.test"}
            measured = subprocess.run(
                [sys.executable, str(ROOT / "bench" / "measure.py")], cwd=tree, env=env, capture_output=True, text=True
            )
            dashboards = measured.stdout if measured.returncode == 0 else measured.stdout + measured.stderr[-3000:]
            print(dashboards, flush=True)
    finally:
        rig.down()
    result = {
        "label": label,
        "dashboards": dashboards,
        "tree": str(tree),
        "hasher": officers["hasher"],
        "generated": generated,
    }
    result.update(logins=logins, levels=levels, submit=submit, journey=journey, bare_write=bare_write)
    result.update(bare_read=bare_read, checks=checks)
    result["ratio_rounds"] = [100 * sub["total"]["rps"] / max(bare["total"]["rps"], 1e-9) for sub, bare in rounds]
    print(json.dumps(result, indent=1), flush=True)
    return result


def _pages_p95(run: dict) -> float:
    return max((run["steps"][s]["p95"] for s in PAGES if s in run["steps"]), default=0.0)


def _fails(run: dict) -> int:
    return run["total"].get("fails", 0)


def _row(name: str, s: dict) -> str:
    return f"| {name} | {s['rps']:.1f} | {s['p50']:.0f} | {s['p95']:.0f} | {s['p99']:.0f} | {s['fails']} |"


def table(results) -> str:
    lines = []
    for r in results:
        g, c, logins = r["generated"], r["checks"], r["logins"]
        dupes = sum(v for k, v in c.items() if k.startswith(("duplicate", "inconsistent")))
        lines += [
            f"**{r['label']}** (`{r['tree']}`, password hash {r['hasher']}). `generate_load_data --officers {OFFICERS}"
            f" --seed 1` on the topology's PostgreSQL: **{g['seconds']:.0f} s, peak {g['peak_mib']:.0f} MiB** "
            f"(load {g['load'][0]:.1f} → {g['load'][1]:.1f}). {LOGINS} logins at once through the proxy: "
            f"{logins['wall_s']:.1f} s (p95 {logins['p95_ms']:.0f} ms, errors {logins['errors']}, load "
            f"{logins['load']:.1f}). After the run: {c['submitted']} attempts submitted by the simulated officers, "
            f"duplicate or inconsistent records **{dupes}** (duplicate completions {c['duplicate_completions']}).",
            "",
            "Capacity: the journey in a closed loop at each concurrency (officers with a request in flight):",
            "",
            "| officers | req/s | journeys/s | officer pages p95 ms (worst) | errors | app CPU ms/req | load avg |",
            "|---|---|---|---|---|---|---|",
        ]
        best = None
        for run in r["levels"]:
            journeys = run["steps"].get("my_training", {}).get("rps", 0.0)
            ok = _fails(run) == 0 and _pages_p95(run) <= PAGE_P95_TARGET_MS
            best = run if ok else best
            mark = "" if ok else " ✗"
            lines.append(
                f"| {run['users']} | {run['total']['rps']:.1f} | {journeys:.1f} | {_pages_p95(run):.0f}{mark} | "
                f"{_fails(run)} | {run['cpu_ms']:.1f} | {run['load'][0]:.1f} → {run['load'][1]:.1f} |"
            )
        lines += [
            "",
            (
                f"Highest load with 0 errors and officer pages p95 ≤ {PAGE_P95_TARGET_MS} ms: "
                f"**{best['users']} officers in flight, {best['total']['rps']:.1f} req/s**."
                if best
                else f"No level met 0 errors and officer pages p95 ≤ {PAGE_P95_TARGET_MS} ms."
            ),
            "",
            f"Per step at {RATIO_USERS} officers in flight, beside the bare endpoints at the same concurrency in the "
            "same run (the ceiling: the same middleware, session and login; one read, or a submit's writes in one "
            "transaction):",
            "",
            "| step | req/s | p50 ms | p95 ms | p99 ms | errors |",
            "|---|---|---|---|---|---|",
        ]
        for name, run in [*((s, r["journey"]) for s in JOURNEY), ("bare_read", r["bare_read"])]:
            s = run["steps"].get(name)
            if s:
                lines.append(_row(name, s))
        for name in ("quiz_start", "quiz_form", "quiz_submit"):
            s = r["submit"]["steps"][name]
            lines.append(_row(f"submit path: {name}", s))
        w = r["bare_write"]["steps"]["bare_write"]
        lines.append(
            f"| bare_write | {w['rps']:.1f} | {w['p50']:.0f} | {w['p95']:.0f} | {w['p99']:.0f} | {w['fails']} |"
        )
        submit_rps, submits = r["submit"]["total"]["rps"], s["rps"]
        lines += [
            "",
            f"Load average during these phases: journey {r['journey']['load'][1]:.1f}, submit path "
            f"{r['submit']['load'][1]:.1f}, bare write {r['bare_write']['load'][1]:.1f}, bare read "
            f"{r['bare_read']['load'][1]:.1f}. App CPU per request: journey {r['journey']['cpu_ms']:.1f} ms, "
            f"submit path {r['submit']['cpu_ms']:.1f} ms, bare write {r['bare_write']['cpu_ms']:.1f} ms, bare read "
            f"{r['bare_read']['cpu_ms']:.1f} ms.",
            "",
            f"Quiz submit path against the ceiling: its requests (start, form, submit) {submit_rps:.1f} req/s = "
            f"**{100 * submit_rps / w['rps']:.0f} %** of the bare write's {w['rps']:.1f} req/s; per submit, "
            f"{submits:.1f} submits/s = {100 * submits / w['rps']:.0f} % of the bare endpoint's writes/s (one bare "
            "request does all of a submit's writes; a submit takes three requests). By app CPU per request: "
            f"{100 * r['bare_write']['cpu_ms'] / max(r['submit']['cpu_ms'], 1e-9):.0f} %.",
            "",
        ]
        if len(r.get("ratio_rounds", [])) > 1:
            shares = ", ".join(f"{share:.0f} %" for share in r["ratio_rounds"])
            lines += [
                f"The submit path and the bare write alternated {len(r['ratio_rounds'])} times ({DURATION} s each; "
                f"the table shows the first round): submit path / bare write per round {shares}; lowest "
                f"**{min(r['ratio_rounds']):.0f} %**.",
                "",
            ]
        if r.get("dashboards"):
            lines += [
                "Managers' dashboards on the same database after the load phases (`bench/measure.py`, Django's test "
                "client in one process, 30 requests each after a warm-up; ms):",
                "",
                "```",
                r["dashboards"].strip(),
                "```",
                "",
            ]
    return "\n".join(lines)


def main():
    # A stopped run (kill, Ctrl-C) still takes its topology down: SIGTERM unwinds like Ctrl-C, through the
    # `finally: rig.down()` above, instead of leaving nginx, PostgreSQL, Redis and the workers on their ports.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    trees = os.environ.get("LOAD_TREES", f"now={ROOT}")
    results = [measure(label, Path(path).resolve()) for label, path in (t.split("=", 1) for t in trees.split(","))]
    text = table(results)
    print(text)
    block = (
        f"<!-- load:start -->\nMeasured {time.strftime('%Y-%m-%d %H:%M')} by `make load` (LOAD_LEVELS="
        f"{','.join(map(str, LEVELS))} DURATION={DURATION} RATIO_USERS={RATIO_USERS} RATIO_ROUNDS={RATIO_ROUNDS} "
        f"OFFICERS={OFFICERS}; Locust, "
        f"closed loop, on the topology: nginx, 2 gunicorn app servers × {Topology().gunicorn_workers} process × "
        f"{Topology().gunicorn_threads} threads, PostgreSQL, Redis, the load generator on the same "
        f"{os.cpu_count()} cores, shared with other engineers' jobs):\n\n{text}\n<!-- load:end -->"
    )
    readme = ROOT / "bench" / "README.md"
    current = readme.read_text()
    current = re.sub(r"<!-- load:start -->.*?<!-- load:end -->", lambda _m: block, current, flags=re.S)
    readme.write_text(current)


if __name__ == "__main__":
    main()
