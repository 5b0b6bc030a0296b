"""Issue 20.4, statistics per version: editing an answered question warns, and the question analysis keeps
answer keys apart (a new correct option or a deleted option starts a new version; old attempts stay on theirs)."""

import pytest
from django.urls import reverse

from curriculum import services
from curriculum.domain import roles
from curriculum.models import Question
from tests.factories import answers_for, user_create

pytestmark = pytest.mark.django_db
URL = "/admin/reports/questions/"


def answer(tree, user, *, right: bool):
    attempt = services.quiz_attempt_start(user=user, quiz=tree.quiz)
    services.quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers_for(attempt, correct=right))


def new_answer_key(question, *, delete="Optie C"):
    """Publish a revision where Optie B is correct instead of Optie A, and `delete` is gone."""
    question = Question.objects.get(pk=question.pk)
    choices = [c for c in question.choices.all() if c.text != delete]
    for choice in choices:
        choice.is_correct = choice.text == "Optie B"
    question.choices = choices
    question.save_revision().publish()


def test_editing_an_answered_question_warns_how_many_attempts_used_it(tree, trainer, client):
    question = tree.questions[0]
    url = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
    client.force_login(trainer)
    assert "data-attempts-warning" not in client.get(url).content.decode()
    answer(tree, user_create("a1", roles.OFFICERS), right=True)
    answer(tree, user_create("a2", roles.OFFICERS), right=False)
    html = client.get(url).content.decode()
    assert "data-attempts-warning" in html
    assert "al in 2 toetspogingen gebruikt" in html and "alleen voor nieuwe pogingen" in html


def test_analysis_gives_each_answer_key_its_own_line(tree, trainer, client):
    question = tree.questions[0]
    for i in range(3):  # version 1: Optie A correct; all three right
        answer(tree, user_create(f"v1-{i}", roles.OFFICERS), right=True)
    new_answer_key(question)
    answer(tree, user_create("v2-right", roles.OFFICERS), right=True)  # picks Optie B
    answer(tree, user_create("v2-wrong", roles.OFFICERS), right=False)
    client.force_login(trainer)
    response = client.get(URL)
    lines = [s for s in response.context["object_list"] if s.question_id == question.pk]
    by_version = {s.version: (s.answered, s.facility) for s in lines}
    assert by_version == {1: (3, 100), 2: (2, 50)}  # never 4 of 5 averaged over two keys
    html = response.content.decode()
    assert "versie 1, vanaf" in html and "versie 2, vanaf" in html
    others = [s for s in response.context["object_list"] if s.question_id != question.pk]
    assert all(s.version is None for s in others)  # unchanged questions: one line, no version


def test_detail_shows_each_version_with_its_own_key_and_options(tree, trainer, client):
    question = tree.questions[0]
    answer(tree, user_create("v1", roles.OFFICERS), right=True)  # Optie A, then correct
    new_answer_key(question)
    answer(tree, user_create("v2", roles.OFFICERS), right=True)  # Optie B, now correct
    client.force_login(trainer)
    response = client.get(f"{URL}{question.pk}/")
    versions = {v.number: v for v in response.context["versions"]}
    old = {c.text: (c.chosen, c.is_correct) for c in versions[1].choices}
    new = {c.text: (c.chosen, c.is_correct) for c in versions[2].choices}
    assert old == {"Optie A": (1, True), "Optie B": (0, False), "Optie C": (0, False)}
    assert new == {"Optie A": (0, False), "Optie B": (1, True)}  # the deleted option is not shown
    html = response.content.decode()
    assert "Versie 1 (vanaf" in html and "Versie 2 (vanaf" in html


def test_a_text_fix_is_the_same_version(tree, trainer, client):
    question = tree.questions[0]
    answer(tree, user_create("v1", roles.OFFICERS), right=True)
    question = Question.objects.get(pk=question.pk)
    question.prompt = "Vraag met een verbeterde tikfout?"
    question.save_revision().publish()
    answer(tree, user_create("v2", roles.OFFICERS), right=True)
    client.force_login(trainer)
    lines = [s for s in client.get(URL).context["object_list"] if s.question_id == question.pk]
    assert [(s.version, s.answered) for s in lines] == [(None, 2)]
