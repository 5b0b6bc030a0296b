"""Issue 20.2, previews that are previews: no form in a preview posts anywhere, nothing is written, a module
preview lists its draft lessons and quiz, and a lesson preview counts its draft siblings."""

import re

import pytest

from curriculum.models import (
    AttemptAnswer,
    LessonCompletion,
    LessonPage,
    ModuleCompletion,
    ModuleProgress,
    QuizAttempt,
)
from tests.helpers import page_preview

pytestmark = pytest.mark.django_db


RECORDS = [QuizAttempt, AttemptAnswer, ModuleProgress, LessonCompletion, ModuleCompletion]


def counts():
    return {model.__name__: model.objects.count() for model in RECORDS}


def posting_forms(html: str) -> list[str]:
    return [form for form in re.findall(r"<form[^>]*>", html, re.I) if re.search(r'method="?post', form, re.I)]


def draft_lesson(tree, title="Concept les"):
    lesson = LessonPage(title=title, slug="concept-les", body="[]")
    tree.module.add_child(instance=lesson)
    lesson.save_revision()
    LessonPage.objects.filter(pk=lesson.pk).update(live=False)
    return LessonPage.objects.get(pk=lesson.pk)


@pytest.mark.parametrize("which", ["lesson", "draft_lesson", "quiz", "quiz_start", "module"])
def test_no_preview_has_a_form_that_posts_and_nothing_is_written(tree, trainer, client, which):
    client.force_login(trainer)
    pages = {
        "lesson": (tree.lessons[0], ""),
        "draft_lesson": (draft_lesson(tree), ""),
        "quiz": (tree.quiz, ""),
        "quiz_start": (tree.quiz, "start"),
        "module": (tree.module, ""),
    }
    page, mode = pages[which]
    before = counts()
    html = page_preview(client, page, mode).content.decode()
    assert posting_forms(html) == []
    assert "Voorbeeld" in html  # the banner says what this is
    assert counts() == before


def test_lesson_preview_offers_an_inert_complete_button_with_an_explanation(tree, trainer, client):
    client.force_login(trainer)
    html = page_preview(client, tree.lessons[0]).content.decode()
    assert "Les afronden en verder" in html
    assert re.search(r"<button[^>]*disabled[^>]*>\s*Les afronden en verder", html)
    assert "In een voorbeeld wordt niets opgeslagen" in html
    assert "voltooid/" not in html


def test_module_preview_lists_draft_lessons_and_the_quiz(tree, trainer, client):
    client.force_login(trainer)
    draft = draft_lesson(tree, "Nieuwe les in concept")
    html = page_preview(client, tree.module).content.decode()
    assert "Deze module heeft nog geen lessen" not in html
    for title in ["Les 1", "Les 2", draft.title, tree.quiz.title]:
        assert title in html
    assert "Concept" in html  # the draft lesson is marked as not yet published


def test_module_preview_of_a_new_module_with_only_draft_children(tree, trainer, client):
    from curriculum.models import ModulePage

    for page in [*tree.lessons, tree.quiz]:
        type(page).objects.filter(pk=page.pk).update(live=False)
    client.force_login(trainer)
    html = page_preview(client, ModulePage.objects.get(pk=tree.module.pk)).content.decode()
    assert "Deze module heeft nog geen lessen" not in html
    assert "Les 1" in html and "Les 2" in html and "Toets" in html


def test_lesson_preview_counts_draft_siblings(tree, trainer, client):
    client.force_login(trainer)
    draft = draft_lesson(tree)
    html = page_preview(client, draft).content.decode()
    assert "Les 3 van 3" in html
    html = page_preview(client, tree.lessons[0]).content.decode()
    assert "Les 1 van 3" in html


def test_officer_still_sees_the_live_lesson_count_and_a_working_button(tree, officer_client):
    draft_lesson(tree)
    html = officer_client.get(tree.lessons[0].url).content.decode()
    assert "Les 1 van 2" in html and "voltooid/" in html and "Voorbeeld" not in html
