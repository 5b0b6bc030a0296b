"""Trainers and moderators in the Wagtail admin: edit and publish, question validation, refusals."""

import json
import re
from html import unescape

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import rich_text

from curriculum.models import LessonPage, ModulePage, Question
from tests.helpers import editor_data

pytestmark = pytest.mark.django_db


def edit_and_publish(client, url, field, value, *, publisher, **streams):
    """The trainer (logged in) saves the edit as a draft; the Redactie then publishes that draft (four eyes)."""
    data = editor_data(client, url, **streams)
    data[field] = value
    response = client.post(url, data)
    if response.status_code != 302:
        return response
    client.force_login(publisher)
    data = editor_data(client, url, **streams)
    data["action-publish"] = "action-publish"
    return client.post(url, data)


def test_trainer_edits_a_module_and_the_redactie_publishes(tree, trainer, moderator, client):
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:edit", args=[tree.module.pk])
    assert client.get(url).status_code == 200
    response = edit_and_publish(
        client,
        url,
        "summary",
        "Nieuwe samenvatting door de opleider.",
        publisher=moderator,
        learning_objectives=[("objective", "Doel 1")],
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    module = ModulePage.objects.get(pk=tree.module.pk)
    assert module.summary == "Nieuwe samenvatting door de opleider." and module.live
    assert module.latest_revision.user == moderator


def test_trainer_edits_a_lesson_and_the_redactie_publishes(tree, trainer, moderator, client, officer):
    client.force_login(trainer)
    lesson = tree.lessons[0]
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    body = [
        ("paragraph", rich_text("<p>Herziene lestekst over signalen.</p>")),
        ("key_fact", {"fact": "Minderjarigen hebben geen dwangmiddel nodig.", "source": "Art. 273f Sr"}),
    ]
    response = edit_and_publish(client, url, "title", "Les 1 herzien", publisher=moderator, body=body)
    assert response.status_code == 302, response.content.decode()[:3000]
    client.force_login(officer)
    page = client.get(LessonPage.objects.get(pk=lesson.pk).url).content.decode()
    assert "Les 1 herzien" in page and "Herziene lestekst over signalen." in page and "Bron: Art. 273f Sr" in page


def test_trainer_edits_a_question_and_the_redactie_publishes(tree, trainer, moderator, client):
    client.force_login(trainer)
    question = tree.questions[0]
    url = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
    response = edit_and_publish(client, url, "prompt", "Herschreven vraag?", publisher=moderator)
    assert response.status_code == 302, response.content.decode()[:2000]
    question = Question.objects.get(pk=question.pk)
    assert question.prompt == "Herschreven vraag?" and question.live_revision.as_object().prompt == "Herschreven vraag?"


@pytest.mark.parametrize(
    "kind,correct_flags,message",
    [("single", ["on", "on"], "precies één antwoord juist"), ("multiple", [], "minstens één antwoord als juist")],
)
def test_question_needs_the_right_number_of_correct_choices(tree, trainer, client, kind, correct_flags, message):
    client.force_login(trainer)
    question = tree.questions[0]
    url = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
    data = editor_data(client, url)
    data["kind"] = kind
    for i in range(3):
        data.pop(f"choices-{i}-is_correct", None)
    for i, flag in enumerate(correct_flags):
        data[f"choices-{i}-is_correct"] = flag
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 200 and message in response.content.decode()
    assert Question.objects.get(pk=question.pk).choices.filter(is_correct=True).count() == 1


def test_moderation_workflow_can_review_a_trainers_change(tree, trainer, moderator, client):
    """A trainer can also submit for review; a moderator then sees it in the admin."""
    from curriculum.demo.site import workflow_ensure

    workflow_ensure(tree.index)
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:edit", args=[tree.module.pk])
    html = client.get(url).content.decode()
    assert "action-submit" in html and "action-publish" not in html  # four eyes: the Redactie publishes
    data = editor_data(client, url, learning_objectives=[])
    data["summary"] = "Ter review"
    data["action-submit"] = "action-submit"
    assert client.post(url, data).status_code == 302
    module = ModulePage.objects.get(pk=tree.module.pk)
    assert module.workflow_in_progress and module.summary != "Ter review"


def test_officer_and_manager_roles_cannot_edit(tree, officer, client):
    client.force_login(officer)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[tree.module.pk])).status_code in (302, 403)
    root_only = Page.objects.get(depth=1)
    assert client.get(reverse("wagtailadmin_explore", args=[root_only.pk])).status_code in (302, 403)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/curriculum/question/",
        "/admin/snippets/curriculum/indicator/",
        "/admin/organisation/units/",
        "/admin/organisation/officers/",
        "/admin/organisation/managers/",
        "/admin/organisation/assignments/",
        "/admin/pages/search/",
    ],
)
def test_admin_listings_search_without_error(tree, admin_client, url):
    """Searching every listing we register answers 200 (a field-restricted search once gave a 500 on SQLite)."""
    for query in ["signaal", "q1", "<script>", "x" * 300]:
        assert admin_client.get(url, {"q": query}).status_code == 200, (url, query)


