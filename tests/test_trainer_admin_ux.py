"""Findings of a trainer's exploratory test of the admin: the parts banner says what a trainer and a reviewer each
need; the Redactie's submission mail for a question has a working preview link; the guide matches the menus; the
item analysis fits a 1280 px screen; a refused admin report stays in the admin and says who it is for."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from curriculum import services
from curriculum.demo.site import workflow_ensure
from curriculum.domain import roles
from curriculum.models import LessonPage
from curriculum.services.review import module_package_submit
from tests.factories import answers_for, manager_of, module_package_draft, question_create, user_create
from tests.helpers import COMPLETION

pytestmark = pytest.mark.django_db

BLOCKING = "Deze module kan nog niet worden goedgekeurd"
INFORMING = "Deze module gaat pas live als ook deze onderdelen gepubliceerd zijn"
GUIDE = "/admin/handleiding/"


def edit_html(client, page) -> str:
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()


# 1. The parts that hold a module up: information for the trainer, the reason for the reviewer, only in review.


@pytest.fixture
def draft(tree, trainer):
    """A module with a new draft lesson (and a changed quiz and module), not yet submitted."""
    workflow_ensure(tree.index)
    return module_package_draft(tree, trainer, summary="Herziene samenvatting")


def test_the_trainer_is_informed_not_warned_after_submitting_the_package(draft, trainer, client):
    client.force_login(trainer)
    response = client.post(reverse("curriculum_review_package", args=[draft["module"].pk]), follow=True)
    html = response.content.decode()
    assert "onderdelen zijn ter beoordeling aangeboden aan de redactie" in html
    assert INFORMING in html and "Nieuwe les: nog niet gepubliceerd" in html
    assert BLOCKING not in html


def test_nothing_about_the_parts_while_the_module_is_in_no_workflow(draft, trainer, moderator, client):
    for user in (trainer, moderator):
        client.force_login(user)
        html = edit_html(client, draft["module"])
        assert BLOCKING not in html and INFORMING not in html, user


def test_the_reviewer_is_told_why_the_module_cannot_be_approved(draft, trainer, moderator, client):
    module_package_submit(module=draft["module"], user=trainer)
    client.force_login(moderator)
    html = edit_html(client, draft["module"])
    assert BLOCKING in html and "Nieuwe les: nog niet gepubliceerd" in html
    assert INFORMING not in html


# 2. The Redactie's mail for a submitted question (a snippet) links to a preview that opens.


BASE_URL = "http://signaal.test"


def preview_paths(body: str) -> list[str]:
    return [url.removeprefix(BASE_URL) for url in re.findall(r"https?://\S+/workflow/preview/\S+", body)]


def submitted(obj, trainer, moderator):
    """A trainer's draft (a question or a page) sent to the Redactie, whose mails link from BASE_URL; returns the
    task it waits in and the Redactie's one mail about it."""
    moderator.email = "redactie@signaal.example"
    moderator.save()
    obj.save_revision(user=trainer)
    mail.outbox.clear()
    obj.get_workflow().start(obj, trainer)
    task_id = type(obj).objects.get(pk=obj.pk).current_workflow_state.current_task_state.task_id
    (sent,) = [m for m in mail.outbox if m.to == [moderator.email]]
    return task_id, sent


