"""In Chromium, a manager opens "Signalen per eenheid" (desktop and 360 px), opens one category's indicators and
follows a drill-down; a trainer opens a question with its statistics panel. axe-core clean on every page (issue 13)."""

import pytest
from playwright.sync_api import expect

from curriculum import services
from curriculum.models import Indicator, UnitManager
from tests.browser.conftest import PHONE
from tests.browser.helpers import login, step
from tests.factories import answers_for, officer_in, org_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _answer(tree, user, right: set[int]):
    attempt = services.quiz_attempt_start(user=user, quiz=tree.quiz)
    good, bad = answers_for(attempt, correct=True), answers_for(attempt, correct=False)
    positions = {row.question_id: row.position for row in attempt.answers.all()}
    answers = {q: (good[q] if positions[q] in right else bad[q]) for q in good}
    services.quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers)


@pytest.fixture
def answered(training):
    tree, users = training
    org = org_create()
    questions = [qq.question for qq in tree.quiz.specific.quiz_questions.select_related("question")]
    indicators = list(Indicator.objects.order_by("code"))
    for i, question in enumerate(questions):
        question.indicators.set([indicators[i % len(indicators)]])
        question.save_revision().publish()
    for i, right in enumerate(({0}, {0}, set(), {0, 1}, {0})):  # Basisteam 11: enough answers for figures
        _answer(tree, officer_in(org.teams[0], f"agent{i}", first_name="Geheim", last_name=f"Agent{i}"), right=right)
    _answer(tree, officer_in(org.teams[1], "eenling", first_name="Enige", last_name="Agent"), right={1})
    UnitManager.objects.create(user=users["manager"], unit=org.districts[0])
    return tree, users, org, questions


def test_manager_opens_the_heat_map_and_a_category(answered, new_page):
    _tree, _users, org, _questions = answered
    for viewport, suffix in ((None, "desktop"), (PHONE, "phone")):
        page = new_page(viewport) if viewport else new_page()
        login(page, "manager", url="/admin/login/", submit="form button[type=submit]")
        page.goto("/admin/reports/signals/")
        expect(page.locator("h1")).to_have_text("Signalen per eenheid")
        table = page.locator("table.sg-heat-table")
        expect(table.locator("tbody tr")).to_have_count(3)  # two basisteams and the district's total
        expect(table).to_contain_text("te weinig gegevens")
        expect(table).to_contain_text("antwoorden")
        assert "Geheim" not in page.content() and "Enige" not in page.content()
        step(page, f"signal-heatmap-{suffix}")
    page.locator("table.sg-heat-table thead a", has_text="Arbeidsuitbuiting").click()
    expect(page.locator("table.sg-heat-table caption")).to_contain_text("Arbeidsuitbuiting")
    step(page, "signal-heatmap-category")


def test_trainer_sees_the_statistics_panel_in_the_question_editor(answered, new_page):
    _tree, _users, _org, questions = answered
    page = new_page()
    login(page, "trainer", url="/admin/login/", submit="form button[type=submit]")
    page.goto(f"/admin/snippets/curriculum/question/edit/{questions[0].pk}/")
    panel = page.locator(".sg-item-stats")
    expect(panel).to_contain_text("Beantwoord")
    expect(panel).to_contain_text("Volledige vraaganalyse")
    step(page, "question-editor-statistics")
