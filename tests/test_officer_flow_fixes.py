"""What an officer's exploratory test found on the quiz and lesson path, each checked as the officer sees it: POST-only
addresses opened by GET, a timed quiz, finishing the last lesson after passing, all attempts used, a multi-answer
question left open, the question in each group's name, the result page's title and a submit from a second tab."""

import re
from datetime import datetime, time, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from curriculum import services
from curriculum.models import ModuleCompletion, QuizAttempt, QuizPage, QuizQuestion
from tests.browser.conftest import DESKTOP, browser, new_page, training  # noqa: F401 - the browser journey's fixtures
from tests.factories import answers_for, question_create, quiz_configure, tree_create
from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db
Rule = QuizPage.ShowCorrectAnswers


@pytest.fixture
def allow_orm(monkeypatch):
    """The ORM next to Playwright's event loop (as tests/browser/conftest.py allows it for the journeys there)."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def _text(html: str) -> str:
    return " ".join(BeautifulSoup(html, "lxml").get_text(" ").split())


def _attempt_done(user, quiz, *, correct):
    attempt = services.quiz_attempt_start(user=user, quiz=quiz)
    return services.quiz_attempt_submit(
        user=user, attempt_id=attempt.pk, answers=answers_for(attempt, correct=correct)
    ).attempt


def _form_data(attempt, *, correct=True, leave_out=()):
    data = {"attempt": str(attempt.pk)}
    for question_id, chosen in answers_for(attempt, correct=correct).items():
        if question_id not in leave_out:
            data[f"q-{question_id}"] = [str(c) for c in chosen]
    return data


def _tree_with_a_multi_answer_question(slug="meer"):
    """Two single-answer questions and, third, one "Kies alle juiste" question (checkboxes)."""
    tree = tree_create(slug=slug, questions=2)
    multi = question_create(f"{slug}-multi", kind="multiple", choices=[("Ja", True), ("Ook ja", True), ("Nee", False)])
    quiz = tree.quiz
    quiz.quiz_questions = [QuizQuestion(question=q, sort_order=i) for i, q in enumerate([*tree.questions, multi])]
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return tree, multi


# ---------------------------------------------------------------- 1. POST-only addresses opened by GET


def test_after_the_session_ran_out_a_submit_leads_through_the_login_back_to_the_quiz(tree, officer):
    client = Client()
    client.force_login(officer)
    client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer)
    client.logout()  # the session ran out while the officer answered

    response = client.post(tree.quiz.url + "inleveren/", _form_data(attempt))
    assert response.status_code == 302  # the page's login restriction: back to this address after the login
    login_url = urlsplit(response["Location"])
    assert login_url.path == "/login/" and parse_qs(login_url.query)["next"] == [tree.quiz.url + "inleveren/"]
    response = client.post(response["Location"], {"username": officer.username, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == tree.quiz.url + "inleveren/"
    response = client.get(response["Location"])  # before: an empty 405
    assert response.status_code == 302 and response["Location"] == tree.quiz.url
    form = _html(client.get(response["Location"]))
    assert f'name="attempt" value="{attempt.pk}"' in form  # the same attempt: the device still has the choices
    attempt.refresh_from_db()
    assert attempt.state == "started"


def test_a_login_whose_next_is_a_post_only_address_ends_on_a_page_not_an_empty_405(tree, officer):
    """Links made before this fix (a login page left open) still carry the POST address as `next`."""
    client = Client()
    for page, route in [(tree.quiz, "inleveren/"), (tree.lessons[0], "voltooid/")]:
        address = page.url + route
        response = client.post(f"/login/?next={address}", {"username": officer.username, "password": PASSWORD})
        assert response["Location"] == address
        response = client.get(address)
        assert response.status_code == 302 and response["Location"] == page.url
        assert _html(client.get(page.url))
        client.logout()
    assert not officer.lesson_completions.exists()  # a GET never records anything


def test_switching_language_on_the_quizs_error_page_comes_back_to_the_quiz(tree, officer, officer_client):
    officer_client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer)
    data = _form_data(attempt)
    data[f"q-{tree.questions[0].pk}"] = "999999"  # what no form sends: refused with 400
    refused = officer_client.post(tree.quiz.url + "inleveren/", data)
    assert refused.status_code == 400
    # The language switch sends the browser back to the address it was on.
    assert f'name="next" type="hidden" value="{tree.quiz.url}inleveren/"' in refused.content.decode()
    response = officer_client.post("/i18n/setlang/", {"language": "en", "next": tree.quiz.url + "inleveren/"})
    response = officer_client.get(response["Location"], follow=True)
    assert response.status_code == 200 and response.redirect_chain[-1][0] == tree.quiz.url
    assert f'name="attempt" value="{attempt.pk}"' in response.content.decode()


def test_get_on_logout_shows_a_logout_button_and_logs_nobody_out(officer, officer_client):
    html = _html(officer_client.get("/logout/"))
    soup = BeautifulSoup(html, "lxml")
    assert soup.title.get_text() == "Uitloggen – Signaal" and soup.h1.get_text() == "Uitloggen"
    form = soup.select_one('main form[action="/logout/"][method="post"]')
    assert form is not None and form.has_attr("data-logout") and form.find("input", {"name": "csrfmiddlewaretoken"})
    assert form.button.get_text(strip=True) == "Uitloggen"
    assert _html(officer_client.get("/mijn-profiel/"))  # still logged in
    response = officer_client.post("/logout/")
    assert response.status_code == 302 and officer_client.get("/mijn-profiel/").status_code == 302


def test_get_on_logout_without_a_session_goes_home():
    response = Client().get("/logout/")
    assert response.status_code == 302 and response["Location"] == "/"


# ---------------------------------------------------------------- 2. a timed quiz


def test_the_intro_names_the_time_limit(tree, officer_client):
    quiz_configure(tree, time_limit_minutes=10)
    assert "Je hebt 10 minuten per poging." in _text(_html(officer_client.get(tree.quiz.url)))
    quiz_configure(tree, time_limit_minutes=1)
    assert "Je hebt 1 minuut per poging." in _text(_html(officer_client.get(tree.quiz.url)))
    quiz_configure(tree, time_limit_minutes=0)
    assert "per poging" not in _text(_html(officer_client.get(tree.quiz.url)))


def test_an_attempt_whose_time_ran_out_is_closed_not_shown_as_a_form(tree, officer, officer_client):
    tree = quiz_configure(tree, time_limit_minutes=10, max_attempts=3)
    started = timezone.now() - timedelta(minutes=15)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz, now=started)

    html = _html(officer_client.get(tree.quiz.url))
    assert 'name="attempt"' not in html and "Antwoorden inleveren" not in html
    text = _text(html)
    assert "De tijd is om. Poging 1 is gesloten: antwoorden na de tijdslimiet tellen niet mee." in text
    assert f'href="{tree.quiz.url}resultaat/1/">Bekijk het resultaat</a>' in html
    assert "Nieuwe poging" in html and "Je hebt nog 2 pogingen." in text
    attempt.refresh_from_db()
    assert attempt.state == "submitted" and attempt.score == 0  # closed as the job closes it
    assert "0 van 3 goed" in _html(officer_client.get(tree.quiz.url + "resultaat/1/"))


def test_an_attempt_within_its_grace_is_still_a_form(tree, officer, officer_client):
    tree = quiz_configure(tree, time_limit_minutes=10)
    services.quiz_attempt_start(user=officer, quiz=tree.quiz, now=timezone.now() - timedelta(minutes=10, seconds=5))
    assert 'name="attempt"' in _html(officer_client.get(tree.quiz.url))


@pytest.mark.parametrize("deadline,shown", [(time(18, 40, 50), "18:41"), (time(18, 40, 10), "18:40")])
def test_the_form_names_a_time_before_which_a_submit_counts(tree, officer, officer_client, deadline, shown):
    """The deadline plus the grace, rounded down: 18:40:50 is "vóór 18:41", not a minute early; 18:40:10 (which
    counts until 18:40:40) is "vóór 18:40", never a time after which a submit is late."""
    tree = quiz_configure(tree, time_limit_minutes=10)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    tomorrow = timezone.localdate() + timedelta(days=1)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.make_aware(datetime.combine(tomorrow, deadline)))
    assert f"Inleveren vóór {shown}." in _text(_html(officer_client.get(tree.quiz.url)))


# ---------------------------------------------------------------- 3. the last lesson after the quiz was passed


def test_the_last_lesson_after_passing_the_quiz_completes_the_module_and_says_so(tree, officer, officer_client):
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    _attempt_done(officer, tree.quiz, correct=True)
    assert not ModuleCompletion.objects.filter(user=officer).exists()

    response = officer_client.post(tree.lessons[1].url + "voltooid/")
    assert response.status_code == 302 and response["Location"] == tree.module.url
    completion = ModuleCompletion.objects.get(user=officer)
    html = _html(officer_client.get(response["Location"]))
    assert f"Je hebt de module „{tree.module.title}” afgerond." in _text(html)
    assert f'href="/certificaat/{completion.pk}/"' in html
    assert "Nieuwe poging" not in html and "De juiste antwoorden zie je zodra je geslaagd bent" not in html


def test_a_passed_quiz_is_never_the_next_step(tree, officer, officer_client):
    _attempt_done(officer, tree.quiz, correct=True)
    response = officer_client.post(tree.lessons[1].url + "voltooid/")  # lesson 1 is still to do
    assert response["Location"] == tree.module.url
    assert "Les „Les 2” is afgerond." in _text(_html(officer_client.get(tree.module.url)))


def test_the_result_of_a_passed_quiz_says_which_lessons_are_left(tree, officer, officer_client):
    _attempt_done(officer, tree.quiz, correct=True)
    text = _text(_html(officer_client.get(tree.quiz.url + "resultaat/1/")))
    assert "Geslaagd." in text and "Je hebt nog 2 lessen te doen; daarna is de module afgerond." in text


def test_the_intro_after_passing_says_so_and_offers_no_primary_retry(tree, officer, officer_client):
    _attempt_done(officer, tree.quiz, correct=True)
    html = _html(officer_client.get(tree.quiz.url))
    text = _text(html)
    assert "Je bent geslaagd voor deze toets. Bij je resultaten zie je nu ook de juiste antwoorden." in text
    assert "zodra je geslaagd bent" not in text
    button = BeautifulSoup(html, "lxml").find("button", string="Nieuwe poging")
    assert button is not None and "button-secondary" in button["class"] and "button-block" not in button["class"]


# ---------------------------------------------------------------- 4. the attempts left, and none left


def test_the_attempts_left_are_counted_in_words(tree, officer, officer_client):
    tree = quiz_configure(tree, max_attempts=2)
    assert "Je hebt nog 2 pogingen." in _text(_html(officer_client.get(tree.quiz.url)))
    _attempt_done(officer, tree.quiz, correct=False)
    assert "Je hebt nog 1 poging." in _text(_html(officer_client.get(tree.quiz.url)))


@pytest.mark.parametrize(
    "rule,answers",
    [
        (Rule.AFTER_LAST_ATTEMPT, "Bij je resultaten zie je nu ook de juiste antwoorden."),
        (Rule.AFTER_PASSING, ""),
        (Rule.NEVER, "Bij deze toets worden de juiste antwoorden niet getoond; lees de lessen er nog eens op na."),
    ],
)
def test_all_attempts_used_is_one_message(tree, officer, officer_client, rule, answers):
    tree = quiz_configure(tree, max_attempts=2, show_correct_answers=rule)
    _attempt_done(officer, tree.quiz, correct=False)
    _attempt_done(officer, tree.quiz, correct=False)
    soup = BeautifulSoup(_html(officer_client.get(tree.quiz.url)), "lxml")
    text = " ".join(soup.main.get_text(" ").split())
    assert "nog 0" not in text and "na je laatste poging" not in text and "zodra je geslaagd bent" not in text
    assert "Na het inleveren" not in text and "Nieuwe poging" not in text
    warning = " ".join(soup.select_one(".message-warning").get_text(" ").split())
    assert warning == f"Je hebt alle pogingen gebruikt. Neem contact op met je opleider. {answers}".strip()


# ---------------------------------------------------------------- 5. a multi-answer question left open


def test_an_open_multi_answer_question_gives_the_form_back_with_it_marked(db, officer, officer_client):
    tree, multi = _tree_with_a_multi_answer_question()
    officer_client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer)
    data = _form_data(attempt, leave_out={multi.pk})

    response = officer_client.post(tree.quiz.url + "inleveren/", data)
    assert response.status_code == 302 and response["Location"] == tree.quiz.url + "#vraag-3"
    html = _html(officer_client.get(tree.quiz.url))
    soup = BeautifulSoup(html, "lxml")
    assert soup.select_one('input[name="attempt"]')["value"] == str(attempt.pk)  # the same attempt, in place
    alert = soup.select_one('form [role="alert"]')
    assert "Beantwoord alle vragen voordat je inlevert. 1 vraag is nog open: vraag 3" in " ".join(alert.text.split())
    assert alert.find("a", href="#vraag-3")
    open_question = soup.select_one("#vraag-3")
    assert "question-open" in open_question["class"]
    note = open_question.select_one(".question-open-note")
    assert not note.has_attr("hidden") and note["id"] in open_question["aria-describedby"].split()
    assert note.get_text() == "Deze vraag is nog open: kies minstens één antwoord."
    # The choices the officer made are back (ticked), the other questions are not marked.
    for question in tree.questions:
        ticked = soup.select(f'input[name="q-{question.pk}"][checked]')
        assert [i["value"] for i in ticked] == data[f"q-{question.pk}"]
        fieldset = ticked[0].find_parent("fieldset")
        assert "question-open" not in fieldset["class"]
        assert fieldset.select_one(".question-open-note").has_attr("hidden")
    attempt.refresh_from_db()
    assert attempt.state == "started"
    # Shown once: a reload is the plain form again, and then submitting everything counts.
    again = BeautifulSoup(_html(officer_client.get(tree.quiz.url)), "lxml")
    assert not again.select("[role=alert]") and not again.select(".question-open") and not again.select("[checked]")
    data[f"q-{multi.pk}"] = [str(c) for c in answers_for(attempt)[multi.pk]]
    assert officer_client.post(tree.quiz.url + "inleveren/", data)["Location"].endswith("/resultaat/1/")


def test_the_form_marks_nothing_and_ticks_nothing_before_a_refusal(db, officer, officer_client):
    tree, _multi = _tree_with_a_multi_answer_question(slug="schoon")
    officer_client.post(tree.quiz.url + "start/")
    soup = BeautifulSoup(_html(officer_client.get(tree.quiz.url)), "lxml")
    assert not soup.select("input[checked]") and not soup.select(".question-open") and not soup.select("[role=alert]")
    assert all(note.has_attr("hidden") for note in soup.select(".question-open-note"))


def test_signaal_js_stops_a_submit_with_an_open_checkbox_group():
    """The progressive enhancement is there (the browser journey below runs it)."""
    from pathlib import Path

    script = (Path(__file__).resolve().parents[1] / "static/js/signaal.js").read_text()
    assert 'quizForm.addEventListener("submit"' in script and "event.preventDefault()" in script
    assert ".question-open-note" in script


# ---------------------------------------------------------------- 6. each question's group names the question


def test_each_question_group_is_named_by_its_number_and_prompt_and_described_by_its_scenario(db, officer_client):
    tree, multi = _tree_with_a_multi_answer_question(slug="lezer")
    officer_client.post(tree.quiz.url + "start/")
    soup = BeautifulSoup(_html(officer_client.get(tree.quiz.url)), "lxml")
    fieldsets = soup.select("fieldset.question")
    assert len(fieldsets) == 3
    for fieldset in fieldsets:
        named = [soup.find(id=ref) for ref in fieldset["aria-labelledby"].split()]
        assert all(named), fieldset["id"]
        name = " ".join(element.get_text(" ", strip=True) for element in named)
        assert re.fullmatch(r"Vraag \d van 3 Vraag .+\?", name), name
        described = [soup.find(id=ref) for ref in fieldset["aria-describedby"].split()]
        assert all(described) and described[0].get_text() == "Je staat op het station."
    multi_fieldset = soup.find("input", {"name": f"q-{multi.pk}"}).find_parent("fieldset")
    described = multi_fieldset["aria-describedby"].split()
    assert any(soup.find(id=ref).get_text().startswith("Meerdere antwoorden") for ref in described)


def test_in_english_the_dutch_question_is_marked_dutch(tree, officer, officer_client):
    officer_client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    officer_client.post(tree.quiz.url + "start/")
    soup = BeautifulSoup(_html(officer_client.get(tree.quiz.url)), "lxml")
    fieldset = soup.select_one("fieldset.question")
    assert fieldset.legend.get_text() == "Question 1 of 3" and not fieldset.legend.has_attr("lang")
    assert fieldset.select_one(".prompt")["lang"] == "nl" and fieldset.select_one(".scenario")["lang"] == "nl"
    assert fieldset.select_one(".choices")["lang"] == "nl"


# ---------------------------------------------------------------- 7. the result page's heading and title


def test_the_result_page_heading_and_title_read_well(tree, officer, officer_client):
    _attempt_done(officer, tree.quiz, correct=False)
    soup = BeautifulSoup(_html(officer_client.get(tree.quiz.url + "resultaat/1/")), "lxml")
    assert soup.h1.get_text() == "Je resultaat voor „Toets” (poging 1)"
    assert soup.title.get_text() == "Resultaat poging 1 – Toets – Signaal"


# ---------------------------------------------------------------- 8. a submit from a second tab


def test_a_submit_from_a_second_tab_links_to_the_stored_result(tree, officer, officer_client):
    officer_client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer)
    officer_client.post(tree.quiz.url + "inleveren/", _form_data(attempt, correct=True))
    response = officer_client.post(tree.quiz.url + "inleveren/", _form_data(attempt, correct=False))
    assert response.status_code == 409
    soup = BeautifulSoup(response.content.decode(), "lxml")
    assert "Deze poging is al ingeleverd; je antwoorden zijn niet gewijzigd." in soup.main.get_text()
    link = soup.find("a", string="Bekijk het resultaat")
    assert link is not None and link["href"] == tree.quiz.url + "resultaat/1/"
    assert "100%" in _html(officer_client.get(link["href"]))


# ---------------------------------------------------------------- in Chromium: signaal.js and the session that ran out


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_chromium_an_open_checkbox_group_stops_the_submit_and_a_lost_session_keeps_the_choices(
    allow_orm,
    training,  # noqa: F811 - the browser journey's fixture, imported above
    new_page,  # noqa: F811
):
    from playwright.sync_api import expect

    from tests.browser.helpers import assert_accessible
    from tests.browser.helpers import login as browser_login

    tree, _users = training
    page = new_page(DESKTOP)
    browser_login(page, "officer")
    page.goto(tree.quiz.url)
    page.get_by_role("button", name="Start de toets").click()
    single = page.locator("fieldset.question", has_text="Een werkgever bewaart")
    single.locator("label.choice", has_text="Ja, ingenomen documenten").click()
    page.locator("fieldset.question", has_text="Eén signaal is genoeg").locator(
        "label.choice", has_text="Niet waar"
    ).click()
    multi = page.locator("fieldset.question", has_text="Welke signalen wijzen")

    page.get_by_role("button", name="Antwoorden inleveren").click()  # the checkbox group is still open
    expect(multi).to_have_class(re.compile(r"\bquestion-open\b"))
    expect(multi.locator(".question-open-note")).to_be_visible()
    expect(multi.locator("input").first).to_be_focused()
    assert page.url.endswith(tree.quiz.url) and QuizAttempt.objects.get().state == "started"  # nothing was sent
    assert_accessible(page, "quiz-open-question")
    multi.locator("label.choice", has_text="Steeds op dezelfde plek").click()
    multi.locator("label.choice", has_text="Een volwassene geeft aanwijzingen").click()
    expect(multi.locator(".question-open-note")).to_be_hidden()

    # The session runs out before the submit: log in again and land on the quiz, the choices still on the device.
    page.context.clear_cookies(name="sessionid")
    page.get_by_role("button", name="Antwoorden inleveren").click()
    expect(page.locator("#id_username")).to_be_visible()
    page.fill("#id_username", "officer")
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(re.escape(tree.quiz.url) + "$"))
    expect(single.get_by_label("Ja, ingenomen documenten zijn een signaal van uitbuiting")).to_be_checked()
    page.get_by_role("button", name="Antwoorden inleveren").click()
    expect(page.get_by_text("3 van 3 goed (100%)")).to_be_visible()
