"""load_demo builds the demo site once; running it again changes nothing. The demo officer can finish module 4.

load_demo --update-content brings untouched demo pages and questions up to date and skips what a person edited.
"""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, override_settings

from curriculum.demo.content import INDICATORS, MODULES
from curriculum.models import (
    CurriculumIndexPage,
    Indicator,
    LessonPage,
    ModuleCompletion,
    ModulePage,
    PocketCardPage,
    Question,
    QuizAttempt,
    QuizPage,
)
from curriculum.selectors import attempt_questions_get

pytestmark = pytest.mark.django_db
DATA = {q["key"]: q for m in MODULES for q in m["quiz"]["questions"]}


def counts():
    from django.contrib.auth import get_user_model
    from wagtail.models import Page, Revision

    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "questions": Question.objects.count(),
        "indicators": Indicator.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.fixture(scope="module")
def demo(module_db):
    """The demo site, loaded once for this module (tests.conftest.module_db): each test's changes roll back."""
    with override_settings(DEMO_PASSWORD="demo-pass-123"):
        with module_db.unblock():
            call_command("load_demo", stdout=open("/dev/null", "w"))
        yield


def test_load_demo_is_idempotent(demo):
    before = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert counts() == before


def test_demo_curriculum_is_complete_and_published(demo):
    modules = ModulePage.objects.live()
    assert modules.count() == 7
    assert LessonPage.objects.live().count() >= 18
    assert Question.objects.filter(live=True).count() == sum(len(m["quiz"]["questions"]) for m in MODULES) == 56
    assert PocketCardPage.objects.live().count() == 1
    assert set(Indicator.objects.values_list("category", flat=True)) == {
        "general",
        "sexual",
        "labour",
        "criminal",
        "minors",
    }
    mandatory = [m.title for m in modules.order_by("path") if m.mandatory]
    assert len(mandatory) == 2 and mandatory[0].startswith("Criminele uitbuiting") and "signaal" in mandatory[1]
    for module in modules:
        assert 2 <= module.lessons().count() <= 4, module.title
        quiz = module.quiz()
        assert quiz is not None and quiz.quiz_questions.count() >= 8, module.title
        assert quiz.shuffle, module.title
        assert module.tags.exists()


def test_every_question_is_well_formed(demo):
    for question in Question.objects.prefetch_related("choices", "indicators"):
        correct = sum(c.is_correct for c in question.choices.all())
        assert correct == 1 if question.kind != "multiple" else correct >= 2, question.key
        assert question.explanation and question.source, question.key
        assert set(question.indicators.values_list("code", flat=True)) == set(DATA[question.key]["indicators"])
        assert all(c.feedback for c in question.choices.all()), question.key


def test_every_key_fact_has_a_source(demo):
    for page in list(LessonPage.objects.all()) + list(PocketCardPage.objects.all()):
        for block in page.body:
            if block.block_type in ("key_fact", "chart"):
                assert block.value["source"].strip(), page.title


def test_no_officer_page_skips_a_heading_level(demo):
    """Screen readers navigate by headings: on every lesson, module and the curriculum index (also filtered by a
    topic) the outline goes h1 → h2 → h3 without a gap (the Nu HTML Checker reports a gap as an error)."""
    client = Client()
    client.force_login(get_user_model().objects.get(username="officer"))
    index = CurriculumIndexPage.objects.get()
    tag = ModulePage.objects.live().first().tags.first()
    urls = [index.url, f"{index.url}?onderwerp={tag.slug}"]
    urls += [page.url for page in list(ModulePage.objects.live()) + list(LessonPage.objects.live())]
    for url in urls:
        soup = BeautifulSoup(client.get(url).content, "lxml")
        levels = [int(h.name[1]) for h in soup.select("main h1, main h2, main h3, main h4, main h5, main h6")]
        assert levels and levels[0] == 1, url
        gaps = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert not gaps, f"{url}: heading levels {levels}"


