"""Single sign-on over plain HTTP against a real OpenID Connect provider on loopback (tests/oidc.py): Django's test
client is the browser at Signaal, a requests session the browser at the provider. The failure cases are in
tests/test_sso_failures.py, the password policy in tests/test_sso_passwords.py, the browser journeys in
tests/browser/test_sso_journey.py."""

import logging
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client

from curriculum import services
from curriculum.domain import roles
from curriculum.models import ModuleProgress, OfficerProfile, UnitManager
from tests.helpers import COMPLETION, login, run_together
from tests.oidc import officer_claims, provider_login, sso_login

User = get_user_model()
SSO_BACKEND = "curriculum.sso.backends.SignaalOIDCBackend"


def csv_import(*rows):
    """Officers through the CSV import, as HR delivers them: (personnel number, name, e-mail, unit code)."""
    lines = ["personeelsnummer,naam,e-mail,eenheidcode", *(",".join(row) for row in rows)]
    report = services.officers_import_csv("\n".join(lines).encode())
    assert report.ok, report.errors


def logged_in_user(client):
    return User.objects.get(pk=client.session["_auth_user_id"]) if "_auth_user_id" in client.session else None


# ---------------------------------------------------------------- without settings, SSO is off


@pytest.mark.django_db
def test_without_settings_sso_is_off_and_the_password_login_works_as_before(client, officer):
    page = client.get("/login/").content.decode()
    assert 'name="password"' in page and "/oidc/authenticate/" not in page
    assert client.get("/oidc/authenticate/").status_code == 404
    assert client.get("/oidc/callback/?code=x&state=y").status_code == 404
    assert login(client, "agent1").status_code == 302
    assert logged_in_user(client) == officer


# ---------------------------------------------------------------- the login


@pytest.mark.django_db
def test_the_start_sends_the_browser_to_the_provider_with_pkce_state_and_nonce(client, oidc):
    response = client.get("/oidc/authenticate/", {"next": "/mijn-training/"})
    assert response.status_code == 302
    url = urlsplit(response["Location"])
    params = {key: values[0] for key, values in parse_qs(url.query).items()}
    assert f"{url.scheme}://{url.netloc}" == oidc.issuer
    assert params["response_type"] == "code" and params["client_id"] == "signaal"
    assert params["code_challenge_method"] == "S256" and len(params["code_challenge"]) == 43
    assert params["redirect_uri"] == "http://testserver/oidc/callback/"
    assert set(params["scope"].split()) >= {"openid", "profile", "email"}
    stored = client.session["oidc_states"][params["state"]]
    assert stored["nonce"] == params["nonce"] and len(stored["code_verifier"]) >= 43


@pytest.mark.django_db
def test_an_imported_officer_logs_in_through_the_provider_and_sees_their_own_progress(client, oidc, org, tree, caplog):
    csv_import(
        ("12345", "Anna Bakker", "anna@politie.example", "BT11"), ("12346", "Bram Jansen", "b@p.example", "BT11")
    )
    anna = OfficerProfile.objects.get(personnel_number="12345").user
    services.lesson_complete(user=anna, lesson=tree.lessons[0])
    users_before = User.objects.count()
    oidc.user_set("anna.bakker", **officer_claims("12345", "BT11", name="Anna Bakker", email="anna@politie.example"))

    with caplog.at_level(logging.INFO, logger="signaal.audit"):
        response = sso_login(client, "anna.bakker", next_url="/mijn-training/")

    assert response.status_code == 302 and response["Location"] == "/mijn-training/"
    assert logged_in_user(client) == anna and client.session[BACKEND_SESSION_KEY] == SSO_BACKEND
    assert User.objects.count() == users_before  # matched, not created
    page = client.get("/mijn-training/").content.decode()
    assert "Mijn training" in page and "Welkom, Anna" in page and "1 van 3 stappen" in page
    assert f"sso_login user={anna.pk} created=False moved=False" in caplog.text


@pytest.mark.django_db
def test_matching_is_on_the_personnel_number_never_on_e_mail_or_name(client, oidc, org):
    csv_import(("12345", "Anna Bakker", "anna@politie.example", "BT11"))
    anna = OfficerProfile.objects.get(personnel_number="12345").user
    # Same e-mail and name as Anna, another personnel number: a different person, made just in time.
    oidc.user_set("someone", **officer_claims("99999", "BT12", name="Anna Bakker", email="anna@politie.example"))
    assert sso_login(client, "someone").status_code == 302
    someone = logged_in_user(client)
    assert someone != anna and someone.officer_profile.personnel_number == "99999"
    # Anna's directory entry changed name and e-mail: she is still Anna, with the new name and address.
    oidc.user_set("anna", **officer_claims("12345", "BT11", name="Anna de Vries", email="anna.devries@politie.example"))
    client.post("/logout/")
    assert sso_login(client, "anna").status_code == 302
    anna.refresh_from_db()
    assert logged_in_user(client) == anna
    assert (anna.first_name, anna.last_name, anna.email) == ("Anna", "de Vries", "anna.devries@politie.example")


