"""One text rule for all input (issue 18): no NUL or other control characters get in, anywhere.

The rule (signaal.text_input) is unit-tested here; the middleware applies it to every request
(path, query string, form fields, JSON) and the officer import applies it to every cell.
"""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from curriculum.models import LessonPage, OfficerProfile, Question
from signaal.text_input import TextRuleValidator, text_problem, text_validate
from tests.factories import org_create
from tests.helpers import editor_data

REFUSED = "onzichtbaar stuurteken"


@pytest.mark.parametrize("text", ["Sanne de Vries", "tab\tin tekst", "é € ß ĳ 日本 🚓", "\u00a0vaste spatie", ""])
def test_ordinary_text_passes_in_both_variants(text):
    assert text_problem(text) is None and text_problem(text, single_line=True) is None


@pytest.mark.parametrize("text", ["regel 1\nregel 2", "windows\r\nregel"])
def test_newlines_are_for_multi_line_text_only(text):
    assert text_problem(text) is None
    assert "één regel" in text_problem(text, single_line=True)


@pytest.mark.parametrize(
    "char",
    ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9f", "\ud800", "\ufffe", "\uffff"],
)
def test_control_characters_are_refused_with_a_dutch_message(char):
    for single_line in (False, True):
        problem = text_problem(f"Titel{char}met teken", single_line=single_line)
        assert REFUSED in problem and f"U+{ord(char):04X}" in problem
    with pytest.raises(ValidationError) as caught:
        TextRuleValidator()(f"a{char}")
    assert caught.value.code == "control_character"
    with pytest.raises(ValidationError):
        text_validate(char, single_line=True)


def _refusal(response, status=400):
    page = response.content.decode()
    assert response.status_code == status, page[:2000]
    assert REFUSED in page or "één regel" in page
    assert "Dat lukte niet" in page and 'class="message message-error"' in page  # the site's error design
    return page


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["q=%00", "q=abc%01def", "q=%0B", "q%00=1", "q=%C2%85"])
def test_search_with_a_control_character_is_a_400_not_a_500(officer_client, tree, query):
    page = _refusal(officer_client.get(f"/zoeken/?{query}"))
    assert "Het gaat om het veld" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    ['"', 'a"b', "'\"&|!():*\\<>", "AND OR NOT", "[" * 20_000, '{"a": 1}', "x" * 100_000, "regel\nnieuw", "m4-q2"],
)
def test_search_with_other_hostile_text_still_answers(officer_client, tree, text):
    """Quotes broke Wagtail's SQLite search with "unterminated string" (500); now they are dropped."""
    assert officer_client.get("/zoeken/", {"q": text}).status_code == 200


@pytest.mark.django_db
def test_search_with_invalid_utf8_still_answers(officer_client, tree):
    assert officer_client.get("/zoeken/?q=%FF%FE&q=%C3").status_code == 200


@pytest.mark.django_db
def test_control_character_in_the_path_is_a_400(officer_client, tree):
    _refusal(officer_client.get("/zoeken%00/"))
    _refusal(officer_client.get(tree.module.url + "%01"))


@pytest.mark.django_db
def test_login_with_a_nul_username_is_a_400(client, officer):
    _refusal(client.post("/login/", {"username": "agent1\x00", "password": "pw-Test-12345"}))


@pytest.mark.django_db
def test_json_body_with_an_escaped_control_character_is_refused(officer_client):
    body = json.dumps({"antwoord": ["goed", {"tekst": "a\x00b"}]})
    _refusal(officer_client.post("/zoeken/", body, content_type="application/json"))


@pytest.mark.django_db
def test_report_filters_are_covered_in_the_admin(admin_client):
    _refusal(admin_client.get("/admin/reports/officer/?q=%01"))
    _refusal(admin_client.get("/admin/pages/search/?q=%00"))


def _lesson_publish_form(client, trainer, tree, html):
    """The trainer's publish form for the first lesson with `html` as its body: lesson, URL, revisions so far, data."""
    client.force_login(trainer)
    lesson = tree.lessons[0]
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    revisions = lesson.revisions.count()
    data = editor_data(client, url, body=[("paragraph", rich_text(html))])
    data["action-publish"] = "action-publish"
    return lesson, url, revisions, data


@pytest.mark.django_db
def test_trainer_cannot_store_a_page_title_with_a_vertical_tab(tree, trainer, client):
    lesson, url, revisions, data = _lesson_publish_form(client, trainer, tree, "<p>Lestekst.</p>")
    data["title"] = "Les\x0b1 uit Word"
    page = _refusal(client.post(url, data))
    assert "U+000B" in page and "Ga in je browser terug" in page
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert "\x0b" not in lesson.title and lesson.revisions.count() == revisions


@pytest.mark.django_db
def test_rich_text_hides_no_control_character_in_its_json(tree, trainer, client):
    """The editor posts rich text as JSON, where \x01 travels as the six characters \\u0001."""
    lesson, url, revisions, data = _lesson_publish_form(client, trainer, tree, "<p>Les\x01tekst.</p>")
    assert any("\\u0001" in v for v in data.values() if isinstance(v, str))
    _refusal(client.post(url, data))
    assert LessonPage.objects.get(pk=lesson.pk).revisions.count() == revisions


@pytest.mark.django_db
def test_question_text_may_have_several_lines_but_no_control_character(tree, moderator, client):
    client.force_login(moderator)  # the Redactie publishes (four eyes)
    question = tree.questions[0]
    url = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
    data = editor_data(client, url)
    data["prompt"] = "Regel één.\r\nRegel twee?"
    data["action-publish"] = "action-publish"
    assert client.post(url, data).status_code == 302
    assert Question.objects.get(pk=question.pk).prompt == "Regel één.\r\nRegel twee?"
    data = editor_data(client, url)
    data["prompt"] = "Vraag\x00?"
    data["action-publish"] = "action-publish"
    _refusal(client.post(url, data))
    assert Question.objects.get(pk=question.pk).prompt == "Regel één.\r\nRegel twee?"


@pytest.mark.django_db
def test_import_with_a_control_character_in_a_name_is_a_row_error(admin_client):
    org_create()
    data = b"personeelsnummer,naam,e-mail,eenheidcode\n1001,Sanne\x01de Vries,s@x.example,BT11\n"
    response = admin_client.post("/admin/organisation/import/", {"file": SimpleUploadedFile("hr.csv", data)})
    page = response.content.decode()
    assert response.status_code == 400 and "Kolom 2:" in page and "U+0001" in page  # the import's row report
    assert not OfficerProfile.objects.exists()


@pytest.mark.django_db
def test_a_session_cookie_with_nul_is_cleared_not_a_500(client, tree):
    """Django unquotes "\\000" in a cookie to NUL; looking that session key up broke PostgreSQL (500)."""
    response = client.get("/zoeken/", HTTP_COOKIE='sessionid="\\000abcdefghij"')
    assert response.status_code == 400 and "ongeldig cookie" in response.content.decode()
    assert response.cookies["sessionid"]["max-age"] == 0  # the browser forgets it
    assert client.get("/login/").status_code == 200
