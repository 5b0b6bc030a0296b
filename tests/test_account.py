"""The officer's own account (issue 9.2): forgotten/first password by mail, password change, "Mijn profiel";
and officers who open /admin/ get the site's refusal instead of Wagtail's message leaking onto the site (9.6)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from curriculum import services
from curriculum.domain import roles
from tests.factories import officer_in, user_create
from tests.helpers import PASSWORD, login

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "Rood-Licht-Haven-2026"
CSV = "personeelsnummer,naam,e-mail,eenheidcode\n1001,Sanne de Vries,sanne@politie.example,BT11\n"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@pytest.fixture
def imported(org):
    report = services.officers_import_csv(CSV.encode())
    assert report.ok and report.created == 1
    user = get_user_model().objects.get(username="1001")
    assert not user.has_usable_password()
    return user


def _request_reset(client, email):
    return client.post("/wachtwoord-vergeten/", {"email": email})


def _link_from(message) -> str:
    match = re.search(r"https?://[^/\s]+(/wachtwoord-instellen/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def _set_password(client, link, password=NEW_PASSWORD):
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200 and form_page.context["validlink"]
    set_url = form_page.redirect_chain[-1][0]
    return client.post(set_url, {"new_password1": password, "new_password2": password})


# ---------------------------------------------------------------- reset / first password


def test_imported_officer_sets_a_first_password_from_the_mail_and_logs_in(imported):
    client = Client()
    login_page = client.get("/login/").content.decode()
    assert 'href="/wachtwoord-vergeten/"' in login_page and "Wachtwoord vergeten?" in login_page

    response = _request_reset(client, "Sanne@Politie.example")
    assert response.status_code == 302 and response["Location"] == "/wachtwoord-vergeten/verstuurd/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["sanne@politie.example"]
    assert message.subject == "Signaal: stel je wachtwoord in"
    assert "Beste Sanne de Vries" in message.body and "Je gebruikersnaam is: 1001" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Wachtwoord instellen" in html
    link = _link_from(message)
    assert link in html

    done = _set_password(client, link)
    assert done.status_code == 302 and done["Location"] == "/wachtwoord-instellen/klaar/"
    assert "Wachtwoord ingesteld" in client.get(done["Location"]).content.decode()

    logged_in = login(client, "1001", NEW_PASSWORD)
    assert logged_in.status_code == 302
    assert client.get("/mijn-profiel/").status_code == 200

    # The link works once.
    again = Client().get(link, follow=True)
    assert again.context["validlink"] is False
    assert "Deze link werkt niet (meer)" in again.content.decode()


def test_unknown_address_gets_exactly_the_same_answer_and_no_mail(imported):
    known_client, unknown_client = Client(), Client()
    known = _request_reset(known_client, "sanne@politie.example")
    unknown = _request_reset(unknown_client, "niemand@politie.example")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    known_page = CSRF.sub("", known_client.get(known["Location"]).content.decode())
    unknown_page = CSRF.sub("", unknown_client.get(unknown["Location"]).content.decode())
    assert known_page == unknown_page and "Kijk in je mailbox" in known_page
    assert len(mail.outbox) == 1  # only the real officer got one


def test_disabled_or_non_officer_accounts_without_password_get_no_mail(org):
    non_officer = user_create("oud-account", email="oud@politie.example")
    non_officer.set_unusable_password()
    non_officer.save()
    officer_in(org.teams[0], "weg", email="weg@politie.example", is_active=False)
    for email in ("oud@politie.example", "weg@politie.example"):
        assert _request_reset(Client(), email).status_code == 302
    assert mail.outbox == []


def test_reset_clears_a_username_lockout(imported):
    client = Client()
    statuses = [login(client, "1001", "fout").status_code for _ in range(5)]
    assert statuses[-1] == 429
    _request_reset(client, "sanne@politie.example")
    _set_password(client, _link_from(mail.outbox[0]))
    assert login(client, "1001", NEW_PASSWORD).status_code == 302


def test_reset_requests_are_limited_per_address_with_a_dutch_message(imported):
    client = Client()
    statuses = [_request_reset(client, "sanne@politie.example").status_code for _ in range(3)]
    assert statuses == [302, 302, 302] and len(mail.outbox) == 3
    # From another station (IP) too, and in other letter case: the limit is on the address.
    refused = _request_reset(Client(REMOTE_ADDR="10.9.9.9"), "SANNE@politie.example")
    assert refused.status_code == 429
    assert "Voor dit e-mailadres is de afgelopen tijd al een aantal keer" in refused.content.decode()
    assert len(mail.outbox) == 3
    # An unknown address is limited the same way, so the limit reveals nothing either.
    for _ in range(3):
        _request_reset(client, "niemand@politie.example")
    assert _request_reset(client, "niemand@politie.example").status_code == 429
    # Other addresses are not affected.
    assert _request_reset(client, "ander@politie.example").status_code == 302


def test_reset_requests_are_bounded_overall(imported, settings):
    settings.PASSWORD_RESET_LIMITS = {"overall": 2}
    client = Client()
    assert [_request_reset(client, f"a{i}@politie.example").status_code for i in range(2)] == [302, 302]
    refused = _request_reset(client, "sanne@politie.example")
    assert refused.status_code == 429 and "te veel links aangevraagd" in refused.content.decode()
    assert mail.outbox == []


def test_invalid_address_or_made_up_link_is_a_dutch_message_not_a_crash(db):
    response = _request_reset(Client(), "geen-adres")
    assert response.status_code == 200 and 'class="message message-error"' in response.content.decode()
    made_up = Client().get("/wachtwoord-instellen/zz/abc-123/")
    assert made_up.status_code == 200 and "Deze link werkt niet (meer)" in made_up.content.decode()


# ---------------------------------------------------------------- logged in: change, profile


def test_officer_changes_password(org):
    officer = officer_in(org.teams[0], "agent1", email="agent1@politie.example")
    client = Client()
    assert login(client, "agent1", PASSWORD).status_code == 302
    assert client.get("/mijn-profiel/wachtwoord/").status_code == 200
    wrong = client.post(
        "/mijn-profiel/wachtwoord/",
        {"old_password": "fout", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert wrong.status_code == 200 and 'id="id_old_password_error"' in wrong.content.decode()
    # Django's own Dutch says "u"; Signaal speaks to the officer with "je" (locale/nl overrides it).
    assert "Je huidige wachtwoord klopt niet." in wrong.content.decode()
    short = client.post("/mijn-profiel/wachtwoord/", {"old_password": PASSWORD, "new_password1": "12345"})
    text = short.content.decode()
    assert "Je wachtwoord mag niet alleen uit cijfers bestaan." in text and "Vul hetzelfde wachtwoord" in text
    assert "Uw " not in text and " uw " not in text
    changed = client.post(
        "/mijn-profiel/wachtwoord/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert changed.redirect_chain[-1][0] == "/mijn-profiel/"
    assert "Je wachtwoord is gewijzigd." in changed.content.decode()  # still logged in
    officer.refresh_from_db()
    assert officer.check_password(NEW_PASSWORD)
    assert login(Client(), "agent1", PASSWORD, ip="10.0.0.2").status_code == 200  # old one refused
    assert login(Client(), "agent1", NEW_PASSWORD, ip="10.0.0.3").status_code == 302


def test_profile_shows_own_data_only_and_is_in_the_menu(org):
    me = officer_in(org.teams[0], "agent1", first_name="Sanne", last_name="de Vries", email="sanne@politie.example")
    officer_in(org.teams[3], "agent2", first_name="Ali", last_name="Bakker", email="ali@politie.example")
    client = Client()
    client.force_login(me)
    page = client.get("/mijn-profiel/").content.decode()
    for expected in ("Sanne de Vries", "sanne@politie.example", org.teams[0].name, "Pagent1"):
        assert expected in page
    # Whole names: a bare "Ali" also turns up now and then inside a random CSRF token or CSP nonce.
    for foreign in ("Ali Bakker", "Bakker", "ali@politie.example", org.teams[3].name, "Pagent2"):
        assert foreign not in page
    assert 'href="/mijn-profiel/wachtwoord/"' in page and 'href="/mijn-gegevens/"' in page
    assert 'action="/i18n/setlang/"' in page and 'name="language"' in page
    assert '<input type="text" name="personnel_number"' not in page  # read-only
    menu = client.get("/mijn-training/").content.decode()
    assert 'href="/mijn-profiel/"' in menu and "Mijn profiel" in menu


def test_profile_of_an_account_without_unit_says_so(db):
    client = Client()
    client.force_login(user_create("opleider", roles.TRAINERS, email="opleider@politie.example"))
    page = client.get("/mijn-profiel/").content.decode()
    assert "opleider@politie.example" in page and "Je account hoort niet bij een eenheid." in page
    assert "Personeelsnummer" not in page


def test_anonymous_is_sent_tologin(db):
    client = Client()
    for url in ("/mijn-profiel/", "/mijn-profiel/wachtwoord/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == f"/login/?next={url}"


# ---------------------------------------------------------------- officers and /admin/ (9.6)


def test_officer_opening_admin_gets_a_clear_refusal_and_no_message_later(org):
    officer = officer_in(org.teams[0], "agent1")
    client = Client()
    client.force_login(officer)
    for url in ("/admin/", "/admin/pages/", "/admin/login/"):
        refused = client.get(url)
        assert refused.status_code == 403
        assert "Geen toegang tot het beheer" in refused.content.decode()
    site_page = client.get("/mijn-training/").content.decode()
    assert "administratoropties" not in site_page and "access the admin" not in site_page


def test_admin_users_and_anonymous_visitors_still_reach_wagtail(db):
    trainer = user_create("opleider", roles.TRAINERS)
    client = Client()
    anonymous = client.get("/admin/")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/admin/login/")
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/admin/password_reset/").status_code == 200  # the admin's own reset stays
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200
