"""Issue 20, the trainers' review digest: once a week, trainers and moderators get the modules whose content
review is due, through the SentMail queue (once per person and week; nothing when all reviews are in order)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from curriculum.domain import roles
from curriculum.models import ModulePage, SentMail
from curriculum.services.notifications import mail_deliver, review_digests_plan
from curriculum.services.schedule import SCHEDULE
from tests.factories import user_create
from tests.mailserver import html, subject, text

pytestmark = pytest.mark.django_db


def test_trainers_and_moderators_get_the_modules_due_for_review(tree, smtp_server, settings):
    settings.SIGNAAL_BASE_URL = "https://opleiding.politie.example"
    today = timezone.localdate()
    ModulePage.objects.filter(pk=tree.module.pk).update(next_review=today - timedelta(days=3))
    trainer = user_create("opleider-mail", roles.TRAINERS, first_name="Youssef")
    trainer.email = "opleider@politie.example"
    trainer.save()
    moderator = user_create("redactie-mail", roles.MODERATORS)
    moderator.email = "redactie@politie.example"
    moderator.save()
    officer = user_create("agent-mail", roles.OFFICERS)
    officer.email = "agent@politie.example"
    officer.save()
    assert review_digests_plan(today=today)["planned"] == 2
    assert review_digests_plan(today=today)["planned"] == 0  # once per person and week
    mail_deliver()
    messages = {m["To"]: m for m in smtp_server.inbox.wait_for(2)}
    assert set(messages) == {"opleider@politie.example", "redactie@politie.example"}
    message = messages["opleider@politie.example"]
    assert "Herziening nodig: 1 module" in subject(message)
    body = text(message)
    assert "Hallo Youssef" in body and tree.module.title in body and "te laat" in body
    assert f"https://opleiding.politie.example/admin/pages/{tree.module.pk}/edit/" in body
    assert "https://opleiding.politie.example/admin/reports/reviews/" in body
    assert tree.module.title in html(message)


def test_no_digest_when_every_review_is_planned_beyond_the_horizon(tree, settings):
    ModulePage.objects.update(next_review=timezone.localdate() + timedelta(days=200))
    user_create("opleider-mail", roles.TRAINERS).__class__.objects.update(email="x@politie.example")
    assert review_digests_plan()["planned"] == 0
    assert not SentMail.objects.filter(kind=SentMail.Kind.REVIEW_DIGEST).exists()


def test_the_review_digest_is_on_the_weekly_schedule_and_can_be_switched_off(tree, settings):
    assert any(job.name == "review_digests" and job.every == "weekly" for job in SCHEDULE)
    settings.SIGNAAL_MAIL_REVIEW_DIGESTS = False
    assert review_digests_plan()["planned"] == 0
