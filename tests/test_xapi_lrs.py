"""xAPI statements sent to a real Learning Record Store, Ralph, on loopback (issue 15).

Ralph runs from its own virtualenv (tests/lrs.py; `make install` creates .venv-ralph). The journey test drives the
officer's pages with the test client, lets real `run_worker` processes send the queue, stops Ralph halfway and
starts it again, and reads every statement back from Ralph's statements API. Waiting is by polling or by the
worker's `--once` run returning, never by sleeping a fixed time.
"""

import json
import os
import subprocess
import sys
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from curriculum import services
from curriculum.domain import xapi
from curriculum.models import ModuleCompletion, ModulePage, QuizAttempt, XapiStatement
from curriculum.services.recertification import expire_completions
from curriculum.services.xapi import statements_deliver
from tests import lrs as ralph_lrs
from tests.factories import answers_for, officer_in, org_create, tree_create

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]
BASE_DIR = Path(__file__).resolve().parent.parent
TIMEOUT = 180
State = XapiStatement.State
ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture
def lrs(tmp_path, settings):
    if (reason := ralph_lrs.missing_reason()) is not None:
        pytest.fail(reason)
    server = ralph_lrs.Ralph(tmp_path / "lrs").start()
    settings.SIGNAAL_XAPI_ENDPOINT = server.endpoint
    settings.SIGNAAL_XAPI_USERNAME, settings.SIGNAAL_XAPI_PASSWORD = ralph_lrs.USERNAME, ralph_lrs.PASSWORD
    settings.SIGNAAL_XAPI_ACTOR_KEY = "journey-actor-key"
    settings.SIGNAAL_BASE_URL = "https://signaal.politie.test"
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def journey(db):
    tree = tree_create(questions=3)
    ModulePage.objects.filter(pk=tree.module.pk).update(validity_months=24)
    org = org_create()
    officer = officer_in(org.teams[1], "sanne", first_name="Sanne", last_name="de Vries", email="sanne@politie.test")
    return tree, officer


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def run_worker(lrs: ralph_lrs.Ralph, minute: int) -> str:
    """One real `run_worker --once`: ticks the schedule (send_statements is due every minute) and runs its tasks."""
    moment = (timezone.now().replace(second=30, microsecond=0) + timedelta(minutes=minute)).isoformat()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "signaal.settings.test",
        "SIGNAAL_TEST_WORKER": "1",
        "DATABASE_URL": _database_url(),
        "SIGNAAL_XAPI_ENDPOINT": lrs.endpoint,
        "SIGNAAL_XAPI_USERNAME": ralph_lrs.USERNAME,
        "SIGNAAL_XAPI_PASSWORD": ralph_lrs.PASSWORD,
        "SIGNAAL_XAPI_TIMEOUT": "5",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": "9",  # no mail is due in these tests
    }
    command = [sys.executable, "manage.py", "run_worker", "--once", "--now", moment]
    done = subprocess.run(command, cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def _quiz(client, tree, officer, *, correct: bool):
    assert client.post(tree.quiz.url + "start/").status_code == 302
    attempt = QuizAttempt.objects.get(user=officer, state=QuizAttempt.State.STARTED)
    data = {"attempt": str(attempt.pk)}
    for question_id, chosen in answers_for(attempt, correct=correct).items():
        data[f"q-{question_id}"] = [str(c) for c in chosen]
    response = client.post(tree.quiz.url + "inleveren/", data)
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


def test_a_module_journey_arrives_in_ralph_and_nothing_is_lost_while_it_is_down(lrs, journey, client):
    tree, officer = journey
    client.force_login(officer)
    for lesson in tree.lessons:
        assert client.post(lesson.url + "voltooid/").status_code == 302
    run_worker(lrs, minute=0)
    assert len(lrs.statements()) == 2 and not XapiStatement.objects.exclude(state=State.SENT).exists()

    lrs.stop()  # the LRS goes down mid-journey: every page keeps working, nothing waits for it
    _quiz(client, tree, officer, correct=False)
    _quiz(client, tree, officer, correct=True)
    completion = ModuleCompletion.objects.get(user=officer)
    assert client.get(f"/certificaat/{completion.pk}/").status_code == 200
    assert XapiStatement.objects.filter(state=State.PENDING).count() == 3
    before = timezone.now()
    run_worker(lrs, minute=1)
    waiting = list(XapiStatement.objects.filter(state=State.PENDING))
    assert len(waiting) == 3 and all(row.attempts == 1 and row.last_error for row in waiting)
    assert all(row.next_attempt_at >= before + timedelta(seconds=59) for row in waiting)  # back-off: 1 minute
    run_worker(lrs, minute=2)  # still within the back-off: not tried again
    assert set(XapiStatement.objects.values_list("attempts", flat=True)) == {1}

    lrs.start()  # back on the same port and the same statement file
    XapiStatement.objects.filter(state=State.PENDING).update(next_attempt_at=timezone.now())  # the minute passed
    run_worker(lrs, minute=3)
    # The completion expires two years later: the daily job moves it and its statement follows.
    assert expire_completions(now=completion.expires_at + timedelta(hours=1)) == 1
    run_worker(lrs, minute=4)
    assert set(XapiStatement.objects.values_list("state", flat=True)) == {State.SENT}

    stored = lrs.statements()
    queued = {str(pk) for pk in XapiStatement.objects.values_list("statement_id", flat=True)}
    assert len(stored) == len(queued) == 6 and {s["id"] for s in stored} == queued  # each event exactly once
    # by time; the module completes at the moment its quiz is passed, so at a tie the module comes last
    stored.sort(key=lambda s: (s["timestamp"], s["object"]["definition"]["type"].endswith("/module")))
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in stored]
    assert verbs == ["completed", "completed", "failed", "passed", "completed", "expired"]

    pseudonym = {"homePage": "https://signaal.politie.test/", "name": xapi.actor_name(officer.pk)}
    assert all(s["actor"] == {"objectType": "Agent", "account": pseudonym} for s in stored)
    raw = lrs.statements_file.read_text()
    for personal in ("sanne", "Sanne", "Vries", "sanne@", "Psanne"):
        assert personal not in raw

    lesson, _, failed, passed, module, expired = stored
    assert lesson["object"]["id"] == f"https://signaal.politie.test/activiteit/{tree.lessons[0].pk}/"
    assert lesson["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/lesson"
    assert lesson["context"]["contextActivities"]["parent"][0]["id"].endswith(f"/activiteit/{tree.module.pk}/")
    assert failed["result"]["success"] is False and passed["result"]["success"] is True
    assert passed["result"]["score"] == {"scaled": 1.0, "raw": 3, "min": 0, "max": 3}
    assert failed["result"]["score"]["scaled"] == 0.0 and failed["result"]["score"]["max"] == 3
    assert passed["result"]["duration"].startswith("PT") and passed["result"]["completion"] is True
    assert failed["context"]["registration"] != passed["context"]["registration"]  # one per attempt
    assert module["verb"]["id"] == ADL + "completed" and module["result"]["success"] is True
    assert module["context"]["registration"] == lesson["context"]["registration"]  # the module attempt
    assert expired["context"]["registration"] == module["context"]["registration"]
    assert expired["timestamp"] == xapi.timestamp(completion.expires_at)  # when it expired
    # The activity id leads the officer to the page itself.
    assert client.get(f"/activiteit/{tree.quiz.pk}/")["Location"] == tree.quiz.url


def _queue_raw(statement: dict) -> None:
    now = timezone.now()
    XapiStatement.objects.create(
        statement_id=statement["id"], event="lesson_completed", statement=statement, timestamp=now, created_at=now,
        next_attempt_at=now,
    )  # fmt: skip


def test_a_statement_the_lrs_refuses_is_set_aside_and_the_rest_of_its_batch_arrives(lrs, journey):
    tree, officer = journey
    odd = {"id": "6d8b7f9e-0000-4000-8000-000000000001", "verb": {"id": ADL + "completed"}, "object": {"id": "x:1"}}
    _queue_raw(odd)  # no actor
    for lesson in tree.lessons:
        services.lesson_complete(user=officer, lesson=lesson)
    assert statements_deliver() == {"sent": 2, "retry": 0, "rejected": 1}
    assert len(lrs.statements()) == 2
    refused = XapiStatement.objects.get(state=State.REJECTED)
    assert refused.statement_id == uuid.UUID(odd["id"]) and refused.last_error.startswith("HTTP 422")
    assert "actor" in refused.last_error


def test_a_statement_the_lrs_keeps_failing_on_does_not_hold_up_the_others(lrs, journey):
    """Ralph answers 500 to this statement (a bug in rendering its validation error). The batch is retried with
    back-off; after three tries its statements go one at a time: the others arrive, the odd one keeps waiting."""
    tree, officer = journey
    odd = {"id": "6d8b7f9e-0000-4000-8000-000000000002", "actor": {"mbox": "no-address"}, "verb": {}}
    _queue_raw(odd)
    for lesson in tree.lessons:
        services.lesson_complete(user=officer, lesson=lesson)
    moment = timezone.now()
    for _ in range(2):
        assert statements_deliver(now=moment) == {"sent": 0, "retry": 3, "rejected": 0, "lrs_down": 1}
        assert lrs.statements() == []
        moment = XapiStatement.objects.get(statement_id=odd["id"]).next_attempt_at
    assert statements_deliver(now=moment) == {"sent": 2, "retry": 1, "rejected": 0}
    assert len(lrs.statements()) == 2
    waiting = XapiStatement.objects.get(state=State.PENDING)
    assert waiting.statement_id == uuid.UUID(odd["id"]) and waiting.attempts == 3
    assert waiting.last_error.startswith("HTTP 500") and waiting.next_attempt_at > moment


def test_a_statement_sent_twice_after_a_crash_is_stored_once_and_a_conflicting_one_is_refused(lrs, journey):
    tree, officer = journey
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    assert statements_deliver()["sent"] == 1
    row = XapiStatement.objects.get()
    # A worker that sent it but died before writing "sent": after the stale period it goes again.
    XapiStatement.objects.filter(pk=row.pk).update(state=State.SENDING, claimed_at=timezone.now() - timedelta(hours=1))
    assert statements_deliver()["sent"] == 1
    assert [s["id"] for s in lrs.statements()] == [str(row.statement_id)]  # the LRS kept one
    # Another statement under the same id (e.g. from a copy of this database): the LRS refuses it (409).
    other = json.loads(json.dumps(row.statement))
    other["result"] = {"completion": False}
    XapiStatement.objects.filter(pk=row.pk).update(state=State.PENDING, statement=other)
    assert statements_deliver()["rejected"] == 1
    assert XapiStatement.objects.get().last_error.startswith("HTTP 409")


def test_wrong_credentials_keep_the_statements_for_later(lrs, journey, settings):
    tree, officer = journey
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    settings.SIGNAAL_XAPI_PASSWORD = "wrong"
    assert statements_deliver() == {"sent": 0, "retry": 1, "rejected": 0, "lrs_down": 1}
    row = XapiStatement.objects.get()
    assert row.state == State.PENDING and row.last_error.startswith("HTTP 401")
    settings.SIGNAAL_XAPI_PASSWORD = ralph_lrs.PASSWORD
    assert statements_deliver(now=row.next_attempt_at)["sent"] == 1
    assert len(lrs.statements()) == 1
