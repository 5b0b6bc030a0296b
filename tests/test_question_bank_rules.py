"""The question bank as a trainer meets it in the admin: every answer needs text (a draft save too), titles cut
with "…", the answer inline's labels, the indicator form's category select and order, who may delete a question
and when that is refused, and refusals that count in good Dutch."""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from curriculum.models import Indicator, Question, QuizQuestion
from tests.factories import module_finish, question_create, user_create
from tests.helpers import editor_data

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_curriculum_question:add"
TEXT_MISSING = "Vul de tekst van elk antwoord in."


def _soup(response):
    assert response.status_code == 200, response.status_code
    return WagtailTestUtils.get_soup(response.content)


def _new_question(client, **answers):
    """The add form as the browser posts it (two empty answer rows), with the question's own fields filled and
    `answers` ({"choices-0-text": ...}) set."""
    data = editor_data(client, reverse(ADD))
    fields = {"key": "nieuw-q1", "prompt": "Wat valt op?", "explanation": "Uitleg.", "source": "Bron", **answers}
    for name, value in fields.items():
        data[name] = value
    return data


def _extra_row(data, *, order):
    """A third answer row, left empty; `order` as the "add answer" button sets it, or "" (a row never touched)."""
    data["choices-TOTAL_FORMS"] = "3"
    for field, value in {"id": "", "text": "", "feedback": "", "DELETE": "", "ORDER": order}.items():
        data[f"choices-2-{field}"] = value


# 1. Answers without text --------------------------------------------------------------------------------------


@pytest.mark.parametrize("ticked", [True, False])
def test_a_draft_with_empty_answers_is_not_saved(tree, trainer, client, ticked):
    client.force_login(trainer)
    data = _new_question(client)
    if ticked:
        data["choices-0-is_correct"] = "on"
    response = client.post(reverse(ADD), data)  # "Opslaan" (a draft): Wagtail skips required fields
    html = response.content.decode()
    assert response.status_code == 200 and TEXT_MISSING in html
    assert "Markeer minstens één antwoord als juist." not in html
    assert not Question.objects.filter(key="nieuw-q1").exists()


def test_an_added_answer_left_empty_is_not_saved_either(tree, trainer, client):
    client.force_login(trainer)
    data = _new_question(client, **{"choices-0-text": "Ja", "choices-1-text": "Nee", "choices-0-is_correct": "on"})
    _extra_row(data, order="3")
    response = client.post(reverse(ADD), data)
    assert response.status_code == 200 and TEXT_MISSING in response.content.decode()
    assert not Question.objects.filter(key="nieuw-q1").exists()


def test_an_untouched_extra_row_is_ignored(tree, trainer, client):
    client.force_login(trainer)
    data = _new_question(client, **{"choices-0-text": "Ja", "choices-1-text": "Nee", "choices-0-is_correct": "on"})
    _extra_row(data, order="")
    assert client.post(reverse(ADD), data).status_code == 302
    draft = Question.objects.get(key="nieuw-q1").latest_revision.as_object()
    assert [(c.text, c.is_correct) for c in draft.choices.all()] == [("Ja", True), ("Nee", False)]


# 2. Titles cut with "…" ---------------------------------------------------------------------------------------


def test_a_long_question_title_ends_with_an_ellipsis(tree, trainer, client):
    prompt = (
        "Een agent ziet op het station een jonge vrouw die steeds door dezelfde man wordt aangesproken. Wat doe je?"
    )
    question = question_create("lang-q1", prompt=prompt)
    assert str(question) == f"lang-q1: {prompt[:79]}…"
    assert str(question_create("kort-q1", prompt="Wat doe je?")) == "kort-q1: Wat doe je?"
    client.force_login(trainer)
    chooser = client.get(reverse("wagtailsnippetchoosers_curriculum_question:choose_results"), {"q": "station"})
    assert f"{prompt[:79]}…" in chooser.content.decode()


# 3. The answer inline's labels --------------------------------------------------------------------------------


def test_answer_rows_and_button_are_named_in_the_singular(tree, trainer, client):
    client.force_login(trainer)
    for url in (reverse(ADD), reverse("wagtailsnippets_curriculum_question:edit", args=[tree.questions[0].pk])):
        soup = _soup(client.get(url))
        headings = [" ".join(h.get_text(" ", strip=True).split()) for h in soup.select("[data-panel-heading-text]")]
        assert "Antwoorden" in headings and headings.count("Antwoord") >= 2, headings
        assert "Antwoorden 1" not in headings
        button = soup.select_one("#id_choices-ADD")
        assert " ".join(button.get_text(" ", strip=True).split()) == "Voeg antwoord toe"


