"""What an officer sees on Mijn training, the module and lesson pages, search, the pocket card and the lockout page
(findings of the officer's exploratory test): progress counted in the steps the percentage counts, the due date and
"Te laat" everywhere the module is shown, Dutch content marked lang="nl" in the English interface, one date format,
the breadcrumb and the quiz's sticky bar at 360 px (in Chromium), and the smaller wording fixes."""

import json
import os
import re
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from django.utils import timezone, translation
from django.utils.formats import date_format

from curriculum import services
from curriculum.models import LessonPage
from tests.factories import answers_for, mandatory_overdue_create, officer_in, quiz_configure
from tests.helpers import login

pytestmark = pytest.mark.django_db

CHROMIUM = os.environ.get("SIGNAAL_CHROMIUM", "/usr/bin/chromium")
CSS = Path(settings.BASE_DIR, "static", "css", "signaal.css")
JS = Path(settings.BASE_DIR, "static", "js", "signaal.js")


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "lxml")


def text(element) -> str:
    return " ".join(element.get_text(" ").split())


def english(client):
    assert client.post("/i18n/setlang/", {"language": "en", "next": "/"}).status_code == 302


def signal_lesson(tree, **fields) -> LessonPage:
    """A published lesson with two signal lists: one titled after its category, as on the demo pocket card, and
    one whose title does not name it."""
    body = [
        {"type": "signal_list", "value": {"title": "Algemeen", "category": "general", "signals": ["Geen paspoort"]}},
        {
            "type": "signal_list",
            "value": {"title": "Wat je in 13Oceans had kunnen zien", "category": "minors", "signals": ["Steeds"]},
        },
    ]
    lesson = LessonPage(title="Signalen op straat", slug="signalen-op-straat", body=json.dumps(body), **fields)
    tree.module.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


# ---------------------------------------------------------------- 1. progress: "1 van 3 stappen · 33%"


def test_progress_label_counts_the_steps_the_percentage_counts(tree, officer, officer_client):
    """Two lessons and a quiz are three steps: one lesson done is "1 van 3 stappen · 33%", on the hero and the card
    alike (it was "1 van 2 lessen · 33%", which does not add up)."""
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    soup = soup_of(officer_client.get("/mijn-training/"))
    assert "1 van 3 stappen · 33%" in text(soup.select_one(".next-step"))
    assert "1 van 3 stappen · 33%" in text(soup.select_one(".module-card"))
    assert "lessen ·" not in text(soup)


def test_a_passed_quiz_counts_as_a_step_done(tree, officer, officer_client):
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt, correct=True))
    card = soup_of(officer_client.get(tree.index.url)).select_one(".module-card")
    assert "1 van 3 stappen · 33%" in text(card)


# ---------------------------------------------------------------- 5. due date and "Te laat"


def test_overdue_module_says_te_laat_on_the_hero_the_card_and_the_module_page(tree, org):
    _, late = mandatory_overdue_create(tree, org, days_overdue=3)
    due = date_format(timezone.localdate() - timedelta(days=3), "j F Y")
    client = Client()
    client.force_login(late)
    soup = soup_of(client.get("/mijn-training/"))
    hero = text(soup.select_one(".next-step"))
    assert "Te laat" in hero and f"Uiterlijk {due}" in hero
    card = text(soup.select_one(".module-card"))
    assert "Te laat" in card and f"Uiterlijk {due}" in card  # the same format as the hero ("j F Y")
    meta = text(soup_of(client.get(tree.module.url)).select_one("h1 + .meta"))
    assert "Te laat" in meta and f"Uiterlijk {due}" in meta


