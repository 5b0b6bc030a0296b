"""Issue 9.5, a retry is not a copy exercise: question pools, shuffling by default, and when correct answers show."""

import pytest
from django.urls import reverse

from curriculum import services
from curriculum.models import AttemptAnswer, QuizPage
from tests.factories import answers_for, tree_create
from tests.helpers import editor_data

pytestmark = pytest.mark.django_db
Rule = QuizPage.ShowCorrectAnswers
CORRECT_MARKERS = ["Juist antwoord", "choice-correct"]


def drawn(attempt) -> set[int]:
    return set(AttemptAnswer.objects.filter(attempt=attempt).values_list("question_id", flat=True))


def attempt_done(user, quiz, *, correct):
    attempt = services.quiz_attempt_start(user=user, quiz=quiz)
    answers = answers_for(attempt, correct=correct)
    return services.quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers).attempt


def result_html(client, quiz, number):
    response = client.get(quiz.url + f"resultaat/{number}/")
    assert response.status_code == 200
    return response.content.decode()


def test_new_quizzes_shuffle_and_show_answers_only_after_passing_by_default():
    quiz = QuizPage(title="Nieuwe toets")
    assert quiz.shuffle is True
    assert quiz.show_correct_answers == Rule.AFTER_PASSING
    assert quiz.questions_per_attempt == 0


def test_shuffled_attempts_show_questions_and_choices_in_varying_order(db, officer):
    tree = tree_create(questions=6, shuffle=True)
    orders = set()
    for _ in range(8):
        attempt = attempt_done(officer, tree.quiz, correct=False)
        rows = list(AttemptAnswer.objects.filter(attempt=attempt).order_by("position"))
        orders.add((tuple(r.question_id for r in rows), tuple(tuple(r.choice_order) for r in rows)))
    assert len(orders) > 1  # 8 identical orders out of 6! × 6⁶ would be a broken shuffle


def test_a_retry_draws_the_questions_the_previous_attempt_did_not_show(db, officer):
    tree = tree_create(questions=6, questions_per_attempt=3)
    first = attempt_done(officer, tree.quiz, correct=False)
    second = attempt_done(officer, tree.quiz, correct=False)
    third = attempt_done(officer, tree.quiz, correct=False)
    assert len(drawn(first)) == len(drawn(second)) == 3
    assert drawn(first).isdisjoint(drawn(second))
    assert drawn(third) == drawn(first)  # the ones seen longest ago come back first
    assert drawn(first) | drawn(second) == {q.pk for q in tree.questions}


def test_a_small_pool_repeats_as_few_questions_as_it_can(db, officer):
    tree = tree_create(questions=4, questions_per_attempt=3)
    first = attempt_done(officer, tree.quiz, correct=False)
    second = attempt_done(officer, tree.quiz, correct=False)
    unseen = {q.pk for q in tree.questions} - drawn(first)
    assert unseen <= drawn(second) and len(drawn(second) & drawn(first)) == 2


def test_scoring_and_pass_mark_use_the_drawn_questions(db, officer):
    tree = tree_create(questions=5, questions_per_attempt=2, pass_mark=100)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    answers = answers_for(attempt)
    assert len(answers) == 2
    not_drawn = next(q for q in tree.questions if q.pk not in answers)
    with pytest.raises(services.QuizError) as error:
        services.quiz_attempt_submit(
            user=officer, attempt_id=attempt.pk, answers={**answers, not_drawn.pk: [not_drawn.choices.first().pk]}
        )
    assert error.value.message
    result = services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers).attempt
    assert (result.score, result.max_score, result.percent, result.passed) == (2, 2, 100, True)


def test_the_open_attempt_keeps_what_it_drew(db, officer):
    tree = tree_create(questions=6, questions_per_attempt=3)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    before = list(AttemptAnswer.objects.filter(attempt=attempt).values_list("question_id", "choice_order"))
    QuizPage.objects.filter(pk=tree.quiz.pk).update(questions_per_attempt=5, shuffle=True)
    again = services.quiz_attempt_start(user=officer, quiz=QuizPage.objects.get(pk=tree.quiz.pk))
    assert again.pk == attempt.pk
    assert list(AttemptAnswer.objects.filter(attempt=attempt).values_list("question_id", "choice_order")) == before


def test_the_quiz_form_never_carries_a_marker_of_the_correct_choice(db, officer_client):
    tree = tree_create(questions=6, questions_per_attempt=4, shuffle=True, show_correct_answers=Rule.NEVER)
    officer_client.post(tree.quiz.url + "start/")
    html = officer_client.get(tree.quiz.url).content.decode()
    assert html.count('type="radio"') == 12  # 4 drawn questions × 3 choices
    lowered = html.lower()
    for marker in ["correct", "juist antwoord", "is_correct", "feedback", "uitleg bij", "data-answer", "checked"]:
        assert marker not in lowered, marker


