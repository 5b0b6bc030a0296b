"""Issue 20.6, admin details: Dutch labels in version comparison, mail links from the configured base URL,
scheduled publishing actually runs, the listing header reads right, bulk actions only when allowed."""

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from curriculum.models import LessonPage
from curriculum.services.schedule import SCHEDULE, schedule_tick

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def _body(category, setting):
    return json.dumps(
        [
            {
                "type": "signal_list",
                "id": "b1",
                "value": {"title": "Signalen", "category": category, "intro": "", "signals": ["Geen paspoort"]},
            },
            {
                "type": "case",
                "id": "b2",
                "value": {
                    "title": "Casus",
                    "setting": setting,
                    "situation": "<p>Iets</p>",
                    "question": "",
                    "reflection": "",
                },
            },
        ]
    )


def test_version_comparison_shows_choice_labels_not_values(tree, trainer, client):
    lesson = LessonPage.objects.get(pk=tree.lessons[0].pk)
    lesson.body = _body("sexual", "patrol")
    first = lesson.save_revision()
    lesson.body = _body("labour", "workplace")
    second = lesson.save_revision()
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:revisions_compare", args=[lesson.pk, first.pk, second.pk])
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    for label in ["Seksuele uitbuiting", "Arbeidsuitbuiting", "Op surveillance", "Bij een bedrijfscontrole"]:
        assert label in html, label
    for value in [">sexual<", ">labour<", ">patrol<", ">workplace<"]:
        assert value not in html.replace("</span>", "<").replace("<span>", ">"), value


def _settings_value(env_overrides, name):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DATABASE_URL"}}
    env.update(env_overrides)
    code = f"import django; django.setup(); from django.conf import settings; print(settings.{name})"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


@pytest.mark.slow
def test_wagtail_mail_links_use_the_configured_base_url_not_localhost():
    production = {
        "DJANGO_SETTINGS_MODULE": "signaal.settings.production",
        "SECRET_KEY": "k" * 60,
        "ALLOWED_HOSTS": "signaal.example",
    }
    assert _settings_value(production, "WAGTAILADMIN_BASE_URL") == "https://signaal.example"
    configured = {**production, "SIGNAAL_BASE_URL": "https://opleiding.politie.example/"}
    assert _settings_value(configured, "WAGTAILADMIN_BASE_URL") == "https://opleiding.politie.example"
    local = {"DJANGO_SETTINGS_MODULE": "signaal.settings.dev", "SIGNAAL_BASE_URL": "http://127.0.0.1:8123"}
    assert _settings_value(local, "WAGTAILADMIN_BASE_URL") == "http://127.0.0.1:8123"


def test_the_schedule_publishes_what_was_scheduled(tree, settings):
    lesson = LessonPage(title="Later les", slug="later-les", body="[]")
    tree.module.add_child(instance=lesson)
    LessonPage.objects.filter(pk=lesson.pk).update(live=False)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.go_live_at = timezone.now() - timedelta(minutes=1)
    revision = lesson.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    assert revision.approved_go_live_at is not None and not LessonPage.objects.get(pk=lesson.pk).live
    assert "publish_scheduled" in {job.name for job in SCHEDULE}
    runs = schedule_tick(jobs=[job for job in SCHEDULE if job.name == "publish_scheduled"])
    assert [run.job for run in runs] == ["publish_scheduled"]
    assert LessonPage.objects.get(pk=lesson.pk).live


def test_page_listing_header_reads_as_dutch(tree, trainer, client):
    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_explore", args=[tree.module.pk])).content.decode()
    assert "1-3 van 3" in html
    assert "van 3None" not in html and "3van" not in html


def _bulk_urls(html):
    import re

    return set(re.findall(r"/admin/bulk/[\w-]+/[\w-]+/([\w-]+)/", html))


def test_bulk_actions_are_offered_only_when_the_user_may_run_them(tree, trainer, moderator, admin_client, client):
    client.force_login(trainer)
    page_actions = _bulk_urls(client.get(reverse("wagtailadmin_explore", args=[tree.module.pk])).content.decode())
    assert "delete" not in page_actions  # trainers may not delete pages: not offered
    assert "publish" not in page_actions  # nor publish them: the Redactie does (four eyes)
    client.force_login(moderator)
    assert "publish" in _bulk_urls(client.get(reverse("wagtailadmin_explore", args=[tree.module.pk])).content.decode())
    client.force_login(trainer)
    question_actions = _bulk_urls(client.get(reverse("wagtailsnippets_curriculum_question:list")).content.decode())
    assert (
        "delete" in question_actions
    )  # trainers may delete a never-published, unused draft (the guard refuses the rest)
    admin_actions = _bulk_urls(
        admin_client.get(reverse("wagtailadmin_explore", args=[tree.module.pk])).content.decode()
    )
    assert {"delete", "publish"} <= admin_actions


def test_no_autosave_so_a_new_page_is_never_created_in_the_background(tree, trainer, client):
    from wagtail.models import Page

    client.force_login(trainer)
    add = client.get(reverse("wagtailadmin_pages:add", args=["curriculum", "lessonpage", tree.module.pk]))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[tree.lessons[0].pk]))
    for response in (add, edit):
        assert response.status_code == 200
        assert "data-w-autosave-interval-value" not in response.content.decode()
        assert "data-w-unsaved" in response.content.decode() or "w-unsaved" in response.content.decode()
    assert Page.objects.filter(title="").count() == 0
