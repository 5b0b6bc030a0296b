"""Browser journeys: Playwright (sync API) driving Debian's Chromium against pytest-django's live_server.

No Chromium → the browser tests fail with a clear message, unless SIGNAAL_SKIP_BROWSER=1 (then they are
skipped with that reason). Playwright's own browser download is not used.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("SIGNAAL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 900}


def _skip_reason():
    if os.environ.get("SIGNAAL_SKIP_BROWSER") == "1":
        return "SIGNAAL_SKIP_BROWSER=1: browser journeys skipped"
    return None


@pytest.fixture
def browser():
    """Chromium per test (about half a second): Playwright's event loop must be gone before the test's
    database flush, and must not outlive the browser tests."""
    if reason := _skip_reason():
        pytest.skip(reason)
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"No Chromium at {CHROMIUM}: the browser journeys cannot run. Install it (apt-get install -y chromium) "
            "or set SIGNAAL_SKIP_BROWSER=1 to skip them explicitly.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _allow_orm_next_to_playwright(monkeypatch):
    """Playwright's sync API runs an event loop in this thread; Django's ORM (used by the fixtures) refuses
    to run inside one unless told it is safe. It is: the live server answers from its own thread. Set per
    browser test only, so it never leaks into other tests (e.g. `check --deploy` in a subprocess)."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def training(transactional_db):
    from tests.browser.data import training_create

    return training_create()


@pytest.fixture
def new_page(browser, live_server):
    """new_page(viewport) → a Playwright page in a fresh context (Dutch locale), closed after the test."""
    contexts = []

    def make(viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, locale="nl-NL", base_url=live_server.url)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
