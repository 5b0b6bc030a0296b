"""Issue 18: a hostile-input crawl. For each role, every URL the crawl reaches, every GET parameter it sees and
every form it is shown get a fixed corpus of hostile values. Any 5xx fails; any control character stored in a
curriculum/auth/wagtail text column fails.

Django test client (no browser), so it runs on SQLite and PostgreSQL. Deterministic: sorted iteration, a fixed
corpus, value-major order (every target gets the first values before any gets the later ones), and a request
budget per role. The rate limits are raised for the crawl (they have their own tests): a 429 would only hide
what the crawl is looking for.
"""

import os
import time
import zlib
from collections import deque
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client

from tests.crawl_data import crawl_data_build
from tests.crawl_util import (
    forms_extract,
    links_extract,
    same_origin_path,
    stored_control_chars_scan,
    url_key,
    url_path_pattern,
)

ROLES = ["anonymous", "officer", "manager", "trainer", "moderator", "admin"]
START = ["/", "/admin/", "/login/", "/zoeken/", "/mijn-training/", "/mijn-gegevens/", "/certificaat/controleer/"]
PAGE_CAP = 60  # distinct URL kinds fetched per role while crawling
PER_PATTERN = 2  # e.g. two user edit pages, not three hundred
BUDGET = 240  # hostile requests per role
RAW = object()  # marker: the value is already percent-encoded (invalid UTF-8 must reach the server as bytes)
HOSTILE = [
    ("nul", "a\x00b"),
    ("ctrl-01", "x\x01y"),
    ("bad-utf8", (RAW, "%ff%fe%C0%AF")),
    ("huge-number", "99999999999999999999"),
    ("negative", "-1"),
    ("vtab", "titel\x0bmet vtab"),
    ("formula", "=cmd|' /C calc'!A0"),
    ("sql", "' OR 1=1--"),
    ("template", "{{7*7}}{% debug %}"),
    ("ctrl-1f", "\x1f"),
    ("del", "\x7f"),
    ("100kB", "A" * 100_000),
]
FREE_TEXT = ("text", "textarea", "search", "email", "url", "tel")


def _valid_guess(f):
    """A plausible valid value for a field that is not under attack."""
    if f.value:
        return f.value
    if f.kind in ("select", "select-multiple"):
        return next((o for o in f.options if o), "")
    guesses = {
        "email": "crawl@politie.example",
        "number": "1",
        "date": "2026-12-31",
        "url": "https://example.org/",
        "datetime-local": "2026-12-31T10:00",
        "tel": "0612345678",
    }
    if f.kind in guesses:
        return guesses[f.kind]
    if "slug" in f.name or f.name in ("code", "key", "username"):
        return f"crawl-{zlib.crc32(f.name.encode()) % 1000}"
    return "Crawl tekst"


SKIP_FORM_ACTIONS = ("/i18n/setlang/",)  # changes only the language cookie; hostile values are ignored there


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The crawl data, built once for the module inside a transaction that is rolled back at the end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield crawl_data_build()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def open_limits(settings):
    settings.REQUEST_RATE_LIMITS = {"export": 10**6, "report": 10**6, "search": 10**6, "not_found": 10**6}
    settings.LOGIN_IP_FAILURE_LIMIT = 10**6


def _encoded(value):
    return value[1] if isinstance(value, tuple) and value[0] is RAW else quote(value, safe="")


def _query(pairs):
    return "&".join(f"{quote(k, safe='')}={_encoded(v)}" for k, v in pairs)


