"""Real `run_worker` processes against the test database and a real SMTP server (issue 11).

The test process keeps the immediate backend; each worker is a subprocess with the database backend and
Django's SMTP backend (signaal.settings.test with SIGNAAL_TEST_WORKER=1). Results are awaited by polling the
database or the SMTP inbox with a deadline, never by sleeping a fixed time.
"""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from curriculum import services
from curriculum.models import ScheduledRun, SentMail
from curriculum.services.schedule import SCHEDULE
from tests.factories import officer_in, org_create, tree_create
from tests.mailserver import MailServer, subject

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]  # real worker subprocesses
BASE_DIR = Path(__file__).resolve().parent.parent
TIMEOUT = 120
on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL variant; the SQLite variant runs on SQLite"
)
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite variant; PostgreSQL has its own")


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def worker(server: MailServer, *args: str, **env: str) -> subprocess.Popen:
    environment = {
        **{k: v for k, v in os.environ.items() if k != "SIGNAAL_TEST_SQLITE"},  # the worker uses DATABASE_URL
        "DJANGO_SETTINGS_MODULE": "signaal.settings.test",
        "SIGNAAL_TEST_WORKER": "1",
        "DATABASE_URL": database_url(),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(server.port),
        **env,
    }
    command = [sys.executable, "manage.py", "run_worker", "--interval", "0.2", *args]
    return subprocess.Popen(command, cwd=BASE_DIR, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def finish(*processes: subprocess.Popen) -> None:
    for process in processes:
        output, _ = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 0, output.decode()


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=TIMEOUT)


def poll(check, what: str):
    deadline = time.monotonic() + TIMEOUT
    while not (result := check()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)  # polling interval, not a timing assumption
    return result


@pytest.fixture
def officers_due():
    """Eight officers whose module is due in three days: each is owed exactly one reminder today."""
    org = org_create()
    tree = tree_create(slug="signalen")
    users = [officer_in(org.teams[i % 4], f"agent{i}", email=f"agent{i}@politie.example") for i in range(8)]
    services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate() + timedelta(days=3))
    return users


def test_a_real_worker_sends_the_password_mail_queued_by_the_request(settings):
    org = org_create()
    officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with MailServer() as server:
        response = Client().post("/wachtwoord-vergeten/", {"email": "sanne@politie.example"})
        assert response.status_code == 302
        assert server.inbox.messages == [] and DBTaskResult.objects.get().status == "READY"  # nothing sent yet
        process = worker(server, "--no-schedule")
        try:
            [message] = server.inbox.wait_for(1, timeout=TIMEOUT)
            poll(lambda: DBTaskResult.objects.filter(status="SUCCESSFUL").exists(), "the task to finish")
        finally:
            stop(process)
    assert message["To"] == "sanne@politie.example" and "wachtwoord" in subject(message)
    assert SentMail.objects.get().state == SentMail.State.SENT


def _two_workers_started_together(officers):
    moment = timezone.now().replace(second=30, microsecond=0).isoformat()
    with MailServer() as server:
        first, second = worker(server, "--once", "--now", moment), worker(server, "--once", "--now", moment)
        finish(first, second)
        runs = list(ScheduledRun.objects.values_list("job", flat=True))
        assert sorted(runs) == sorted(job.name for job in SCHEDULE)  # each job claimed once for its period
        assert ScheduledRun.objects.filter(finished_at__isnull=True).count() == 0
        tasks = DBTaskResult.objects.filter(task_path="curriculum.tasks.scheduled_job_run")
        assert tasks.count() == len(SCHEDULE) and set(tasks.values_list("status", flat=True)) == {"SUCCESSFUL"}
        assert server.inbox.to() == sorted(u.email for u in officers)  # one reminder each, no more
        # Both again in the same period: nothing is claimed and nothing is sent twice.
        finish(worker(server, "--once", "--now", moment), worker(server, "--once", "--now", moment))
        assert ScheduledRun.objects.count() == len(SCHEDULE) and len(server.inbox.messages) == len(officers)


@pytest.mark.postgres
@on_postgres
def test_two_workers_started_together_run_each_job_once_postgres(officers_due):
    _two_workers_started_together(officers_due)


@on_sqlite
def test_two_workers_started_together_run_each_job_once_sqlite(officers_due):
    _two_workers_started_together(officers_due)


def test_a_worker_killed_mid_run_and_run_again_sends_no_mail_twice_and_misses_none(officers_due):
    start = timezone.now().replace(second=0, microsecond=0)
    with MailServer() as server:
        server.inbox.hold_at = 4  # the 4th mail is held at the server: the worker is killed while sending it
        process = worker(server, "--once", "--now", start.isoformat())
        try:
            assert server.inbox.held.wait(TIMEOUT), "the worker never reached the 4th mail"
        finally:
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=TIMEOUT)
        server.inbox.release.set()
        states = sorted(SentMail.objects.values_list("state", flat=True))
        assert states == ["pending"] * 4 + ["sending"] + ["sent"] * 3
        # Run again (a new worker, the next minute's delivery sweep): the mail left "sending" was not
        # acknowledged by the server, so it goes again; the three sent ones do not.
        later = (start + timedelta(minutes=2)).isoformat()
        finish(worker(server, "--once", "--now", later, SIGNAAL_MAIL_SENDING_STALE_SECONDS="0"))
    assert server.inbox.to() == sorted(u.email for u in officers_due)
    assert set(SentMail.objects.values_list("state", flat=True)) == {"sent"}


def test_batch_runs_what_is_ready_and_exits(settings):
    """`run_worker --batch` (django-tasks-db's own option, "process all outstanding tasks, then exit") exits like
    `--once` instead of waiting for more work; a demo's queued search-index tasks are run this way."""
    org = org_create()
    officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with MailServer() as server:
        assert Client().post("/wachtwoord-vergeten/", {"email": "sanne@politie.example"}).status_code == 302
        finish(worker(server, "--batch", "--no-schedule"))
        assert len(server.inbox.messages) == 1
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