# 4. Indicators: the category select, their order, checkboxes ---------------------------------------------------

CATEGORY_ORDER = ["Algemeen", "Seksuele uitbuiting", "Arbeidsuitbuiting", "Criminele uitbuiting", "Minderjarigen"]


@pytest.fixture
def indicators(db):
    """One or two indicators per category, created in the stored codes' alphabetical order."""
    rows = [
        ("criminal", "Vervoert drugs"),
        ("general", "Geen eigen paspoort"),
        ("general", "Angstig"),
        ("labour", "Schuld bij werkgever"),
        ("minors", "Spijbelt vaak"),
        ("sexual", "Advertenties online"),
    ]
    return [Indicator.objects.create(code=f"ind-{i}", category=c, name=n) for i, (c, n) in enumerate(rows)]


EXPECTED_NAMES = [
    "Angstig",
    "Geen eigen paspoort",
    "Advertenties online",
    "Schuld bij werkgever",
    "Vervoert drugs",
    "Spijbelt vaak",
]


def test_indicator_category_select_asks_in_dutch(moderator, client):
    client.force_login(moderator)
    select = _soup(client.get(reverse("wagtailsnippets_curriculum_indicator:add"))).select_one("select[name=category]")
    options = [option.get_text(strip=True) for option in select.select("option")]
    assert options == ["Kies een vorm van uitbuiting", *CATEGORY_ORDER]


def test_indicator_list_follows_the_category_order(indicators, trainer, client):
    client.force_login(trainer)
    soup = _soup(client.get(reverse("wagtailsnippets_curriculum_indicator:list")))
    names = [row.select_one("a[href*='/edit/']").get_text(strip=True) for row in soup.select("tbody tr")]
    assert names == EXPECTED_NAMES


def test_question_form_shows_indicators_as_checkboxes_grouped_by_category(tree, indicators, trainer, client):
    client.force_login(trainer)
    soup = _soup(client.get(reverse(ADD)))
    assert not soup.select("select[name=indicators]")
    boxes = soup.select("input[type=checkbox][name=indicators]")
    by_pk = {str(i.pk): i.name for i in indicators}
    assert [by_pk[box["value"]] for box in boxes] == EXPECTED_NAMES
    field = soup.select_one("[data-field-wrapper]:has(input[name=indicators])")
    text = " ".join(field.get_text(" ", strip=True).split())  # the category headings, then their indicators
    positions = [text.index(label) for label in CATEGORY_ORDER]
    assert positions == sorted(positions), text
    data = _new_question(client, **{"choices-0-text": "Ja", "choices-1-text": "Nee", "choices-0-is_correct": "on"})
    posted = {**dict(data.lists()), "indicators": [indicators[0].pk, indicators[2].pk]}  # a QueryDict posts one
    assert client.post(reverse(ADD), posted).status_code == 302
    draft = Question.objects.get(key="nieuw-q1").latest_revision.as_object()
    assert {i.pk for i in draft.indicators.all()} == {indicators[0].pk, indicators[2].pk}


# 5. Deleting a question ---------------------------------------------------------------------------------------


def _delete_url(question):
    return reverse("wagtailsnippets_curriculum_question:delete", args=[question.pk])


def _refused(client, question, *texts):
    """The refusal page names the reason; a POST anyway comes back with it; the question stays."""
    html = client.get(_delete_url(question)).content.decode()
    assert "Verwijderen niet mogelijk" in html and "Er is niets verwijderd." in html, html[:3000]
    for text in texts:
        assert text in html, text
    response = client.post(_delete_url(question))
    assert response.status_code == 302
    assert texts[0] in client.get(response["Location"]).content.decode()
    assert Question.objects.filter(pk=question.pk).exists()
    return html


@pytest.mark.parametrize("role", ["trainer", "moderator"])
def test_an_unused_draft_question_can_be_deleted(tree, client, request, role):
    client.force_login(request.getfixturevalue(role))
    draft = question_create("proef-q1", publish=False)
    confirm = client.get(_delete_url(draft))
    assert confirm.status_code == 200 and "Verwijderen niet mogelijk" not in confirm.content.decode()
    assert client.post(_delete_url(draft)).status_code == 302
    assert not Question.objects.filter(pk=draft.pk).exists()


