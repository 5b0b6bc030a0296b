"""xAPI statements queued by the learning services, in the learning record's own transaction (issue 15).

These tests read the outbox (XapiStatement); tests/test_xapi_lrs.py sends them to a real LRS (Ralph).
"""

import json
import uuid
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from curriculum import services
from curriculum.domain import xapi
from curriculum.models import ModuleCompletion, ModulePage, ModuleProgress, XapiStatement
from curriculum.services.recertification import expire_completions, progress_locked_current
from curriculum.services.xapi import statements_deliver
from tests.factories import answers_for, module_finish, officer_in, org_create

pytestmark = pytest.mark.django_db
Event = XapiStatement.Event


@pytest.fixture
def lrs_configured(settings):
    settings.SIGNAAL_XAPI_ENDPOINT = "http://127.0.0.1:9/xAPI"  # nothing listens there; these tests never send
    settings.SIGNAAL_BASE_URL = "https://signaal.politie.test"
    settings.SIGNAAL_XAPI_ACTOR_KEY = "test-actor-key"
    return settings


@pytest.fixture
def sanne(db):
    org = org_create()
    return officer_in(org.teams[0], "sanne", first_name="Sanne", last_name="de Vries", email="sanne@politie.test")


def _events():
    return list(XapiStatement.objects.order_by("timestamp", "pk").values_list("event", flat=True))


def test_nothing_is_queued_while_no_lrs_is_configured(tree, sanne):
    module_finish(tree, sanne)
    assert XapiStatement.objects.count() == 0
    assert statements_deliver() == {"xapi": "off"}


