"""Issue 6 over HTTP: certificates and their check, search, "continue where you left off", the language
switch and the error pages. (The browser journeys in tests/browser/ cover the same pages in Chromium.)"""

import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

from curriculum import services
from curriculum.domain import roles
from curriculum.models import Indicator, ModuleCompletion
from curriculum.selectors.certificates import certificate_code, certificate_verify
from tests.factories import module_finish, user_create

pytestmark = pytest.mark.django_db


def complete_module(tree, user):
    module_finish(tree, user)
    return ModuleCompletion.objects.get(user=user, module=tree.module)


class TestCertificates:
    def test_officer_sees_own_certificate_with_code(self, tree, officer, officer_client):
        completion = complete_module(tree, officer)
        html = officer_client.get(f"/certificaat/{completion.pk}/").content.decode()
        assert "Certificaat van deelname" in html and tree.module.title in html
        assert certificate_code(completion) in html
        assert f"/certificaat/{completion.pk}/" in officer_client.get("/mijn-training/").content.decode()

    def test_someone_elses_certificate_is_404(self, tree, officer, other_officer):
        completion = complete_module(tree, officer)
        client = Client()
        client.force_login(other_officer)
        assert client.get(f"/certificaat/{completion.pk}/").status_code == 404
        assert client.get("/certificaat/999999/").status_code == 404

    def test_anonymous_is_sent_to_login(self, tree, officer, client):
        completion = complete_module(tree, officer)
        for url in [f"/certificaat/{completion.pk}/", "/certificaat/controleer/?code=x"]:
            response = client.get(url)
            assert response.status_code == 302 and "/login/" in response["Location"]

    def test_code_is_deterministic_and_tamper_evident(self, tree, officer):
        completion = complete_module(tree, officer)
        code = certificate_code(completion)
        assert code == certificate_code(ModuleCompletion.objects.get(pk=completion.pk))
        assert certificate_verify(code).completion == completion
        assert certificate_verify(f"  {code.lower()} ").valid
        other_pk = code.replace(f"SGN-{completion.pk}-", f"SGN-{completion.pk + 1}-")
        last = "0" if code[-1] != "0" else "1"
        for bad in [code[:-1] + last, other_pk, "SGN-1", "", "<script>", "SGN-" + "9" * 30 + "-AAAA-BBBB-CCCC"]:
            assert not certificate_verify(bad).valid, bad

    def test_manager_verifies_officer_and_trainer_may_not(self, tree, officer, trainer, officer_client):
        completion = complete_module(tree, officer)
        code = certificate_code(completion)
        manager = user_create("leiding", roles.MANAGERS)
        client = Client()
        client.force_login(manager)
        html = client.get("/certificaat/controleer/", {"code": code}).content.decode()
        assert "Geldig certificaat." in html and "Sanne" in html and tree.module.title in html
        invalid = client.get("/certificaat/controleer/", {"code": code[:-1] + "X"}).content.decode()
        assert "hoort niet bij een certificaat" in invalid and "Sanne" not in invalid
        assert officer_client.get("/certificaat/controleer/", {"code": code}).status_code == 403
        client.force_login(trainer)
        assert client.get("/certificaat/controleer/", {"code": code}).status_code == 403


@pytest.mark.indexing
def test_search_finds_lessons_and_indicators(tree, officer_client):
    Indicator.objects.create(code="arb-paspoort", category="labour", name="Paspoort ingenomen", description="x")
    html = officer_client.get("/zoeken/", {"q": "Lestekst"}).content.decode()
    assert "Les 1" in html and "Les 2" in html
    html = officer_client.get("/zoeken/", {"q": "paspoort"}).content.decode()
    assert "Paspoort ingenomen" in html and "Arbeidsuitbuiting" in html
    assert "Niets gevonden" in officer_client.get("/zoeken/", {"q": "qqqzzz"}).content.decode()
    assert "Zoek op een signaal" in officer_client.get("/zoeken/").content.decode()


