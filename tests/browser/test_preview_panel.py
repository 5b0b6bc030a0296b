"""Issue 9.3 in a real browser: the editor's live preview panel shows the quiz's questions and a
question snippet (the site's CSP used to refuse to be framed), and previewing stores nothing."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from curriculum.models import Question, QuizAttempt
from tests.browser.helpers import login, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def open_preview(page):
    """Open the preview side panel. Wagtail remembers an open panel across pages (localStorage), so a click on
    the next page could close it again, depending on whether its script ran first: start every page closed."""
    page.evaluate("localStorage.removeItem('wagtail:side-panel-open')")
    page.reload(wait_until="load")
    page.locator('[data-side-panel-toggle="preview"]').first.click()
    expect(page.locator("#w-preview-iframe")).to_be_visible()
    return page.frame_locator("#w-preview-iframe")


def test_trainer_previews_the_quiz_and_a_question_in_the_side_panel(training, new_page):
    tree, _users = training
    page = new_page()
    blocked = []
    page.on("console", lambda msg: blocked.append(msg.text) if "frame-ancestors" in msg.text else None)
    login(page, "trainer", url="/admin/login/", submit="form button[type=submit]")

    page.goto(reverse("wagtailadmin_pages:edit", args=[tree.quiz.pk]))
    frame = open_preview(page)
    first = Question.objects.get(key="b-q1")
    expect(frame.get_by_text(first.prompt)).to_be_visible()
    expect(frame.get_by_text("Vraag 1 van 3")).to_be_visible()
    # The inert "Antwoorden inleveren" looks unavailable, not like the primary button it stands for.
    inert = frame.get_by_role("button", name="Antwoorden inleveren")
    expect(inert).to_be_disabled()
    assert inert.evaluate("b => getComputedStyle(b).cursor") == "not-allowed"
    shot(page, "trainer-06-quiz-preview")

    page.goto(reverse("wagtailsnippets_curriculum_question:edit", args=[first.pk]))
    frame = open_preview(page)
    expect(frame.get_by_text(first.prompt)).to_be_visible()
    key = frame.locator("details.answer-key")
    expect(key.locator("summary")).to_have_text("Toon antwoordsleutel")
    expect(key).to_contain_text("Juist antwoord")
    shot(page, "trainer-07-question-preview")

    assert not blocked, blocked
    assert not QuizAttempt.objects.exists()