# English labels in the Dutch admin (issue 9, item 6) ------------------------------------------

ENGLISH_LABELS = {
    "key",
    "kind",
    "prompt",
    "pass mark",
    "max attempts",
    "shuffle",
    "estimated minutes",
    "summary",
    "learning objectives",
    "mandatory",
    "validity months",
    "tags",
    "prerequisites",
    "intro",
    "body",
    "scenario",
    "explanation",
    "source",
    "indicators",
    "text",
    "is correct",
    "feedback",
    "category",
    "name",
    "description",
    "unit",
    "due date",
    "user",
    "personnel number",
    "title",
    "choices",
    "parent",
}


def _labels(html):
    soup = WagtailTestUtils.get_soup(html)
    nodes = soup.select("label, legend, [data-panel-heading-text], th")
    return {" ".join(node.get_text(" ", strip=True).replace("*", "").split()) for node in nodes} - {""}


def _admin_form_urls(tree):
    from curriculum.models import Indicator
    from curriculum.services import assignment_save, unit_create

    indicator = Indicator.objects.create(code="arb-paspoort", category="labour", name="Paspoort ingenomen")
    unit = unit_create(name="Nationale Politie", code="NP")
    assignment = assignment_save(module=tree.module, unit=unit, due_date="2030-01-01", assignment=None)
    return [
        reverse("wagtailadmin_pages:add", args=["curriculum", "modulepage", tree.index.pk]),
        reverse("wagtailadmin_pages:edit", args=[tree.module.pk]),
        reverse("wagtailadmin_pages:add", args=["curriculum", "lessonpage", tree.module.pk]),
        reverse("wagtailadmin_pages:edit", args=[tree.lessons[0].pk]),
        reverse("wagtailsnippets_curriculum_question:add"),
        reverse("wagtailsnippets_curriculum_question:edit", args=[tree.questions[0].pk]),
        reverse("wagtailsnippets_curriculum_indicator:add"),
        reverse("wagtailsnippets_curriculum_indicator:edit", args=[indicator.pk]),
        reverse("unit:add"),
        reverse("unit:edit", args=[unit.pk]),
        reverse("assignment:add"),
        reverse("assignment:edit", args=[assignment.pk]),
        reverse("wagtailsnippets_curriculum_question:list"),
        reverse("unit:index"),
        reverse("assignment:index"),
        reverse("officerprofile:index"),
    ]


def test_dutch_admin_forms_show_no_english_labels(tree, admin_client):
    from django.utils import translation

    with translation.override("nl"):
        for url in _admin_form_urls(tree):
            response = admin_client.get(url)
            assert response.status_code == 200, url
            labels = _labels(response.content.decode())
            english = {label for label in labels if label.lower() in ENGLISH_LABELS or label == "Level label"}
            assert not english, (url, english)
        html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[tree.module.pk])).content.decode()
    for dutch in [
        "Samenvatting",
        "Leerdoelen",
        "Geschatte duur (minuten)",
        "Verplicht",
        "Geldigheid (maanden)",
        "Trefwoorden",
    ]:
        assert dutch in _labels(html), dutch


