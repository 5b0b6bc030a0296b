"""A shift start: 100 officers logging in at once, PBKDF2 (before) against Argon2id (signaal/hashers.py), same run.

Not a test: the measurement of logins at a shift start. Each login is a real POST /login/ through the full
middleware stack (axes, throttle, rate limits, sessions) on a throw-away SQLite database, 8 threads at once (the 2
gunicorn workers × 4 threads of the load test). Hashing releases the GIL, so both cores hash. Also prints the CPU
cost of one hash. Writes the table between the markers in bench/README.md:

    make bench-logins        # = .venv/bin/python bench/logins.py
    LOGINS=200 THREADS=8 .venv/bin/python bench/logins.py
"""

import logging
import os
import re
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signaal.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import check_password, make_password  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from signaal.settings.base import PASSWORD_HASHERS as PRODUCTION_HASHERS  # noqa: E402

PASSWORD = "pw-Shift-2026-start"
LOGINS = int(os.environ.get("LOGINS", 100))
THREADS = int(os.environ.get("THREADS", 8))
SCENARIOS = [
    ("PBKDF2-SHA256, 1,000,000 iterations (before)", ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]),
    ("Argon2id m=19 MiB, t=2, p=1 (now)", PRODUCTION_HASHERS),
]


def one_hash_ms(encoded: str, n: int = 10) -> float:
    start = time.process_time()
    for _ in range(n):
        assert check_password(PASSWORD, encoded)
    return 1000 * (time.process_time() - start) / n


def burst(prefix: str) -> tuple[float, list[float]]:
    def login(i):
        client = Client()
        start = time.perf_counter()
        response = client.post("/login/", {"username": f"{prefix}{i}", "password": PASSWORD})
        elapsed = time.perf_counter() - start
        connections.close_all()
        assert response.status_code == 302, response.status_code
        return elapsed

    start = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        latencies = list(pool.map(login, range(LOGINS)))
    return time.perf_counter() - start, latencies


def main():
    logging.disable(logging.INFO)  # one audit line per login otherwise
    setup_test_environment()
    database = Path(tempfile.gettempdir()) / "signaal-logins.sqlite3"
    connection.settings_dict.setdefault("TEST", {})["NAME"] = str(database)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    rows = []
    try:
        for n, (label, hashers) in enumerate(SCENARIOS):
            with override_settings(PASSWORD_HASHERS=hashers):
                encoded = make_password(PASSWORD)
                prefix = f"s{n}agent"
                get_user_model().objects.bulk_create(
                    [get_user_model()(username=f"{prefix}{i}", password=encoded) for i in range(LOGINS)]
                )
                connections.close_all()
                cache.clear()
                cpu_ms = one_hash_ms(encoded)
                wall, latencies = burst(prefix)
                p95 = statistics.quantiles(latencies, n=20)[-1]
                rows.append((label, cpu_ms, wall, p95, LOGINS / wall))
                print(f"{label}: {cpu_ms:.0f} ms CPU per hash; {LOGINS} logins in {wall:.1f} s, p95 {p95:.2f} s")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    write_readme(rows)


def write_readme(rows):
    cores = os.cpu_count()
    lines = [
        "<!-- logins:start -->",
        f"Measured {time.strftime('%Y-%m-%d')} by `make bench-logins` "
        f"({LOGINS} logins, {THREADS} threads, {cores} cores):",
        "",
        f"| hasher | CPU per hash | {LOGINS} logins at once | login p95 | logins/s |",
        "|---|---|---|---|---|",
    ]
    for label, cpu_ms, wall, p95, rate in rows:
        lines.append(f"| {label} | {cpu_ms:.0f} ms | {wall:.1f} s | {p95:.2f} s | {rate:.0f} |")
    lines.append("<!-- logins:end -->")
    readme = ROOT / "bench" / "README.md"
    text = readme.read_text()
    block = "\n".join(lines)
    if "<!-- logins:start -->" in text:
        text = re.sub(r"<!-- logins:start -->.*?<!-- logins:end -->", block, text, flags=re.S)
    else:
        text += "\n## Logins at a shift start\n\n" + block + "\n"
    readme.write_text(text)


if __name__ == "__main__":
    main()
