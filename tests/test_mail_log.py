"""Administrators see every planned and sent mail ("Verzonden e-mails"): state, attempts, last error; others 403."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from curriculum import services
from curriculum.models import SentMail
from curriculum.services.notifications import reminders_plan
from tests.factories import manager_of, officer_in, org_create, tree_create, user_create

pytestmark = pytest.mark.django_db
URL = reverse("curriculum_mail_report")


@pytest.fixture
def planned():
    org, tree = org_create(), tree_create(slug="signalen")
    for name in ("sanne", "kees", "anouk"):
        officer_in(org.teams[0], name, email=f"{name}@politie.example")
    services.assignment_save(module=tree.module, unit=org.teams[0], due_date=timezone.localdate())
    reminders_plan(today=timezone.localdate())
    failing = SentMail.objects.get(recipient__username="kees")
    SentMail.objects.filter(pk=failing.pk).update(attempts=4, last_error="SMTPServerDisconnected()")
    SentMail.objects.exclude(pk=failing.pk).update(
        state=SentMail.State.SENT, sent_at=timezone.now(), subject="Herinnering"
    )
    return org


def test_an_administrator_sees_which_mail_is_stuck_and_why_and_can_filter_and_export(client, planned):
    client.force_login(user_create("beheer", is_superuser=True, is_staff=True))
    page = client.get(URL).content.decode()
    assert "SMTPServerDisconnected()" in page and "Wacht op verzending" in page
    pending = client.get(URL, {"state": "pending"}).content.decode()
    assert "kees" in pending and "sanne" not in pending and "anouk" not in pending
    export = client.get(URL, {"export": "csv", "state": "sent"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig")), delimiter=";"))
    assert sorted(row["Ontvanger"] for row in rows) == ["anouk", "sanne"]
    assert {row["Status"] for row in rows} == {"Verzonden"}


def test_the_date_filter_and_sorting_by_attempts_work(client, planned):
    client.force_login(user_create("beheer", is_superuser=True, is_staff=True))
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    assert "kees" not in client.get(URL, {"created_at_from": tomorrow}).content.decode()
    ordered = client.get(URL, {"ordering": "-attempts"}).content.decode()
    assert ordered.index("kees") < ordered.index("sanne")


def test_managers_and_officers_may_not_see_the_mail_log(client, planned):
    client.force_login(manager_of(planned.districts[0], "chef"))
    assert client.get(URL).status_code == 403
    assert client.get(reverse("curriculum_mail_report_results")).status_code == 403
    assert "Verzonden e-mails" not in client.get(reverse("wagtailadmin_home")).content.decode()
