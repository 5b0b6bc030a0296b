"""The officer's journey over HTTP: log in, lessons, quiz, result, completed — and the bad requests."""

import re

import pytest
from django.test import Client

from curriculum.models import ModuleCompletion, ModuleProgress, QuizAttempt
from tests.factories import question_create
from tests.helpers import login

pytestmark = pytest.mark.django_db


def quiz_form(client, quiz):
    """Start (if needed) and return the quiz page HTML with the open attempt's form."""
    client.post(quiz.url + "start/")
    response = client.get(quiz.url)
    assert response.status_code == 200
    return response.content.decode()


def form_answers(html, attempt, *, correct=True):
    data = {"attempt": str(attempt.pk)}
    for row in attempt.answers.select_related("revision"):
        question = row.revision.as_object()
        pick = next(c.pk for c in question.choices.all() if c.is_correct == correct)
        assert f'value="{pick}"' in html
        data[f"q-{row.question_id}"] = str(pick)
    return data


def test_anonymous_visitor_is_sent_to_login(tree, client):
    for page in [tree.index, tree.module, tree.lessons[0], tree.quiz]:
        response = client.get(page.url)
        assert response.status_code == 302 and "/login/" in response["Location"]


def test_officer_completes_a_module_over_http(tree, officer, client):
    assert login(client, officer.username).status_code == 302
    home = client.get("/").content.decode()
    assert "Mijn training" in home and tree.module.title in home and "Begin module" in home

    # Lessons: mark done, each leads to the next step.
    response = client.post(tree.lessons[0].url + "voltooid/")
    assert response.status_code == 302 and response["Location"] == tree.lessons[1].url
    response = client.post(tree.lessons[1].url + "voltooid/")
    assert response["Location"] == tree.quiz.url
    assert "✓" in client.get(tree.module.url).content.decode()

    html = quiz_form(client, tree.quiz)
    attempt = QuizAttempt.objects.get(user=officer)
    response = client.post(tree.quiz.url + "inleveren/", form_answers(html, attempt))
    assert response.status_code == 302 and response["Location"].endswith("/resultaat/1/")
    result = client.get(response["Location"]).content.decode()
    assert "3 van 3 goed (100%)" in result and "Geslaagd" in result
    assert "Uitleg bij module-a-q1." in result and "Bron: Art. 273f Sr" in result

    # Progress survives logging out and back in.
    client.post("/logout/")
    login(client, officer.username)
    dashboard = client.get("/mijn-training/").content.decode()
    assert "Afgerond" in dashboard and "100%" in dashboard
    assert ModuleCompletion.objects.filter(user=officer, module=tree.module).count() == 1


def test_quiz_page_contains_no_marker_of_the_correct_choice(tree, officer_client):
    html = quiz_form(officer_client, tree.quiz)
    lowered = html.lower()
    for marker in ["correct", "juist antwoord", "is_correct", "feedback", "uitleg bij", "data-answer", "checked"]:
        assert marker not in lowered, marker
    # Every choice is offered the same way: same attributes, only id and text differ.
    inputs = re.findall(r"<input type=\"radio\"[^>]*>", html)
    assert len(inputs) == 9
    shapes = {re.sub(r'name="q-\d+" value="\d+"', "", tag) for tag in inputs}
    assert len(shapes) == 1


def test_wrong_answers_show_feedback_and_allow_retry(tree, officer, officer_client):
    html = quiz_form(officer_client, tree.quiz)
    attempt = QuizAttempt.objects.get(user=officer)
    response = officer_client.post(
        tree.quiz.url + "inleveren/", form_answers(html, attempt, correct=False), follow=True
    )
    page = response.content.decode()
    assert "Niet geslaagd" in page and "Opnieuw proberen" in page and "Jouw keuze" in page
    # Default rule: the correct options are shown only after passing, so a retry is not a copy exercise.
    assert "Juist antwoord" not in page and "De juiste antwoorden zie je zodra je geslaagd bent." in page


def test_the_quiz_intro_links_every_past_attempt_to_its_result(tree, officer, officer_client):
    for correct in (False, True):
        html = quiz_form(officer_client, tree.quiz)
        attempt = QuizAttempt.objects.get(user=officer, state="started")
        officer_client.post(tree.quiz.url + "inleveren/", form_answers(html, attempt, correct=correct))
    intro = officer_client.get(tree.quiz.url).content.decode()
    links = re.findall(r'<a href="([^"]+)">Poging (\d): (\d+)%</a> – (geslaagd|niet geslaagd)', intro)
    assert [(n, p, s) for _url, n, p, s in links] == [("2", "100", "geslaagd"), ("1", "0", "niet geslaagd")]
    for url, number, percent, _s in links:
        assert url == f"{tree.quiz.url}resultaat/{number}/"
        assert f"{percent}%" in officer_client.get(url).content.decode()


def test_the_quiz_intro_lists_the_latest_ten_attempts_and_the_rest_on_request(tree, officer, officer_client):
    from curriculum import services
    from tests.factories import answers_for

    for _ in range(12):
        attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
        services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt))
    pattern = r'<a href="[^"]+resultaat/(\d+)/">Poging \d+: 100%</a>'
    intro = officer_client.get(tree.quiz.url).content.decode()
    assert re.findall(pattern, intro) == [str(n) for n in range(12, 2, -1)]
    more = re.search(r'<a href="(\?pogingen=alle)">Toon ook de 2 oudere pogingen</a>', intro)
    assert more, "the older attempts are one click away"
    everything = officer_client.get(tree.quiz.url + more.group(1)).content.decode()
    assert re.findall(pattern, everything) == [str(n) for n in range(12, 0, -1)]
    assert "oudere poging" not in everything