def test_module_page_shows_a_coming_due_date_without_te_laat(tree, org):
    due = timezone.localdate() + timedelta(days=20)
    services.assignment_save(module=tree.module, unit=org.national, due_date=due)
    officer = officer_in(org.teams[0], "agent9")
    client = Client()
    client.force_login(officer)
    meta = text(soup_of(client.get(tree.module.url)).select_one("h1 + .meta"))
    assert f"Uiterlijk {date_format(due, 'j F Y')}" in meta and "Te laat" not in meta
    english(client)
    with translation.override("en"):
        month = date_format(due, "F")
    card = text(soup_of(client.get("/mijn-training/")).select_one(".module-card"))
    assert f"{due.day} {month} {due.year}" in card and month[0].isupper()  # "6 March 2027", never "6 mar 2027"


# ---------------------------------------------------------------- 3. Dutch content is lang="nl" in English


def test_dutch_content_is_marked_dutch_when_the_interface_is_english(tree, officer, officer_client):
    lesson = signal_lesson(tree, intro="Kijk goed om je heen.")
    english(officer_client)
    soup = soup_of(officer_client.get(lesson.url))
    assert soup.html["lang"] == "en"
    assert soup.h1.get("lang") == "nl" and soup.select_one(".lesson .lead").get("lang") == "nl"
    assert soup.select_one(".stream").get("lang") == "nl"
    assert soup.select_one(".lesson .meta").get("lang") is None  # "Lesson 3 of 3 · …" is the interface
    crumbs = soup.select_one("nav.breadcrumbs")  # the page titles are Dutch, the trail's name is the interface's
    assert crumbs.ol.get("lang") == "nl" and crumbs.get("lang") is None and crumbs["aria-label"] != "Kruimelpad"

    soup = soup_of(officer_client.get(tree.module.url))
    assert soup.h1.get("lang") == "nl" and soup.select_one("p.lead").get("lang") == "nl"
    assert {a.get("lang") for a in soup.select(".step-list a")} == {"nl"}

    soup = soup_of(officer_client.get("/mijn-training/"))
    assert soup.select_one(".next-title").get("lang") == "nl"
    assert soup.select_one(".card-title a").get("lang") == "nl"


def test_in_dutch_the_content_needs_no_lang_of_its_own(tree, officer_client):
    soup = soup_of(officer_client.get(signal_lesson(tree).url))
    assert soup.html["lang"] == "nl" and soup.h1.get("lang") is None and soup.select_one(".stream").get("lang") is None


@pytest.mark.indexing
def test_search_results_are_marked_dutch_in_english(tree, officer_client):
    signal_lesson(tree, intro="Een paspoort dat een ander bewaart.")
    english(officer_client)
    soup = soup_of(officer_client.get("/zoeken/", {"q": "paspoort"}))
    result = soup.select_one(".result-list li")
    assert result.a.get("lang") == "nl" and result.p.get("lang") == "nl"
    assert result.select_one(".kind").get("lang") is None  # "Lesson" is the interface


# ---------------------------------------------------------------- 7. the signal list's heading


def test_signal_list_names_its_category_once(tree, officer_client):
    lesson = signal_lesson(tree)
    headings = [text(h) for h in soup_of(officer_client.get(lesson.url)).select(".signal-list h2")]
    assert headings == ["Algemeen", "Minderjarigen Wat je in 13Oceans had kunnen zien"]  # not "Algemeen Algemeen"
    english(officer_client)
    soup = soup_of(officer_client.get(lesson.url))
    headings = [text(h) for h in soup.select(".signal-list h2")]
    assert headings == ["Algemeen", "Minors Wat je in 13Oceans had kunnen zien"]
    tag = soup.select_one(".signal-list .tag")
    assert tag.get("lang") == "en" and tag.find_parent("section").get("lang") == "nl"


# ---------------------------------------------------------------- 6. the lockout page


def test_lockout_page_offers_password_reset_and_the_login_form(officer):
    client = Client()
    for _ in range(5):
        response = login(client, officer.username, "wrong")
    assert response.status_code == 429
    soup = BeautifulSoup(response.content.decode(), "lxml")
    assert soup.title.string == "Te veel inlogpogingen – Signaal" and text(soup.h1) == "Te veel inlogpogingen"
    links = {a["href"]: text(a) for a in soup.select("main a")}
    assert links["/wachtwoord-vergeten/"] == "Wachtwoord vergeten?" and links["/login/"] == "Terug naar inloggen"


