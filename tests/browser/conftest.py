"""Browser journeys: Playwright (sync API) driving Debian's Chromium against pytest-django's live_server.

No Chromium → the browser tests fail with a clear message, unless SIGNAAL_SKIP_BROWSER=1 (then they are
skipped with that reason). Playwright's own browser download is not used.
"""

import os
import signal
import threading
import warnings
from contextlib import contextmanager
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


CLOSE_LIMIT_SECONDS = 120  # closing a context or the browser takes well under a second; past this it hangs


def _browsers_of_this_process() -> list[int]:
    """The Chromium processes this test process started (through Playwright's driver), from /proc."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue

    def descends(pid):
        while pid in parents and pid > 1:
            pid = parents[pid]
            if pid == os.getpid():
                return True
        return False

    found = []
    for pid in parents:
        try:
            if descends(pid) and "chromium" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                found.append(pid)
        except OSError:
            continue
    return found


@contextmanager
def _closing_bounded():
    """Closing after a test that passed must not hang the suite: once in a CI run, a context's close never
    returned after the crawl (Playwright waited on Chromium). Past CLOSE_LIMIT_SECONDS the browser is killed,
    which ends the waiting call with an error; that is reported as a warning, the test's own result stands."""
    killed = []

    def kill():
        for pid in _browsers_of_this_process():
            try:
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            except OSError:
                pass

    timer = threading.Timer(CLOSE_LIMIT_SECONDS, kill)
    timer.start()
    try:
        yield
    except Exception as error:  # re-raised unless the watchdog killed the browser
        if not killed:
            raise
        warnings.warn(f"Chromium did not close within {CLOSE_LIMIT_SECONDS} s and was killed: {error}", stacklevel=1)
    finally:
        timer.cancel()


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
        with _closing_bounded():
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
    with _closing_bounded():
        for context in contexts:
            context.close()