def test_demo_officer_completes_module_4_end_to_end(demo):
    client = Client()
    assert client.post("/login/", {"username": "officer", "password": "demo-pass-123"}).status_code == 302
    module = ModulePage.objects.live().order_by("path")[3]
    assert module.mandatory
    for lesson in module.lessons():
        assert "Bron" in client.get(lesson.url).content.decode()
        assert client.post(lesson.url + "voltooid/").status_code == 302
    quiz = module.quiz()
    client.post(quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user__username="officer", quiz=quiz, state="started")
    html = client.get(quiz.url).content.decode()
    data = {"attempt": attempt.pk}
    for row in attempt.answers.select_related("revision"):
        question = row.revision.as_object()
        data[f"q-{row.question_id}"] = [c.pk for c in question.choices.all() if c.is_correct]
    assert "Optie" not in html
    response = client.post(quiz.url + "inleveren/", data, follow=True)
    assert "Geslaagd" in response.content.decode()
    attempt.refresh_from_db()
    assert all(q.correct for q in attempt_questions_get(attempt=attempt, reveal=True))
    assert ModuleCompletion.objects.filter(user__username="officer", module=module).exists()
    assert "Afgerond" in client.get("/mijn-training/").content.decode()


def test_demo_trainer_and_officer_logins(demo):
    trainer = Client()
    assert trainer.post("/login/", {"username": "trainer", "password": "demo-pass-123"}).status_code == 302
    module = ModulePage.objects.live().first()
    assert trainer.get(f"/admin/pages/{module.pk}/edit/").status_code == 200
    officer = Client()
    officer.post("/login/", {"username": "officer", "password": "demo-pass-123"})
    assert officer.get(f"/admin/pages/{module.pk}/edit/").status_code in (302, 403)
    assert QuizPage.objects.live().count() == 7


def test_the_redactie_edits_and_publishes_a_demo_lesson_and_question(demo):
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data

    from tests.admin_forms import stream_form_data
    from tests.helpers import editor_data

    trainer = Client()  # the Redactie publishes (four eyes); a trainer's edit reaches it through review
    trainer.post("/login/", {"username": "moderator", "password": "demo-pass-123"})
    lesson = ModulePage.objects.live().order_by("path")[3].lessons().first()
    blocks_before = [block.block_type for block in lesson.body]
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    data = editor_data(trainer, url)
    data.update(nested_form_data(stream_form_data("body", lesson.body)))
    data["title"] = lesson.title + " (herzien)"
    data["action-publish"] = "action-publish"
    response = trainer.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.title.endswith("(herzien)") and [block.block_type for block in lesson.body] == blocks_before

    question = Question.objects.get(key=Question.objects.order_by("key").first().key)
    url = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
    data = editor_data(trainer, url)
    data["explanation"] = question.explanation + " Aangevuld door de opleider."
    data["action-publish"] = "action-publish"
    assert trainer.post(url, data).status_code == 302
    assert Question.objects.get(pk=question.pk).live_revision.as_object().explanation.endswith("door de opleider.")


OLD_MODULE_4_TITLE = "Criminele uitbuiting van minderjarigen: lessen uit 13Oceans en het WODC-onderzoek"
OLD_M5_Q6_KEY = "Dat autoriteiten mogen afzien van vervolging of straf van slachtoffers."


def _as_earlier_load_demo(obj):
    """Publish a revision without a user, as an earlier load_demo did."""
    obj.save_revision().publish()


def _old_site():
    """Turn the fresh demo into what a site built by the previous load_demo looks like (before issue 14)."""
    module = ModulePage.objects.get(slug="criminele-uitbuiting-minderjarigen")
    module.title = OLD_MODULE_4_TITLE
    _as_earlier_load_demo(module)
    question = Question.objects.get(key="m5-q6")
    choice = question.choices.get(is_correct=True)
    choice.text = OLD_M5_Q6_KEY
    choice.save()
    _as_earlier_load_demo(question)
    quiz = ModulePage.objects.get(slug="mensenhandel-wat-is-het").quiz()
    quiz.shuffle = False
    quiz.quiz_questions = list(quiz.quiz_questions.all().order_by("sort_order"))[:6]
    _as_earlier_load_demo(quiz)
    # that load_demo did not have two of module 1's questions, so no colleague's attempt can have shown them
    QuizAttempt.objects.filter(answers__question__key__in=["m1-q7", "m1-q8"]).delete()
    Question.objects.filter(key__in=["m1-q7", "m1-q8"]).delete()
    Indicator.objects.filter(code="sek-verborgen-werkplek").update(
        name="Werkt op een minder zichtbare plek",
        description="Werkt als escort, vanuit een woning of in een hotel: plekken waar politie en hulpverlening "
        "minder zicht hebben.",
    )


