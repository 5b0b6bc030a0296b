"""Parts of the topology fail under load and the officers notice as little as possible: an app server killed
with SIGKILL mid-submit (X5), a rolling restart (X11), Redis restarted (X12) or down, PostgreSQL restarted.

Load here is a handful of officers' browsers in threads, looping real requests until the test has seen what it
waits for (counted, never timed); a browser retries a request that got no answer or a 502, as a person would
press the button again.
"""

import re
import signal

import pytest
import requests

from tests.topology.rig import Browser, Load, sql, until, upstream

pytestmark = [pytest.mark.topology, pytest.mark.slow]
RETRIES = 100


def _officers(rig, first: int, count: int, address: str) -> list[Browser]:
    browsers = []
    for name in rig.seeded["officers"][first : first + count]:
        browser = Browser(rig, address=address)
        assert browser.login(name).status_code == 302
        browser.name = name
        browsers.append(browser)
    assert len(browsers) == count
    return browsers


def _until_answered(load, kind: str, send):
    """Send until the server answers (not 502/503/504, not a broken connection); record every try."""
    for _ in range(RETRIES):
        try:
            response = send()
        except requests.RequestException as error:
            load.record(599, f"{kind} {type(error).__name__}")
            continue
        load.record(response.status_code, kind)
        if response.status_code not in (502, 503, 504):
            return response
    raise AssertionError(f"{kind}: no answer after {RETRIES} tries")


def test_x5_an_app_server_killed_during_quiz_submits_loses_no_answered_submit_and_duplicates_none(rig):
    quiz = rig.seeded["quiz"]
    browsers = _officers(rig, 10, 8, "127.0.0.31")
    confirmed: dict[str, list[str]] = {b.name: [] for b in browsers}
    [(before,)] = sql(rig, "SELECT coalesce(max(id), 0) FROM curriculum_quizattempt")
    served_by = set()

    def attempt(load, browser, i):
        start = _until_answered(load, "POST start", lambda: browser.post(quiz + "start/"))
        assert start.status_code == 302, start.status_code
        form = _until_answered(load, "GET form", lambda: browser.get(quiz))
        assert form.status_code == 200
        data = _form(form.text)
        submit = _until_answered(load, "POST submit", lambda: browser.post(quiz + "inleveren/", data))
        assert submit.status_code == 302, submit.status_code
        served_by.add(upstream(submit))
        confirmed[browser.name].append(data["attempt"])

    with Load(browsers, attempt) as load:
        until(lambda: sum(map(len, confirmed.values())) >= 16, "submits on both servers before the kill", load=load)
        rig.app_stop("b", signal.SIGKILL)  # master and workers at once, requests in flight
        killed_at = sum(map(len, confirmed.values()))
        until(lambda: sum(map(len, confirmed.values())) >= killed_at + 16, "submits after the kill", load=load)
    assert f"127.0.0.1:{rig.ports.apps[1]}" in served_by
    gets = [status for _t, status, what in load.statuses if what.startswith("GET")]
    posts_failed = [(status, what) for _t, status, what in load.statuses if what.startswith("POST") and status >= 500]
    assert all(status == 200 for status in gets), gets  # nginx sent GETs that B dropped to A
    assert len(posts_failed) <= len(browsers), posts_failed  # at most the POSTs in flight at the kill
    # Every submit answered with a redirect to the result is stored, once; no officer has an attempt more.
    attempts = [a for ids in confirmed.values() for a in ids]
    rows = sql(
        rig,
        "SELECT a.id, a.state, count(r.id), count(DISTINCT r.question_id) FROM curriculum_quizattempt a "
        "LEFT JOIN curriculum_attemptanswer r ON r.attempt_id = a.id JOIN auth_user u ON u.id = a.user_id "
        "WHERE u.username = ANY(%s) AND a.id > %s GROUP BY a.id, a.state",
        [list(confirmed), before],
    )
    submitted = {str(pk): (answers, distinct) for pk, state, answers, distinct in rows if state == "submitted"}
    assert sorted(submitted) == sorted(set(attempts)) and len(attempts) == len(set(attempts))
    assert all(answers == distinct == 6 for answers, distinct in submitted.values())
    assert len([row for row in rows if row[1] != "submitted"]) <= len(browsers)  # at most one open attempt each


def _form(html: str) -> dict:
    attempt = re.search(r'name="attempt" value="(\d+)"', html)
    data = {"attempt": attempt.group(1) if attempt else ""}
    for question, choice in re.findall(r'name="q-(\d+)" value="(\d+)"', html):
        data.setdefault(f"q-{question}", choice)
    return data


