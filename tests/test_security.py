"""Hostile inputs (H-cases in ../shared/design/quality-targets.md §4.5), each a test."""

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from curriculum import services
from curriculum.domain import roles
from curriculum.models import LessonPage, ModulePage, QuizAttempt
from tests.factories import answers_for, question_create, tree_create, user_create
from tests.helpers import PASSWORD, login

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- login (H1–H6)


def test_h1_username_locks_at_five_failures_even_for_the_right_password(officer, caplog):
    client = Client()
    with caplog.at_level(logging.WARNING, logger="signaal.audit"):
        statuses = [login(client, officer.username, "wrong").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]  # the fifth failure locks the username
    assert "login_failed" in caplog.text
    locked = login(client, officer.username)
    assert locked.status_code == 429 and "Te veel inlogpogingen" in locked.content.decode()
    # Another station (IP) cannot log in as that user either until the cool-off has passed.
    assert login(Client(), officer.username, ip="10.9.9.9").status_code == 429


def test_h2_password_spraying_is_throttled_per_ip_without_locking_accounts(officer, settings):
    settings.LOGIN_IP_FAILURE_LIMIT = 10
    client = Client()
    outcomes = [outcome(login(client, f"user{i}", "Zomer2017!", ip="192.0.2.7")) for i in range(15)]
    assert outcomes[:10] == ["form"] * 10 and set(outcomes[10:]) == {"step-up"}
    # The real officer, from another IP, is not locked out.
    assert login(Client(), officer.username, ip="192.0.2.99").status_code == 302


def test_h3_unknown_user_and_wrong_password_look_the_same(officer):
    unknown = login(Client(), "bestaat-niet", "wrong")
    wrong = login(Client(), officer.username, "wrong")
    strip = lambda r: re.sub(r'value="[^"]*"', "", r.content.decode())  # noqa: E731 - csrf token, username differ
    assert unknown.status_code == wrong.status_code == 200
    assert strip(unknown) == strip(wrong).replace(officer.username, "bestaat-niet")


def test_h4_session_key_rotates_on_login(officer):
    client = Client()
    client.get("/login/")
    client.session.save()
    before = client.cookies["sessionid"].value if "sessionid" in client.cookies else client.session.session_key
    login(client, officer.username)
    assert client.cookies["sessionid"].value != before


def test_h5_session_cookie_is_dead_after_logout(officer):
    client = Client()
    login(client, officer.username)
    cookie = client.cookies["sessionid"].value
    client.post("/logout/")
    replay = Client()
    replay.cookies["sessionid"] = cookie
    assert replay.get("/mijn-training/").status_code == 302


def test_h6_deactivated_officer_is_logged_out_on_next_request(officer, officer_client):
    assert officer_client.get("/mijn-training/").status_code == 200
    officer.is_active = False
    officer.save()
    assert officer_client.get("/mijn-training/").status_code == 302


def test_h28_login_refuses_open_redirects(officer):
    for target in ["https://evil.example/", "//evil.example/", "http://evil.example"]:
        response = Client().post(
            f"/login/?next={target}", {"username": officer.username, "password": PASSWORD, "next": target}
        )
        assert response.status_code == 302 and "evil" not in response["Location"]


def test_h29_unknown_host_header_is_refused(client):
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400


# ---------------------------------------------------------------- access (H8–H14)


def test_h12_extra_fields_cannot_set_score_or_owner(tree, officer, other_officer, officer_client):
    officer_client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer)
    data = {"attempt": attempt.pk, "score": 100, "passed": "1", "user": other_officer.pk, "state": "submitted"}
    for q, picks in answers_for(attempt, correct=False).items():
        data[f"q-{q}"] = picks
    officer_client.post(tree.quiz.url + "inleveren/", data)
    attempt.refresh_from_db()
    assert attempt.user == officer and attempt.score == 0 and attempt.passed is False


def test_h13_officer_gets_no_admin_or_admin_api(officer_client):
    for url in ["/admin/", "/admin/api/main/pages/", "/admin/snippets/curriculum/question/"]:
        response = officer_client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert "application/json" not in response.get("Content-Type", "")