@pytest.mark.django_db
def test_someone_not_imported_is_created_just_in_time_in_their_known_unit(client, oidc, org):
    oidc.user_set("chris", **officer_claims("P-777", "BT12", name="Chris Smit"))
    response = sso_login(client, "chris")
    assert response.status_code == 302
    user = logged_in_user(client)
    assert user.username == "P-777" and not user.has_usable_password()
    assert (user.first_name, user.last_name, user.email) == ("Chris", "Smit", "p-777@politie.example")
    assert user.officer_profile.unit == org.teams[1] and user.officer_profile.personnel_number == "P-777"
    assert list(user.groups.values_list("name", flat=True)) == [roles.OFFICERS]
    assert not user.is_staff and not user.is_superuser


@pytest.mark.django_db
def test_a_new_unit_code_moves_the_officer_and_their_progress_follows(client, oidc, org, tree):
    csv_import(("12345", "Anna Bakker", "anna@politie.example", "BT11"))
    anna = OfficerProfile.objects.get(personnel_number="12345").user
    services.lesson_complete(user=anna, lesson=tree.lessons[0])
    assert ModuleProgress.objects.get(user=anna).unit == org.teams[0]
    oidc.user_set("anna", **officer_claims("12345", "BT21", name="Anna Bakker", email="anna@politie.example"))

    assert sso_login(client, "anna").status_code == 302

    anna.refresh_from_db()
    assert anna.officer_profile.unit == org.teams[2]
    progress = ModuleProgress.objects.get(user=anna)
    assert (progress.unit, progress.unit_l3) == (org.teams[2], org.districts[1])
    assert progress.percent > 0 and anna.lesson_completions.count() == 1


# ---------------------------------------------------------------- roles from the provider


@pytest.mark.django_db
def test_a_manager_group_maps_to_leidinggevenden_and_is_removed_at_the_next_login(client, oidc, org, settings):
    settings.SIGNAAL_OIDC_CLAIMS = {**settings.SIGNAAL_OIDC_CLAIMS, "managed_units": "managed_units"}
    claims = officer_claims("M-1", "D1", "sg-agenten", "sg-leidinggevenden", managed_units=["D1"], name="Marco W")
    oidc.user_set("marco", **claims)

    assert sso_login(client, "marco").status_code == 302
    marco = logged_in_user(client)
    assert set(marco.groups.values_list("name", flat=True)) == {roles.OFFICERS, roles.MANAGERS}
    assert list(UnitManager.objects.filter(user=marco).values_list("unit__code", flat=True)) == ["D1"]
    assert client.get(COMPLETION).status_code == 200

    oidc.user_set("marco", **{**claims, "groups": ["sg-agenten"], "managed_units": []})
    client.post("/logout/")
    assert sso_login(client, "marco").status_code == 302
    assert list(marco.groups.values_list("name", flat=True)) == [roles.OFFICERS]
    assert not UnitManager.objects.filter(user=marco).exists()
    assert client.get(COMPLETION).status_code == 403


@pytest.mark.django_db
def test_without_a_managed_units_claim_the_units_set_in_the_admin_stay(client, oidc, org):
    csv_import(("M-2", "Mia Leider", "mia@politie.example", "D2"))
    mia = OfficerProfile.objects.get(personnel_number="M-2").user
    services.unit_manager_add(user=mia, unit=org.districts[1])
    oidc.user_set("mia", **officer_claims("M-2", "D2", "sg-agenten", "sg-leidinggevenden", name="Mia Leider"))
    assert sso_login(client, "mia").status_code == 302
    assert list(UnitManager.objects.filter(user=mia).values_list("unit__code", flat=True)) == ["D2"]
    assert client.get(COMPLETION).status_code == 200


@pytest.mark.django_db
def test_the_provider_never_makes_anyone_staff_or_superuser_and_leaves_other_groups_alone(client, oidc, org):
    custom = Group.objects.create(name="Werkgroep signalen")
    oidc.user_set(
        "eve", **officer_claims("E-1", "BT11", "sg-agenten", "admins", "superusers", is_superuser=True, is_staff=True)
    )
    assert sso_login(client, "eve").status_code == 302
    eve = logged_in_user(client)
    eve.groups.add(custom)
    client.post("/logout/")
    assert sso_login(client, "eve").status_code == 302
    eve.refresh_from_db()
    assert not eve.is_superuser and not eve.is_staff
    assert set(eve.groups.values_list("name", flat=True)) == {roles.OFFICERS, "Werkgroep signalen"}
    assert client.get("/admin/").status_code == 403