@pytest.fixture
def redactie_mail(tree, settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    workflow_ensure(tree.index)


@pytest.mark.usefixtures("redactie_mail")
def test_the_submission_mail_for_a_question_links_to_a_working_preview(trainer, moderator, client):
    question = question_create("mailvraag", publish=False)
    task_id, sent = submitted(question, trainer, moderator)
    expected = reverse("wagtailsnippets_curriculum_question:workflow_preview", args=[question.pk, task_id])
    assert preview_paths(sent.body) == [expected]
    client.force_login(moderator)
    assert client.get(expected).status_code == 200


@pytest.mark.usefixtures("redactie_mail")
def test_the_html_mail_for_a_question_has_the_same_link(trainer, moderator, settings):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = True
    question = question_create("htmlvraag", publish=False)
    task_id, sent = submitted(question, trainer, moderator)
    expected = reverse("wagtailsnippets_curriculum_question:workflow_preview", args=[question.pk, task_id])
    assert f'href="{BASE_URL}{expected}"' in sent.alternatives[0][0]


@pytest.mark.usefixtures("redactie_mail")
def test_the_submission_mail_for_a_lesson_still_links_to_its_preview(tree, trainer, moderator, client):
    _task_id, sent = submitted(LessonPage.objects.get(pk=tree.lessons[0].pk), trainer, moderator)
    (path,) = preview_paths(sent.body)
    client.force_login(moderator)
    assert client.get(path).status_code == 200


# 3. The guide says what the menus say.


def menu_labels(client) -> str:
    """The admin's menu as the sidebar receives it (its props are JSON in the page)."""
    return client.get("/admin/").content.decode()


def test_the_guide_names_the_menus_and_reports_as_the_admin_shows_them(tree, org, trainer, client):
    client.force_login(trainer)
    menu = menu_labels(client)
    guide = client.get(GUIDE).content.decode()
    for label in ("Vragenbank", "Vragen", "Indicatoren", "Rapporten", "Ter beoordeling", "Vraaganalyse"):
        assert label in menu and label in guide, label
    assert "Herziening nodig" in menu and "Herziening nodig" in guide
    client.force_login(manager_of(org.districts[0], "chef1"))
    menu = menu_labels(client)
    for label in ("Voortgang per eenheid", "Voortgang per agent", "Te laat", "Signalen per eenheid", "Trend"):
        assert label in menu and label in guide, label
    assert "Certificaten" in menu and "Certificaten" in guide


def test_the_guide_says_what_trainers_do_in_the_admins_words(trainer, client):
    client.force_login(trainer)
    text = BeautifulSoup(client.get(GUIDE).content, "lxml").get_text(" ")
    text = " ".join(text.split())
    assert "Onder Rapporten staan vijf overzichten" in text
    assert "Vragenbank → Vragen en Vragenbank → Indicatoren" in text
    assert "in het menu “…” bovenaan de module “Module ter beoordeling aanbieden”" in text
    assert "binnen 30 dagen valt of niet gepland is" in text
    for wrong in ("Rapportages", "Fragmenten", "drie overzichten", "reviewdatum", "dien hem in voor review"):
        assert wrong not in text, wrong


# 4. The item analysis fits a 1280 px screen: headers wrap, and a narrower screen scrolls inside its own region.


def test_the_item_analysis_table_sits_in_its_own_scroll_region(tree, trainer, client):
    officer = user_create("agent-ia", roles.OFFICERS)
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt))
    client.force_login(trainer)
    soup = BeautifulSoup(client.get("/admin/reports/questions/").content, "lxml")
    region = soup.select_one("div.sg-detail.sg-scroll.sg-questions")
    assert region is not None and region.select_one("table") is not None
    assert region["role"] == "region" and region["tabindex"] == "0" and region["aria-label"]
    assert [th.get_text(" ", strip=True) for th in region.select("thead th")][-1] == "Signaal"


# 5. A refused admin report stays in the admin and says who it is for.

MANAGER_PAGES = [
    COMPLETION,
    "/admin/reports/officer/",
    "/admin/reports/overdue/",
    "/admin/reports/signals/",
    "/admin/reports/trend/",
    "/admin/reports/actions/remind/",
    "/admin/reports/actions/extend/",
    "/admin/reports/actions/assign/",
    "/admin/certificaten/",
]


def assert_admin_refusal(response):
    html = response.content.decode()
    assert response.status_code == 403
    assert "wagtail-sidebar-props" in html and "Naar het dashboard" in html  # the admin's look
    assert "site-header" not in html and "Zakkaart" not in html and "Mijn training" not in html
    assert "buiten wat jij mag zien" not in html
    return html


@pytest.mark.parametrize("path", MANAGER_PAGES)
def test_a_trainer_refused_a_manager_report_stays_in_the_admin(tree, trainer, client, path):
    client.force_login(trainer)
    html = assert_admin_refusal(client.get(path))
    assert "zijn voor leidinggevenden, en alleen voor de eenheden die zij leiden" in html
    assert "<title>Geen toegang" in html


def test_a_refusal_keeps_the_views_own_reason(trainer, client):
    client.force_login(trainer)
    html = assert_admin_refusal(client.get("/admin/reports/mail/"))
    assert "Alleen beheerders zien de verzonden e-mails." in html


def test_a_manager_asking_for_another_unit_is_refused_in_the_admin(org, client):
    client.force_login(manager_of(org.districts[0], "chef1"))
    html = assert_admin_refusal(client.get(f"{COMPLETION}?unit={org.districts[1].pk}"))
    assert "Je hebt geen toegang tot deze eenheid." in html and "voor leidinggevenden" in html


def test_an_officer_still_gets_the_sites_refusal_of_the_admin(officer, client):
    client.force_login(officer)
    response = client.get(COMPLETION)
    assert response.status_code == 403 and "Geen toegang tot het beheer" in response.content.decode()