def test_h14_trainer_with_rights_on_module_a_cannot_touch_module_b(db):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    tree_a = tree_create(slug="module-x")  # not module-a: the module's shared tree may be there already
    tree_b = tree_create(slug="module-y")
    group = Group.objects.create(name="Opleiders module A")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.create(
            group=group,
            page=tree_a.module,
            permission=Permission.objects.get(codename=codename, content_type__app_label="wagtailcore"),
        )
    trainer = user_create("opleider-a", "Opleiders module A")
    client = Client()
    client.force_login(trainer)
    b = tree_b.module
    assert client.get(reverse("wagtailadmin_pages:edit", args=[tree_a.module.pk])).status_code == 200
    revision = b.latest_revision
    forbidden = [
        reverse("wagtailadmin_pages:edit", args=[b.pk]),
        reverse("wagtailadmin_pages:copy", args=[b.pk]),
        reverse("wagtailadmin_pages:history", args=[b.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[b.pk, "earliest", revision.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[b.pk, revision.pk]),
        reverse("wagtailadmin_pages:delete", args=[b.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[b.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[b.pk]),
    ]
    for url in forbidden:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b.title not in response.content.decode() or response.status_code == 302, url
    before = ModulePage.objects.get(pk=b.pk).summary
    client.post(
        reverse("wagtailadmin_pages:edit", args=[b.pk]), {"title": "gekaapt", "summary": "gekaapt", "slug": b.slug}
    )
    preview = client.post(
        reverse("wagtailadmin_pages:preview_on_edit", args=[b.pk]), {"title": "gekaapt", "summary": "x"}
    )
    assert preview.status_code in (302, 403) and b.summary not in preview.content.decode()
    assert ModulePage.objects.get(pk=b.pk).summary == before


# ---------------------------------------------------------------- answers (H15–H18)


def test_h15_no_response_before_submission_reveals_correctness(tree, officer, officer_client):
    secrets = []
    for question in tree.questions:
        secrets += [question.explanation] + [c.feedback for c in question.choices.all()]
    responses = [
        officer_client.get("/"),
        officer_client.get("/mijn-training/"),
        officer_client.get(tree.module.url),
        officer_client.get(tree.lessons[0].url),
        officer_client.get(tree.quiz.url),
        officer_client.post(tree.quiz.url + "start/", follow=True),
        officer_client.get(tree.quiz.url),
        officer_client.get(tree.quiz.url + "resultaat/1/"),  # not submitted yet
        officer_client.get("/mijn-gegevens/"),
    ]
    for response in responses:
        body = response.content.decode().lower()
        assert response.status_code in (200, 404)
        for secret in secrets:
            assert secret.lower() not in body
        for marker in ["is_correct", "data-correct", "juist antwoord", '"correct": true']:
            assert marker not in body


def test_h16_ten_thousand_option_ids_are_refused(tree, officer, officer_client):
    officer_client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer)
    data = {"attempt": attempt.pk, f"q-{tree.questions[0].pk}": list(range(1, 10_001))}
    response = officer_client.post(tree.quiz.url + "inleveren/", data)
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.state == "started"


def test_an_attempt_number_no_id_can_have_is_a_clear_400(tree, officer, officer_client):
    officer_client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer)
    for forged in ("99999999999999999999", "-99999999999999999999"):
        data = {"attempt": forged, f"q-{tree.questions[0].pk}": "1"}
        response = officer_client.post(tree.quiz.url + "inleveren/", data)
        assert response.status_code == 400 and "Dit getal is te groot om te verwerken" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.state == "started"


def test_h18_server_clock_decides_a_late_submission(db, officer):
    tree = tree_create(slug="timed")
    tree.quiz.time_limit_minutes = 10
    tree.quiz.save_revision().publish()
    from django.utils import timezone

    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    assert attempt.deadline is not None
    late = timezone.now() + timezone.timedelta(minutes=11)
    result = services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt), now=late)
    assert result.late and result.attempt.score == 0 and not result.attempt.passed
    on_time = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
    result = services.quiz_attempt_submit(user=officer, attempt_id=on_time.pk, answers=answers_for(on_time))
    assert not result.late and result.attempt.passed


# ---------------------------------------------------------------- content and headers (H21, H24, H30, H32)


def test_h21_script_in_trainer_content_is_escaped(tree, officer_client):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    lesson = tree.lessons[0]
    lesson.body = [
        ("key_fact", {"fact": payload, "source": payload}),
        ("signal_list", {"title": payload, "category": "general", "intro": payload, "signals": [payload]}),
    ]
    lesson.save_revision().publish()
    question = question_create("xss", prompt=payload)
    tree.quiz.quiz_questions.all()
    from curriculum.models import QuizQuestion

    QuizQuestion.objects.create(quiz=tree.quiz, question=question, sort_order=9)
    pages = [officer_client.get(LessonPage.objects.get(pk=lesson.pk).url).content.decode()]
    officer_client.post(tree.quiz.url + "start/")
    pages.append(officer_client.get(tree.quiz.url).content.decode())
    for html in pages:
        assert "<script>alert" not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
        assert "&lt;script&gt;" in html