class TestBadQuizRequests:
    """Each bad submission: a clear 4xx (the form back for a question left open, the stored result for a
    duplicate), nothing recorded twice."""

    def _started(self, client, tree, officer):
        html = quiz_form(client, tree.quiz)
        attempt = QuizAttempt.objects.get(user=officer, state="started")
        return attempt, form_answers(html, attempt)

    def _assert_untouched(self, attempt):
        attempt.refresh_from_db()
        assert attempt.state == "started" and attempt.score is None

    def test_unknown_choice_id(self, tree, officer, officer_client):
        attempt, data = self._started(officer_client, tree, officer)
        data[f"q-{tree.questions[0].pk}"] = "999999"
        response = officer_client.post(tree.quiz.url + "inleveren/", data)
        assert response.status_code == 400 and "hoort niet bij vraag" in response.content.decode()
        self._assert_untouched(attempt)

    def test_choice_from_another_question(self, tree, officer, officer_client):
        attempt, data = self._started(officer_client, tree, officer)
        data[f"q-{tree.questions[0].pk}"] = str(tree.questions[1].choices.first().pk)
        assert officer_client.post(tree.quiz.url + "inleveren/", data).status_code == 400
        self._assert_untouched(attempt)

    def test_missing_answer(self, tree, officer, officer_client):
        # Not misuse but an ordinary slip (a multi-answer question left empty): the form comes back at the quiz's
        # own address (Post/Redirect/Get), at the open question, instead of an error page at the POST address.
        attempt, data = self._started(officer_client, tree, officer)
        del data[f"q-{tree.questions[2].pk}"]
        response = officer_client.post(tree.quiz.url + "inleveren/", data)
        assert response.status_code == 302 and response["Location"] == tree.quiz.url + "#vraag-3"
        form = officer_client.get(tree.quiz.url).content.decode()
        assert "1 vraag is nog open" in form and '<a href="#vraag-3">vraag 3</a>' in form
        self._assert_untouched(attempt)

    def test_garbage_values(self, tree, officer, officer_client):
        attempt, data = self._started(officer_client, tree, officer)
        data["attempt"] = "abc"
        assert officer_client.post(tree.quiz.url + "inleveren/", data).status_code == 400
        data["attempt"], data[f"q-{tree.questions[0].pk}"] = str(attempt.pk), "<script>"
        assert officer_client.post(tree.quiz.url + "inleveren/", data).status_code == 400
        self._assert_untouched(attempt)

    def test_duplicate_submission_shows_stored_result(self, tree, officer, officer_client):
        attempt, data = self._started(officer_client, tree, officer)
        first = officer_client.post(tree.quiz.url + "inleveren/", data)
        second = officer_client.post(tree.quiz.url + "inleveren/", data)
        assert first.status_code == second.status_code == 302 and first["Location"] == second["Location"]
        assert QuizAttempt.objects.filter(user=officer).count() == 1
        assert ModuleProgress.objects.get(user=officer).attempts == 1

    def test_submission_after_close_with_other_answers(self, tree, officer, officer_client):
        attempt, data = self._started(officer_client, tree, officer)
        officer_client.post(tree.quiz.url + "inleveren/", data)
        wrong = dict(data)
        wrong[f"q-{tree.questions[0].pk}"] = str(tree.questions[0].choices.filter(is_correct=False).first().pk)
        response = officer_client.post(tree.quiz.url + "inleveren/", wrong)
        assert response.status_code == 409 and "al ingeleverd" in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.score == 3

    def test_another_officers_attempt(self, tree, officer, other_officer, officer_client):
        attempt, data = self._started(officer_client, tree, officer)
        intruder = Client()
        intruder.force_login(other_officer)
        assert intruder.post(tree.quiz.url + "inleveren/", data).status_code == 404
        assert intruder.get(tree.quiz.url + "resultaat/1/").status_code == 404
        self._assert_untouched(attempt)

    def test_no_csrf_token(self, tree, officer):
        client = Client(enforce_csrf_checks=True)
        client.force_login(officer)
        quiz_form(client, tree.quiz)  # the start POST itself is refused without a token
        assert not QuizAttempt.objects.filter(user=officer).exists()
        assert client.post(tree.lessons[0].url + "voltooid/").status_code == 403
        assert not officer.lesson_completions.exists()

    def test_get_on_post_only_routes(self, tree, officer_client):
        # Reached by GET after a login or a language switch: back to the page the form is on, never an empty 405.
        for url, page in [("inleveren/", tree.quiz), ("start/", tree.quiz), ("voltooid/", tree.lessons[0])]:
            response = officer_client.get(page.url + url)
            assert response.status_code == 302 and response["Location"] == page.url, url
        assert not QuizAttempt.objects.exists() and not ModuleProgress.objects.exists()


def test_officer_is_refused_the_admin(officer_client):
    response = officer_client.get("/admin/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"]


def test_unpublished_pages_and_draft_questions_never_reach_officers(tree, officer, officer_client):
    draft_lesson = tree.lessons[1]
    draft_lesson.unpublish()
    assert officer_client.get(draft_lesson.url or "/opleiding/module-a/les-2/").status_code == 404
    assert "Les 2" not in officer_client.get(tree.module.url).content.decode()
    draft = question_create("geheim", publish=False, prompt="Geheime conceptvraag?")
    from curriculum.models import QuizQuestion

    QuizQuestion.objects.create(quiz=tree.quiz, question=draft, sort_order=50)
    assert "Geheime conceptvraag" not in quiz_form(officer_client, tree.quiz)
