"""Issue 20.3, a question bank you can work with: search over prompt, scenario, choices, explanation and
indicator names (SQLite and PostgreSQL), filters with Dutch labels, a "Gebruikt in" column, and a quote in
the search box is not a 500."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Workflow, WorkflowState

from curriculum.models import Choice, Indicator, Question
from tests.factories import question_create

pytestmark = pytest.mark.django_db
LIST = "wagtailsnippets_curriculum_question:list"
RESULTS = "wagtailsnippets_curriculum_question:list_results"


def keys(response) -> set[str]:
    assert response.status_code == 200, response.content[:300]
    html = response.content.decode()
    return {q.key for q in Question.objects.all() if f">{q.key}<" in html or f"{q.key}</a>" in html}


@pytest.fixture(scope="module")
def shared_bank(module_db, shared_tree):
    """The bank's questions, made once for this module (tests.conftest.module_db); each test's changes roll back."""
    with module_db.unblock():
        smuggling = question_create("smokkel", prompt="Wat is het verschil met mensensmokkel?")
        scenario = question_create("hotel")
        Question.objects.filter(pk=scenario.pk).update(scenario="Je controleert een hotel aan de snelweg.")
        choice = question_create("ilo", choices=[("Volgens de ILO-indicatoren", True), ("Niets", False)])
        explained = question_create("uitleg")
        Question.objects.filter(pk=explained.pk).update(explanation="Let op schuldbinding bij de werkgever.")
        tagged = question_create("signaal")
        indicator = Indicator.objects.create(code="arb-paspoort", category="labour", name="Paspoort ingenomen")
        tagged.indicators.add(indicator)
        tagged.save()
        return {"smokkel": smuggling, "hotel": scenario, "ilo": choice, "uitleg": explained, "signaal": tagged}


@pytest.fixture
def bank(tree, shared_bank):
    return {name: Question.objects.get(pk=question.pk) for name, question in shared_bank.items()}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("mensensmokkel", {"smokkel"}),  # a word of the prompt
        ("MENSENSMOKKEL", {"smokkel"}),  # case does not matter
        ("hotel", {"hotel"}),  # the scenario (and the code)
        ("ILO", {"ilo"}),  # a choice's text
        ("schuldbinding", {"uitleg"}),  # the explanation
        ("paspoort", {"signaal"}),  # an indicator's name
        ("hotel snelweg", {"hotel"}),  # every word must match
        ("smokkel", {"smokkel"}),  # the code still works
    ],
)
def test_search_finds_questions_by_their_content(bank, trainer, client, query, expected):
    client.force_login(trainer)
    found = keys(client.get(reverse(RESULTS), {"q": query}))
    assert expected <= found
    assert not (found & (set(bank) - expected)), found


@pytest.mark.parametrize("query", ['"', 'mensensmokkel"', '"hotel', "AND OR NOT (", "*", "'", "\\"])
def test_odd_characters_in_the_search_are_no_500(bank, trainer, client, query):
    client.force_login(trainer)
    for name in (LIST, RESULTS, "wagtailsnippetchoosers_curriculum_question:choose_results"):
        response = client.get(reverse(name), {"q": query})
        assert response.status_code == 200


def test_search_does_not_list_a_question_twice(bank, trainer, client):
    question = bank["ilo"]
    Choice.objects.filter(question=question).update(text="ILO-indicator")
    client.force_login(trainer)
    html = client.get(reverse(RESULTS), {"q": "ILO"}).content.decode()
    assert html.count(f'id="snippet_{question.pk}_title"') == 1


def test_filters_have_dutch_labels_and_work(tree, bank, trainer, client):
    client.force_login(trainer)
    html = client.get(reverse(LIST)).content.decode()
    for label in ["Soort vraag", "Indicatoren", "Gebruikt in toets", "Status", "Signaal uit de vraaganalyse"]:
        assert label in html, label
    for english in ["Live", "Kind", "Indicators", "live", "draft"]:
        assert not re.search(rf">\s*{english}\s*<", html), english
    indicator = Indicator.objects.get(code="arb-paspoort")
    assert keys(client.get(reverse(RESULTS), {"indicators": indicator.pk})) == {"signaal"}
    assert keys(client.get(reverse(RESULTS), {"quiz": tree.quiz.pk})) == {q.key for q in tree.questions}
    multiple = question_create("meer", kind="multiple", choices=[("A", True), ("B", True), ("C", False)])
    assert keys(client.get(reverse(RESULTS), {"kind": "multiple"})) == {multiple.key}


def test_review_state_filter(bank, trainer, client):
    client.force_login(trainer)
    draft = question_create("concept", publish=False)
    in_review = bank["hotel"]
    needs_changes = bank["ilo"]
    workflow = Workflow.objects.create(name="Redactie")
    for question, status in [(in_review, "in_progress"), (needs_changes, "needs_changes")]:
        WorkflowState.objects.create(
            content_type=ContentType.objects.get_for_model(Question),
            base_content_type=ContentType.objects.get_for_model(Question),
            object_id=str(question.pk),
            workflow=workflow,
            status=status,
            requested_by=trainer,
        )
    assert keys(client.get(reverse(RESULTS), {"review": "draft"})) == {draft.key}
    assert keys(client.get(reverse(RESULTS), {"review": "in_review"})) == {in_review.key}
    assert keys(client.get(reverse(RESULTS), {"review": "needs_changes"})) == {needs_changes.key}
    assert "concept" not in keys(client.get(reverse(RESULTS), {"review": "live"}))


def test_used_in_column_names_module_and_quiz(tree, bank, trainer, client):
    client.force_login(trainer)
    response = client.get(reverse(RESULTS))
    html = response.content.decode()
    assert "Gebruikt in" in html
    row = re.search(rf"snippet_{tree.questions[0].pk}_title.*?</tr>", html, re.S).group(0)
    assert f"{tree.module.title} › {tree.quiz.title}" in row
    unused = re.search(rf"snippet_{bank['hotel'].pk}_title.*?</tr>", html, re.S).group(0)
    assert "Nergens" in unused


def test_the_chooser_in_a_quiz_finds_questions_by_their_content(bank, trainer, client):
    client.force_login(trainer)
    url = reverse("wagtailsnippetchoosers_curriculum_question:choose_results")
    html = client.get(url, {"q": "mensensmokkel"}).content.decode()
    assert "Wat is het verschil met mensensmokkel?" in html and "Vraag hotel?" not in html