def test_h24_oversized_bodies_are_refused(tree, officer_client):
    big = officer_client.post(tree.quiz.url + "inleveren/", {"attempt": "1", "blob": "x" * (6 * 1024 * 1024)})
    assert big.status_code == 400
    many = officer_client.post(tree.quiz.url + "inleveren/", {f"f{i}": "1" for i in range(10_050)})
    assert many.status_code == 400


def test_h30_security_headers_and_no_inline_script_on_officer_pages(tree, officer_client):
    for url in ["/", "/mijn-training/", tree.module.url, tree.lessons[0].url, tree.quiz.url, "/login/"]:
        response = officer_client.get(url)
        csp = response["Content-Security-Policy"]
        assert (
            "frame-ancestors 'none'" in csp
            and "script-src 'self'" in csp
            and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        )
        assert response["X-Content-Type-Options"] == "nosniff" and response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "same-origin"
        html = response.content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"\son[a-z]+\s*=", html), url


@pytest.mark.slow
def test_h30_check_deploy_with_production_settings_prints_no_warning():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="signaal.settings.production",
        SECRET_KEY="p7Q!x9#Lm2@vR8$kT4^wZ6&nB1*cY3(hJ5)dF0_gS+eU-aI=oP",
        ALLOWED_HOSTS="signaal.example",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr and "no issues" in result.stdout


def test_h32_errors_show_a_generic_page_and_are_logged(officer, monkeypatch, caplog):
    from curriculum import selectors

    def boom(**kwargs):
        raise RuntimeError("geheime interne fout")

    monkeypatch.setattr(selectors, "officer_dashboard_get", boom)
    client = Client(raise_request_exception=False)
    client.force_login(officer)
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get("/mijn-training/")
    body = response.content.decode()
    assert response.status_code == 500 and "Er ging iets mis" in body
    assert "geheime interne fout" not in body and "Traceback" not in body and "Django" not in body
    assert "geheime interne fout" in caplog.text


def test_h33_submissions_and_denials_are_audited(tree, officer, officer_client, caplog):
    with caplog.at_level(logging.INFO, logger="signaal.audit"):
        attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
        services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt))
        Client(enforce_csrf_checks=True).post("/login/", {"username": "x", "password": "y"})
        from django.contrib.auth.models import Group

        Group.objects.get(name=roles.MANAGERS).permissions.clear()
    text = caplog.text
    assert f"quiz_attempt_submit user={officer.pk}" in text
    assert "authorization_denied status=403" in text
    assert "permission_change group=" in text


def test_h26_html_disguised_as_image_is_rejected_in_the_admin(tree, trainer):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images import get_image_model

    client = Client()
    client.force_login(trainer)
    fake = SimpleUploadedFile("foto.png", b"<html><script>alert(1)</script></html>", content_type="image/png")
    svg = SimpleUploadedFile(
        "logo.svg",
        b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        content_type="image/svg+xml",
    )
    for upload in (fake, svg):
        response = client.post(reverse("wagtailimages:add"), {"title": "x", "file": upload, "collection": 1})
        assert response.status_code == 200  # the form comes back with an error
    assert get_image_model().objects.count() == 0


def test_h10_enumerating_ids_is_rate_limited(tree, officer, other_officer, officer_client, settings, caplog):
    settings.REQUEST_RATE_LIMITS = {**settings.REQUEST_RATE_LIMITS, "not_found": 5}
    statuses = [officer_client.get(tree.quiz.url + f"resultaat/{n}/").status_code for n in range(1, 8)]
    assert statuses[:5] == [404] * 5 and set(statuses[5:]) == {429}
    assert officer_client.get("/mijn-training/").status_code == 429  # for the rest of the minute
    other = Client()
    other.force_login(other_officer)
    assert other.get("/mijn-training/").status_code == 200  # others are not affected


def test_h31_costly_endpoints_are_rate_limited_per_user(tree, officer_client, settings):
    settings.REQUEST_RATE_LIMITS = {**settings.REQUEST_RATE_LIMITS, "search": 3}
    statuses = [officer_client.get("/zoeken/?q=signaal").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]


def test_h21_script_in_trainer_content_is_escaped_in_the_admin(tree, trainer):
    payload = '<script>alert("x")</script>'
    question_create("xss-admin", prompt=payload)
    client = Client()
    client.force_login(trainer)
    for url in [
        reverse("wagtailsnippets_curriculum_question:list"),
        reverse("wagtailsnippets_curriculum_question:list") + "?q=xss",
    ]:
        html = client.get(url).content.decode()
        assert "&lt;script&gt;alert" in html and '<script>alert("x")' not in html


