"""Production settings start against the real Redis and PostgreSQL and serve the officer journey (issue 19).

Skipped, with the reason, only when the local Redis or PostgreSQL cannot be reached; a missing Redis client
library or any 500 fails.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("SIGNAAL_BOOT_REDIS_URL", "redis://127.0.0.1:6379/5")
DATABASE_URL = os.environ.get("SIGNAAL_BOOT_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/signaal_perf")


def _unreachable() -> str | None:
    import psycopg
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError as error:
        return f"Redis at {REDIS_URL} is unreachable ({error})"
    try:
        # the server only: the test creates its own database next to the one named in the URL
        psycopg.connect(DATABASE_URL.rsplit("/", 1)[0] + "/postgres", connect_timeout=2).close()
    except psycopg.OperationalError as error:
        return f"PostgreSQL at {DATABASE_URL} is unreachable ({error})"
    return None


@pytest.mark.slow  # starts Django with the production settings in a subprocess
def test_production_with_redis_and_postgresql_serves_the_officer_journey():
    reason = _unreachable()
    if reason:
        pytest.skip(reason)
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SIGNAAL_TRUSTED_PROXIES"}}
    env.update(
        DJANGO_SETTINGS_MODULE="signaal.settings.production",
        SECRET_KEY="k" * 60,
        ALLOWED_HOSTS="signaal.example",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.production_journey"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in result.stderr.splitlines() if line.startswith("JOURNEY ")]
    assert result.returncode == 0 and lines, result.stdout[-4000:] + result.stderr[-4000:]
    outcome = json.loads(lines[-1].removeprefix("JOURNEY "))
    assert outcome["statuses"] == {
        "login": 302,
        "my_training": 200,
        "lesson": 200,
        "lesson_complete": 302,
        "quiz_start": 302,
        "quiz_form": 200,
        "quiz_submit": 302,
        "result": 200,
    }, result.stdout[-4000:]
    assert "RedisCache" in outcome["cache_backend"] and outcome["cache_roundtrip"] == "ok"
    assert outcome["passed"] is True and outcome["result_shows_score"]
    assert outcome["password_algorithm"] == "argon2"
    errors = [line for line in result.stdout.splitlines() if '"level": "ERROR"' in line]
    assert not errors, errors