# ---------------------------------------------------------------- 7. smaller wording


def test_landing_page_title_is_not_signaal_twice(tree, officer_client):
    assert soup_of(Client().get("/")).title.string == "Signaal"
    assert soup_of(officer_client.get("/")).title.string == "Mijn training – Signaal"


def test_lesson_meta_line_has_a_separator(tree, officer_client):
    meta = soup_of(officer_client.get(tree.lessons[0].url)).select_one(".lesson .meta")
    assert text(meta).startswith("Les 1 van 2 · ")


def test_search_breadcrumb_starts_where_the_content_pages_start(tree, officer_client):
    lesson_crumb = soup_of(officer_client.get(tree.lessons[0].url)).select_one(".breadcrumbs li a")
    search_crumb = soup_of(officer_client.get("/zoeken/")).select_one(".breadcrumbs li a")
    assert (text(search_crumb), search_crumb["href"]) == (text(lesson_crumb), lesson_crumb["href"]) == ("Signaal", "/")


# ---------------------------------------------------------------- 2 and 4. at 360 px in Chromium


@contextmanager
def phone(html: str, *, script_done: bool = False, clock: datetime | None = None):
    """The page's own HTML, with the site's stylesheet inlined (no server needed), in Chromium at 360 x 740;
    script_done: as signaal.js leaves the quiz (its status bar shown); clock: the browser's clock stands still at
    that moment until the test moves it (page.clock.run_for). Opened after the test's database work:
    while Playwright's event loop runs, Django would hand this thread a new connection outside the test's
    transaction."""
    if os.environ.get("SIGNAAL_SKIP_BROWSER") == "1":
        pytest.skip("SIGNAAL_SKIP_BROWSER=1")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM} (set SIGNAAL_SKIP_BROWSER=1 to skip the browser tests)")
    from playwright.sync_api import sync_playwright

    html = re.sub(r'<link rel="stylesheet"[^>]*>', lambda _: f"<style>{CSS.read_text()}</style>", html)
    html = re.sub(r"<script [^>]*></script>", "", html)
    if script_done:
        html = html.replace("data-quiz-status hidden", "data-quiz-status")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 360, "height": 740})
            if clock is not None:
                page.clock.install(time=clock)
                page.clock.pause_at(clock + timedelta(seconds=1))
            page.set_content(html)
            yield page
        finally:
            browser.close()


@pytest.mark.browser
def test_breadcrumb_separator_stays_with_its_link_at_360px(tree, officer_client):
    tree.module.title = "Criminele uitbuiting van minderjarigen: lessen uit 13Oceans en uit onderzoek"
    tree.module.save_revision().publish()
    with phone(officer_client.get(tree.lessons[0].url).content.decode()) as page:
        item = page.locator(".breadcrumbs li").nth(2)  # Signaal › Opleiding › <the module> › Les 1
        box = item.bounding_box()
        first_line = item.locator("a").evaluate("a => a.getClientRects()[0].toJSON()")
    # The link's first line starts on the item's first line, after the "›" (not on a line of its own below it).
    assert first_line["top"] - box["y"] < 10 and first_line["left"] > box["x"] + 5, (box, first_line)


@pytest.mark.browser
def test_quiz_jump_to_an_open_question_keeps_the_question_below_the_sticky_bar(tree, officer, officer_client):
    services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    with phone(officer_client.get(tree.quiz.url).content.decode(), script_done=True) as page:
        for position in (2, 3):  # question 1 stays open
            page.locator(f"#vraag-{position} input").first.check()
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.locator("form.quiz-form button[type=submit]").click()  # the browser refuses and jumps to question 1
        page.wait_for_function("document.activeElement && document.activeElement.closest('#vraag-1')")
        bar = page.locator(".quiz-status").bounding_box()
        legend = page.locator("#vraag-1 legend").bounding_box()
        prompt = page.locator("#vraag-1 .prompt").bounding_box()
    assert legend["y"] >= bar["y"] + bar["height"] and prompt["y"] >= bar["y"] + bar["height"], (bar, legend, prompt)


