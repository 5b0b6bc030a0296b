"""Single sign-on in Chromium against the real test OpenID provider (tests/oidc.py, oidc-provider on Node.js):

- an officer imported from the HR CSV logs in through the provider, lands on "Mijn training" with their own
  progress, and logs out of Signaal and of the provider;
- a manager whose provider group maps to Leidinggevenden opens their unit's report from the admin's SSO button;
  after the group is removed at the provider, the next login no longer opens the admin;
- someone whose unit Signaal does not know gets the Dutch refusal page.
axe-core checks Signaal's pages on the way (the provider's own pages are not Signaal's)."""

import re

import pytest
from playwright.sync_api import expect

from curriculum import services
from curriculum.models import OfficerProfile
from tests.browser.helpers import shot, step
from tests.factories import officer_in, org_create
from tests.oidc import PASSWORD, officer_claims

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def at_provider(page, username):
    """The provider's login page: fill in and submit (Chromium follows the redirects back to Signaal)."""
    expect(page.locator("h1")).to_have_text("Inloggen bij de test-IdP")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.get_by_role("button", name="Inloggen bij de test-IdP").click()
    page.wait_for_load_state("load")


def logout_everywhere(page, oidc):
    """Signaal's Uitloggen, then the provider's confirmation; back on Signaal's home page, logged out."""
    # A real mouse click on the button's centre (checked: the button is the element hit there). Playwright's own
    # hit-target check trips over the display:inline form around the flex button and would wait forever.
    page.get_by_role("button", name="Uitloggen").click(force=True)
    expect(page.locator("h1")).to_have_text("Uitloggen bij de test-IdP")
    page.get_by_role("button", name="Ja, uitloggen").click()
    page.wait_for_load_state("load")
    expect(page.get_by_role("link", name="Inloggen", exact=True)).to_be_visible()


def test_an_imported_officer_logs_in_through_the_provider_sees_their_progress_and_logs_out(
    training, oidc, new_page, live_server
):
    tree, _users = training
    org_create()
    csv = "personeelsnummer,naam,e-mail,eenheidcode\n20417,Fatima el Amrani,fatima@politie.example,BT11\n"
    assert services.officers_import_csv(csv.encode()).ok
    fatima = OfficerProfile.objects.get(personnel_number="20417").user
    services.lesson_complete(user=fatima, lesson=tree.module.lessons()[0])
    oidc.user_set("f.elamrani", **officer_claims("20417", "BT11", name="Fatima el Amrani"))
    page = new_page({"width": 360, "height": 800})

    page.goto("/login/?next=/mijn-training/")
    step(page, "sso-01-login-page")
    page.get_by_role("link", name="Inloggen met je organisatie-account").click()
    shot(page, "sso-02-provider-login")
    at_provider(page, "f.elamrani")

    expect(page).to_have_url(re.compile(r"/mijn-training/$"))
    expect(page.locator("h1")).to_have_text("Mijn training")
    expect(page.locator(".lead").first).to_contain_text("Welkom, Fatima")
    expect(page.locator(".next-step")).to_contain_text("1 van 3 stappen")
    step(page, "sso-03-my-training")

    logout_everywhere(page, oidc)
    assert [e["sub"] for e in oidc.events("end_session")] == ["f.elamrani"]
    step(page, "sso-04-logged-out")
    assert page.goto("/mijn-training/").url.endswith("/login/?next=/mijn-training/")


def test_a_manager_group_opens_the_report_and_its_removal_closes_it_at_the_next_login(
    training, oidc, new_page, live_server, settings
):
    tree, _users = training
    org = org_create()
    settings.SIGNAAL_OIDC_CLAIMS = {**settings.SIGNAAL_OIDC_CLAIMS, "managed_units": "managed_units"}
    for name, team in [("Anna Bakker", org.teams[0]), ("Bram Jansen", org.teams[1]), ("Eva Mulder", org.teams[2])]:
        first, last = name.split()
        officer_in(team, first.lower(), first_name=first, last_name=last)
    claims = officer_claims(
        "30001", "BT12", "sg-agenten", "sg-leidinggevenden", name="Marco Willems", managed_units=["D1"]
    )
    oidc.user_set("m.willems", **claims)
    page = new_page()

    page.goto("/admin/reports/completion/")
    expect(page).to_have_url(re.compile(r"/admin/login/\?next="))
    shot(page, "sso-manager-01-admin-login")
    page.get_by_role("link", name="Inloggen met je organisatie-account").click()
    at_provider(page, "m.willems")

    expect(page).to_have_url(re.compile(r"/admin/reports/completion/$"))
    expect(page.locator("h1")).to_have_text("Voortgang per eenheid")
    expect(page.locator(".sg-crumbs [aria-current=page]")).to_have_text("District 1")
    rows = page.locator(".sg-detail tbody tr")
    expect(rows).to_have_count(2)
    assert "Basisteam 21" not in page.content()
    shot(page, "sso-manager-02-report")

    # The directory drops the manager group; the next login takes the admin away.
    oidc.user_set("m.willems", **{**claims, "groups": ["sg-agenten"], "managed_units": []})
    page.goto("/")
    logout_everywhere(page, oidc)
    page.goto("/admin/reports/completion/")
    page.get_by_role("link", name="Inloggen met je organisatie-account").click()
    at_provider(page, "m.willems")  # the provider's session ended, so it asks again
    expect(page.locator("h1")).to_have_text("Geen toegang tot het beheer")
    step(page, "sso-manager-03-no-longer-manager")
    response = page.goto("/admin/reports/completion/")
    assert response.status == 403


def test_someone_from_an_unknown_unit_gets_the_dutch_refusal_page(training, oidc, new_page, live_server):
    org_create()
    oidc.user_set("nieuw", **officer_claims("40001", "BT-ZUID-9", name="Noor Nieuw"))
    page = new_page({"width": 360, "height": 800})
    page.goto("/login/")
    page.get_by_role("link", name="Inloggen met je organisatie-account").click()
    at_provider(page, "nieuw")
    expect(page.locator("h1")).to_have_text("Je kunt nog niet inloggen bij Signaal")
    expect(page.get_by_role("alert")).to_contain_text("BT-ZUID-9")
    step(page, "sso-05-unit-unknown")
    assert not OfficerProfile.objects.filter(personnel_number="40001").exists()
