"""AVG: own learning record as JSON, pseudonymisation (command and admin action), answer retention."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from curriculum import services
from curriculum.models import AttemptAnswer, ModuleCompletion, QuizAttempt
from tests.factories import module_finish, user_create

pytestmark = pytest.mark.django_db


def test_officer_downloads_only_their_own_record(tree, officer, other_officer, officer_client):
    module_finish(tree, officer)
    module_finish(tree, other_officer)
    response = officer_client.get("/mijn-gegevens/")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    record = response.json()
    assert record["user"]["username"] == officer.username
    assert len(record["lessons_completed"]) == 2 and len(record["quiz_attempts"]) == 1
    assert record["module_completions"][0]["percent"] == 100
    assert other_officer.username not in response.content.decode()
    # Answers an officer can read: the question's text and the chosen answers' texts, not only ids.
    answers = record["quiz_attempts"][0]["answers"]
    row = AttemptAnswer.objects.filter(attempt__user=officer).order_by("position").first()
    shown = {choice["id"]: choice["text"] for choice in row.shown["choices"]}
    assert answers[0]["question"] == row.shown["prompt"] != ""
    assert answers[0]["chosen_answers"] == [shown[i] for i in row.chosen] != []


def test_anonymous_cannot_download_a_record(client):
    assert client.get("/mijn-gegevens/").status_code == 302


def test_pseudonymise_command_keeps_completions(tree, officer, client):
    from tests.factories import org_create

    org = org_create()
    services.officer_profile_save(user=officer, unit=org.teams[0], personnel_number="P123456")
    module_finish(tree, officer)
    client.force_login(officer)
    call_command("pseudonymise_officer", officer.username, stdout=open("/dev/null", "w"))
    officer.refresh_from_db()
    assert officer.username == f"verwijderd-{officer.pk}" and not officer.email and not officer.first_name
    assert not officer.is_active and not officer.has_usable_password()
    assert ModuleCompletion.objects.filter(user=officer).count() == 1
    assert officer.officer_profile.personnel_number != "P123456" and officer.officer_profile.unit == org.teams[0]
    assert client.get("/mijn-training/").status_code == 302  # the session is gone


def test_pseudonymise_admin_action(tree, officer):
    admin = user_create("beheerder", is_superuser=True, is_staff=True)
    from django.test import Client

    client = Client()
    client.force_login(admin)
    url = reverse("wagtail_bulk_action", args=("auth", "user", "pseudonymise")) + f"?id={officer.pk}"
    assert "Pseudonimiseren" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    officer.refresh_from_db()
    assert officer.username.startswith("verwijderd-")


def test_trainer_cannot_pseudonymise(tree, officer, trainer, client):
    client.force_login(trainer)
    url = reverse("wagtail_bulk_action", args=("auth", "user", "pseudonymise")) + f"?id={officer.pk}"
    client.post(url)
    assert get_user_model().objects.get(pk=officer.pk).username == officer.username


def test_retention_clears_old_answers_and_keeps_scores(tree, officer):
    attempt = module_finish(tree, officer)
    old = timezone.now() + timedelta(days=800)
    call_command("apply_retention", stdout=open("/dev/null", "w"))
    assert AttemptAnswer.objects.filter(attempt=attempt, chosen__isnull=False).count() == 3  # still recent
    from curriculum.services.privacy import attempt_answers_purge

    assert attempt_answers_purge(now=old) == 3
    assert not AttemptAnswer.objects.filter(attempt=attempt, chosen__isnull=False).exists()
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    assert attempt.score == 3 and attempt.passed