# ---------------------------------------------------------------- issue 18 item 2: other people's failures


STEP_UP = "Kijk in je mailbox"


def outcome(response) -> str:
    """What the person sees: logged in, the login form again, the step-up page, or a refusal."""
    if response.status_code == 302:
        return "in"
    if response.status_code == 200:
        return "step-up" if STEP_UP in response.content.decode() else "form"
    return str(response.status_code)


def spray_pages(address, count, **extra):
    attacker = Client()
    return [login(attacker, f"gok{i:04d}", "Zomer2017!", ip=address, **extra).content.decode() for i in range(count)]


def spray(address, count, **extra):
    """`count` failed logins against distinct, random accounts from one client address (an attacker's browser)."""
    attacker = Client()
    return [login(attacker, f"gok{i:04d}", "Zomer2017!", ip=address, **extra).status_code for i in range(count)]


def test_h2_a_returning_officer_logs_in_after_30_sprayed_failures_from_the_same_address(officer):
    station = "198.51.100.20"
    browser = Client()
    assert login(browser, officer.username, ip=station).status_code == 302  # yesterday's shift
    browser.post("/logout/", REMOTE_ADDR=station)
    assert set(spray(station, 30)) == {200}
    assert STEP_UP in spray_pages(station, 1)[0]  # the address is now throttled for the attacker
    for path in ["/login/", "/admin/login/"]:
        response = browser.post(path, {"username": officer.username, "password": PASSWORD}, REMOTE_ADDR=station)
        assert response.status_code == 302, path
        browser.post("/logout/", REMOTE_ADDR=station)
    # The spraying stays bounded: a browser without a device cookie for the account gets the step-up page,
    # which logs nobody in, even for a right guess (tests/test_login_step_up.py: the owner gets in by mail).
    stepped_up = login(Client(), officer.username, ip=station)
    assert stepped_up.status_code == 200 and STEP_UP in stepped_up.content.decode()
    assert "_auth_user_id" not in stepped_up.wsgi_request.session


def test_h2_failures_on_one_account_count_once_for_the_address_throttle(officer, settings):
    settings.LOGIN_IP_FAILURE_LIMIT = 3
    client = Client()
    assert [login(client, "dezelfde", "fout", ip="198.51.100.30").status_code for _ in range(4)] == [200] * 4
    assert login(Client(), officer.username, ip="198.51.100.30").status_code == 302


def test_h10_sixty_anonymous_404s_do_not_block_the_login_page_or_a_correct_login(officer):
    client = Client()
    statuses = [client.get(f"/bestaat-niet-{i}/", REMOTE_ADDR="198.51.100.40").status_code for i in range(61)]
    assert statuses[:60] == [404] * 60 and statuses[60] == 429  # enumeration is still stopped
    assert client.get("/login/", REMOTE_ADDR="198.51.100.40").status_code == 200
    assert login(client, officer.username, ip="198.51.100.40").status_code == 302
    assert client.get("/mijn-training/", REMOTE_ADDR="198.51.100.40").status_code == 200


