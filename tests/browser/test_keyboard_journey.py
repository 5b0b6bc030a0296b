"""The officer journey by keyboard alone (Tab, Enter, Space; arrow keys inside a radio group, as the
platform expects). Every Tab stop must show a visible focus outline (checked on the computed style)."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_visible_focus, focused, shot, step, tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def follow(page, key="Enter"):
    """Press a key that follows a link or submits a form, and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press(key)


def test_officer_completes_a_module_by_keyboard(training, new_page):
    page = new_page()
    page.goto("/login/")

    # The first Tab reaches the skip link, and it becomes visible.
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Naar de inhoud"
    assert page.locator(".skip-link").bounding_box()["x"] >= 0
    shot(page, "keyboard-01-skip-link")

    tab_to(page, "^username$")
    page.keyboard.type("officer")
    tab_to(page, "^password$")
    page.keyboard.type("pw-Test-12345")
    tab_to(page, "^Inloggen$")
    follow(page)
    expect(page.locator("h1")).to_have_text("Mijn training")

    tab_to(page, "^Begin module")
    shot(page, "keyboard-02-my-training")
    follow(page)
    expect(page.locator("h1")).to_have_text("Wat is een signaal?")

    tab_to(page, "Bekijk de toelichting")
    page.keyboard.press("Enter")
    assert page.locator("details.case-reflection").get_attribute("open") is not None
    tab_to(page, "Les afronden en verder")
    shot(page, "keyboard-03-lesson")
    follow(page)
    expect(page.locator("h1")).to_have_text("Wat doe je bij een signaal?")
    tab_to(page, "Les afronden en verder")
    follow(page)

    tab_to(page, "Start de toets")
    follow(page)

    tab_to(page, "^Ja, ingenomen documenten")
    page.keyboard.press("Space")
    tab_to(page, "^Steeds op dezelfde plek")
    page.keyboard.press("Space")
    tab_to(page, "^Een volwassene geeft")
    page.keyboard.press("Space")
    tab_to(page, "^Waar$")
    page.keyboard.press("ArrowDown")  # moves to, and selects, "Niet waar"
    info = focused(page)
    assert info["label"] == "Niet waar"
    assert_visible_focus(info)
    shot(page, "keyboard-04-quiz")
    assert page.locator("[data-progress-count]").inner_text() == "3"
    tab_to(page, "Antwoorden inleveren")
    follow(page)
    expect(page.get_by_text("3 van 3 goed (100%)")).to_be_visible()

    tab_to(page, "Bekijk je certificaat")
    shot(page, "keyboard-05-result")
    follow(page)
    step(page, "keyboard-06-certificate")
    assert page.locator(".certificate h1").inner_text() == "Certificaat van deelname"
