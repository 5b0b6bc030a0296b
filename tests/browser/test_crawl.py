"""The exhaustive crawl. For each role (officer, trainer, moderator, manager, admin) log in and visit every
same-origin page the role can reach from its start page; on each listing click every sort header, every filter,
every pagination link and every export; submit the search, filter, login, officer-site and admin edit/create
forms with valid and invalid input (delete, publish, move and other irreversible forms excepted), and reach page 3
of the listings the data set fills (THIRD_PAGES). Any 4xx on something the role was shown, any 5xx, any console
error and any axe violation (officer site pages, and one page per admin URL pattern) fails, with the list of all
failures.

Bounded and deterministic: URLs are deduplicated by kind (tests/crawl_util.py: path with numbers as N, plus the
sorted query keys; each distinct sort, page and export link is its own kind), one detail page per kind,
 at most CAP requests per role, in breadth-first document order. The rate limits are raised for the
crawl: one person clicking everything is what the crawl simulates, and the limits have their own tests.
"""

import os
import re
import time
from collections import deque
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache

from tests.browser.helpers import WCAG_TAGS, _axe
from tests.crawl_data import PASSWORD, crawl_data_build
from tests.crawl_util import (
    first_choice,
    forms_extract,
    link_kind,
    links_extract,
    url_key,
    url_path_pattern,
)

pytestmark = [pytest.mark.browser, pytest.mark.crawl]

ROLES = os.environ.get("CRAWL_ROLES", "officer,trainer,moderator,manager,admin").split(",")  # subset: debugging
# Requests per role (navigations, exports, form submissions). 220 keeps the five roles near 8 minutes on two
# busy cores and reaches every listing's controls in breadth-first order; CRAWL_CAP=400 for a deeper crawl.
CAP = int(os.environ.get("CRAWL_CAP", "220"))
# The admin sees every listing and every edit form: it needs more requests to reach page 3 of each.
ROLE_CAP = {"admin": int(os.environ.get("CRAWL_CAP_ADMIN", "380"))}
LOGIN = {"officer": "/login/"}  # the staff roles log in on the admin
# Listings the data set (tests/crawl_data.py) fills to three pages: the crawl must have clicked through to page 3.
THIRD_PAGES = {
    # The page explorer of the curriculum holds 105 draft modules (three pages).
    "admin": [re.compile(r"^/admin/users/.*[?&]p=3"), re.compile(r"^/admin/pages/\d+/.*[?&]p=3")],
    "trainer": [re.compile(r"^/admin/reports/questions/.*[?&]p=3"), re.compile(r"^/admin/snippets/.*[?&]p=3")],
    "manager": [re.compile(r"^/admin/reports/.*[?&]p=3")],
}
# The images/documents "add multiple" form has no submit button: Wagtail's upload script posts each chosen file.
# Sent without a file it is Wagtail's own 400 ("Must upload a file"), which no user can reach.
SKIP_FORMS = ("/i18n/setlang/", "/admin/images/multiple/add/", "/admin/documents/multiple/add/")


# Violations in Wagtail 8.0's own admin templates, which Signaal does not render itself. Each is matched by URL
# pattern, rule and target, so any other violation (and any on these pages in our own markup) still fails.
KNOWN_WAGTAIL_VIOLATIONS = [
    # images/documents "add multiple": the hidden file input #fileupload has no label (wagtailimages/multiple/add.html)
    (re.compile(r"^/admin/(images|documents)/multiple/add/$"), "label", "#fileupload"),
    # page editor: ListBlock children are rendered without their label; Draftail's editor has no accessible name;
    # the minimap list scrolls without being focusable
    (re.compile(r"^/admin/pages/\d+/edit/$"), "label", "-value-signals-"),
    (re.compile(r"^/admin/pages/\d+/edit/$"), "label", "#learning_objectives-"),  # the module's objectives list
    (re.compile(r"^/admin/pages/\d+/edit/$"), "aria-input-field-name", ".notranslate"),
    (re.compile(r"^/admin/pages/\d+/edit/$"), "scrollable-region-focusable", ".w-minimap__list"),
    # page editor and page create form (add_subpage redirects to it when one page type is allowed): the tag
    # field's jQuery UI autocomplete input (AdminTagWidget) has no label of its own
    (re.compile(r"^/admin/pages/(\d+/edit|\d+/add_subpage|add/\w+/\w+/\d+)/$"), "label", ".ui-autocomplete-input"),
    # workflows listing: task tooltips are <li> inside a <ul> built from a <div> (wagtailadmin/workflows/index.html)
    (re.compile(r"^/admin/workflows/list/$"), "list", ".workflow-tasks"),
    (re.compile(r"^/admin/workflows/list/$"), "listitem", "li[data-w-tooltip-content-value"),
]


