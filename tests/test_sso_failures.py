"""Every way an SSO login can fail, against the real test provider (tests/oidc.py): the provider unreachable or
failing, the wrong issuer or audience, an expired, replayed or forged token, a tampered or reused state, missing
or unusable claims, an unknown unit, an account Signaal will not hand over. Each gives a Dutch page with a 4xx/502,
an audit line `sso_failed reason=…`, nobody logged in, and nothing created or changed."""

import logging

import pytest
import requests
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from curriculum import services
from curriculum.domain import roles
from curriculum.models import OfficerProfile, UnitManager
from tests.factories import user_create
from tests.oidc import OidcProvider, officer_claims, provider_login, sso_login

User = get_user_model()


def snapshot():
    """Everything an SSO login may write: accounts (with names, e-mail, flags), profiles, groups, led units."""
    return (
        sorted(User.objects.values_list("username", "first_name", "last_name", "email", "is_staff", "is_superuser")),
        sorted(OfficerProfile.objects.values_list("personnel_number", "unit__code")),
        sorted(User.groups.through.objects.values_list("user__username", "group__name")),
        sorted(UnitManager.objects.values_list("user__username", "unit__code")),
    )


@pytest.fixture
def known(db, org):
    """Anna, imported into BT11, an officer only."""
    lines = "personeelsnummer,naam,e-mail,eenheidcode\n12345,Anna Bakker,anna@politie.example,BT11\n"
    assert services.officers_import_csv(lines.encode()).ok
    return OfficerProfile.objects.get(personnel_number="12345").user


def assert_refused(response, caplog, *, status, reason, text):
    page = response.content.decode()
    assert response.status_code == status, page[:2000]
    assert text in page, page[:2000]
    assert f"sso_failed reason={reason} " in caplog.text, caplog.text
    assert "_auth_user_id" not in response.wsgi_request.session


def assert_refused_and_unchanged(client, caplog, username, *, status, reason, text):
    """The whole SSO login of `username` is refused (assert_refused) and writes nothing (snapshot)."""
    before = snapshot()
    response = sso_login(client, username)
    assert_refused(response, caplog, status=status, reason=reason, text=text)
    assert snapshot() == before
    return response


def callback_path(client, username):
    """Start at Signaal in `client`, log in at the provider: the callback URL the browser would come back to."""
    start = client.get("/oidc/authenticate/")
    return provider_login(requests.Session(), start["Location"], username).removeprefix("http://testserver")


def used_callback(client, oidc):
    """Anna (BT11) logs in through the provider and out again: the callback URL her login used."""
    oidc.user_set("anna", **officer_claims("12345", "BT11"))
    callback = callback_path(client, "anna")
    assert client.get(callback).status_code == 302
    client.post("/logout/")
    return callback


def query_value(url, name):
    """The raw (still URL-encoded) value of `name` in the query string of `url`."""
    return url.split(f"{name}=", 1)[1].split("&", 1)[0]


def explicit_endpoints(settings, oidc, *, issuer):
    """Signaal configured without discovery: the test provider's endpoints given one by one, `issuer` expected."""
    settings.SIGNAAL_OIDC_DISCOVERY_URL = ""
    settings.SIGNAAL_OIDC_ISSUER = issuer
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{oidc.issuer}/auth"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{oidc.issuer}/token"
    settings.OIDC_OP_USER_ENDPOINT = f"{oidc.issuer}/me"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{oidc.issuer}/jwks"


@pytest.fixture(autouse=True)
def _audit(caplog):
    caplog.set_level(logging.INFO, logger="signaal.audit")


# ---------------------------------------------------------------- the provider unreachable or failing


@pytest.mark.django_db
def test_provider_unreachable_at_the_start(client, oidc, settings, caplog):
    settings.SIGNAAL_OIDC_DISCOVERY_URL = "http://127.0.0.1:9/.well-known/openid-configuration"  # nothing listens
    response = client.get("/oidc/authenticate/")
    assert_refused(response, caplog, status=502, reason="discovery_unreachable", text="niet bereikbaar")
    assert "oidc_states" not in client.session


