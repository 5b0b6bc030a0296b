"""What the topology tests share: a browser-like HTTP client for the proxy (TLS with the topology's own
certificate, cookies, CSRF, a chosen loopback source address), the seed data and database helpers."""

import json
import re
import threading
import time

import psycopg
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

PASSWORD = "pw-Test-12345"  # tests.helpers.PASSWORD: every factory-made user's password
TIMEOUT = 120
# A browser resends a request once when a kept-alive connection it reused was closed before any answer came back
# (Chromium: HttpNetworkTransaction::ShouldResendRequest, for every method). That race is normal while nginx
# reloads: an old worker closes its idle connections as it exits. A second failure is a failure.
BROWSER_RESEND = Retry(total=1, connect=1, read=1, status=0, other=1, allowed_methods=None, raise_on_status=False)

SEED = r"""
import json
from datetime import timedelta
from django.utils import timezone
from curriculum import services
from curriculum.domain import roles
from tests.factories import manager_of, officer_in, org_create, tree_create, user_create

tree = tree_create(slug="signalen", questions=6, lessons=2)
org = org_create()
officers = [officer_in(org.teams[i % 4], f"agent{i:02d}", email=f"agent{i:02d}@politie.example") for i in range(40)]
services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate() + timedelta(days=30))
manager_of(org.districts[0], "leiding")
user_create("opleider", roles.TRAINERS)
user_create("redactie", roles.MODERATORS)
print("SEED " + json.dumps({
    "module": tree.module.url, "module_id": tree.module.pk, "lessons": [p.url for p in tree.lessons],
    "quiz": tree.quiz.url, "district": org.districts[0].pk, "officers": [u.username for u in officers],
}))
"""


class SourceAddressAdapter(HTTPAdapter):
    """Connect from a chosen loopback address (127.0.0.0/8): each test is its own client address."""

    def __init__(self, address: str, **kwargs):
        self.address = address
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


class Browser:
    """A person's browser against the proxy (or one app server): cookies, CSRF token, Referer."""

    def __init__(self, topology, *, address: str = "127.0.0.1", base: str | None = None, headers: dict | None = None):
        self.base = base or topology.base_url
        self.http = requests.Session()
        self.verify = str(topology.cert)  # per request: REQUESTS_CA_BUNDLE in the environment beats Session.verify
        self.http.headers.update({"Referer": self.base + "/", **(headers or {})})
        for prefix in ("https://", "http://"):
            adapter = (
                SourceAddressAdapter(address, max_retries=BROWSER_RESEND)
                if address != "127.0.0.1"
                else HTTPAdapter(max_retries=BROWSER_RESEND)
            )
            self.http.mount(prefix, adapter)

    def on(self, topology, name: str) -> "Browser":
        """The same browser (same cookies), through the proxy port that serves only app server `name`."""
        other = Browser(topology, base=f"https://127.0.0.1:{topology.pinned_port(name)}")
        other.http.cookies = self.http.cookies
        other.http.adapters = self.http.adapters
        return other

    def get(self, path: str, **kw) -> requests.Response:
        return self.http.get(self.base + path, allow_redirects=False, timeout=TIMEOUT, verify=self.verify, **kw)

    def post(self, path: str, data=None, **kw) -> requests.Response:
        """POST a form; `data` is a dict or a QueryDict (every value of a multi-valued field is sent)."""
        items = (
            [(k, v) for k, values in data.lists() for v in values]
            if hasattr(data, "lists")
            else list((data or {}).items())
        )
        if not any(k == "csrfmiddlewaretoken" for k, _v in items):
            items.append(("csrfmiddlewaretoken", self.http.cookies.get("csrftoken", "")))
        return self.http.post(
            self.base + path, data=items, allow_redirects=False, timeout=TIMEOUT, verify=self.verify, **kw
        )

    def login(self, username: str, password: str = PASSWORD) -> requests.Response:
        self.get("/login/")
        return self.post("/login/", {"username": username, "password": password})

    def quiz_form(self, quiz: str) -> dict:
        """The open attempt's form as the browser would submit it: attempt id and the first choice per question."""
        html = self.get(quiz).text
        attempt = re.search(r'name="attempt" value="(\d+)"', html)
        data = {"attempt": attempt.group(1) if attempt else ""}
        for question, choice in re.findall(r'name="q-(\d+)" value="(\d+)"', html):
            data.setdefault(f"q-{question}", choice)
        return data


def seed(topology) -> dict:
    out = topology.python(SEED)
    return json.loads(next(line for line in out.splitlines() if line.startswith("SEED "))[5:])


def sql(topology, query: str, params=(), *, which: str = "primary"):
    with psycopg.connect(topology.database_url(which), autocommit=True, connect_timeout=5) as conn:
        cursor = conn.execute(query, params)
        return cursor.fetchall() if cursor.description else None


def upstream(response) -> str:
    """Which app server answered (tests run nginx with X-Signaal-Upstream)."""
    return response.headers.get("X-Signaal-Upstream", "")


def until(check, what: str, timeout: float = TIMEOUT, load=None):
    """Poll `check` until it is true; on time-out, say what was awaited (and the last answers of `load`)."""
    deadline = time.monotonic() + timeout
    while not (result := check()):
        detail = f"; last answers: {load.statuses[-10:]}" if load is not None else ""
        assert time.monotonic() < deadline, f"timed out waiting for {what}{detail}"
        time.sleep(0.05)  # polling interval, not a timing assumption
    return result


class Load:
    """Background clients looping `step(browser, i)` until stopped; every response status is recorded."""

    def __init__(self, clients: list, step):
        self.clients, self.step = clients, step
        self.statuses: list[tuple[float, int, str]] = []
        self.stop_event = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, args=(i,)) for i in range(len(clients))]

    def record(self, status: int, what: str = ""):
        with self.lock:
            self.statuses.append((time.monotonic(), status, what))

    def _run(self, i):
        while not self.stop_event.is_set():
            try:
                self.step(self, self.clients[i], i)
            except requests.RequestException as error:
                self.record(599, type(error).__name__)
            except Exception as error:  # noqa: BLE001 - an assertion in a client thread: recorded, the test sees it
                self.record(598, repr(error))

    def count(self) -> int:
        with self.lock:
            return len(self.statuses)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        for t in self.threads:
            t.join(TIMEOUT)