class Crawler:
    def __init__(self, client, role):
        self.client, self.role = client, role
        self.requests = 0
        self.failures = []
        self.timing = {}
        self.label = "crawl"
        self.pages = {}  # url → html, in crawl order
        self.params = {}  # (path pattern, name) → (path, pairs): one real URL per parameter kind

    def send(self, method, url, **kwargs):
        self.requests += 1
        started = time.perf_counter()
        response = getattr(self.client, method)(url, **kwargs)
        pattern = (method, url_path_pattern(urlsplit(url).path))
        self.timing[pattern] = self.timing.get(pattern, 0) + time.perf_counter() - started
        if response.status_code >= 500:
            shown = url if len(url) < 300 else url[:300] + "…"
            self.failures.append(f"{self.role}: {method.upper()} {shown} → {response.status_code} ({self.label})")
        return response

    def crawl(self):
        queue = deque(START)
        keys, per_pattern = set(), {}
        while queue and len(self.pages) < PAGE_CAP:
            url = queue.popleft()
            key, pattern = url_key(url), url_path_pattern(urlsplit(url).path)
            if key in keys or per_pattern.get(pattern, 0) >= PER_PATTERN * 8 or "export=" in url:
                continue
            keys.add(key)
            per_pattern[pattern] = per_pattern.get(pattern, 0) + 1
            response = self.send("get", url)
            if response.status_code in (301, 302, 303, 307, 308):
                target = same_origin_path(response["Location"], "http://testserver" + url)
                if target:
                    queue.append(target)
                continue
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            html = response.content.decode("utf-8", "replace")
            self.pages[url] = html
            for link in links_extract(html, "http://testserver" + url):
                link_pattern = url_path_pattern(urlsplit(link).path)
                if link_pattern.count("N") and sum(1 for k in keys if k[0] == link_pattern) >= PER_PATTERN:
                    continue
                queue.append(link)
            parts = urlsplit(url)
            for name, _value in parse_qsl(parts.query, keep_blank_values=True):
                self.params.setdefault((url_path_pattern(parts.path), name), (parts.path, parse_qsl(parts.query)))

    def targets(self):
        """GET targets (url, param) and form targets, sorted, each once per kind."""
        gets = sorted(self.params.items())
        forms, seen = [], set()
        for url in sorted(self.pages):
            for form in forms_extract(self.pages[url], "http://testserver" + url):
                if form.dangerous or urlsplit(form.action).path in SKIP_FORM_ACTIONS:
                    continue
                # Per kind of form: the 20 lessons' "afgerond" forms are one kind (slug paths, same fields).
                action = urlsplit(form.action).path.rstrip("/")
                key = (form.method, action.rpartition("/")[2] if action.count("/") > 2 else action, form.names)
                if key in seen:
                    continue
                seen.add(key)
                forms.append((url, form))
                if form.method == "get":  # GET form fields are parameters too (filters, search)
                    path = urlsplit(form.action).path
                    pairs = [(f.name, f.value) for f in form.fields if f.kind not in ("checkbox", "radio") or f.value]
                    for f in form.fields:
                        gets.append(((url_path_pattern(path), f.name), (path, pairs)))
                    if form.swap_src:
                        swap = urlsplit(form.swap_src)
                        for f in form.fields:
                            gets.append(((url_path_pattern(swap.path) + "#swap", f.name), (form.swap_src, pairs)))
        unique = {}
        for key, value in gets:
            unique.setdefault(key, value)
        return sorted(unique.items()), forms

    def get_hostile(self, target, value):
        (_pattern, name), (path, pairs) = target
        base, _sep, inherited = path.partition("?")  # a swap URL may carry its own query (e.g. ?unit=4)
        kept = [(k, v) for k, v in pairs if k != name]
        query = _query(kept + [(name, value)])
        self.send("get", f"{base}?{inherited + '&' if inherited else ''}{query}")

    def get_repeated(self, target):
        (_pattern, name), (path, pairs) = target
        base = path.partition("?")[0]
        query = _query([(k, v) for k, v in pairs if k != name] + [(name, "1"), (name, "2"), (name, "x"), (name, "")])
        self.send("get", f"{base}?{query}")

    def post_hostile(self, page_url, form, value, only=None):
        raw = isinstance(value, tuple)
        text_value = value[1] if raw else value
        data, files = [], {}
        for f in form.fields:
            if f.kind == "file":
                row = b"X1,\xff\xfe,a@b.example,BT-AMS-C1\n" if raw else f"X1,{value},a@b.example,BT-AMS-C1\n".encode()
                files[f.name] = SimpleUploadedFile(
                    "hostile.csv", b"personeelsnummer,naam,e-mail,eenheidcode\n" + row, "text/csv"
                )
            elif f.kind in ("checkbox", "radio"):
                if f.value:
                    data.append((f.name, f.value))
            elif f.kind == "hidden" or (f.kind == "password" and not self.login_form(form)):
                data.append((f.name, f.value))  # hidden state as shown; never change a role's own password
            elif only is None or f.name == only:
                data.append((f.name, value))
            else:
                data.append((f.name, _valid_guess(f)))
        if form.method == "get":
            return self.send("get", f"{urlsplit(form.action).path}?{_query(data)}")
        if raw and not files:
            return self.send("post", form.action, data=_query(data), content_type="application/x-www-form-urlencoded")
        plain = {}
        for k, v in data:
            plain.setdefault(k, []).append(text_value if v is value else v)
        return self.send("post", form.action, data={**plain, **files})

    @staticmethod
    def login_form(form):
        return urlsplit(form.action).path.startswith(("/login", "/admin/login"))

    def attack(self):
        gets, forms = self.targets()
        # First, so the budget never cuts it: one control character in one field at a time, the other fields
        # valid, so a form that stores it is caught by the scan (with every field hostile, nothing validates).
        for page_url, form in forms:
            if form.method != "post":
                continue
            for f in form.fields:
                if f.kind in FREE_TEXT and self.requests < self.budget:
                    self.label = f"control characters in field {f.name}"
                    self.post_hostile(page_url, form, "x\x01y\x0bz", only=f.name)
        for label, value in HOSTILE:
            self.label = f"{label} in every parameter/field"
            for target in gets:
                if self.requests >= self.budget:
                    return
                self.get_hostile(target, value)
            for page_url, form in forms:
                if self.requests >= self.budget:
                    return
                if value is not HOSTILE[0][1] and not any(
                    f.kind not in ("hidden", "checkbox", "radio") for f in form.fields
                ):
                    continue  # nothing to fill in: one submission says all
                self.post_hostile(page_url, form, value)
        self.label = "repeated parameter"
        for target in gets:
            if self.requests >= self.budget:
                return
            self.get_repeated(target)


@pytest.mark.crawl
@pytest.mark.parametrize("role", ROLES)
def test_hostile_crawl(role, world, db, open_limits, capsys):
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(world["users"][role])
    crawler = Crawler(client, role)
    t0 = time.perf_counter()
    crawler.crawl()
    t1 = time.perf_counter()
    crawler.budget = crawler.requests + BUDGET
    crawler.attack()
    t2 = time.perf_counter()
    stored = stored_control_chars_scan()
    t3 = time.perf_counter()
    if os.environ.get("CRAWL_TIMING"):
        with capsys.disabled():
            print(
                f"crawl {t1 - t0:.1f}s attack {t2 - t1:.1f}s scan {t3 - t2:.1f}s "
                f"requests {sum(crawler.timing.values()):.1f}s"
            )
            for pattern, seconds in sorted(crawler.timing.items(), key=lambda kv: -kv[1])[:15]:
                print(f"{seconds:6.2f}s {pattern}")
    with capsys.disabled():
        print(
            f"\nhostile crawl {role}: {len(crawler.pages)} pages, {crawler.requests} requests, "
            f"{len(crawler.failures)} server errors, {len(stored)} stored control characters"
        )
    problems = list(dict.fromkeys(crawler.failures)) + [f"{role}: stored control character: {s}" for s in stored]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:200])