def _pages(rig):
    """An officer reading: Mijn training, a lesson, marking it done; each answer must show them logged in."""
    lesson = rig.seeded["lessons"][0]

    def step(load, browser, i):
        for kind, send in (
            ("GET /", lambda: browser.get("/")),
            ("GET lesson", lambda: browser.get(lesson)),
            ("POST complete", lambda: browser.post(lesson + "voltooid/")),
        ):
            try:
                response = send()
            except requests.RequestException as error:
                load.record(599, f"{kind} {type(error).__name__}")
                continue
            status = response.status_code
            if (status == 200 and "Uitloggen" not in response.text) or "/login/" in response.headers.get(
                "Location", ""
            ):
                status = 401  # sent to the login page: the session was lost
            load.record(status, kind)
            if response.status_code == 503:
                load.pages_503.append(response)

    return step


def _load(browsers, rig) -> Load:
    load = Load(browsers, _pages(rig))
    load.pages_503 = []
    return load


def test_x11_a_rolling_restart_of_both_app_servers_fails_no_request(rig):
    browsers = _officers(rig, 22, 4, "127.0.0.32")
    with _load(browsers, rig) as load:
        until(lambda: load.count() >= 20, "load before the deploy", load=load)
        # Expand: an additive schema change the old and the new code both run with.
        sql(rig, "ALTER TABLE curriculum_lessoncompletion ADD COLUMN rolling_note text NULL")
        for name in rig.app_names():
            before = load.count()
            rig.rolling_restart(name)
            until(lambda before=before: load.count() >= before + 20, f"load after restarting {name}")
        sql(rig, "ALTER TABLE curriculum_lessoncompletion DROP COLUMN rolling_note")  # contract
        until(lambda: load.count() >= 100, "load after the contract step", load=load)
    assert {status for _t, status, _w in load.statuses} == {200, 302}, [s for s in load.statuses if s[1] >= 400]


def test_x12_redis_restarted_under_load_keeps_everyone_logged_in_and_fails_nothing(rig):
    browsers = _officers(rig, 26, 4, "127.0.0.33")
    with _load(browsers, rig) as load:
        until(lambda: load.count() >= 20, "load before the restart", load=load)
        rig.redis_stop()
        stopped = load.count()
        until(lambda: load.count() >= stopped + 30, "load while Redis is down", load=load)
        rig.redis_start()  # empty: it keeps nothing on disk
        started = load.count()
        until(lambda: load.count() >= started + 30, "load after Redis is back", load=load)
    assert {status for _t, status, _w in load.statuses} == {200, 302}, [s for s in load.statuses if s[1] >= 400]
    ready = Browser(rig).get("/healthz/ready/").json()
    assert ready["cache"] == "ok"


def test_redis_down_officer_pages_work_and_the_login_throttle_still_bounds_spraying(rig):
    address = "127.0.0.34"
    returning = Browser(rig, address=address)
    assert returning.login("agent30").status_code == 302 and returning.post("/logout/").status_code == 302
    rig.redis_stop()
    try:
        officer = _officers(rig, 31, 1, address)[0]
        lesson = rig.seeded["lessons"][1]
        assert officer.get("/").status_code == 200 and officer.get(lesson).status_code == 200
        assert officer.post(lesson + "voltooid/").status_code == 302
        assert Browser(rig).get("/healthz/ready/").json()["cache"] == "unavailable"
        # The throttle counts per app process while Redis is down: a sprayer still meets the step-up page, after
        # at most LOGIN_IP_FAILURE_LIMIT (30) failures per process (2 here), never before 30.
        sprayer, stepped_at = Browser(rig, address=address), None
        for i in range(1, 2 * 30 + 2):
            response = sprayer.login(f"sproeier{i:03d}", "fout")
            assert response.status_code == 200
            if "Kijk in je mailbox" in response.text:
                stepped_at = i
                break
        assert stepped_at is not None and stepped_at > 30, stepped_at
        assert returning.login("agent30").status_code == 302  # a returning officer still logs in at once
    finally:
        rig.redis_start()


def test_postgresql_restarted_under_load_gives_a_clear_page_at_once_and_recovers_without_an_app_restart(rig):
    apps = {name: rig.pid(f"app-{name}") for name in rig.app_names()}
    browsers = _officers(rig, 32, 4, "127.0.0.35")
    with _load(browsers, rig) as load:
        until(lambda: load.count() >= 20, "load before the restart", load=load)
        rig.pg_stop("primary")
        until(lambda: len(load.pages_503) >= 10, "answers while PostgreSQL is down", load=load)
        rig.pg_start("primary")
        started = load.count()
        until(
            lambda: load.count() >= started + 30 and all(s[1] in (200, 302) for s in load.statuses[-12:]),
            "load after PostgreSQL is back",
        )
    statuses = {status for _t, status, _w in load.statuses}
    assert statuses <= {200, 302, 503}, [s for s in load.statuses if s[1] not in (200, 302, 503)]
    for page in load.pages_503:
        assert "Signaal is even niet bereikbaar" in page.text and page.headers["Retry-After"] == "30"
        assert page.elapsed.total_seconds() < 10  # answered at once, not after the proxy's 60 s timeout
    assert {name: rig.pid(f"app-{name}") for name in rig.app_names()} == apps  # the same processes recovered
    assert all(rig.pid(f"worker-{n}") for n in range(1, rig.workers + 1))
