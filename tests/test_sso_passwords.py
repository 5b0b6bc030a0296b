"""SIGNAAL_PASSWORD_LOGIN = "superusers": local passwords only for superusers, everyone else through SSO. The
login page then offers only SSO; password reset and change are refused for everyone else; django-axes and the
login throttle still see every local attempt. Plus the settings check for a half-made SSO configuration."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import Client

from curriculum.models import SentMail
from tests.helpers import PASSWORD, login
from tests.oidc import officer_claims, sso_login

User = get_user_model()
ADMIN_PASSWORD = "pw-Beheer-12345"


@pytest.fixture
def superusers_only(settings, oidc):
    settings.SIGNAAL_PASSWORD_LOGIN = "superusers"
    settings.WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # as base.py sets it for this mode
    return oidc


@pytest.fixture
def admin(db):
    return User.objects.create_superuser("beheer", "beheer@politie.example", ADMIN_PASSWORD)


@pytest.mark.django_db
def test_the_login_page_offers_only_sso(client, superusers_only):
    page = client.get("/login/").content.decode()
    assert "/oidc/authenticate/" in page
    assert 'name="password"' not in page and "Wachtwoord vergeten" not in page


@pytest.mark.django_db
def test_an_officers_right_password_is_refused_and_counted_by_axes(client, superusers_only, officer):
    response = login(client, "agent1")
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    assert AccessAttempt.objects.get(username="agent1").failures_since_start == 1
    statuses = [login(client, "agent1").status_code for _ in range(4)]
    assert statuses[-1] == 429  # locked like any other account after five failures


@pytest.mark.django_db
def test_superusers_still_log_in_with_a_password_behind_axes(client, superusers_only, admin):
    response = client.post("/admin/login/", {"username": "beheer", "password": ADMIN_PASSWORD}, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(admin.pk)
    other = Client()
    statuses = [login(other, "beheer", "fout").status_code for _ in range(5)]
    assert statuses[-1] == 429
    assert login(Client(), "beheer", ADMIN_PASSWORD).status_code == 429  # the lock holds for the right password


@pytest.mark.django_db
def test_an_unknown_name_and_a_refused_officer_look_the_same(client, superusers_only, officer):
    refused = login(Client(), "agent1").content.decode()
    unknown = login(Client(), "niemand").content.decode()
    strip = lambda page: page.replace("agent1", "").replace("niemand", "").split("csrfmiddlewaretoken")[0]  # noqa: E731
    assert strip(refused) == strip(unknown)


@pytest.mark.django_db
def test_password_reset_mails_only_superusers(client, superusers_only, officer, admin):
    officer.email = "agent1@politie.example"
    officer.save()
    page = client.get("/wachtwoord-vergeten/").content.decode()
    assert "alleen voor beheerders" in page
    for address in ("agent1@politie.example", "beheer@politie.example"):
        assert client.post("/wachtwoord-vergeten/", {"email": address}).status_code == 302
    assert list(SentMail.objects.values_list("recipient__username", flat=True)) == ["beheer"]
    assert [m.to for m in mail.outbox] == [["beheer@politie.example"]]


@pytest.mark.django_db
def test_a_reset_link_mailed_before_the_switch_no_longer_works_for_an_officer(client, settings, officer):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    url = f"/wachtwoord-instellen/{urlsafe_base64_encode(force_bytes(officer.pk))}/"
    url += f"{default_token_generator.make_token(officer)}/"
    settings.SIGNAAL_PASSWORD_LOGIN = "superusers"
    page = client.get(url, follow=True)
    assert "new_password1" not in page.content.decode()


@pytest.mark.django_db
def test_an_sso_officer_cannot_set_a_password(client, superusers_only, org):
    superusers_only.user_set("anna", **officer_claims("12345", "BT11"))
    assert sso_login(client, "anna").status_code == 302
    assert "Wachtwoord instellen" not in client.get("/mijn-profiel/").content.decode()
    response = client.get("/mijn-profiel/wachtwoord/")
    assert response.status_code == 403 and "inlogdienst" in response.content.decode()
    assert (
        client.post("/mijn-profiel/wachtwoord/", {"new_password1": PASSWORD, "new_password2": PASSWORD}).status_code
        == 403
    )
    assert not User.objects.get(username="12345").has_usable_password()


@pytest.mark.django_db
def test_the_wagtail_admin_offers_no_password_reset_or_change(client, superusers_only, admin):
    assert client.get("/admin/password_reset/").status_code == 404
    page = client.get("/admin/login/").content.decode()
    assert "/oidc/authenticate/" in page and "Alleen beheerders" in page


# ---------------------------------------------------------------- the settings check


def check_ids(settings, **overrides):
    for name, value in overrides.items():
        setattr(settings, name, value)
    try:
        call_command("check", verbosity=0)
    except SystemCheckError as error:
        return str(error)
    return ""


def test_a_half_made_sso_configuration_fails_the_check(settings):
    assert check_ids(settings) == ""
    assert "signaal.E101" in check_ids(settings, SIGNAAL_OIDC_DISCOVERY_URL="https://idp.example/.well-known/x")
    errors = check_ids(
        settings,
        SIGNAAL_OIDC_DISCOVERY_URL="",
        OIDC_RP_CLIENT_ID="signaal",
        OIDC_OP_AUTHORIZATION_ENDPOINT="https://idp.example/auth",
    )
    assert "signaal.E102" in errors and "signaal.E103" in errors and "SIGNAAL_OIDC_ISSUER" in errors


def test_the_group_mapping_may_only_name_the_four_role_groups(settings):
    errors = check_ids(settings, SIGNAAL_OIDC_GROUP_MAP={"GG-Beheer": "Beheerders", "GG-Leiding": "Leidinggevenden"})
    assert "signaal.E107" in errors and "not Signaal's role groups: Beheerders." in errors


def test_an_unknown_password_policy_fails_the_check(settings):
    assert "signaal.E108" in check_ids(settings, SIGNAAL_PASSWORD_LOGIN="niemand")