@pytest.mark.django_db
def test_a_trainer_group_from_the_provider_opens_the_admin(client, oidc, org):
    oidc.user_set("olga", **officer_claims("O-1", "BT11", "sg-agenten", "sg-opleiders"))
    assert sso_login(client, "olga", next_url="/admin/").status_code == 302
    assert logged_in_user(client).groups.filter(name=roles.TRAINERS).exists()
    assert client.get("/admin/").status_code == 200


# ---------------------------------------------------------------- logout


@pytest.mark.django_db
def test_logout_ends_the_signaal_session_and_the_providers(client, oidc, org):
    oidc.user_set("anna", **officer_claims("12345", "BT11"))
    browser_at_provider = requests.Session()
    assert sso_login(client, "anna", session=browser_at_provider).status_code == 302
    id_token = client.session["oidc_id_token"]

    response = client.post("/logout/")

    assert response.status_code == 302
    end_session = urlsplit(response["Location"])
    params = {key: values[0] for key, values in parse_qs(end_session.query).items()}
    assert f"{end_session.scheme}://{end_session.netloc}{end_session.path}" == f"{oidc.issuer}/session/end"
    assert params == {
        "client_id": "signaal",
        "post_logout_redirect_uri": "http://testserver/",
        "id_token_hint": id_token,
    }
    assert "_auth_user_id" not in client.session
    assert client.get("/mijn-training/").status_code == 302  # to the login page

    # At the provider: confirm, and come back to Signaal's home page; the provider's session is gone.
    confirm = browser_at_provider.get(response["Location"], timeout=10)
    assert "Ja, uitloggen" in confirm.text
    action = confirm.text.split('action="', 1)[1].split('"', 1)[0]
    xsrf = confirm.text.split('name="xsrf" value="', 1)[1].split('"', 1)[0]
    done = browser_at_provider.post(action, data={"xsrf": xsrf, "logout": "yes"}, allow_redirects=False, timeout=10)
    assert done.headers["Location"] == "http://testserver/"
    assert [e["sub"] for e in oidc.events("end_session")] == ["anna"]
    start = client.get("/oidc/authenticate/")
    again = browser_at_provider.get(start["Location"], allow_redirects=True, timeout=10)
    assert "Inloggen bij de test-IdP" in again.text  # the provider asks for the password again


@pytest.mark.django_db
def test_logout_after_a_password_login_stays_at_signaal(client, oidc, officer):
    assert login(client, "agent1").status_code == 302
    response = client.post("/logout/")
    assert response["Location"] == "/" and "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_second_login_in_another_browser_works_while_the_first_is_logged_in(client, oidc, org, django_user_model):
    oidc.user_set("anna", **officer_claims("12345", "BT11"))
    assert sso_login(client, "anna").status_code == 302
    other = Client()
    assert sso_login(other, "anna", session=requests.Session()).status_code == 302
    assert logged_in_user(client) == logged_in_user(other)
    assert django_user_model.objects.filter(username="12345").count() == 1


@pytest.mark.django_db
def test_the_login_page_offers_sso_and_passwords_and_the_admin_login_offers_sso(client, oidc):
    page = client.get("/login/?next=/mijn-training/").content.decode()
    assert 'href="/oidc/authenticate/?next=%2Fmijn-training%2F"' in page
    assert "Inloggen met je organisatie-account" in page and 'name="password"' in page
    admin = client.get("/admin/login/?next=/admin/reports/completion/").content.decode()
    assert 'href="/oidc/authenticate/?next=%2Fadmin%2Freports%2Fcompletion%2F"' in admin