def test_the_module_page_leads_back_to_an_open_quiz_attempt(tree, officer, officer_client):
    """An attempt the officer started (its time may be running) is the next step, not the first open lesson."""
    services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    page = BeautifulSoup(officer_client.get(tree.module.url).content, "lxml")
    button = page.find("a", string="Verder met de toets")
    assert button is not None and button["href"] == tree.quiz.url


def test_mijn_training_leads_back_to_an_open_quiz_attempt_too(tree, officer, officer_client):
    """The module's card on Mijn training and the next-step block agree with the module page: the open attempt
    first, the lessons after it; submitted, the card goes back to the first open lesson."""
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    for url in ("/", "/mijn-training/"):
        page = BeautifulSoup(officer_client.get(url).content, "lxml")
        links = page.find_all("a", string="Verder met de toets")
        assert links and all(a["href"] == tree.quiz.url for a in links), url
        assert "Verder met: Les 2" not in page.get_text(), url
    services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt, correct=False))
    page = BeautifulSoup(officer_client.get("/mijn-training/").content, "lxml")
    assert page.find("a", string="Verder met: Les 2") is not None
    assert page.find("a", string="Verder met de toets") is None


def test_in_english_a_lessons_block_labels_are_english_and_its_content_dutch(tree, officer_client):
    """WCAG 3.1.2: inside the Dutch lesson (lang="nl") the labels a block adds (Key fact, Source, Case, Show the
    explanation, Data, Note, Sources) are marked as the interface's language; the author's text stays Dutch."""
    body = [
        {"type": "key_fact", "value": {"fact": "Een feit", "source": "Bron X"}},
        {
            "type": "case",
            "value": {
                "title": "Op het station",
                "setting": "station",
                "situation": "<p>Een jongen</p>",
                "question": "Wat zie je?",
                "reflection": "<p>Let op</p>",
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "Meldingen",
                "summary": "Meer meldingen",
                "source": "CoMensha",
                "series_a": "Aantal",
                "label_heading": "",
                "rows": [{"label": "2017", "a": 10, "note": "eerste jaar"}],
            },
        },
        {"type": "sources", "value": [{"title": "Kamerbrief 2017", "url": ""}]},
    ]
    lesson = LessonPage(title="Blokken", slug="blokken", body=json.dumps(body))
    tree.module.add_child(instance=lesson)
    lesson.save_revision().publish()
    english(officer_client)
    soup = soup_of(officer_client.get(lesson.url))

    def language(element) -> str:
        return element.get("lang") or language(element.parent)

    assert soup.select_one(".stream").get("lang") == "nl"
    for label in ("Source", "Case", "Show the explanation", "Data", "Year", "Note", "Sources"):
        found = soup.select_one(".stream").find(string=lambda s, label=label: s and s.strip().startswith(label))
        assert found is not None and language(found.parent) == "en", label
    assert language(soup.select_one(".key-fact")) == "en" and soup.select_one(".key-fact")["aria-label"] == "Key fact"
    for content in (
        "Een feit",
        "Bron X",
        "Op het station",
        "Een jongen",
        "Wat zie je?",
        "Let op",
        "Meldingen",
        "Kamerbrief 2017",
    ):
        found = soup.select_one(".stream").find(string=lambda s, content=content: s and content in s)
        assert found is not None and language(found.parent) == "nl", content