@pytest.mark.indexing
def test_search_skips_unpublished_pages_and_needs_login(tree, officer_client):
    tree.lessons[1].unpublish()
    html = officer_client.get("/zoeken/", {"q": "Lestekst"}).content.decode()
    assert "Les 1" in html and "Les 2" not in html
    assert Client().get("/zoeken/", {"q": "Lestekst"}).status_code == 302


def test_dashboard_offers_one_next_step_and_continues_where_left_off(tree, officer, officer_client):
    html = officer_client.get("/").content.decode()
    assert "Je volgende stap" in html and f'href="{tree.lessons[0].url}"' in html
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    html = officer_client.get("/mijn-training/").content.decode()
    assert "Verder waar je gebleven was" in html and "Verder met: Les 2" in html
    assert '<progress max="100" value="33"' in html


def test_quiz_form_is_ready_for_saving_choices_on_the_device(tree, officer_client):
    officer_client.post(tree.quiz.url + "start/")
    html = officer_client.get(tree.quiz.url).content.decode()
    assert "data-autosave" in html and "data-attempt=" in html and "js/signaal.js" in html
    assert "<script>" not in html and " onclick=" not in html


def test_language_switch_changes_the_interface(tree, officer_client):
    response = officer_client.post("/i18n/setlang/", {"language": "en", "next": "/mijn-training/"})
    assert response.status_code == 302
    html = officer_client.get("/mijn-training/").content.decode()
    assert '<html lang="en">' in html and "My training" in html and "Continue with" not in html
    assert "Start module" in html
    officer_client.post("/i18n/setlang/", {"language": "nl", "next": "/"})
    assert "Mijn training" in officer_client.get("/mijn-training/").content.decode()


def test_error_pages_use_the_site_design(tree, officer_client):
    response = officer_client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html and "site-header" in html and "signaal.css" in html
    # 500 and CSRF failures render without a request context (no user, no database needed).
    for template in ["500.html", "403_csrf.html", "403.html"]:
        html = render_to_string(template)
        assert "site-header" in html and "Naar de startpagina" in html and "Uitloggen" not in html


def test_a_message_page_title_is_its_heading():
    """message_page.html builds "<heading> – Signaal" from the heading a page writes once; a page may set its own."""
    for language, template, title in [
        ("nl", "500.html", "Er ging iets mis"),
        ("en", "500.html", "Something went wrong"),
        ("nl", "403_csrf.html", "Formulier verlopen"),
        ("en", "503.html", "Signaal cannot be reached just now"),
    ]:
        with translation.override(language):
            html = render_to_string(template)
        assert f"<title>{title} – Signaal</title>" in html and f"<h1>{title}</h1>" in html, (language, template)
    html = render_to_string("registration/locked_out.html")
    assert "<title>Te veel inlogpogingen – Signaal</title>" in html and "<h1>Te veel inlogpogingen</h1>" in html


def test_completed_module_with_a_new_lesson_stays_completed_and_suggests_the_new_lesson(tree, officer, officer_client):
    """One truth: "Afgerond" with the date, and the lesson published since as a separate suggestion —
    never "3 van 4 stappen · 100%" beside "Verder met: Nieuwe les"."""
    import json

    from curriculum.models import LessonPage

    module_finish(tree, officer)
    new = LessonPage(
        title="Nieuwe les", slug="nieuwe-les", body=json.dumps([{"type": "paragraph", "value": "<p>Nieuw</p>"}])
    )
    tree.module.add_child(instance=new)
    new.save_revision().publish()
    for url in ["/mijn-training/", tree.index.url]:
        html = officer_client.get(url).content.decode()
        assert "Afgerond op" in html, url
        assert "Nieuw sinds je afronding:" in html and f'href="{new.url}"' in html, url
        assert "van 4 stappen" not in html and "Verder met: Nieuwe les" not in html, url
    html = officer_client.get(tree.module.url).content.decode()
    assert "Je hebt deze module afgerond op" in html and "Nieuw sinds je afronding:" in html
    assert "Nog te doen" not in html and "Verder met" not in html
