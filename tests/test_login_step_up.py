"""Issue 18, item 2: a person with the right password is never refused because of other people's failures.

A first-time browser (no device cookie) at an address that sprayed LOGIN_IP_FAILURE_LIMIT accounts gets the
step-up page, the same for a right and a wrong password; a right password mails a one-time login link.
"""

import re

import pytest
from django.core import mail
from django.test import Client

from signaal.middleware import DEVICE_COOKIE
from tests.factories import user_create

PASSWORD = "pw-Test-12345"
STATION = "198.51.100.77"
LINK = re.compile(r"https?://[^/\s]+(/inloggen/link/[^/\s]+/)")


@pytest.fixture
def sprayed(db, settings):
    settings.LOGIN_IP_FAILURE_LIMIT = 3
    attacker = Client()
    for i in range(3):
        attacker.post("/login/", {"username": f"gok{i}", "password": "Zomer2017!"}, REMOTE_ADDR=STATION)
    return STATION


@pytest.fixture
def newcomer(db):
    return user_create("agent-nieuw", first_name="Noor", email="noor@politie.example")


def _login(client, username, password=PASSWORD, path="/login/", **data):
    return client.post(path, {"username": username, "password": password, **data}, REMOTE_ADDR=STATION)


def _body(response) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def test_right_and_wrong_password_and_no_account_get_the_same_page_and_only_the_right_one_a_mail(sprayed, newcomer):
    right = _login(Client(), newcomer.username)
    wrong = _login(Client(), newcomer.username, "fout-wachtwoord")
    nobody = _login(Client(), "bestaat-niet")
    assert right.status_code == wrong.status_code == nobody.status_code == 200
    assert _body(right) == _body(wrong) == _body(nobody)
    assert "Kijk in je mailbox" in _body(right)
    assert "_auth_user_id" not in right.wsgi_request.session  # the step-up itself logs nobody in
    assert [m.to for m in mail.outbox] == [["noor@politie.example"]]
    assert "Je inloglink voor Signaal" in mail.outbox[0].subject
    assert LINK.search(mail.outbox[0].body)


def test_the_mailed_link_logs_in_once_after_a_confirmation_and_remembers_the_device(sprayed, newcomer):
    _login(Client(), newcomer.username)
    path = LINK.search(mail.outbox[0].body).group(1)
    browser = Client()
    confirm = browser.get(path, REMOTE_ADDR=STATION)
    assert confirm.status_code == 200 and "_auth_user_id" not in browser.session  # a mail scanner's GET: nothing
    response = browser.post(path, REMOTE_ADDR=STATION)
    assert response.status_code == 302 and response["Location"] == "/"
    assert browser.session["_auth_user_id"] == str(newcomer.pk)
    assert DEVICE_COOKIE in response.cookies
    assert browser.get("/mijn-training/", REMOTE_ADDR=STATION).status_code == 200
    # Used once: the same link again is a clear 400 and logs nobody in.
    again = Client().post(path, REMOTE_ADDR=STATION)
    assert again.status_code == 400 and "werkt niet meer" in again.content.decode()
    # And this browser now logs in directly from the throttled address, with its password.
    browser.post("/logout/", REMOTE_ADDR=STATION)
    assert _login(browser, newcomer.username).status_code == 302


def test_the_link_keeps_the_page_the_login_was_for_but_never_leaves_the_site(sprayed, newcomer):
    from django.core.cache import cache

    _login(Client(), newcomer.username, next="/mijn-profiel/")
    path = LINK.search(mail.outbox[0].body).group(1)
    assert Client().post(path, REMOTE_ADDR=STATION)["Location"] == "/mijn-profiel/"
    cache.delete(f"signaal:login-link:{newcomer.pk}")
    _login(Client(), newcomer.username, next="https://evil.example/")
    path = LINK.search(mail.outbox[1].body).group(1)
    assert Client().post(path, REMOTE_ADDR=STATION)["Location"] == "/"


@pytest.mark.parametrize("tamper", ["expired", "forged", "password changed", "inactive"])
def test_a_link_that_expired_was_forged_or_outlived_its_account_state_is_refused(sprayed, newcomer, settings, tamper):
    _login(Client(), newcomer.username)
    path = LINK.search(mail.outbox[0].body).group(1)
    if tamper == "expired":
        settings.LOGIN_LINK_MAX_AGE = -1
    elif tamper == "forged":
        path = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    elif tamper == "password changed":
        newcomer.set_password("een-ander-wachtwoord-99")
        newcomer.save()
    else:
        newcomer.is_active = False
        newcomer.save()
    client = Client()
    assert client.get(path, REMOTE_ADDR=STATION).status_code == 400
    assert client.post(path, REMOTE_ADDR=STATION).status_code == 400
    assert "_auth_user_id" not in client.session


def test_one_link_per_account_per_interval_and_none_without_an_e_mail_address(sprayed, newcomer):
    for _ in range(3):
        _login(Client(), newcomer.username)
    assert len(mail.outbox) == 1  # a sprayer who knows the password cannot flood the officer's mailbox
    no_mail = user_create("agent-zonder-mail")
    assert "Kijk in je mailbox" in _body(_login(Client(), no_mail.username))
    assert len(mail.outbox) == 1


def test_wrong_passwords_at_the_step_up_still_count_for_the_per_account_lockout(sprayed, newcomer):
    for _ in range(5):
        _login(Client(), newcomer.username, "fout")
    _login(Client(), newcomer.username)  # right password, but the account is locked by now
    assert mail.outbox == []


def test_the_admin_login_gets_the_same_step_up(sprayed, newcomer):
    response = _login(Client(), newcomer.username, path="/admin/login/")
    assert response.status_code == 200 and "Kijk in je mailbox" in response.content.decode()
    assert len(mail.outbox) == 1
