"""The officer's journey in a real browser, on a 360 × 800 phone and on a desktop: log in, Mijn training,
two lessons, the quiz (with a reload halfway: choices are kept), the result, the certificate, search,
the pocket card, a 404 and the English interface. axe-core checks every page; screenshots of every step."""

import re

import pytest
from playwright.sync_api import expect

from curriculum.models import ModuleCompletion
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.helpers import login, step

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CORRECT = {
    "Een werkgever bewaart": ["Ja, ingenomen documenten zijn een signaal van uitbuiting"],
    "Welke signalen wijzen": ["Steeds op dezelfde plek aangehouden", "Een volwassene geeft aanwijzingen"],
    "Eén signaal is genoeg": ["Niet waar"],
}


def choose(page, prompt, texts):
    question = page.locator("fieldset.question", has_text=prompt)
    for text in texts:
        question.locator("label.choice", has_text=text).click()


@pytest.mark.parametrize("device,viewport", [("phone", PHONE), ("desktop", DESKTOP)])
def test_officer_completes_a_module(training, new_page, device, viewport):
    tree, users = training
    page = new_page(viewport)
    name = lambda n: f"officer-{device}-{n}"  # noqa: E731

    page.goto("/")
    step(page, name("01-welcome"))
    page.get_by_role("link", name="Inloggen om te beginnen").click()
    step(page, name("02-login"))
    login(page, "officer", url=page.url)

    # Mijn training: one obvious next step, progress bars.
    expect(page.locator("h1")).to_have_text("Mijn training")
    step(page, name("03-my-training") if device == "phone" else None)
    next_step = page.locator(".next-step")
    assert "Signalen herkennen" in next_step.inner_text()
    next_step.get_by_role("link", name="Begin module").click()

    # Lesson 1 → lesson 2 → quiz.
    expect(page.locator("h1")).to_have_text("Wat is een signaal?")
    page.get_by_text("Bekijk de toelichting").click()
    step(page, name("04-lesson-1") if device == "phone" else None)
    page.get_by_role("button", name="Les afronden en verder").click()
    expect(page.locator("h1")).to_have_text("Wat doe je bij een signaal?")
    step(page, name("05-lesson-2"))
    page.get_by_role("button", name="Les afronden en verder").click()

    step(page, name("06-quiz-intro"))
    page.get_by_role("button", name="Start de toets").click()
    expect(page.get_by_text("Vraag 1 van 3")).to_be_visible()
    step(page, name("07-quiz"))

    # Answer the first question, reload: the choice is still there and counted.
    choose(page, "Een werkgever bewaart", CORRECT["Een werkgever bewaart"])
    page.reload()
    first = page.locator("fieldset.question", has_text="Een werkgever bewaart")
    assert first.get_by_label(CORRECT["Een werkgever bewaart"][0]).is_checked()
    assert page.locator("[data-progress-count]").inner_text() == "1"
    for prompt, texts in list(CORRECT.items())[1:]:
        choose(page, prompt, texts)
    assert page.locator("[data-progress-count]").inner_text() == "3"
    step(page, name("08-quiz-answered"))
    page.get_by_role("button", name="Antwoorden inleveren").click()

    # The result teaches: per question why, with the source.
    expect(page.get_by_text("3 van 3 goed (100%)")).to_be_visible()
    expect(page.get_by_text("Bron: Art. 273f Sr").first).to_be_visible()
    step(page, name("09-result"))
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('signaal:quiz:')).length") == 0

    page.get_by_role("link", name="Bekijk je certificaat").click()
    completion = ModuleCompletion.objects.get(user=users["officer"], module=tree.module)
    code = page.locator("[data-certificate-code]").inner_text()
    assert re.fullmatch(rf"SGN-{completion.pk}-[0-9A-F]{{4}}-[0-9A-F]{{4}}-[0-9A-F]{{4}}", code)
    assert "Sanne de Vries" in page.locator(".certificate").inner_text()
    # the figures (the long control code too) stay inside the certificate's frame, also at 360 px
    outside = page.evaluate(
        """() => { const frame = document.querySelector('.certificate').getBoundingClientRect();
        return [...document.querySelectorAll('.certificate dt, .certificate dd')].filter(el => {
            const box = el.getBoundingClientRect(); return box.left < frame.left || box.right > frame.right;
        }).map(el => el.textContent.trim()); }"""
    )
    assert not outside, f"outside the certificate's frame: {outside}"
    step(page, name("10-certificate"))

    page.goto(tree.module.url)
    expect(page.get_by_text("Je hebt deze module afgerond")).to_be_visible()
    step(page, name("11-module-completed"))
    page.goto("/")
    expect(page.locator(".module-card .badge-completed")).to_be_visible()
    step(page, name("12-my-training-done"))

    # Search, pocket card, a page that does not exist.
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Zoeken").click()
    step(page, name("13-search-empty"))
    page.get_by_label("Zoekwoord").fill("paspoort")
    page.get_by_role("button", name="Zoek", exact=True).click()
    expect(page.get_by_text("Paspoort ingenomen door werkgever")).to_be_visible()
    step(page, name("14-search-results"))
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Zakkaart").click()
    step(page, name("15-pocket-card"))
    page.goto("/bestaat-niet/")
    expect(page.locator("h1")).to_have_text("Pagina niet gevonden")
    step(page, name("16-not-found"))

    # The language switch changes the interface.
    page.goto("/")
    page.get_by_role("button", name=re.compile("^EN")).click()
    expect(page.locator("h1")).to_have_text("My training")
    assert page.locator("html").get_attribute("lang") == "en"
    step(page, name("17-english"))
    page.get_by_role("button", name=re.compile("^NL")).click()
    expect(page.locator("h1")).to_have_text("Mijn training")
