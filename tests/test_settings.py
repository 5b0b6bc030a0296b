"""Production settings refuse unsafe configurations; load_demo is refused there."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_check(env_overrides, args=("check",)):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DATABASE_URL"}}
    env.update({"DJANGO_SETTINGS_MODULE": "signaal.settings.production", **env_overrides})
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)


@pytest.mark.parametrize(
    "overrides,message",
    [
        ({"ALLOWED_HOSTS": "signaal.example"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "signaal.example", "DEBUG": "1"}, "DEBUG"),
    ],
)
def test_production_refuses_to_start(overrides, message):
    result = run_check(overrides)
    assert result.returncode != 0 and message in result.stderr


def test_production_starts_when_configured_and_refuses_load_demo():
    ok = {"SECRET_KEY": "k" * 60, "ALLOWED_HOSTS": "signaal.example"}
    assert run_check(ok).returncode == 0
    demo = run_check(ok, ("load_demo",))
    assert demo.returncode != 0 and "disabled in production" in demo.stderr


def test_sqlite_waits_for_the_write_lock_instead_of_failing():
    from signaal.settings.base import database_config

    config = database_config(None)
    assert config["OPTIONS"] == {"transaction_mode": "IMMEDIATE", "timeout": 20}
    assert database_config("postgres://u@h:5432/db")["ENGINE"] == "django.db.backends.postgresql"


def test_dutch_unless_english_is_chosen(client, db):
    assert 'lang="nl"' in client.get("/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/login/"})
    page = client.get("/login/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert 'lang="en"' in page and "Log in" in page