def test_intro_tells_the_officer_the_draw_and_the_answer_rule(db, officer_client):
    tree = tree_create(questions=6, questions_per_attempt=4)
    html = officer_client.get(tree.quiz.url).content.decode()
    assert "Elke poging heeft 4 vragen, gekozen uit 6 vragen." in html
    assert "De juiste antwoorden zie je zodra je geslaagd bent." in html


class TestCorrectAnswersOnTheResultPage:
    def test_never_shows_them_not_even_after_passing(self, db, officer, officer_client):
        tree = tree_create(show_correct_answers=Rule.NEVER)
        attempt_done(officer, tree.quiz, correct=True)
        html = result_html(officer_client, tree.quiz, 1)
        assert "Geslaagd." in html and "Jouw keuze" in html
        for marker in CORRECT_MARKERS:
            assert marker not in html
        assert "worden de juiste antwoorden niet getoond" in html

    def test_after_passing_hides_them_while_failed_with_attempts_left(self, db, officer, officer_client):
        tree = tree_create(max_attempts=3)
        attempt_done(officer, tree.quiz, correct=False)
        html = result_html(officer_client, tree.quiz, 1)
        for marker in CORRECT_MARKERS:
            assert marker not in html
        for question in tree.questions:
            key = question.key
            assert f"Feedback {key} 0" not in html  # the correct choice's feedback gives it away
            assert f"Feedback {key} 1" in html  # the officer's own (wrong) choice keeps its feedback
            assert f"Uitleg bij {key}." not in html
        assert "De juiste antwoorden zie je zodra je geslaagd bent." in html

    def test_after_passing_shows_them_on_every_result(self, db, officer, officer_client):
        tree = tree_create(max_attempts=3)
        attempt_done(officer, tree.quiz, correct=False)
        attempt_done(officer, tree.quiz, correct=True)
        for number in (1, 2):
            html = result_html(officer_client, tree.quiz, number)
            assert all(marker in html for marker in CORRECT_MARKERS)
            assert f"Feedback {tree.questions[0].key} 0" in html and f"Uitleg bij {tree.questions[0].key}." in html

    def test_nothing_is_shown_while_a_new_attempt_is_open(self, db, officer, officer_client):
        tree = tree_create()
        attempt_done(officer, tree.quiz, correct=True)
        services.quiz_attempt_start(user=officer, quiz=tree.quiz)
        html = result_html(officer_client, tree.quiz, 1)
        assert "Juist antwoord" not in html and "zolang je een poging open hebt" in html

    def test_after_the_last_attempt(self, db, officer, officer_client):
        tree = tree_create(max_attempts=2, show_correct_answers=Rule.AFTER_LAST_ATTEMPT)
        attempt_done(officer, tree.quiz, correct=False)
        assert "Juist antwoord" not in result_html(officer_client, tree.quiz, 1)
        attempt_done(officer, tree.quiz, correct=False)
        assert "Juist antwoord" in result_html(officer_client, tree.quiz, 1)
        assert "Juist antwoord" in result_html(officer_client, tree.quiz, 2)

    def test_after_the_last_attempt_with_unlimited_attempts_never_shows(self, db, officer, officer_client):
        tree = tree_create(show_correct_answers=Rule.AFTER_LAST_ATTEMPT)
        attempt_done(officer, tree.quiz, correct=True)
        assert "Juist antwoord" not in result_html(officer_client, tree.quiz, 1)


def test_admin_refuses_more_questions_per_attempt_than_the_quiz_has(tree, moderator, client):
    client.force_login(moderator)  # the Redactie publishes (four eyes)
    url = reverse("wagtailadmin_pages:edit", args=[tree.quiz.pk])
    data = editor_data(client, url)
    data["questions_per_attempt"] = "4"
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Deze toets heeft 3 vragen; je kunt er geen 4 per poging laten trekken." in response.content.decode()
    assert QuizPage.objects.get(pk=tree.quiz.pk).questions_per_attempt == 0

    data["questions_per_attempt"] = "2"
    assert client.post(url, data).status_code == 302
    assert QuizPage.objects.get(pk=tree.quiz.pk).questions_per_attempt == 2


def test_admin_labels_of_the_quiz_settings_are_dutch(tree, trainer, client):
    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[tree.quiz.pk])).content.decode()
    labels = [
        "Slaaggrens",
        "Maximaal aantal pogingen",
        "Vragen per poging",
        "Juiste antwoorden tonen",
        "Willekeurige volgorde",
    ]
    for label in labels:
        assert label in html, label
    for english in ["Pass mark", "Max attempts", "Shuffle", "Questions per attempt"]:
        assert english not in html, english