def _trainer_edits():
    from django.contrib.auth import get_user_model

    trainer = get_user_model().objects.get(username="trainer")
    lesson = LessonPage.objects.get(slug="veiligheid-eerst")
    lesson.title = "Veiligheid eerst (versie opleider)"
    lesson.save_revision(user=trainer).publish()
    question = Question.objects.get(key="m4-q2")
    question.explanation = "Uitleg van de opleider."
    question.save()
    question.save_revision(user=trainer).publish()
    Indicator.objects.filter(code="min-geen-vaste-verblijfplaats").update(name="Eigen naam van de opleider")


def _update_content():
    out = StringIO()
    call_command("load_demo", "--update-content", stdout=out)
    return out.getvalue()


def test_update_content_corrects_untouched_pages_and_skips_trainer_edits(demo):
    _old_site()
    _trainer_edits()
    before = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert counts() == before, "a plain re-run still changes nothing"
    assert ModulePage.objects.get(slug="criminele-uitbuiting-minderjarigen").title == OLD_MODULE_4_TITLE

    output = _update_content()

    module = ModulePage.objects.get(slug="criminele-uitbuiting-minderjarigen")
    assert module.title == MODULES[3]["title"] and "WODC" not in module.title
    key = Question.objects.get(key="m5-q6").live_revision.as_object().choices.get(is_correct=True).text
    assert "direct gevolg" in key
    quiz = ModulePage.objects.get(slug="mensenhandel-wat-is-het").quiz()
    assert quiz.shuffle and quiz.quiz_questions.count() == 8
    assert [qq.question.key for qq in quiz.quiz_questions.order_by("sort_order")] == [
        q["key"] for q in MODULES[0]["quiz"]["questions"]
    ]
    wanted = next(i for i in INDICATORS if i["code"] == "sek-verborgen-werkplek")
    assert Indicator.objects.get(code="sek-verborgen-werkplek").description == wanted["description"]
    assert "module criminele-uitbuiting-minderjarigen" in output and "question m5-q6" in output

    # What the trainer changed stays, and is listed as skipped.
    assert LessonPage.objects.get(slug="veiligheid-eerst").title == "Veiligheid eerst (versie opleider)"
    assert Question.objects.get(key="m4-q2").explanation == "Uitleg van de opleider."
    assert Indicator.objects.get(code="min-geen-vaste-verblijfplaats").name == "Eigen naam van de opleider"
    skipped = output.split("Skipped", 1)[1]
    for label in (
        "lesson je-ziet-een-signaal-wat-doe-je/veiligheid-eerst",
        "question m4-q2",
        "indicator min-geen-vaste-verblijfplaats",
    ):
        assert label in skipped, output

    # A second run finds nothing left to do.
    before = counts()
    again = _update_content()
    assert counts() == before
    assert "Updated" not in again and "question m4-q2" in again


def test_update_content_on_a_fresh_site_changes_nothing(demo):
    before = counts()
    output = _update_content()
    assert counts() == before
    assert "Demo content already up to date" in output and "Skipped" not in output


def test_every_demo_user_can_save_their_admin_account_settings(demo):
    """Wagtail's account form requires a first and a last name: a demo user without one could not switch the admin
    to English ("Dit is een verplicht veld." at Achternaam). The certificate shows the full name too."""
    from wagtail.test.utils.form_data import querydict_from_html

    for username in ("trainer", "moderator", "manager", "admin"):
        user = get_user_model().objects.get(username=username)
        assert user.first_name and user.last_name, username
        client = Client()
        client.force_login(user)
        data = querydict_from_html(client.get("/admin/account/").content.decode(), form_id="w-editor-form")
        data["locale-preferred_language"] = "en"
        response = client.post("/admin/account/", data)
        assert response.status_code == 302, (username, response.content.decode()[:300])
        assert get_user_model().objects.get(pk=user.pk).wagtail_userprofile.preferred_language == "en"