@pytest.mark.django_db
def test_provider_gone_between_the_login_at_the_provider_and_the_callback(client, oidc, settings, known, caplog):
    """A provider process of its own, stopped after the person logged in there: the token call cannot connect."""
    from tests.oidc import CLIENT_ID

    own = OidcProvider().start()
    try:
        own.reset(base_urls=["http://testserver"])
        own.user_set("anna", **officer_claims("12345", "BT12"))
        settings.SIGNAAL_OIDC_DISCOVERY_URL = own.discovery_url
        assert settings.OIDC_RP_CLIENT_ID == CLIENT_ID
        before = snapshot()
        callback = callback_path(client, "anna")
    finally:
        own.stop()
    response = client.get(callback)
    assert_refused(response, caplog, status=502, reason="token_endpoint_unreachable", text="niet bereikbaar")
    assert snapshot() == before


@pytest.mark.django_db
def test_provider_answers_the_token_call_with_a_server_error(client, oidc, known, caplog):
    oidc.user_set("anna", **officer_claims("12345", "BT12"))
    oidc.fail("/token", 503)
    assert_refused_and_unchanged(
        client, caplog, "anna", status=502, reason="token_endpoint_error", text="niet bereikbaar"
    )


# ---------------------------------------------------------------- issuer and audience, expired, forged


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("tamper", "reason", "text"),
    [
        pytest.param({"aud": "another-application"}, "token_audience", "niet voor Signaal bedoeld", id="audience"),
        pytest.param(
            {"iss": "https://idp.elders.example"}, "token_issuer", "Probeer opnieuw in te loggen", id="issuer"
        ),
        pytest.param({"expired": True}, "token_expired", "verlopen", id="expired"),
        pytest.param({"bad_signature": True}, "token_signature", "Probeer opnieuw in te loggen", id="signature"),
    ],
)
def test_an_id_token_for_another_client_or_issuer_expired_or_forged_is_refused(
    client, oidc, org, caplog, tamper, reason, text
):
    oidc.user_set("chris", **officer_claims("P-1", "BT11"))
    oidc.tamper(**tamper)
    assert_refused_and_unchanged(client, caplog, "chris", status=400, reason=reason, text=text)


@pytest.mark.django_db
def test_a_provider_whose_discovery_names_another_issuer_is_refused_before_anyone_logs_in(
    client, oidc, settings, caplog
):
    settings.SIGNAAL_OIDC_ISSUER = "https://idp.politie.example"
    response = client.get("/oidc/authenticate/")
    assert_refused(response, caplog, status=400, reason="discovery_issuer_mismatch", text="verkeerd ingesteld")


@pytest.mark.django_db
def test_with_explicit_endpoints_a_response_from_another_issuer_is_refused(client, oidc, settings, org, caplog):
    """Configured without discovery; the configured issuer is not the one that answers (RFC 9207 `iss`)."""
    explicit_endpoints(settings, oidc, issuer="https://idp.politie.example")
    oidc.user_set("chris", **officer_claims("P-1", "BT11"))
    assert_refused_and_unchanged(
        client, caplog, "chris", status=400, reason="issuer_mismatch", text="niet van de inlogdienst"
    )


@pytest.mark.django_db
def test_with_explicit_endpoints_and_the_right_issuer_the_login_works(client, oidc, settings, org):
    explicit_endpoints(settings, oidc, issuer=oidc.issuer)
    oidc.user_set("chris", **officer_claims("P-1", "BT11"))
    assert sso_login(client, "chris").status_code == 302
    assert client.session["_auth_user_id"]


# ---------------------------------------------------------------- replayed


