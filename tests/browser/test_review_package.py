"""Issue 20 in Chromium, the whole loop of four eyes: a trainer builds a module from scratch (the module, two
lessons, a new question, a quiz) and submits it as one package; the Redactie rejects the package with one comment;
the trainer sees the comment on the edit page, fixes the lesson and resubmits; the Redactie approves the package as
a whole; an officer opens the module live. axe on the pages Signaal owns."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from curriculum.demo.site import workflow_ensure
from curriculum.domain import roles
from curriculum.models import LessonPage, ModulePage, Question, QuizPage
from tests.browser.helpers import assert_accessible, login, shot
from tests.factories import user_create
from tests.helpers import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MODULE = "Uitbuiting in de horeca"
COMMENT = "Les 2 noemt geen bron bij het kernfeit. Vul de bron aan en bied het pakket opnieuw aan."


def admin_login(page, username):
    login(page, username, url="/admin/login/", submit="form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))


def save_draft(page):
    with page.expect_navigation():
        page.locator("footer button.action-save").first.click()
    errors = page.locator(".messages .error, .help-critical, .error-message")
    assert errors.count() == 0, errors.all_inner_texts()


def header_link(page, url):
    """A button in the page header's "Acties" menu (its items are in the DOM only once the menu is open)."""
    page.locator("#w-slim-header-buttons [data-w-dropdown-target=toggle]").first.click()
    return page.locator(f'a[href="{url}"]').first


def add_page(page, model, parent, title, *, intro="", body=""):
    page.goto(reverse("wagtailadmin_pages:add", args=["curriculum", model, parent.pk]))
    page.fill("#id_title", title)
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).not_to_have_value("")  # Wagtail fills the slug from the title
    if intro:
        page.fill("#id_intro" if model != "modulepage" else "#id_summary", intro)
    if body:
        page.locator("button.c-sf-add-button").first.click()
        page.get_by_role("option", name="Tekst").first.click()
        editor = page.locator(".public-DraftEditor-content").first
        editor.click()
        page.keyboard.type(body)
        page.wait_for_function(  # Draftail writes its content to the form a moment after typing
            "text => [...document.querySelectorAll('input[type=hidden]')].some(i => i.value.includes(text))", arg=body
        )


