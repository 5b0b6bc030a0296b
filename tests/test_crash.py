"""A real app process against the test database (PostgreSQL): killed mid-run (R5), database connections cut (R9).

A real gunicorn process serves the test database; a client thread completes lessons over HTTP and
records each acknowledged (302) request; the server is killed with SIGKILL while requests are flowing.
"""

import http.cookiejar
import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection

from curriculum.models import LessonCompletion, LessonPage
from tests.factories import tree_create, user_create

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a second process needs a shared server database"),
]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port):
    db = connection.settings_dict
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="signaal.settings.test",
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "1", "-b", f"127.0.0.1:{port}", "signaal.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):  # wait (bounded) until it accepts connections
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("gunicorn exited") from None
            threading.Event().wait(0.1)
    proc.kill()
    raise RuntimeError("gunicorn did not start")


class Browserless:
    """A cookie-keeping HTTP client for the real server: logs in, then POSTs forms with the CSRF token."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def post(self, path, data):
        token = next(c.value for c in self.jar if c.name == "csrftoken")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        request = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + "/"})
        try:
            return self.opener.open(request, timeout=60).status
        except urllib.error.HTTPError as error:
            return error.code

    def login(self, username, password):
        self.opener.open(self.base + "/login/", timeout=60).read()
        return self.post("/login/", {"username": username, "password": password})


@contextmanager
def served_to(username, password):
    """A real app process on a free port and a client logged in as `username`; the process is killed afterwards
    and its server-side database sessions dropped."""
    user_create(username, password=password)
    proc = start_server(port := free_port())
    client = Browserless(f"http://127.0.0.1:{port}")
    try:
        assert client.login(username, password) == 302
        yield proc, client
    finally:
        proc.kill()
        proc.wait()
        terminate_other_backends()  # drop the killed worker's server-side session


def test_acknowledged_writes_survive_a_killed_app_process():
    tree = tree_create(slug="crash", lessons=40, questions=1)
    with served_to("survivor", "pw-Crash-123") as (proc, client):
        post = client.post
        acknowledged, ten_done = [], threading.Event()

        def complete_lessons():
            for lesson in tree.lessons:
                try:
                    status = post(urllib.parse.urlparse(lesson.url).path + "voltooid/", {})
                except OSError:
                    return  # the server is gone
                if status == 302:
                    acknowledged.append(lesson.pk)
                if len(acknowledged) == 10:
                    ten_done.set()

        thread = threading.Thread(target=complete_lessons)
        thread.start()
        assert ten_done.wait(timeout=60)
        os.kill(proc.pid, signal.SIGKILL)
        thread.join(timeout=30)
    stored = set(LessonCompletion.objects.filter(user__username="survivor").values_list("lesson_id", flat=True))
    assert len(acknowledged) >= 10
    assert set(acknowledged) <= stored
    assert len(stored) < LessonPage.objects.filter(pk__in=[lesson.pk for lesson in tree.lessons]).count()


def terminate_other_backends():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def test_app_recovers_when_its_database_connections_are_cut():
    """R9: the server side of every app connection dies (as in a database restart); the next requests succeed
    and each write is either fully there or not at all."""
    tree = tree_create(slug="cut", lessons=4, questions=1)
    with served_to("steady", "pw-Cut-123") as (_proc, client):
        post = client.post
        statuses = []
        for lesson in tree.lessons:
            terminate_other_backends()  # the app's persistent connection is now dead
            statuses.append(post(urllib.parse.urlparse(lesson.url).path + "voltooid/", {}))
    assert statuses == [302] * len(tree.lessons)
    assert LessonCompletion.objects.filter(user__username="steady").count() == len(tree.lessons)