@pytest.mark.django_db
def test_a_replayed_id_token_of_an_earlier_login_is_refused_by_its_nonce(client, oidc, known, caplog):
    oidc.user_set("anna", **officer_claims("12345", "BT11", "sg-agenten"))
    assert sso_login(client, "anna").status_code == 302
    client.post("/logout/")
    oidc.user_set("anna", **officer_claims("12345", "BT21", "sg-agenten", "sg-leidinggevenden"))
    oidc.tamper(replay=True)  # the provider hands out the first login's (valid, signed, unexpired) ID token again
    assert_refused_and_unchanged(client, caplog, "anna", status=400, reason="token_nonce", text="al gebruikt")


@pytest.mark.django_db
def test_the_same_callback_twice_is_refused_the_second_time(client, oidc, known, caplog):
    callback = used_callback(client, oidc)
    response = client.get(callback)
    assert_refused(response, caplog, status=400, reason="state_unknown", text="niet (meer) geldig")


@pytest.mark.django_db
def test_a_used_code_with_a_fresh_state_is_refused_by_the_provider(client, oidc, known, caplog):
    callback = used_callback(client, oidc)
    code = query_value(callback, "code")
    state = query_value(client.get("/oidc/authenticate/")["Location"], "state")
    before = snapshot()
    response = client.get("/oidc/callback/", {"code": code, "state": state})
    assert_refused(response, caplog, status=400, reason="token_refused", text="al gebruikt")
    assert snapshot() == before


@pytest.mark.django_db
def test_a_tampered_state_is_refused_and_nothing_is_created(client, oidc, org, caplog):
    oidc.user_set("chris", **officer_claims("P-1", "BT11"))
    callback = callback_path(client, "chris")
    state = query_value(callback, "state")
    before = snapshot()
    response = client.get(callback.replace(f"state={state}", f"state={state[:-2]}xy"))
    assert_refused(response, caplog, status=400, reason="state_unknown", text="niet (meer) geldig")
    assert snapshot() == before


@pytest.mark.django_db
def test_a_callback_in_another_browser_is_refused_login_csrf(client, oidc, org, caplog):
    """An attacker's own code and state, sent to a victim's browser, must not log the victim in as the attacker."""
    from django.test import Client

    oidc.user_set("mallory", **officer_claims("P-666", "BT11"))
    callback = callback_path(Client(), "mallory")
    response = client.get(callback)
    assert_refused(response, caplog, status=400, reason="state_unknown", text="niet in deze browser")
    assert not User.objects.filter(username="P-666").exists()


@pytest.mark.django_db
def test_the_provider_reporting_an_error_is_a_dutch_page(client, oidc, caplog):
    state = query_value(client.get("/oidc/authenticate/")["Location"], "state")
    response = client.get("/oidc/callback/", {"error": "access_denied", "state": state})
    assert_refused(response, caplog, status=400, reason="provider_error", text="afgebroken")
    assert state not in client.session["oidc_states"]


@pytest.mark.django_db
def test_a_control_character_in_the_callback_is_refused_by_the_text_rule(client, oidc, caplog):
    response = client.get("/oidc/callback/", {"code": "abc\x00", "state": "x"})
    assert response.status_code == 400 and "stuurteken" in response.content.decode()


# ---------------------------------------------------------------- claims, units, accounts


@pytest.mark.django_db
def test_missing_claims_are_named_on_the_page_and_nothing_is_created(client, oidc, org, caplog):
    claims = officer_claims("P-1", "BT11")
    del claims["personnel_number"], claims["unit_code"]
    oidc.user_set("chris", **claims)
    assert_refused_and_unchanged(
        client, caplog, "chris", status=403, reason="claims_missing", text="(personnel_number, unit_code)"
    )


@pytest.mark.django_db
def test_claims_with_control_characters_or_beyond_the_limits_are_refused(client, oidc, known, caplog):
    before = snapshot()
    for claims, bad in [
        ({"name": "Anna\x0bBakker"}, "name"),
        ({"personnel_number": "12345; DROP"}, "personnel_number"),
        ({"email": "geen-adres"}, "email"),
        ({"unit_code": "B" * 41}, "unit_code"),
    ]:
        oidc.user_set("anna", **{**officer_claims("12345", "BT11"), **claims})
        response = sso_login(client, "anna")
        assert_refused(response, caplog, status=403, reason="claims_invalid", text=f"({bad})")
    assert snapshot() == before