def test_x_forwarded_for_from_an_untrusted_address_is_ignored(officer, settings, caplog):
    settings.SIGNAAL_TRUSTED_PROXIES = ["10.20.0.0/16"]
    settings.LOGIN_IP_FAILURE_LIMIT = 5
    attacker = Client()
    outcomes = [
        outcome(login(attacker, f"gok{i}", "x", ip="192.0.2.66", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}"))
        for i in range(6)
    ]
    assert outcomes == ["form"] * 5 + ["step-up"]  # rotating a forged header does not escape the throttle
    with caplog.at_level(logging.WARNING, logger="signaal.audit"):
        login(Client(), "iemand", "x", ip="192.0.2.67", HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert "ip=192.0.2.67" in caplog.text and "203.0.113.99" not in caplog.text


def test_x_forwarded_for_from_the_trusted_proxy_names_the_client(officer, other_officer, settings, caplog):
    from axes.models import AccessAttempt

    settings.SIGNAAL_TRUSTED_PROXIES = ["10.20.0.0/16"]
    settings.LOGIN_IP_FAILURE_LIMIT = 5
    proxy = "10.20.0.5"
    # Behind the proxy, the sprayer is throttled by its own address even when it forges the left-most hop ...
    outcomes = [
        outcome(login(Client(), f"gok{i}", "x", ip=proxy, HTTP_X_FORWARDED_FOR=f"1.2.3.{i}, 198.51.100.7"))
        for i in range(6)
    ]
    assert outcomes == ["form"] * 5 + ["step-up"]
    # ... and everybody else behind the same proxy logs in as usual, on first sight, without a device cookie.
    assert login(Client(), officer.username, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 302
    with caplog.at_level(logging.WARNING, logger="signaal.audit"):
        login(Client(), other_officer.username, "x", ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.9, 10.20.0.7")
    assert "ip=198.51.100.9" in caplog.text  # trusted hops are skipped, right to left
    assert AccessAttempt.objects.filter(username=other_officer.username).get().ip_address == "198.51.100.9"


def test_client_ip_reads_forwarded_hops_right_to_left(rf, settings):
    from signaal.middleware import client_ip

    settings.SIGNAAL_TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8::/32"]
    cases = [
        ("192.0.2.1", "203.0.113.5", "192.0.2.1"),  # not from a proxy: header ignored
        ("10.0.0.1", "", "10.0.0.1"),  # proxy without header: the proxy itself
        ("10.0.0.1", "203.0.113.5", "203.0.113.5"),
        ("10.0.0.1", "6.6.6.6, 203.0.113.5, 10.1.1.1", "203.0.113.5"),
        ("10.0.0.1", "10.2.2.2, 10.1.1.1", "10.2.2.2"),  # only proxies: the left-most proxy
        ("10.0.0.1", "nonsense, 203.0.113.5", "203.0.113.5"),
        ("10.0.0.1", "203.0.113.5, nonsense", "10.0.0.1"),  # garbage from the proxy: trust no further
        ("2001:db8::1", "2001:0db8:0::2, 2a00:1450::1", "2a00:1450::1"),
    ]
    for remote, forwarded, expected in cases:
        request = rf.get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
        assert client_ip(request) == expected, (remote, forwarded)


def test_per_account_lockout_still_holds_behind_the_proxy_from_rotating_addresses(officer, settings):
    settings.SIGNAAL_TRUSTED_PROXIES = ["10.20.0.0/16"]
    statuses = [
        login(Client(), officer.username, "fout", ip="10.20.0.5", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}").status_code
        for i in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    assert login(Client(), officer.username, ip="10.20.0.5", HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 429


def test_the_device_cookie_is_signed_httponly_and_cannot_be_forged(officer):
    from signaal.middleware import DEVICE_COOKIE

    browser = Client()
    response = login(browser, officer.username)
    cookie = response.cookies[DEVICE_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and officer.username not in cookie.value
    assert set(spray("10.0.0.1", 30)) == {200}
    forged = Client()
    forged.cookies[DEVICE_COOKIE] = cookie.value[:-2] + "xx"
    assert outcome(login(forged, officer.username)) == "step-up"


# ---------------------------------------------------------------- issue 18 item 6: private by default


def test_every_page_for_a_logged_in_user_is_private_and_not_stored(tree, officer, officer_client):
    from curriculum.models import ModuleCompletion
    from tests.factories import manager_of, module_finish, org_create

    module_finish(tree, officer)
    completion = ModuleCompletion.objects.get(user=officer)
    manager = Client()
    manager.force_login(manager_of(org_create().national, "chef"))
    pages = [
        (officer_client, url)
        for url in [
            "/",
            "/mijn-gegevens/",
            "/mijn-training/",
            f"/certificaat/{completion.pk}/",
            "/zoeken/?q=signaal",
            tree.module.url,
        ]
    ]
    pages += [(manager, "/certificaat/controleer/"), (manager, "/certificaat/controleer/?code=ABC")]
    for client, url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= directives, (url, response["Cache-Control"])


def test_a_view_that_sets_its_own_cache_control_keeps_it(officer, rf):
    from django.http import HttpResponse

    from signaal.middleware import PrivateCacheMiddleware

    request = rf.get("/")
    request.user = officer
    own = HttpResponse()
    own["Cache-Control"] = "max-age=60"
    assert PrivateCacheMiddleware(lambda r: own)(request)["Cache-Control"] == "max-age=60"


def test_wagtails_error_test_page_is_not_served_even_to_a_superuser(client, db):
    """Wagtail's /admin/failwhale/ raises on purpose; here it is a 404, so no admin user causes a 500 at will."""
    client.force_login(user_create("beheer", is_superuser=True))
    response = client.get("/admin/failwhale/")
    assert response.status_code == 404
    assert client.get("/admin/").status_code == 200