def test_a_draft_in_a_quiz_cannot_be_deleted(tree, trainer, client):
    client.force_login(trainer)
    draft = question_create("proef-q1", publish=False)
    QuizQuestion.objects.create(quiz=tree.quiz, question=draft, sort_order=9)
    html = _refused(
        client,
        draft,
        "Vraag proef-q1 kan niet worden verwijderd: ze staat in de toets „Module module-a › Toets”.",
        "Haal de vraag eerst uit de toets",
    )
    link = BeautifulSoup(html, "lxml").find("a", string="Toets bewerken: Module module-a › Toets")
    assert link is not None and link["href"] == reverse("wagtailadmin_pages:edit", args=[tree.quiz.pk])
    assert client.get(link["href"]).status_code == 200  # the trainer may edit the quiz the link opens


def test_a_draft_in_a_quiz_draft_cannot_be_deleted(tree, trainer, client):
    """The quiz as published does not hold it yet; its draft does (publishing that would bring it back)."""
    client.force_login(trainer)
    draft = question_create("proef-q1", publish=False)
    quiz = tree.quiz
    quiz.quiz_questions.add(QuizQuestion(question=draft, sort_order=9))
    quiz.save_revision(user=trainer)
    assert not QuizQuestion.objects.filter(question=draft).exists()
    _refused(
        client, draft, "Vraag proef-q1 kan niet worden verwijderd: ze staat in de toets „Module module-a › Toets”."
    )


def test_a_question_officers_answered_cannot_be_deleted(tree, trainer, officer, client):
    module_finish(tree, officer)
    client.force_login(trainer)
    html = _refused(
        client,
        tree.questions[0],
        f"Vraag {tree.questions[0].key} kan niet worden verwijderd: ze is gesteld in 1 toetspoging ",
        "Vraag de Redactie dan de publicatie in te trekken",
    )
    assert "Publicatie intrekken" not in html  # a trainer may not unpublish: no button that leads nowhere


def test_a_published_question_cannot_be_deleted(tree, moderator, client):
    client.force_login(moderator)
    live = question_create("los-q1")
    html = _refused(client, live, "Vraag los-q1 kan niet worden verwijderd: ze is gepubliceerd geweest.")
    unpublish = reverse("wagtailsnippets_curriculum_question:unpublish", args=[live.pk])
    assert "Trek dan de publicatie in" in html and unpublish in html
    client.post(unpublish)
    retired = Question.objects.get(pk=live.pk)
    assert not retired.live
    html = _refused(client, retired, "Vraag los-q1 kan niet worden verwijderd: ze is gepubliceerd geweest.")
    assert "De publicatie is al ingetrokken" in html and unpublish not in html


def test_bulk_delete_by_a_trainer_is_refused_for_a_published_question(tree, trainer, client):
    client.force_login(trainer)
    draft, live = question_create("proef-q1", publish=False), question_create("los-q1")
    url = reverse("wagtail_bulk_action", args=["curriculum", "question", "delete"])
    html = client.get(f"{url}?id={draft.pk}&id={live.pk}").content.decode()
    assert "Vraag los-q1 kan niet worden verwijderd" in html and "proef-q1 kan niet" not in html
    assert client.post(f"{url}?id={draft.pk}&id={live.pk}").status_code == 302
    assert Question.objects.filter(pk__in=[draft.pk, live.pk]).count() == 2


# 6. Refusals count in good Dutch ------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client, db):
    client.force_login(user_create("beheerder", is_superuser=True, is_staff=True))
    return client


def _reason(client, url):
    html = client.get(url).content.decode()
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.parametrize(
    "lessons,user_text,page_text",
    [
        (
            1,
            "kan niet worden verwijderd: er is 1 afgeronde les van deze medewerker. Die blijft bewaard",
            "agenten hebben deze pagina gevolgd en er is 1 afgeronde les aan gekoppeld.",
        ),
        (
            2,
            "kan niet worden verwijderd: er zijn 2 afgeronde lessen van deze medewerker. Die blijven bewaard",
            "agenten hebben deze pagina gevolgd en er zijn 2 afgeronde lessen aan gekoppeld.",
        ),
    ],
)
def test_refusals_say_er_is_for_one_record(tree, officer, admin_client, lessons, user_text, page_text):
    from curriculum import services

    for lesson in tree.lessons[:lessons]:
        services.lesson_complete(user=officer, lesson=lesson)
    assert user_text in _reason(admin_client, reverse("wagtailusers_users:delete", args=[officer.pk]))
    assert page_text in _reason(admin_client, reverse("wagtailadmin_pages:delete", args=[tree.module.pk]))