@pytest.mark.django_db
def test_an_unknown_unit_code_is_refused_for_a_newcomer_and_for_a_known_officer(client, oidc, known, caplog):
    before = snapshot()
    oidc.user_set("chris", **officer_claims("P-1", "BT-ONBEKEND"))
    response = sso_login(client, "chris")
    assert_refused(response, caplog, status=403, reason="unit_unknown", text="BT-ONBEKEND")
    assert "nog niet bekend in Signaal" in response.content.decode()
    oidc.user_set("anna", **officer_claims("12345", "BT-ONBEKEND", "sg-leidinggevenden"))
    response = sso_login(client, "anna")
    assert_refused(response, caplog, status=403, reason="unit_unknown", text="BT-ONBEKEND")
    assert snapshot() == before


@pytest.mark.django_db
def test_without_a_unit_claim_only_imported_officers_log_in(client, oidc, known, settings, caplog):
    settings.SIGNAAL_OIDC_CLAIMS = {**settings.SIGNAAL_OIDC_CLAIMS, "unit": ""}
    oidc.user_set("anna", **officer_claims("12345", "BT21"))
    assert sso_login(client, "anna").status_code == 302
    known.refresh_from_db()
    assert known.officer_profile.unit.code == "BT11"  # not taken from the provider
    client.post("/logout/")
    oidc.user_set("chris", **officer_claims("P-1", "BT11"))
    assert_refused_and_unchanged(client, caplog, "chris", status=403, reason="not_imported", text="nog niet bekend")


@pytest.mark.django_db
def test_an_account_with_the_personnel_number_as_username_is_not_taken_over(client, oidc, org, caplog):
    user_create("P-1", roles.TRAINERS, email="trainer@politie.example")
    oidc.user_set("chris", **officer_claims("P-1", "BT11"))
    assert_refused_and_unchanged(
        client, caplog, "chris", status=403, reason="username_taken", text="neemt geen bestaand account over"
    )


@pytest.mark.django_db
def test_a_superuser_or_staff_account_never_logs_in_through_the_provider(client, oidc, org, caplog):
    admin = User.objects.create_superuser("beheer", "beheer@politie.example", "pw-Beheer-12345")
    services.officer_profile_save(user=admin, unit=org.teams[0], personnel_number="A-1")
    oidc.user_set("admin", **officer_claims("A-1", "BT12", "sg-agenten"))
    assert_refused_and_unchanged(
        client, caplog, "admin", status=403, reason="privileged_account", text="beheerdersaccount"
    )


@pytest.mark.django_db
def test_a_deactivated_account_is_refused(client, oidc, known, caplog):
    known.is_active = False
    known.save()
    oidc.user_set("anna", **officer_claims("12345", "BT11"))
    response = sso_login(client, "anna")
    assert_refused(response, caplog, status=403, reason="inactive_account", text="uitgeschakeld")


@pytest.mark.django_db
def test_failed_sso_logins_do_not_lock_anyone_out_and_leave_no_axes_failures(client, oidc, known, caplog):
    from axes.models import AccessAttempt

    oidc.user_set("anna", **officer_claims("12345", "BT11"))
    for _attempt in range(6):
        oidc.tamper(expired=True)
        assert sso_login(client, "anna").status_code == 400
    assert not AccessAttempt.objects.exists()
    assert sso_login(client, "anna").status_code == 302


@pytest.mark.django_db
def test_a_role_group_is_never_granted_by_a_failed_login(client, oidc, known, caplog):
    managers = Group.objects.get(name=roles.MANAGERS)
    oidc.user_set("anna", **officer_claims("12345", "BT11", "sg-leidinggevenden"))
    oidc.tamper(aud="another-application")
    assert sso_login(client, "anna").status_code == 400
    assert not known.groups.filter(pk=managers.pk).exists()
