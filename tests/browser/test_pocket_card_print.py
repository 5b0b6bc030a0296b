"""Layout checks only a browser can make: the demo pocket card prints on one A4 (a card folded once, not
three pages of screen layout), and the module-card title links are touch targets of at least 44 px."""

import re

import pytest

from curriculum.demo.content import POCKET_CARD
from curriculum.demo.site import _stream
from curriculum.models import PocketCardPage
from tests.browser.conftest import PHONE
from tests.browser.helpers import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_demo_pocket_card_prints_on_one_a4(training, new_page):
    card = PocketCardPage.objects.get()
    card.title, card.intro, card.body = POCKET_CARD["title"], POCKET_CARD.get("intro", ""), _stream(POCKET_CARD["body"])
    card.save_revision().publish()
    page = new_page()
    login(page, "officer")
    page.goto(PocketCardPage.objects.get().url)
    page.wait_for_load_state("load")
    pdf = page.pdf(format="A4")
    assert _pdf_pages(pdf) == 1
    page.emulate_media(media="print")
    assert page.locator(".pocket-card .stream").evaluate("el => getComputedStyle(el).columnCount") == "2"
    assert page.get_by_text("Vouw het blad dubbel langs de stippellijn").is_visible()
    page.emulate_media(media="screen")
    assert not page.get_by_text("Vouw het blad dubbel langs de stippellijn").is_visible()


def test_module_card_title_links_are_touch_targets(training, new_page):
    page = new_page(PHONE)
    login(page, "officer")
    page.goto("/mijn-training/")
    titles = page.locator(".module-card .card-title a")
    assert titles.count() >= 1
    for i in range(titles.count()):
        box = titles.nth(i).bounding_box()
        assert box["height"] >= 44, (titles.nth(i).inner_text(), box)