def test_a_module_package_is_rejected_fixed_and_approved_as_a_whole(training, new_page):
    tree, users = training
    workflow_ensure(tree.index)
    user_create("moderator", roles.MODERATORS, password=PASSWORD, first_name="Mira", last_name="Moderator")

    # The trainer builds a module from scratch.
    trainer = new_page()
    trainer.set_default_timeout(15000)
    admin_login(trainer, "trainer")
    add_page(trainer, "modulepage", tree.index, MODULE, intro="Signalen van uitbuiting in restaurants en hotels.")
    save_draft(trainer)
    module = ModulePage.objects.get(title=MODULE)
    add_page(
        trainer, "lessonpage", module, "Signalen in de keuken", body="Lange dagen, geen contract, slapen op het werk."
    )
    save_draft(trainer)
    add_page(
        trainer, "lessonpage", module, "Wat doe je bij een controle?", body="Spreek medewerkers apart, met een tolk."
    )
    save_draft(trainer)

    trainer.goto(reverse("wagtailsnippets_curriculum_question:add"))
    trainer.fill("#id_key", "horeca-q1")
    trainer.fill("#id_prompt", "Een kok slaapt in de opslagruimte van het restaurant. Is dat een signaal?")
    trainer.fill("#id_choices-0-text", "Ja, wonen op de werkplek is een signaal.")
    trainer.check("#id_choices-0-is_correct")
    trainer.fill("#id_choices-1-text", "Nee, dat is zijn eigen keuze.")
    trainer.fill("#id_explanation", "Wonen op of bij de werkplek is een signaal van arbeidsuitbuiting.")
    trainer.fill("#id_source", "Signalenkaart arbeidsuitbuiting")
    save_draft(trainer)
    question = Question.objects.get(key="horeca-q1")
    assert not question.live

    add_page(trainer, "quizpage", module, "Toets: uitbuiting in de horeca")
    trainer.locator("#id_quiz_questions-0-question-chooser [data-chooser-action-choose]").click()
    trainer.locator(".modal-dialog a[data-chooser-modal-choice]", has_text="horeca-q1").click()
    expect(trainer.locator("#id_quiz_questions-0-question-chooser")).to_contain_text("horeca-q1")
    save_draft(trainer)
    quiz = QuizPage.objects.get(title="Toets: uitbuiting in de horeca")
    lessons = list(LessonPage.objects.child_of(module).order_by("path"))
    assert len(lessons) == 2 and not any(p.live for p in [module, *lessons, quiz])

    # ... and submits it as one package.
    trainer.goto(reverse("wagtailadmin_pages:edit", args=[module.pk]))
    header_link(trainer, reverse("curriculum_review_package", args=[module.pk])).click()
    parts = trainer.locator("table.listing tbody")
    for title in [MODULE, "Signalen in de keuken", "Wat doe je bij een controle?", "Toets: uitbuiting", "horeca-q1"]:
        expect(parts).to_contain_text(title)
    assert_accessible(trainer, "review-package-trainer")
    shot(trainer, "review-package-trainer")
    with trainer.expect_navigation():
        trainer.get_by_role("button", name="5 onderdelen aanbieden").click()
    expect(trainer.locator(".messages")).to_contain_text("5 onderdelen zijn ter beoordeling aangeboden")

    # The Redactie sees one item, opens it and rejects the package with one comment.
    moderator = new_page({"width": 1280, "height": 1150})  # the whole review page in the screenshot
    moderator.set_default_timeout(15000)
    admin_login(moderator, "moderator")
    moderator.goto(reverse("curriculum_review_queue"))
    rows = moderator.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Modulepakket")
    assert_accessible(moderator, "review-queue")
    rows.first.get_by_role("link", name=MODULE).click()
    expect(moderator.locator("#package-parts tbody tr")).to_have_count(5)
    expect(moderator.get_by_role("link", name=re.compile("^Voorbeeld"))).to_have_count(5)
    assert_accessible(moderator, "review-package-moderator")
    shot(moderator, "review-package-moderator")
    moderator.get_by_label("Opmerking voor de opleider").fill(COMMENT)
    with moderator.expect_navigation():
        moderator.get_by_role("button", name="Wijzigingen vragen").click()
    expect(moderator.locator(".messages")).to_contain_text("Wijzigingen gevraagd voor 5 onderdelen")
    assert not ModulePage.objects.get(pk=module.pk).live

    # The trainer sees the comment on the edit page, fixes the lesson and resubmits the package.
    trainer.goto(reverse("wagtailadmin_pages:edit", args=[lessons[1].pk]))
    banner = trainer.locator(".messages")
    expect(banner).to_contain_text("De redactie vraagt wijzigingen (Mira Moderator")
    expect(banner).to_contain_text(COMMENT)
    shot(trainer, "review-package-comment")
    trainer.fill("#id_intro", "Bron: Signalenkaart arbeidsuitbuiting.")
    save_draft(trainer)
    trainer.goto(reverse("curriculum_review_package", args=[module.pk]))
    with trainer.expect_navigation():
        trainer.get_by_role("button", name="5 onderdelen aanbieden").click()

    # The Redactie approves the package as a whole: every part goes live at once.
    moderator.goto(reverse("curriculum_review_package_review", args=[module.pk]))
    expect(moderator.locator("#package-parts")).not_to_contain_text("Wijzigingen gevraagd")
    with moderator.expect_navigation():
        moderator.get_by_role("button", name="Pakket goedkeuren en publiceren").click()
    expect(moderator.locator(".messages")).to_contain_text("5 onderdelen zijn gepubliceerd")
    for obj in [module, *lessons, quiz, question]:
        obj = type(obj).objects.get(pk=obj.pk)
        assert obj.live and obj.current_workflow_state is None, obj
    assert LessonPage.objects.get(pk=lessons[1].pk).intro == "Bron: Signalenkaart arbeidsuitbuiting."

    # An officer opens the module live.
    officer = new_page()
    login(officer, "officer")
    officer.goto(ModulePage.objects.get(pk=module.pk).url)
    expect(officer.locator("h1")).to_have_text(MODULE)
    expect(officer.locator("main")).to_contain_text("Signalen in de keuken")
    assert_accessible(officer, "review-package-officer")
    officer.goto(LessonPage.objects.get(pk=lessons[0].pk).url)
    expect(officer.locator("main")).to_contain_text("Lange dagen, geen contract, slapen op het werk.")