def test_every_curriculum_field_label_is_translatable():
    """verbose_name and help_text of our own model fields go through gettext (QuizPage is covered elsewhere)."""
    from django.apps import apps
    from django.utils.functional import Promise
    from treebeard.mp_tree import MP_Node
    from wagtail.models import Orderable
    from wagtail.models import Page as WagtailPage

    inherited = {f.name for base in (WagtailPage, MP_Node, Orderable) for f in base._meta.get_fields()}
    inherited |= {
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "go_live_at",
        "expire_go_live_at",
        "expire_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "latest_revision",
        "workflow_states",
        "content_object",
        "tag",
        "id",
        "page_ptr",
    }
    untranslated = []
    for model in apps.get_app_config("curriculum").get_models():
        if model.__name__ in ("QuizPage", "QuizQuestion"):
            continue
        for field in model._meta.get_fields(include_hidden=False):
            if (
                field.auto_created
                or field.name in inherited
                or not getattr(field, "concrete", True)
                and not field.many_to_many
            ):
                continue
            if not isinstance(field.verbose_name, Promise):
                untranslated.append(f"{model.__name__}.{field.name}")
            if field.help_text and not isinstance(field.help_text, Promise):
                untranslated.append(f"{model.__name__}.{field.name} (help_text)")
    assert not untranslated


@pytest.mark.indexing
def test_the_admin_page_search_finds_words_in_a_lessons_text(tree, admin_client):
    """A trainer looking for "which lesson mentions X": Wagtail's admin page search is an autocomplete, which
    matched titles only until the lesson's intro and body were autocomplete fields too."""
    lesson = LessonPage.objects.get(pk=tree.lessons[0].pk)
    lesson.intro = "Een nagelstudio waar niemand Nederlands spreekt."
    lesson.save_revision().publish()
    html = admin_client.get("/admin/pages/search/", {"q": "nagelstudio"}).content.decode()
    assert lesson.title in html and f"/admin/pages/{lesson.pk}/edit/" in html


def _block_labels(packed) -> set:
    """Every "label" in packed block definitions: the names the editor shows for blocks and their fields."""
    if isinstance(packed, dict):
        own = {packed["label"]} if isinstance(packed.get("label"), str) else set()
        return own | _block_labels(list(packed.values()))
    if isinstance(packed, list):
        return set().union(*map(_block_labels, packed))
    return set()


def _lesson_editor(client, lesson) -> tuple[set, list]:
    """The lesson body's block labels, as the editor reads them, and its value, from the edit page."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    definitions = re.search(r'data-w-block-data-value="([^"]*)"', html)
    arguments = re.search(r'data-w-block-arguments-value="([^"]*)"', html)
    return _block_labels(json.loads(unescape(definitions[1]))), json.loads(unescape(arguments[1]))[0]


def test_the_lesson_editor_packs_its_blocks_once_per_language_and_shows_each_lesson_its_own_text(
    tree, admin_client, admin_user, monkeypatch
):
    """Wagtail packs a StreamField's block definitions for every edit form; Signaal packs them once per language
    (curriculum/admin/stream_field.py). The second lesson still shows its own text, and an editor who reads the
    admin in English gets English block names, the Dutch ones stay Dutch."""
    from wagtail.blocks.base import BlockWidget
    from wagtail.users.models import UserProfile

    from curriculum.admin import stream_field

    packed = []
    pack = BlockWidget._build_block_json
    monkeypatch.setattr(stream_field, "_packed", {})
    monkeypatch.setattr(BlockWidget, "_build_block_json", lambda widget: packed.append(widget) or pack(widget))

    definitions, value = _lesson_editor(admin_client, tree.lessons[0])
    assert {"Tekst", "Kernfeit", "Signalenlijst"} <= definitions and not {"Text", "Key fact", "Image"} & definitions
    assert "Lestekst 1" in json.dumps(value)
    definitions_again, value = _lesson_editor(admin_client, tree.lessons[1])
    assert definitions_again == definitions and "Lestekst 2" in json.dumps(value) and len(packed) == 1

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    english, value = _lesson_editor(admin_client, tree.lessons[0])
    assert {"Text", "Key fact", "Signal list"} <= english and not {"Tekst", "Kernfeit"} & english
    assert "Lestekst 1" in json.dumps(value)
    assert len(packed) == 2
    profile.preferred_language = "nl"
    profile.save()
    assert _lesson_editor(admin_client, tree.lessons[1])[0] == definitions and len(packed) == 2
