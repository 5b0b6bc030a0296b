"""Production settings refuse unsafe configurations; load_demo is refused there."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

ROOT = Path(__file__).resolve().parent.parent


def production_env(**overrides):
    """This process's environment without its own production settings, on signaal.settings.production."""
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DATABASE_URL"}}
    env.update(DJANGO_SETTINGS_MODULE="signaal.settings.production", **overrides)
    return env


def run_check(env_overrides, args=("check",)):
    env = production_env(**env_overrides)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)


@pytest.mark.slow
@pytest.mark.parametrize(
    "overrides,message",
    [
        ({"ALLOWED_HOSTS": "signaal.example"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "signaal.example", "DEBUG": "1"}, "DEBUG"),
        (
            {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "signaal.example", "SIGNAAL_TRUSTED_PROXIES": "10.0.0.1,proxy"},
            "SIGNAAL_TRUSTED_PROXIES",
        ),
    ],
)
def test_production_refuses_to_start(overrides, message):
    result = run_check(overrides)
    assert result.returncode != 0 and message in result.stderr


@pytest.mark.slow
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


def test_every_page_describes_itself_and_has_an_icon(client, db):
    """A search engine's or a bookmark's view of the site: a description in the page's language and an icon (so
    browsers do not ask for /favicon.ico, which does not exist)."""
    soup = BeautifulSoup(client.get("/login/").content, "lxml")
    assert "signalen van mensenhandel" in soup.select_one("meta[name=description]")["content"]
    icon = soup.select_one("link[rel=icon]")["href"]
    assert icon.endswith("/favicon.svg") and finders.find("favicon.svg")
    client.post("/i18n/setlang/", {"language": "en", "next": "/login/"})
    soup = BeautifulSoup(client.get("/login/").content, "lxml")
    assert "signals of human trafficking" in soup.select_one("meta[name=description]")["content"]


PRODUCTION_ENV = {"SECRET_KEY": "k" * 60, "ALLOWED_HOSTS": "signaal.example"}


def run_production(code, tmp_path):
    """Run `code` in a fresh process on the production settings (DEBUG off, JSON logging on stdout). `code` sets
    `outcome`; returns it (through stderr, as JSON) and the finished process."""
    env = production_env(DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3", **PRODUCTION_ENV)
    prelude = (
        "import django, json, sys\n"
        "django.setup()\n"
        "from django.test import Client, override_settings\n"
        # collectstatic has not run here: plain static storage instead of the manifest
        "static = override_settings(STORAGES={'default': {'BACKEND': 'django.core.files.storage.FileSystemStorage'},"
        " 'staticfiles': {'BACKEND': 'django.contrib.staticfiles.storage.StaticFilesStorage'}})\n"
        "static.enable()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", prelude + code + "print(json.dumps(outcome), file=sys.stderr)\n"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stderr.strip(), result.stdout
    return json.loads(result.stderr.strip().splitlines()[-1]), result


@pytest.mark.slow
def test_a_500_in_production_is_one_json_line_with_traceback_and_the_page_shows_its_id(tmp_path):
    code = (
        "from django.contrib.auth.views import LoginView\n"
        "def boom(self, request, *a, **k):\n"
        "    raise RuntimeError('interne fout 4711')\n"
        "LoginView.get = boom\n"
        "r = Client(raise_request_exception=False).get('/login/', secure=True, HTTP_HOST='signaal.example')\n"
        "outcome = {'status': r.status_code, 'id': r['X-Request-ID'], 'body': r.content.decode()}\n"
    )
    outcome, result = run_production(code, tmp_path)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]  # every line is JSON
    errors = [line for line in lines if line["level"] == "ERROR"]
    assert outcome["status"] == 500 and len(errors) == 1, result.stdout + result.stderr
    error = errors[0]
    assert error["request_id"] == outcome["id"] and error["path"] == "/login/" and error["status"] == 500
    assert "RuntimeError: interne fout 4711" in error["traceback"] and "Traceback" in error["traceback"]
    assert (
        f'<code class="request-id">{outcome["id"]}</code>' in outcome["body"] and "interne fout" not in outcome["body"]
    )
    # the request itself is logged too, with the same id
    assert any(line["logger"] == "signaal.request" and line["request_id"] == outcome["id"] for line in lines)


@pytest.mark.slow
def test_production_request_id_comes_from_the_trusted_proxy_only(tmp_path):
    code = (
        "from django.test import override_settings\n"
        "with override_settings(SIGNAAL_TRUSTED_PROXIES=['10.1.0.0/16']):\n"
        "    c = Client()\n"
        "    kw = dict(secure=True, HTTP_HOST='signaal.example', HTTP_X_REQUEST_ID='proxy-id-12345678')\n"
        "    proxied = c.get('/login/', REMOTE_ADDR='10.1.2.3', **kw)['X-Request-ID']\n"
        "    direct = c.get('/login/', REMOTE_ADDR='192.0.2.1', **kw)['X-Request-ID']\n"
        "outcome = [proxied, direct]\n"
    )
    (proxied, direct), _result = run_production(code, tmp_path)
    assert proxied == "proxy-id-12345678"
    assert direct != "proxy-id-12345678" and len(direct) == 32


@pytest.mark.slow
def test_language_cookie_is_secure_samesite_and_httponly_in_production(tmp_path):
    code = (
        "r = Client().post('/i18n/setlang/', {'language': 'en', 'next': '/'},\n"
        "                  secure=True, HTTP_HOST='signaal.example')\n"
        "m = r.cookies['django_language']\n"
        "outcome = {'secure': m['secure'], 'samesite': m['samesite'], 'httponly': m['httponly']}\n"
    )
    cookie, result = run_production(code, tmp_path)
    assert cookie == {"secure": True, "samesite": "Lax", "httponly": True}, result.stderr
