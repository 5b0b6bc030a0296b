"""Locust users for bench/load.py, which runs one phase at a time: `locust -f bench/locustfile.py --headless ... Class`.

Each simulated officer takes an already logged-in session (LOAD_SESSIONS: the cookies bench/load.py got by logging
the officers in through the proxy), so the phases measure the steps, not the logins. No think time: every user
sends its next request as soon as the last one is answered (a closed loop), so N users = N requests in flight.

- Journey: Mijn training → lesson → complete → quiz page → start → form → submit → result (the officer's path).
- SubmitPath: start → form → submit, over and over (the quiz submit path alone).
- BareRead / BareWrite: the ceiling, the same middleware, session and login, one read, or the same writes as a
  submit (an attempt row, six answer rows, an upsert of the progress row) in one transaction, JSON out
  (bench/loadbench/urls.py).

A response that is not what a browser would accept (a status other than the expected one, a page without
"Uitloggen", i.e. logged out) counts as a failure.
"""

import itertools
import json
import os
import re
from http.cookiejar import Cookie

from locust import FastHttpUser, constant, task

SESSIONS = json.loads(os.environ.get("LOAD_SESSIONS", "[]"))  # [{"sessionid": ..., "csrftoken": ...}, ...]
CONTENT = json.loads(os.environ.get("LOAD_CONTENT", "{}"))  # {"lessons": [...], "quiz": ...}
_next = itertools.count()


def _cookie(name: str, value: str) -> Cookie:
    return Cookie(0, name, value, None, False, "127.0.0.1", False, False, "/", True, True, None, True, None, None, {})


class Officer(FastHttpUser):
    abstract = True
    wait_time = constant(0)
    insecure = True  # the topology's self-signed certificate

    def on_start(self):
        session = SESSIONS[next(_next) % len(SESSIONS)]
        for name, value in session.items():
            self.client.cookiejar.set_cookie(_cookie(name, value))
        self.csrf = session["csrftoken"]
        self.referer = {"Referer": self.host + "/"}

    def page(self, name: str, path: str) -> str:
        with self.client.get(path, name=name, catch_response=True, allow_redirects=False) as response:
            if response.status_code != 200 or "Uitloggen" not in (response.text or ""):
                response.failure(f"{response.status_code} {'logged out' if response.status_code == 200 else ''}")
            return response.text or ""

    def post(self, name: str, path: str, data: dict | None = None, expect: int = 302):
        body = {"csrfmiddlewaretoken": self.csrf, **(data or {})}
        with self.client.post(
            path, data=body, name=name, headers=self.referer, catch_response=True, allow_redirects=False
        ) as response:
            if response.status_code != expect:
                response.failure(str(response.status_code))
            return response

    def submit_path(self):
        quiz = CONTENT["quiz"]
        self.post("quiz_start", quiz + "start/")
        html = self.page("quiz_form", quiz)
        attempt = re.search(r'name="attempt" value="(\d+)"', html)
        data = {"attempt": attempt.group(1) if attempt else ""}
        for question, choice in re.findall(r'name="q-(\d+)" value="(\d+)"', html):
            data.setdefault(f"q-{question}", choice)
        return self.post("quiz_submit", quiz + "inleveren/", data)


class Journey(Officer):
    @task
    def journey(self):
        lesson, quiz = CONTENT["lessons"][0], CONTENT["quiz"]
        self.page("my_training", "/")
        self.page("lesson", lesson)
        self.post("lesson_complete", lesson + "voltooid/")
        self.page("quiz", quiz)
        submitted = self.submit_path()
        location = submitted.headers.get("Location") if submitted.status_code == 302 else None
        if location:
            self.page("result", location)


class SubmitPath(Officer):
    @task
    def submit(self):
        self.submit_path()


class BareRead(Officer):
    @task
    def read(self):
        with self.client.get("/__bare/read/", name="bare_read", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(str(response.status_code))


class BareWrite(Officer):
    @task
    def write(self):
        self.post("bare_write", "/__bare/write/", expect=200)