def test_a_timed_quiz_carries_its_deadline_on_the_servers_clock_for_the_countdown(tree, officer, officer_client):
    tree = quiz_configure(tree, time_limit_minutes=10)
    assert "data-time-left" not in officer_client.get(tree.quiz.url).content.decode()  # not started: no countdown
    officer_client.post(tree.quiz.url + "start/")
    timer = soup_of(officer_client.get(tree.quiz.url)).select_one(".quiz-status [data-time-left]")
    until, now = datetime.fromisoformat(timer["data-until"]), datetime.fromisoformat(timer["data-now"])
    assert timedelta(minutes=9, seconds=30) <= until - now <= timedelta(minutes=10, seconds=30)  # grace, rounded down
    assert timer["data-many"] == "Nog __N__ minuten" and timer["data-over"] == "De tijd is om: lever nu in."
    quiz_configure(tree, time_limit_minutes=0)  # the open attempt keeps the deadline it started with
    assert "data-time-left" in officer_client.get(tree.quiz.url).content.decode()


@pytest.mark.browser
def test_the_countdown_says_the_time_left_and_speaks_at_five_and_one_minute(tree, officer, officer_client):
    """js/signaal.js counts down on the server's clock (whatever the phone's clock says), never more than there is,
    and says it to screen readers at 5 minutes, 1 minute, under a minute and when the time is up, not in between."""
    tree = quiz_configure(tree, time_limit_minutes=10)
    officer_client.post(tree.quiz.url + "start/")
    html = officer_client.get(tree.quiz.url).content.decode()
    timer = BeautifulSoup(html, "lxml").select_one("[data-time-left]")
    left = datetime.fromisoformat(timer["data-until"]) - datetime.fromisoformat(timer["data-now"])
    html = html.replace("</body>", f"<script>{JS.read_text()}</script></body>")
    phone_clock = datetime(2030, 1, 1, 3, 0)  # far from the server's: only the time passed since counts
    with phone(html, script_done=True, clock=phone_clock) as page:
        shown, spoken = page.locator("[data-time-left]"), page.locator("[data-time-alert]")
        left -= timedelta(seconds=1)  # phone() let the clock run a second before the page
        assert shown.inner_text() == f"Nog {int(left.total_seconds() // 60)} minuten" and spoken.inner_text() == ""
        for at, text, said in [
            (timedelta(minutes=7, seconds=30), "Nog 7 minuten", ""),
            (timedelta(minutes=5, seconds=30), "Nog 5 minuten", "Nog 5 minuten"),
            (timedelta(minutes=4, seconds=10), "Nog 4 minuten", "Nog 5 minuten"),
            (timedelta(minutes=1, seconds=30), "Nog 1 minuut", "Nog 1 minuut"),
            (timedelta(seconds=40), "Nog minder dan een minuut", "Nog minder dan een minuut"),
            (timedelta(seconds=-5), "De tijd is om: lever nu in.", "De tijd is om: lever nu in."),
        ]:
            page.clock.run_for(int((left - at).total_seconds() * 1000))
            left = at
            assert (shown.inner_text(), spoken.inner_text()) == (text, said), at


@pytest.mark.browser
def test_without_storage_on_the_device_the_quiz_bar_still_counts_and_counts_down(tree, officer, officer_client):
    """A browser that refuses localStorage (a locked-down phone) keeps nothing, but still shows how many questions
    are answered and the time left; it does not claim the choices are kept."""
    tree = quiz_configure(tree, time_limit_minutes=10)
    officer_client.post(tree.quiz.url + "start/")
    refuse = "<script>Object.defineProperty(window, 'localStorage', {get() { throw new Error('refused'); }});</script>"
    html = officer_client.get(tree.quiz.url).content.decode()
    html = html.replace("<head>", "<head>" + refuse).replace("</body>", f"<script>{JS.read_text()}</script></body>")
    with phone(html) as page:
        assert page.locator("[data-quiz-status]").is_visible()
        assert page.locator("[data-time-left]").inner_text().startswith("Nog ")
        page.locator("#vraag-1 input").first.check()
        page.locator("#vraag-3 input").first.check()
        assert page.locator("[data-progress-count]").inner_text() == "2"
        assert page.locator("progress").evaluate("bar => bar.value") == 2
        assert page.locator("[data-saved-note]").is_hidden()
