"""Editing in the Wagtail admin: log in, edit a lesson and a question, publish both; the officer-facing site then
shows the new text. The Redactie publishes (four eyes; a trainer's edits reach it through review, which
tests/browser/test_review_package.py drives)."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from curriculum.domain import roles
from curriculum.models import LessonPage, Question
from tests.browser.helpers import login, shot
from tests.factories import user_create
from tests.helpers import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def publish(page):
    """Wagtail's footer: "Publish" sits in the action menu behind the primary "Save draft" button."""
    button = page.locator('button[name="action-publish"]')
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle'], footer .w-dropdown__toggle").first.click()
    with page.expect_navigation():
        button.click()


def edit_and_publish(page, url, field, value, *, shot_number, what):
    """Open an editor, fill one field and publish, with the screenshots trainer-<nn>-edit-<what> before publishing
    and trainer-<nn + 1>-<what>-published after."""
    page.goto(url)
    page.fill(field, value)
    shot(page, f"trainer-{shot_number:02}-edit-{what}")
    publish(page)
    shot(page, f"trainer-{shot_number + 1:02}-{what}-published")


def test_the_redactie_edits_a_lesson_and_a_question_and_publishes(training, new_page):
    tree, _users = training
    moderator = user_create("moderator", roles.MODERATORS, password=PASSWORD, first_name="Mira")
    page = new_page()
    login(page, "moderator", url="/admin/login/", submit="form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    shot(page, "trainer-01-admin-home")

    lesson = tree.lessons[0]
    edit = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    edit_and_publish(page, edit, "#id_title", "Wat is een signaal? (herzien)", shot_number=2, what="lesson")
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.title == "Wat is een signaal? (herzien)" and lesson.live and not lesson.has_unpublished_changes
    assert lesson.latest_revision.user == moderator

    question = Question.objects.get(key="b-q1")
    edit = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
    prompt = "Een werkgever houdt de paspoorten van zijn personeel vast. Is dat een signaal?"
    edit_and_publish(page, edit, "#id_prompt", prompt, shot_number=4, what="question")
    question = Question.objects.get(pk=question.pk)
    assert question.live_revision.as_object().prompt.startswith("Een werkgever houdt de paspoorten")

    # The site shows the published lesson.
    page.goto(lesson.url)
    expect(page.locator("h1")).to_have_text("Wat is een signaal? (herzien)")
