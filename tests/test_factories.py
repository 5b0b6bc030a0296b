"""What the test factories promise the other tests: a tree whose quiz settings are configured reads as one built
and published with them (tests/factories.py quiz_configure)."""

import pytest
from django.core.exceptions import ValidationError

from curriculum.models import QuizPage
from tests.factories import quiz_configure, tree_create

pytestmark = pytest.mark.django_db
SETTINGS = {
    "pass_mark": 80,
    "max_attempts": 3,
    "shuffle": True,
    "questions_per_attempt": 2,
    "show_correct_answers": QuizPage.ShowCorrectAnswers.NEVER,
    "time_limit_minutes": 10,
}


def test_a_configured_quiz_is_the_quiz_published_with_those_settings():
    quiz = tree_create(**SETTINGS).quiz
    assert {name: getattr(quiz, name) for name in SETTINGS} == SETTINGS
    live = quiz.live_revision
    assert live.pk == quiz.latest_revision_id and live.as_object().time_limit_minutes == 10
    quiz.save_revision().publish()  # what Wagtail writes when the same quiz is published
    republished = QuizPage.objects.get(pk=quiz.pk).live_revision
    assert {k: live.content[k] for k in SETTINGS} == {k: republished.content[k] for k in SETTINGS}


def test_a_setting_is_validated_as_a_save_validates_it_and_adds_no_revision():
    tree = tree_create(max_attempts=2)
    revisions = tree.quiz.revisions.count()
    assert quiz_configure(tree, max_attempts=0).quiz.max_attempts == 0
    with pytest.raises(ValidationError):
        quiz_configure(tree, pass_mark=0)
    assert QuizPage.objects.get(pk=tree.quiz.pk).pass_mark == 70 and tree.quiz.revisions.count() == revisions