def test_a_module_journey_queues_one_statement_per_event_with_a_pseudonymous_actor(lrs_configured, tree, sanne):
    for lesson in tree.lessons:
        services.lesson_complete(user=sanne, lesson=lesson)
    services.lesson_complete(user=sanne, lesson=tree.lessons[0])  # a repeat is the same event: queued once
    failed = module_finish(tree, sanne, correct=False)
    passed = module_finish(tree, sanne, correct=True)
    assert _events() == [Event.LESSON_COMPLETED] * 2 + [Event.ATTEMPT_SUBMITTED] * 2 + [Event.MODULE_COMPLETED]

    rows = {row.event + str(i): row.statement for i, row in enumerate(XapiStatement.objects.order_by("pk"))}
    everything = json.dumps(list(rows.values()))
    for personal in ("sanne", "Sanne", "de Vries", "politie.test", "Psanne"):
        assert personal not in everything.replace("signaal.politie.test", "")
    statements = list(rows.values())
    actors = {json.dumps(s["actor"], sort_keys=True) for s in statements}
    assert actors == {json.dumps(xapi.actor(sanne.pk), sort_keys=True)}
    assert statements[0]["actor"]["account"] == {
        "homePage": "https://signaal.politie.test/",
        "name": xapi.actor_name(sanne.pk),
    }
    assert len(xapi.actor_name(sanne.pk)) == 64 and xapi.actor_name(sanne.pk) != xapi.actor_name(sanne.pk + 1)

    attempt_fail, attempt_pass, completion = statements[2], statements[3], statements[4]
    assert attempt_fail["verb"]["id"] == "http://adlnet.gov/expapi/verbs/failed"
    assert attempt_pass["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert attempt_pass["object"]["id"] == f"https://signaal.politie.test/activiteit/{tree.quiz.pk}/"
    assert attempt_pass["result"]["success"] is True and attempt_pass["result"]["completion"] is True
    assert attempt_pass["result"]["score"] == {"scaled": 1.0, "raw": passed.score, "min": 0, "max": passed.max_score}
    assert attempt_fail["result"]["score"]["raw"] == failed.score == 0 and attempt_fail["result"]["success"] is False
    assert attempt_pass["result"]["duration"].startswith("PT")
    # one registration per quiz attempt; lessons and the completion share the module attempt's registration
    assert attempt_fail["context"]["registration"] != attempt_pass["context"]["registration"]
    cycle_registration = xapi.cycle_registration(user_id=sanne.pk, module_id=tree.module.pk, cycle=1)
    assert statements[0]["context"]["registration"] == completion["context"]["registration"] == cycle_registration
    extensions = attempt_pass["context"]["extensions"]
    assert extensions["https://signaal.politie.test/xapi/extensions/module-registration"] == cycle_registration
    assert extensions["https://signaal.politie.test/xapi/extensions/attempt"] == 2
    assert completion["object"]["id"] == f"https://signaal.politie.test/activiteit/{tree.module.pk}/"
    certificate = ModuleCompletion.objects.get(user=sanne)
    assert completion["context"]["extensions"]["https://signaal.politie.test/xapi/extensions/certificate"] == (
        f"https://signaal.politie.test/certificaat/{certificate.pk}/"
    )
    for row in XapiStatement.objects.all():  # the id is derived from the event, and it is the row's key
        assert row.statement["id"] == str(row.statement_id) and uuid.UUID(row.statement["id"]).version == 5
        assert row.state == XapiStatement.State.PENDING and row.statement["version"] == "1.0.3"


def test_the_statement_is_written_in_the_learning_records_transaction(lrs_configured, tree, sanne):
    with pytest.raises(RuntimeError), transaction.atomic():
        services.lesson_complete(user=sanne, lesson=tree.lessons[0])
        assert XapiStatement.objects.count() == 1
        raise RuntimeError("the request fails after the service")
    assert XapiStatement.objects.count() == 0 and not sanne.lesson_completions.exists()


def test_an_invalid_submission_queues_nothing(lrs_configured, tree, sanne):
    attempt = services.quiz_attempt_start(user=sanne, quiz=tree.quiz)
    with pytest.raises(services.QuizError):
        services.quiz_attempt_submit(user=sanne, attempt_id=attempt.pk, answers={})
    assert XapiStatement.objects.count() == 0
    services.quiz_attempt_submit(user=sanne, attempt_id=attempt.pk, answers=answers_for(attempt))
    services.quiz_attempt_submit(user=sanne, attempt_id=attempt.pk, answers=answers_for(attempt))  # a double post
    assert _events() == [Event.ATTEMPT_SUBMITTED]


def _expired(tree, sanne):
    ModulePage.objects.filter(pk=tree.module.pk).update(validity_months=12)
    tree.module.refresh_from_db()
    module_finish(tree, sanne)
    row = ModuleProgress.objects.get(user=sanne, module=tree.module)
    assert row.expires_at is not None
    return row


def test_an_expired_completion_is_one_statement_whether_the_job_or_the_officer_moves_it(lrs_configured, tree, sanne):
    row = _expired(tree, sanne)
    later = row.expires_at + timedelta(days=1)
    with transaction.atomic():  # the officer's next step moves the expired row (then undone, to compare)
        progress_locked_current(user=sanne, module=tree.module, now=later)
        lazy = XapiStatement.objects.get(event=Event.COMPLETION_EXPIRED).statement
        transaction.set_rollback(True)
    assert expire_completions(now=later) == 1  # the daily job moves it
    expired = XapiStatement.objects.get(event=Event.COMPLETION_EXPIRED).statement
    assert expired == lazy
    assert expired["verb"]["id"] == "https://signaal.politie.test/xapi/verbs/expired"
    assert expired["timestamp"] == xapi.timestamp(row.expires_at)  # when it expired, not when the job ran
    assert expired["context"]["registration"] == xapi.cycle_registration(
        user_id=sanne.pk, module_id=tree.module.pk, cycle=1
    )


def test_the_backfill_queues_the_history_once_with_the_same_ids(settings, tree, sanne):
    row = _expired(tree, sanne)
    expire_completions(now=row.expires_at + timedelta(days=1))
    module_finish(tree, sanne, correct=False)  # a failed attempt in the new cycle
    assert XapiStatement.objects.count() == 0  # xAPI was off while this happened
    settings.SIGNAAL_XAPI_ENDPOINT = "http://127.0.0.1:9/xAPI"
    call_command("xapi_backfill", "--batch", "2")
    events = sorted(_events())
    expected = [Event.LESSON_COMPLETED] * 4 + [Event.ATTEMPT_SUBMITTED] * 2
    assert events == sorted(expected + [Event.MODULE_COMPLETED, Event.COMPLETION_EXPIRED])
    first = {str(r.statement_id): r.statement for r in XapiStatement.objects.all()}
    call_command("xapi_backfill")  # idempotent
    assert {str(r.statement_id): r.statement for r in XapiStatement.objects.all()} == first


def test_backfilled_statements_equal_the_ones_queued_live(lrs_configured, tree, sanne):
    _expired(tree, sanne)
    expire_completions(now=timezone.now() + timedelta(days=800))
    live = {str(r.statement_id): r.statement for r in XapiStatement.objects.all()}
    assert len(live) == 5
    XapiStatement.objects.all().delete()
    call_command("xapi_backfill")
    backfilled = {str(r.statement_id): r.statement for r in XapiStatement.objects.all()}
    assert backfilled == live


def test_durations_and_scores_are_well_formed():
    assert xapi.duration(timedelta(seconds=3723.5)) == "PT1H2M3.5S"
    assert xapi.duration(timedelta(seconds=42)) == "PT42S"
    assert xapi.duration(timedelta(0)) == "PT0S"
    assert xapi.score(2, 3) == {"scaled": 0.6667, "raw": 2, "min": 0, "max": 3}
    assert xapi.score(None, 3) is None