def _known_upstream(path, violation):
    targets = [str(t) for node in violation["nodes"] for t in node["target"]]
    # Every node must be a known upstream one (one violation can mix, e.g., objectives and signal-list items).
    known = [
        marker for pattern, rule, marker in KNOWN_WAGTAIL_VIOLATIONS if pattern.match(path) and violation["id"] == rule
    ]
    return bool(known) and all(any(marker in t for marker in known) for t in targets)


EXPLORER = re.compile(r"^/admin/pages/\d+/$")
EXPLORER_KINDS = 4  # the root's, the home page's, the curriculum's (three pages of modules) and one module's explorer


def _is_admin(path):
    return path.startswith("/admin/")


class RoleCrawl:
    def __init__(self, page, role, base, axe_patterns):
        self.page, self.role, self.base = page, role, base
        self.axe_patterns = axe_patterns  # shared by the roles: one axe run per admin URL pattern
        self.requests = 0
        self.cap = ROLE_CAP.get(role, CAP)
        self.pages = 0
        self.failures = []
        self.refused_posts = []  # a form the crawl submitted, answered 400: fine only with the form's errors shown
        self.current = "(login)"
        self.forms_done = set()
        self.visited = []
        self.timing = {}
        self.external_hosts = set()
        self.explorers = []  # explorer paths that are kinds of their own, in the order found
        # A page that takes longer than this on two busy cores is a finding; 10 s (the journeys' limit) is too
        # tight for the admin's history report while the other CI pass shares the machine.
        page.set_default_navigation_timeout(30_000)
        page.on("response", self._on_response)
        page.on("console", self._on_console)
        page.on("requestfailed", self._on_request_failed)
        page.on("pageerror", lambda error: self.fail(self.current, f"page error: {error}"))

    def key(self, url):
        """url_key, except that the first EXPLORER_KINDS page explorers are each their own kind: the explorer of
        the curriculum (with its three pages of modules) is another listing than the explorer of the home page."""
        path = urlsplit(url).path
        if not EXPLORER.match(path):
            return url_key(url)
        if path not in self.explorers and len(self.explorers) < EXPLORER_KINDS:
            self.explorers.append(path)
        return (path if path in self.explorers else "explorer", url_key(url))

    def fail(self, url, what):
        self.failures.append(f"{self.role}: {url}: {what}")

    def _on_response(self, response):
        if response.status < 400:
            return
        parts = urlsplit(response.url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.netloc != urlsplit(self.base).netloc:
            return self.external(response.url, f"HTTP {response.status}")
        request = response.request
        if response.status == 400 and request.method == "POST" and request.resource_type == "document":
            # Invalid input may be answered 400 with the form and its errors (the managers' action forms): submit()
            # checks that the page says what is wrong.
            return self.refused_posts.append(path)
        self.fail(path, f"HTTP {response.status} ({response.request.resource_type}, on {self.current})")

    def _on_request_failed(self, request):
        failure = request.failure or ""
        if "ERR_ABORTED" in failure:  # a navigation or fetch we replaced by the next one
            return
        if urlsplit(request.url).netloc != urlsplit(self.base).netloc:
            return self.external(request.url, f"request failed: {failure}")
        self.fail(request.url[:160], f"request failed: {failure} ({request.resource_type}, on {self.current})")

    def external(self, url, what):
        """A request to another host (e.g. an avatar service): reported once per host, it is one finding."""
        host = urlsplit(url).netloc
        if host not in self.external_hosts:
            self.external_hosts.add(host)
            self.fail(url[:160], f"request to another host ({what}), first on {self.current}")

    def _on_console(self, message):
        # "Failed to load resource" repeats what the response/requestfailed handlers report, with the URL.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.fail(self.current, f"console error: {message.text[:300]}")

    def timed(self, what, started):
        self.timing[what] = self.timing.get(what, 0) + time.perf_counter() - started

    def goto(self, url):
        started = time.perf_counter()
        try:
            return self._goto(url)
        finally:
            self.timed("goto", started)

    def _goto(self, url):
        self.requests += 1
        if os.environ.get("CRAWL_VERBOSE"):
            print(f"  {self.role} #{self.requests} {time.strftime('%H:%M:%S')} {url[:120]}", flush=True)
        self.current = url
        try:
            for attempt in range(3):
                try:
                    self.page.goto(url, wait_until="load")
                    break
                except Exception as error:
                    if "Download is starting" in str(error):  # a file link ("download my data"): check it as one
                        self.requests -= 1
                        self.export(url)
                        return None
                    # ERR_ABORTED, or a navigation the previous step started (a form's POST or redirect on a slow
                    # server, seen twice in a row for the same URL) that overtook this one: let it land, then go
                    # where the crawl meant to go.
                    interrupted = "ERR_ABORTED" in str(error) or "interrupted by another navigation" in str(error)
                    if not interrupted or attempt == 2:
                        raise
                    self.page.wait_for_load_state("load")
        except Exception as error:  # noqa: BLE001 - a timeout or crash is a finding, not the end of the crawl
            self.fail(url, f"navigation failed: {str(error).splitlines()[0][:200]}")
            return None
        for _attempt in range(3):  # a page that navigates again by script (a redirect, a self-submitting form)
            try:
                return self.page.content()
            except Exception as error:
                if "is navigating" not in str(error):
                    raise
                self.page.wait_for_load_state("load")
        return self.page.content()

    def axe(self, url):
        """axe on officer pages (officer role) and once per admin URL pattern; see KNOWN_WAGTAIL_VIOLATIONS."""
        path = urlsplit(url).path
        if _is_admin(path):
            pattern = url_path_pattern(path)
            if pattern in self.axe_patterns:
                return
            self.axe_patterns.add(pattern)
        elif self.role != "officer":
            return
        started = time.perf_counter()
        try:
            result = _axe.run(self.page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        except Exception as error:  # noqa: BLE001
            self.fail(url, f"axe could not run: {str(error)[:200]}")
            return
        finally:
            self.timed("axe", started)
        for v in result.response["violations"]:
            if _known_upstream(path, v):
                continue
            targets = [n["target"] for n in v["nodes"]][:3]
            self.fail(url, f"axe {v['id']} ({v['impact']}): {v['help']} → {targets}")

    def login(self):
        url = LOGIN.get(self.role, "/admin/login/")
        self.goto(url)
        for password, valid in (("fout-wachtwoord", False), (PASSWORD, True)):  # invalid input, then valid
            self.page.fill("#id_username", self.role)
            self.page.fill("#id_password", password)
            self.requests += 1
            self.page.locator("form:has(#id_password) [type=submit]").first.click()
            self.page.wait_for_load_state("load")
            still_on_login = urlsplit(self.page.url).path == url
            if still_on_login == valid:
                self.fail(url, f"login with {'the right' if valid else 'a wrong'} password: ended on {self.page.url}")
        return "/admin/" if url.startswith("/admin/") else "/"

    def export(self, url):
        self.requests += 1
        response = self.page.request.get(url)
        body = response.body()
        if response.status != 200 or not body:
            self.fail(url, f"export: HTTP {response.status}, {len(body)} bytes")

    def submit(self, url, form, values, label):
        """Reload `url`, set `values` in form number `form.selector_index`, submit it as a user would (Wagtail's
        filter/search script may fetch results instead of navigating), and wait until the network is quiet."""
        if self.goto(url) is None:
            return
        self.requests += 1
        self.current = f"{url} [{label}]"
        self.refused_posts.clear()
        script = """([index, values]) => {
          const form = document.querySelectorAll('form')[index];
          if (!form) return false;
          for (const [name, value] of values) {
            for (const el of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
              if (el.type === 'checkbox' || el.type === 'radio') { if (el.value === value) el.checked = true; }
              else { el.value = value; }
              el.dispatchEvent(new Event('input', {bubbles: true}));
              el.dispatchEvent(new Event('change', {bubbles: true}));
            }
          }
          // Whether the browser will navigate: the submit event fires (the form is valid) and no handler (Wagtail's
          // filter script fetches instead) prevents it. This listener on window runs after the form's own.
          let navigates = false;
          const seen = (event) => { navigates = !event.defaultPrevented; };
          window.addEventListener('submit', seen);
          window.__crawlOldDocument = true;
          form.requestSubmit();
          window.removeEventListener('submit', seen);
          return navigates ? 'navigates' : 'stays';
        }"""
        try:
            outcome = self.page.evaluate(script, [form.selector_index, values])
            if not outcome:
                self.fail(url, f"{label}: form not found")
            elif outcome == "navigates":
                # The old document stays "loaded" until the response commits: wait for the new document (the flag
                # is gone), or the next goto races the POST and is interrupted by it.
                self.page.wait_for_function("() => window.__crawlOldDocument !== true", timeout=20_000)
            self.page.wait_for_load_state("load")
            if form.swap_src:  # Wagtail fetches the results by script: wait for them
                self.page.wait_for_load_state("networkidle", timeout=5_000)
        except Exception as error:  # noqa: BLE001 - navigation during evaluate, or a slow page
            if "Execution context was destroyed" not in str(error) and "Timeout" not in str(error):
                self.fail(url, f"{label}: {str(error).splitlines()[0][:200]}")
            try:
                self.page.wait_for_load_state("load")
            except Exception:  # noqa: BLE001
                pass
        for path in self.refused_posts:
            if not self.page.locator("[role=alert], .error-message, .help-critical").count():
                self.fail(path, f"HTTP 400 without an error message on the page ({self.current})")
        self.refused_posts.clear()

    def forms(self, url, html):
        path = urlsplit(url).path
        for form in forms_extract(html, self.base + url):
            action = urlsplit(form.action).path
            if form.dangerous or action in SKIP_FORMS or "password" in form.names and "username" in form.names:
                continue
            # Per kind of form: the twenty lessons' "afgerond" forms are one kind (slug paths, same fields).
            tail = action.rstrip("/").rpartition("/")[2] if not _is_admin(action) else url_path_pattern(action)
            key = (form.method, _is_admin(path), tail, form.names)
            if key in self.forms_done or self.requests >= self.cap:
                continue
            self.forms_done.add(key)
            if form.method == "get":
                self.get_form(url, form)
            elif not _is_admin(action):
                self.post_form(url, form)
            else:
                self.admin_post_form(url, form)

    def get_form(self, url, form):
        """Search and filter forms: every filter field once with a value; a search with and without hits."""
        done = set()
        for field in form.fields:
            if field.name in done or field.kind == "hidden":
                continue
            done.add(field.name)
            if self.requests >= self.cap:
                return
            if field.kind in ("select", "select-multiple", "checkbox", "radio"):
                choice = first_choice(field)
                if choice is not None:
                    self.submit(url, form, [[field.name, choice]], f"filter {field.name}={choice}")
            elif field.kind in ("search", "text") and field.name in ("q", "search", "query"):
                self.submit(url, form, [[field.name, "mensenhandel"]], f"search {field.name}")
                self.submit(url, form, [[field.name, "zzqx-geen-treffer"]], f"search {field.name} (no hits)")
            elif field.kind == "date":
                self.submit(url, form, [[field.name, "2026-12-31"]], f"filter {field.name}")

    def post_form(self, url, form):
        """Officer-site forms: with the text fields empty (invalid) and filled (valid), or as shown."""
        text = [f for f in form.fields if f.kind in ("text", "textarea", "email", "password", "search")]
        if text:
            self.submit(url, form, [[f.name, ""] for f in text], "form, empty fields")
            valid = [
                [
                    f.name,
                    PASSWORD
                    if f.kind == "password"
                    else f"{self.role}@signaal.example"
                    if f.kind == "email"
                    else "Sanne",
                ]
                for f in text
            ]
            self.submit(url, form, valid, "form, filled in")
        else:
            choices = [
                [f.name, first_choice(f)]
                for f in form.fields
                if first_choice(f) is not None and f.kind in ("radio", "checkbox", "select")
            ]
            self.submit(url, form, choices, "form as shown")

    def admin_post_form(self, url, form):
        """Admin edit and create forms: submitted as shown (an edit form unchanged is valid input; Wagtail's
        page and snippet editors save a draft) and with every required text field emptied (invalid input: the
        form must come back with its errors, answered 200 or 400, never another 4xx or a 5xx)."""
        if "csrfmiddlewaretoken" not in form.names:  # driven by Wagtail's scripts (e.g. editing sessions)
            return
        self.submit(url, form, [], "admin form as shown")
        required = [[f.name, ""] for f in form.fields if f.required and f.kind in ("text", "textarea", "email")]
        if required and self.requests < self.cap:
            self.submit(url, form, required, "admin form, required fields empty")

    def run(self):
        start = self.login()
        queue = deque([start])
        seen = set()
        while queue and self.requests < self.cap:
            url = queue.popleft()
            key = self.key(url)  # one URL per kind: /admin/users/N/edit/ once, each sort/page/export link once
            if key in seen:
                continue
            seen.add(key)
            self.visited.append(url)
            if link_kind(url) == "export":
                self.export(url)
                continue
            html = self.goto(url)
            self.pages += 1
            if html is None or urlsplit(self.page.url).netloc != urlsplit(self.base).netloc:
                continue
            self.axe(url)
            landed = urlsplit(self.page.url)
            landed_url = landed.path + (f"?{landed.query}" if landed.query else "")
            started = time.perf_counter()
            for link in links_extract(html, self.base + landed_url):
                if self.key(link) not in seen:
                    # Pagination and page explorers first: a listing's next pages (and the curriculum's modules)
                    # are reached before the budget runs out.
                    if link_kind(link) == "page" or EXPLORER.match(urlsplit(link).path):
                        queue.appendleft(link)
                    else:
                        queue.append(link)
            self.timed("parse", started)
            started = time.perf_counter()
            self.forms(landed_url, html)
            self.timed("forms", started)
        return self.failures


def test_every_role_can_click_everything_it_is_shown(new_page, live_server, settings):
    settings.REQUEST_RATE_LIMITS = {"export": 10**6, "report": 10**6, "search": 10**6, "not_found": 10**6}
    settings.LOGIN_IP_FAILURE_LIMIT = 10**6
    crawl_data_build()
    failures, counts, axe_patterns = [], {}, set()
    for role in ROLES:
        cache.clear()
        started = time.perf_counter()
        crawl = RoleCrawl(new_page(), role, live_server.url, axe_patterns)
        failures += crawl.run()
        counts[role] = crawl.requests
        for listing in THIRD_PAGES.get(role, ()):
            if not any(listing.search(url) for url in crawl.visited):
                failures.append(f"{role}: never reached page 3 of a listing matching {listing.pattern}")
        timing = ", ".join(f"{k} {v:.0f}s" for k, v in sorted(crawl.timing.items()))
        print(
            f"crawl {role}: {crawl.requests} requests, {crawl.pages} pages, {len(crawl.failures)} failures, "
            f"{time.perf_counter() - started:.0f}s ({timing})",
            flush=True,
        )
    print("crawl requests per role:", counts)
    assert not failures, f"{len(failures)} failures (requests per role: {counts}):\n" + "\n".join(failures)