@pytest.mark.django_db
def test_with_sso_on_the_csp_allows_the_provider_as_form_action_and_nothing_else(client, oidc, settings):
    policy = client.get("/login/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["form-action"].split() == ["'self'", oidc.issuer]
    assert directives["script-src"] == "'self'" and "127.0.0.1" not in directives["default-src"]
    settings.OIDC_RP_CLIENT_ID = ""
    policy = client.get("/login/")["Content-Security-Policy"]
    assert "form-action 'self';" in policy + ";" and oidc.issuer not in policy


@pytest.mark.django_db
def test_a_user_created_by_sso_uses_no_password_and_the_callback_is_not_a_password_login(client, oidc, org):
    oidc.user_set("chris", **officer_claims("P-8", "BT12"))
    assert sso_login(client, "chris").status_code == 302
    client.post("/logout/")
    assert login(client, "P-8", password="").status_code == 200  # no password to log in with
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_an_officer_deactivated_after_an_sso_login_is_logged_out_on_the_next_request(client, oidc, org):
    oidc.user_set("anna", **officer_claims("12345", "BT11"))
    assert sso_login(client, "anna").status_code == 302
    user = logged_in_user(client)
    user.is_active = False
    user.save()
    assert client.get("/mijn-training/").status_code == 302  # anonymous again: to the login page


@pytest.mark.django_db
def test_after_login_only_a_same_site_next_is_followed(client, oidc, org):
    oidc.user_set("anna", **officer_claims("12345", "BT11"))
    assert sso_login(client, "anna", next_url="https://evil.example/phish").headers["Location"] == "/"


@pytest.mark.django_db
def test_logging_out_of_the_admin_also_ends_the_provider_session(client, oidc, org):
    oidc.user_set("olga", **officer_claims("O-1", "BT11", "sg-agenten", "sg-opleiders"))
    assert sso_login(client, "olga").status_code == 302
    response = client.post("/admin/logout/")
    assert response.status_code == 302 and response["Location"].startswith(f"{oidc.issuer}/session/end?")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_claims_in_the_id_token_only_as_entra_id_sends_them(client, oidc, org, settings):
    """Entra ID and ADFS put groups and extra claims in the ID token; without userinfo they are read from there."""
    oidc.reset(
        base_urls=["http://testserver"],
        conform_id_token_claims=False,
        extra_claims=["employeeid", "unit_code", "groups"],
    )
    settings.SIGNAAL_OIDC_USE_USERINFO = False
    settings.SIGNAAL_OIDC_CLAIMS = {**settings.SIGNAAL_OIDC_CLAIMS, "personnel_number": "employeeid"}
    claims = officer_claims("E-42", "BT12", "sg-leidinggevenden", name=None, given_name="Eef", family_name="de Wit")
    claims["employeeid"] = claims.pop("personnel_number")
    oidc.user_set("eef", **claims)
    assert sso_login(client, "eef").status_code == 302
    eef = logged_in_user(client)
    assert (eef.username, eef.first_name, eef.last_name) == ("E-42", "Eef", "de Wit")
    assert set(eef.groups.values_list("name", flat=True)) == {roles.OFFICERS, roles.MANAGERS}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="a race needs PostgreSQL; SQLite serialises writers")
def test_two_first_logins_of_the_same_person_at_once_make_one_account(oidc, org):
    oidc.user_set("chris", **officer_claims("P-9", "BT11"))
    clients = [Client(), Client()]
    callbacks = [
        provider_login(requests.Session(), c.get("/oidc/authenticate/")["Location"], "chris").removeprefix(
            "http://testserver"
        )
        for c in clients
    ]
    results, errors = run_together(2, lambda i: clients[i].get(callbacks[i]))
    assert errors == [None, None] and [r.status_code for r in results] == [302, 302]
    assert (
        User.objects.filter(username="P-9").count() == 1
        and OfficerProfile.objects.filter(personnel_number="P-9").count() == 1
    )
    assert {c.session["_auth_user_id"] for c in clients} == {str(User.objects.get(username="P-9").pk)}


# ---------------------------------------------------------------- claims → identity (no provider needed)


def test_claims_become_an_identity_with_mapped_groups_only(settings):
    from curriculum.sso.claims import identity_from_claims

    settings.SIGNAAL_OIDC_GROUP_MAP = {"GG-Leiding": "Leidinggevenden", "GG-Beide": ["Opleiders", "Redactie"]}
    identity = identity_from_claims(
        {
            "sub": "abc",
            "personnel_number": 40123,  # a number in the directory is the same personnel number
            "name": "  Jan   van der Berg ",
            "email": "jan@politie.example",
            "unit_code": "BT11",
            "groups": "GG-Leiding",  # one group may come as a string
        }
    )
    assert (identity.personnel_number, identity.first_name, identity.last_name) == ("40123", "Jan", "van der Berg")
    assert identity.groups == {roles.OFFICERS, roles.MANAGERS}
    assert identity.groups_managed == set(roles.ALL_GROUPS)
    assert identity.managed_unit_codes is None  # no claim configured: the admin's settings stay
    identity = identity_from_claims(
        {"personnel_number": "1", "name": "A B", "email": "a@b.nl", "unit_code": "X", "groups": [7, "GG-Beide", None]}
    )
    assert identity.groups == {roles.OFFICERS, roles.TRAINERS, roles.MODERATORS}


def test_claims_that_are_not_text_are_refused(settings):
    from curriculum.domain.errors import SsoRefusedError
    from curriculum.sso.claims import identity_from_claims

    base = {"personnel_number": "1", "name": "A B", "email": "a@b.nl", "unit_code": "X"}
    for bad in ({"name": ["A", "B"]}, {"personnel_number": True}, {"unit_code": {"code": "X"}}, {"email": ""}):
        with pytest.raises(SsoRefusedError):
            identity_from_claims({**base, **bad})
