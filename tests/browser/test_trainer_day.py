"""Issue 20 in a real browser: a click in a preview writes nothing, and the question bank finds a question by a
word of its prompt (and survives a quote in the search box)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from curriculum.models import LessonCompletion, LessonPage, ModulePage, ModuleProgress, QuizAttempt
from tests.browser.helpers import login, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def open_preview(page):
    """Open the preview side panel, starting closed (Wagtail remembers an open panel in localStorage)."""
    page.evaluate("localStorage.removeItem('wagtail:side-panel-open')")
    page.reload(wait_until="load")
    page.locator('[data-side-panel-toggle="preview"]').first.click()
    expect(page.locator("#w-preview-iframe")).to_be_visible()
    return page.frame_locator("#w-preview-iframe")


def records():
    return (QuizAttempt.objects.count(), LessonCompletion.objects.count(), ModuleProgress.objects.count())


def test_a_click_in_a_preview_writes_nothing(training, new_page):
    tree, _users = training
    page = new_page()
    login(page, "trainer", url="/admin/login/", submit="form button[type=submit]")
    before = records()

    page.goto(reverse("wagtailadmin_pages:edit", args=[tree.lessons[0].pk]))
    frame = open_preview(page)
    expect(frame.get_by_text("Voorbeeld", exact=True).first).to_be_visible()
    button = frame.get_by_role("button", name="Les afronden en verder")
    expect(button).to_be_disabled()
    button.click(force=True)  # a trainer clicking anyway: nothing happens
    expect(frame.locator("#preview-inert")).to_contain_text("In een voorbeeld wordt niets opgeslagen")
    expect(frame.locator("form[method=post]")).to_have_count(0)
    shot(page, "trainer-day-01-lesson-preview")

    page.goto(reverse("wagtailadmin_pages:edit", args=[tree.quiz.pk]))
    frame = open_preview(page)
    frame.locator('input[type="radio"]').first.check()
    submit = frame.get_by_role("button", name="Antwoorden inleveren")
    expect(submit).to_be_disabled()
    submit.click(force=True)
    expect(frame.locator("form[method=post]")).to_have_count(0)
    shot(page, "trainer-day-02-quiz-preview")

    page.goto(reverse("wagtailadmin_pages:edit", args=[tree.module.pk]))
    frame = open_preview(page)
    expect(frame.get_by_text(LessonPage.objects.get(pk=tree.lessons[0].pk).title).first).to_be_visible()
    assert records() == before


def test_the_question_bank_finds_a_question_by_a_word_of_its_prompt(training, new_page):
    _tree, _users = training
    page = new_page()
    login(page, "trainer", url="/admin/login/", submit="form button[type=submit]")
    page.goto(reverse("wagtailsnippets_curriculum_question:list"))
    search = page.locator("#id_q")
    search.fill("paspoorten")
    search.press("Enter")
    results = page.locator("table.listing tbody")
    expect(results).to_contain_text("b-q1")
    expect(results).not_to_contain_text("b-q2")
    expect(page.locator("table.listing thead")).to_contain_text("Gebruikt in")
    expect(results).to_contain_text("Toets: signalen herkennen")
    shot(page, "trainer-day-03-question-search")

    search.fill('"paspoorten')
    search.press("Enter")
    expect(results).to_contain_text("b-q1")  # a quote is not a server error


def test_an_error_on_the_hidden_eigenschappen_tab_shows_on_its_tab(training, new_page):
    """Wagtail 8 counts the errors of every tab on its label: a slug already in use (on "Eigenschappen") is
    announced on that tab while "Inhoud" stays open."""
    tree, _users = training
    page = new_page()
    login(page, "trainer", url="/admin/login/", submit="form button[type=submit]")
    page.goto(reverse("wagtailadmin_pages:add", args=["curriculum", "modulepage", tree.index.pk]))
    page.fill("#id_title", tree.module.title)  # the slug follows the title: the existing module's slug
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value(tree.module.slug)
    with page.expect_navigation():
        page.locator("footer button.action-save").first.click()
    expect(page.locator("#tab-label-inhoud")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#tab-inhoud")).to_be_visible()
    expect(page.locator("#tab-eigenschappen")).to_be_hidden()
    errors = page.locator("#tab-label-eigenschappen .w-tabs__errors")
    expect(errors).to_be_visible()
    expect(errors.locator("[data-w-count-target=total]")).to_have_text("1")
    expect(errors.locator(".w-sr-only")).to_contain_text("1")
    expect(page.locator("#tab-label-inhoud .w-tabs__errors")).to_be_hidden()
    shot(page, "trainer-day-04-slug-error-on-tab")
    page.locator("#tab-label-eigenschappen").click()
    expect(page.locator("#tab-eigenschappen .error-message")).to_be_visible()
    assert ModulePage.objects.filter(slug=tree.module.slug).count() == 1  # nothing saved
