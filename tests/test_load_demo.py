"""load_demo builds the demo site once; running it again changes nothing. The demo officer can finish module 4."""

import pytest
from django.core.management import call_command
from django.test import Client

from curriculum.models import (
    Indicator,
    LessonPage,
    ModuleCompletion,
    ModulePage,
    PocketCardPage,
    Question,
    QuizAttempt,
    QuizPage,
)
from curriculum.selectors import attempt_questions_get

pytestmark = pytest.mark.django_db


def counts():
    from django.contrib.auth import get_user_model
    from wagtail.models import Page, Revision

    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "questions": Question.objects.count(),
        "indicators": Indicator.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.fixture
def demo(db, settings):
    settings.DEMO_PASSWORD = "demo-pass-123"
    call_command("load_demo", stdout=open("/dev/null", "w"))


def test_load_demo_is_idempotent(demo):
    before = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert counts() == before


def test_demo_curriculum_is_complete_and_published(demo):
    modules = ModulePage.objects.live()
    assert modules.count() == 7
    assert LessonPage.objects.live().count() >= 18
    assert Question.objects.filter(live=True).count() >= 35
    assert PocketCardPage.objects.live().count() == 1
    assert set(Indicator.objects.values_list("category", flat=True)) == {"general", "sexual", "labour", "criminal", "minors"}
    mandatory = [m.title for m in modules.order_by("path") if m.mandatory]
    assert len(mandatory) == 2 and mandatory[0].startswith("Criminele uitbuiting") and "signaal" in mandatory[1]
    for module in modules:
        assert 2 <= module.lessons().count() <= 4, module.title
        quiz = module.quiz()
        assert quiz is not None and quiz.quiz_questions.count() >= 5, module.title
        assert module.tags.exists()


def test_every_question_is_well_formed(demo):
    for question in Question.objects.prefetch_related("choices", "indicators"):
        correct = sum(c.is_correct for c in question.choices.all())
        assert correct == 1 if question.kind != "multiple" else correct >= 2, question.key
        assert question.explanation and question.source and question.indicators.exists(), question.key
        assert all(c.feedback for c in question.choices.all()), question.key


def test_every_key_fact_has_a_source(demo):
    for page in list(LessonPage.objects.all()) + list(PocketCardPage.objects.all()):
        for block in page.body:
            if block.block_type in ("key_fact", "chart"):
                assert block.value["source"].strip(), page.title


def test_demo_officer_completes_module_4_end_to_end(demo):
    client = Client()
    assert client.post("/login/", {"username": "officer", "password": "demo-pass-123"}).status_code == 302
    module = ModulePage.objects.live().order_by("path")[3]
    assert module.mandatory
    for lesson in module.lessons():
        assert "Bron" in client.get(lesson.url).content.decode()
        assert client.post(lesson.url + "voltooid/").status_code == 302
    quiz = module.quiz()
    client.post(quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user__username="officer", quiz=quiz, state="started")
    html = client.get(quiz.url).content.decode()
    data = {"attempt": attempt.pk}
    for row in attempt.answers.select_related("revision"):
        question = row.revision.as_object()
        data[f"q-{row.question_id}"] = [c.pk for c in question.choices.all() if c.is_correct]
    assert "Optie" not in html
    response = client.post(quiz.url + "inleveren/", data, follow=True)
    assert "Geslaagd" in response.content.decode()
    attempt.refresh_from_db()
    assert all(q.correct for q in attempt_questions_get(attempt=attempt, reveal=True))
    assert ModuleCompletion.objects.filter(user__username="officer", module=module).exists()
    assert "Afgerond" in client.get("/mijn-training/").content.decode()


def test_demo_trainer_and_officer_logins(demo):
    trainer = Client()
    assert trainer.post("/login/", {"username": "trainer", "password": "demo-pass-123"}).status_code == 302
    module = ModulePage.objects.live().first()
    assert trainer.get(f"/admin/pages/{module.pk}/edit/").status_code == 200
    officer = Client()
    officer.post("/login/", {"username": "officer", "password": "demo-pass-123"})
    assert officer.get(f"/admin/pages/{module.pk}/edit/").status_code in (302, 403)
    assert QuizPage.objects.live().count() == 7


def test_trainer_edits_and_publishes_a_demo_lesson_and_question(demo):
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data

    from tests.admin_forms import stream_form_data
    from tests.test_admin import editor_data

    trainer = Client()
    trainer.post("/login/", {"username": "trainer", "password": "demo-pass-123"})
    lesson = ModulePage.objects.live().order_by("path")[3].lessons().first()
    blocks_before = [block.block_type for block in lesson.body]
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    data = editor_data(trainer, url)
    data.update(nested_form_data(stream_form_data("body", lesson.body)))
    data["title"] = lesson.title + " (herzien)"
    data["action-publish"] = "action-publish"
    response = trainer.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.title.endswith("(herzien)") and [block.block_type for block in lesson.body] == blocks_before

    question = Question.objects.get(key=Question.objects.order_by("key").first().key)
    url = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
    data = editor_data(trainer, url)
    data["explanation"] = question.explanation + " Aangevuld door de opleider."
    data["action-publish"] = "action-publish"
    assert trainer.post(url, data).status_code == 302
    assert Question.objects.get(pk=question.pk).live_revision.as_object().explanation.endswith("door de opleider.")
