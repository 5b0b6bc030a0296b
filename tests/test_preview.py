"""Issue 9.3, trainer preview: the side panel may frame previews, the quiz preview shows the questions,
question snippets are previewable, and a preview never writes a learning record."""

import pytest
from django.urls import reverse

from curriculum.models import AttemptAnswer, LessonCompletion, ModuleCompletion, ModuleProgress, QuizAttempt
from tests.factories import question_create
from tests.helpers import editor_data, page_preview

pytestmark = pytest.mark.django_db


RECORDS = [QuizAttempt, AttemptAnswer, ModuleProgress, LessonCompletion, ModuleCompletion]


def question_preview(client, question, **changes):
    url = reverse("wagtailsnippets_curriculum_question:preview_on_edit", args=[question.pk])
    data = editor_data(client, reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk]))
    data.update(changes)
    posted = client.post(url, data)
    assert posted.status_code == 200 and posted.json()["is_valid"], posted.content[:500]
    return client.get(url)


def assert_frameable_by_admin(response):
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp and "frame-ancestors 'none'" not in csp
    assert "script-src 'self'" in csp  # only framing is relaxed
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def counts():
    return {model.__name__: model.objects.count() for model in RECORDS}


@pytest.mark.parametrize("which", ["lesson", "quiz", "module", "index", "home"])
def test_page_previews_may_be_framed_by_the_admin(tree, trainer, admin_client, client, which):
    client.force_login(trainer)
    pages = {
        "lesson": tree.lessons[0],
        "quiz": tree.quiz,
        "module": tree.module,
        "index": tree.index,
        "home": tree.home,
    }
    page = pages[which]
    if which == "home":
        client = admin_client  # trainers edit the curriculum, not the home page
    response = page_preview(client, page)
    assert response.status_code == 200
    assert_frameable_by_admin(response)


def test_normal_page_responses_still_refuse_framing(tree, trainer, officer_client):
    for page in [tree.lessons[0], tree.quiz, tree.module]:
        response = officer_client.get(page.url)
        assert response.status_code == 200
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
        assert response["X-Frame-Options"] == "DENY"


def test_quiz_preview_shows_the_questions_as_an_officer_sees_them_and_stores_nothing(tree, trainer, client):
    client.force_login(trainer)
    before = counts()
    response = page_preview(client, tree.quiz)
    html = response.content.decode()
    assert response.status_code == 200
    for question in tree.questions:
        assert question.prompt in html
        for choice in question.choices.all():
            assert choice.text in html
    assert "Vraag 1 van 3" in html and "Er wordt niets opgeslagen" in html
    lowered = html.lower()
    for marker in ["juist antwoord", "is_correct", "feedback", "uitleg bij", "inleveren/", 'name="attempt"']:
        assert marker not in lowered, marker  # no correctness, and nothing that could submit an attempt
    start = page_preview(client, tree.quiz, mode="start").content.decode()
    assert "Start de toets" in start and "toets/start/" not in start
    assert counts() == before


def test_quiz_preview_draws_like_an_attempt_and_names_unpublished_questions(tree, trainer, client):
    from curriculum.models import QuizPage, QuizQuestion

    QuizPage.objects.filter(pk=tree.quiz.pk).update(questions_per_attempt=2)
    QuizQuestion.objects.create(quiz=tree.quiz, question=question_create("concept", publish=False), sort_order=9)
    client.force_login(trainer)
    quiz = QuizPage.objects.get(pk=tree.quiz.pk)
    quiz.save_revision()
    html = page_preview(client, quiz).content.decode()
    assert html.count('type="radio"') == 6  # 2 questions × 3 choices
    assert "Elke poging trekt 2 van deze 3 vragen" in html
    assert "1 vraag is nog niet gepubliceerd" in html and "Vraag concept?" not in html


def test_question_preview_shows_the_question_and_an_answer_key_for_trainers(tree, trainer, client):
    client.force_login(trainer)
    question = tree.questions[0]
    before = counts()
    response = question_preview(client, question, prompt="Wat doe je bij dit signaal?")
    html = response.content.decode()
    assert response.status_code == 200
    assert_frameable_by_admin(response)
    assert "Wat doe je bij dit signaal?" in html and "Je staat op het station." in html
    assert html.count('type="radio"') == 3 and "Optie A" in html
    assert "Toon antwoordsleutel" in html and "Juist antwoord" in html and f"Uitleg bij {question.key}." in html
    assert counts() == before


def test_question_preview_without_edit_rights_has_no_answer_key(tree, trainer, officer):
    from django.test import RequestFactory

    question = tree.questions[0]
    request = RequestFactory().get("/")
    request.user, request.is_preview = officer, True
    context = question.get_preview_context(request, "")
    assert context["show_key"] is False
    assert not any(choice.is_correct or choice.feedback for choice in context["question"].choices)
    request.user = trainer
    assert question.get_preview_context(request, "")["show_key"] is True


def test_preview_of_a_quiz_not_yet_saved_shows_its_questions(tree, trainer, client):
    tree.quiz.delete()
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=["curriculum", "quizpage", tree.module.pk])
    data = editor_data(client, add_url)
    data.update({"title": "Nieuwe toets", "slug": "nieuwe-toets", "questions_per_attempt": "0"})
    data.update({"quiz_questions-TOTAL_FORMS": "2", "quiz_questions-INITIAL_FORMS": "0"})
    for i, question in enumerate(tree.questions[:2]):
        data.update({f"quiz_questions-{i}-question": str(question.pk), f"quiz_questions-{i}-ORDER": str(i + 1)})
    url = reverse("wagtailadmin_pages:preview_on_add", args=["curriculum", "quizpage", tree.module.pk])
    before = counts()
    posted = client.post(url, data)
    assert posted.status_code == 200 and posted.json()["is_valid"], posted.content[:500]
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert_frameable_by_admin(response)
    assert tree.questions[0].prompt in html and tree.questions[1].prompt in html
    assert tree.questions[2].prompt not in html
    assert counts() == before
