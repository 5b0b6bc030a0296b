"""A manager's Monday in Chromium, at desktop width and on a 390 px phone (issue 21): the admin home with
"Mijn eenheden in één oogopslag", the overdue list (sorted, with the "Te laat" badge), the district's officers
paged (every page link, sorted both ways, filtered from page 2), every column of the officer report reachable by
scrolling its own region while the page never scrolls sideways, an officer's page, a reminder to the overdue
officers of one team (the mail arrives at the test SMTP server), one due date extended with a reason, the trend
beside the parent unit and the national figure, and the CSV export read with the `;` dialect. axe-core checks
every page."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from curriculum import services
from curriculum.services.trend import trend_snapshot_take
from tests.browser.helpers import login, shot, step
from tests.factories import manager_of, module_finish, officer_in, org_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PHONE_390 = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


# Basisteam 13: newcomers with the mandatory module due 90 days after they joined (not overdue), so the district
# has 60 officers and "Voortgang per agent" (50 rows a page) runs to a second page.
NEWCOMERS = (
    "Aarts Bos Brouwer Claassen Dekker Dijkstra Evers Franken Geurts Gerritsen Hendriks Hoekstra Huisman Jacobs "
    "Janssen Kok Koster Kuipers Lammers Leenders Maas Martens Meijer Mulder Nijhuis Noordam Oosterhuis Peters Post "
    "Prins Quist Roos Ruiter Schouten Smits Snijders Timmermans Tromp Uiterwijk Veenstra Verbeek Verhoeven "
    "Vermeulen Vos Wouters Willemsen Wolters Zijlstra Zwart Bosman Dijkman Hermans Kramer Molenaar Postma Scholten "
    "Vink"
).split()
FIRST_NAMES = ("Daan", "Emma", "Finn", "Julia", "Lars", "Mila", "Noah", "Sara", "Thijs", "Yara")


def _newcomer_name(i, last):
    return f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {last}"


# Every officer of District 1 as the report names them, by last name (the report's default order).
DISTRICT_NAMES = [
    name
    for _last, name in sorted(
        [("Bakker", "Anna Bakker"), ("Jansen", "Bram Jansen"), ("Visser", "Cor Visser")]
        + [(last, _newcomer_name(i, last)) for i, last in enumerate(NEWCOMERS)]
    )
]


def _district(tree):
    """District 1: Basisteam 11 has Bram (in progress) and Anna (done); Basisteam 12 has Cor (not started).
    The module was due there ten days ago, so Bram and Cor are overdue. Basisteam 13 has the 57 newcomers."""
    org = org_create()
    for team in org.teams[:2]:
        services.assignment_save(module=tree.module, unit=team, due_date=timezone.localdate() - timedelta(days=10))
    people = {
        name: officer_in(team, name, first_name=first, last_name=last, email=f"{name}@example.org")
        for name, team, first, last in [
            ("anna", org.teams[0], "Anna", "Bakker"),
            ("bram", org.teams[0], "Bram", "Jansen"),
            ("cor", org.teams[1], "Cor", "Visser"),
        ]
    }
    newcomers = services.unit_create(name="Basisteam 13", code="BT13", parent=org.districts[0])
    for i, last in enumerate(NEWCOMERS):
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        officer_in(newcomers, f"nieuw{i}", first_name=first, last_name=last, email=f"nieuw{i}@example.org")
    module_finish(tree, people["anna"])
    services.lesson_complete(user=people["bram"], lesson=tree.module.lessons()[0])
    manager_of(org.districts[0], "chef", first_name="Marco", last_name="Willems")
    return org, people


def _animations_done(page):
    page.evaluate("() => Promise.all(document.getAnimations().map(a => a.finished))")


def _no_sideways_page_scroll(page):
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, f"the page is {width} px wide"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE_390], ids=["desktop", "phone-390"])
def test_a_managers_monday(training, new_page, smtp_server, viewport):
    tree, _users = training
    org, people = _district(tree)
    team, other_team = org.teams[0], org.teams[1]
    name = "phone" if viewport is PHONE_390 else "desktop"
    page = new_page(viewport)
    login(page, "chef", url="/admin/login/", submit="form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    assert page.title().endswith("Signaal")

    # The admin home: my units at a glance (done, overdue, due this month).
    panel = page.locator("#signaal-my-units-section, section:has(h2:text('Mijn eenheden in één oogopslag'))").first
    expect(panel).to_contain_text("District 1")
    row = panel.locator("tbody tr").first
    expect(row).to_contain_text("1 (2%)")  # 1 of the district's 60 officers
    step(page, f"monday-{name}-01-home")

    # The overdue list for the district, soonest due first; each row says "Te laat" in words.
    page.goto(f"/admin/reports/overdue/?unit={org.districts[0].pk}")
    rows = page.locator(".sg-detail tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0).locator(".sg-badge--overdue")).to_have_text("Te laat")
    _no_sideways_page_scroll(page)
    step(page, f"monday-{name}-02-overdue")
    page.locator(".sg-detail thead th a", has_text="Naam").first.click()
    expect(page).to_have_url(re.compile(r"ordering=user__last_name"))
    expect(rows.nth(0)).to_contain_text("Bram Jansen")

    # Page through the district's 60 officers (50 a page), both ways and sorted both ways: every page link works
    # and keeps the unit and the order.
    page.goto(f"/admin/reports/officer/?unit={org.districts[0].pk}")
    nav = page.get_by_role("navigation", name="Pagineren")
    expect(nav).to_contain_text("Pagina 1 van 2")
    expect(rows).to_have_count(50)
    expect(rows.nth(0)).to_contain_text(DISTRICT_NAMES[0])
    nav.get_by_role("link", name="Volgende").click()
    expect(page).to_have_url(re.compile(rf"\?unit={org.districts[0].pk}&p=2$"))
    expect(nav).to_contain_text("Pagina 2 van 2")
    expect(rows).to_have_count(10)
    expect(rows.nth(0)).to_contain_text(DISTRICT_NAMES[50])
    expect(rows.nth(9)).to_contain_text(DISTRICT_NAMES[59])
    _no_sideways_page_scroll(page)
    step(page, f"monday-{name}-02b-officers-page-2")
    nav.scroll_into_view_if_needed()
    box = nav.bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"] + 1  # every page link on screen
    shot(page, f"monday-{name}-02c-officers-pagination")
    nav.get_by_role("link", name="2", exact=True).click()  # the current page: stays there
    expect(rows.nth(0)).to_contain_text(DISTRICT_NAMES[50])
    nav.get_by_role("link", name="Vorige").click()
    expect(nav).to_contain_text("Pagina 1 van 2")
    expect(rows).to_have_count(50)
    expect(rows.nth(0)).to_contain_text(DISTRICT_NAMES[0])
    nav.get_by_role("link", name="1", exact=True).click()
    expect(page).to_have_url(re.compile(r"[?&]p=1$"))
    expect(rows.nth(49)).to_contain_text(DISTRICT_NAMES[49])
    page.locator(".sg-detail thead th a", has_text="Naam").first.click()  # Z to A
    expect(page).to_have_url(re.compile(r"ordering=-user__last_name"))
    expect(rows.nth(0)).to_contain_text(DISTRICT_NAMES[59])
    nav.get_by_role("link", name="2", exact=True).click()
    expect(page).to_have_url(re.compile(r"ordering=-user__last_name.*p=2|p=2.*ordering=-user__last_name"))
    expect(rows).to_have_count(10)
    expect(rows.nth(0)).to_contain_text(DISTRICT_NAMES[9])
    expect(rows.nth(9)).to_contain_text(DISTRICT_NAMES[0])
    # Filtering from the second page: the two overdue officers on one page, still Z to A, no empty page 2.
    page.get_by_role("button", name="Toon filters").click()
    page.locator("#filters-drilldown").get_by_role("button", name="Status").click()
    page.locator("#id_status").select_option("overdue")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Cor Visser")
    expect(page).to_have_url(re.compile(r"status=overdue"))
    expect(page).to_have_url(re.compile(r"ordering=-user__last_name"))
    expect(page).not_to_have_url(re.compile(r"[?&]p="))
    expect(nav).to_contain_text("Pagina 1 van 1")
    expect(nav.get_by_role("link", name="Volgende")).to_have_count(0)
    page.keyboard.press("Escape")
    nav.get_by_role("link", name="1", exact=True).click()  # the only page link: the filter and order hold
    expect(page).to_have_url(re.compile(r"status=overdue.*p=1$"))
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Cor Visser")

    # Every column reachable: the table scrolls in its own region, the first column stays in view.
    page.goto(f"/admin/reports/officer/?unit={org.districts[0].pk}&status=overdue")
    region = page.locator(".sg-detail.sg-scroll")
    expect(region).to_have_attribute("role", "region")
    expect(rows).to_have_count(2)
    _no_sideways_page_scroll(page)
    region.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    last = page.locator(".sg-detail thead th").last
    box = last.bounding_box()
    assert box["x"] + box["width"] <= viewport["width"] + 1 and box["x"] >= 0
    first = rows.nth(0).locator("td").first.bounding_box()
    assert 0 <= first["x"] < viewport["width"] / 2  # sticky: still on screen after scrolling right
    step(page, f"monday-{name}-03-officers-scrolled")

    # Open an officer from the report.
    page.get_by_role("link", name="Cor Visser").click()
    expect(page.locator("h1")).to_contain_text("Modules van een agent")
    step(page, f"monday-{name}-04-officer")

    # Remind the overdue officers of Basisteam 11 (a Dutch preview first); the mail arrives.
    page.goto(f"/admin/reports/overdue/?unit={team.pk}")
    page.get_by_role("link", name="Herinner wie te laat is in Basisteam 11").click()
    expect(page.locator(".sg-mail-preview")).to_contain_text("Hallo Bram Jansen")
    expect(page.locator(".sg-mail-preview")).to_contain_text("Marco Willems, je leidinggevende")
    step(page, f"monday-{name}-05-remind-preview")
    page.get_by_role("button", name="Herinnering versturen").click()
    expect(page).to_have_url(re.compile(rf"/admin/reports/overdue/\?unit={team.pk}$"))
    messages = smtp_server.inbox.wait_for(1)
    assert [str(m["To"]) for m in messages] == ["bram@example.org"]
    assert "leidinggevende" in str(messages[0]["Subject"])

    # Extend Cor's due date (Basisteam 12) with a reason; his page shows it.
    page.goto(f"/admin/reports/agent/{people['cor'].pk}/")
    page.get_by_role("link", name="Uiterste datum verlengen").click()
    page.get_by_label("Module").select_option(label=tree.module.title)
    page.get_by_label("Nieuwe uiterste datum").fill((timezone.localdate() + timedelta(days=14)).isoformat())
    page.get_by_label("Reden").fill("Langdurig ziek geweest")
    step(page, f"monday-{name}-06-extend")
    page.get_by_role("button", name="Verlengen").click()
    expect(page.locator("#sg-actions-title + ul")).to_contain_text("Langdurig ziek geweest")
    expect(page.locator(".messages .success")).to_contain_text("Uiterste datum verlengd voor 1 agent")
    _animations_done(page)  # Wagtail's message slides in; axe checks it once it is there
    step(page, f"monday-{name}-07-officer-after")
    page.goto(f"/admin/reports/overdue/?unit={other_team.pk}")
    expect(page.locator(".sg-detail tbody tr")).to_have_count(0)

    # The trend: this week's snapshot beside the parent unit and the national figure, chart and table.
    trend_snapshot_take()
    page.goto(f"/admin/reports/officer/?unit={org.districts[0].pk}")
    page.locator(".sg-report-nav").get_by_role("link", name="Trend").click()
    expect(page.locator("svg[role=img] polyline")).to_have_count(3)
    expect(page.locator(".sg-trend-table thead")).to_contain_text("Landelijk")
    _no_sideways_page_scroll(page)
    step(page, f"monday-{name}-08-trend")

    # Assigning a module to the own unit, the guide and the certificate check: all inside the admin, axe clean.
    page.goto(f"/admin/reports/completion/?unit={org.districts[0].pk}")
    page.get_by_role("link", name="Module toewijzen aan District 1").click()
    expect(page.get_by_label("Module")).to_be_visible()
    step(page, f"monday-{name}-09-assign")
    page.goto("/admin/handleiding/")
    expect(page.locator("#leidinggevenden")).to_have_text("Voor leidinggevenden")
    _no_sideways_page_scroll(page)
    step(page, f"monday-{name}-10-guide")
    page.goto("/admin/certificaten/?code=SGN-0")
    expect(page.get_by_role("alert")).to_contain_text("hoort niet bij een certificaat")
    step(page, f"monday-{name}-11-certificate")

    # Export the district's officers as CSV and read it the way Dutch Excel does: `;`, UTF-8 with BOM.
    response = page.request.get(f"/admin/reports/officer/?unit={org.districts[0].pk}&export=csv")
    body = response.body()
    assert body.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert sorted(row["Naam"] for row in table) == sorted(DISTRICT_NAMES)


def test_the_reminder_shows_each_language_and_who_mail_cannot_reach(training, new_page, smtp_server):
    """On a phone: a team with a Dutch reader, an English reader and an officer without an e-mail address, all
    overdue. The form names who cannot be reached, shows the mail in both languages, and what arrives at the
    SMTP server is the previewed text, word for word."""
    from wagtail.users.models import UserProfile

    tree, _users = training
    org = org_create()
    team = org.teams[0]
    services.assignment_save(module=tree.module, unit=team, due_date=timezone.localdate() - timedelta(days=10))
    officer_in(team, "bram", first_name="Bram", last_name="Jansen", email="bram@example.org")
    emma = officer_in(team, "emma", first_name="Emma", last_name="Evans", email="emma@example.org")
    profile = UserProfile.get_for_user(emma)
    profile.preferred_language = "en"
    profile.save()
    officer_in(team, "zeno", first_name="Zeno", last_name="Zonder", email="")
    manager_of(team, "chef")
    page = new_page(PHONE_390)
    login(page, "chef", url="/admin/login/", submit="form button[type=submit]")
    page.goto(f"/admin/reports/overdue/?unit={team.pk}")
    page.get_by_role("link", name="Herinner wie te laat is in Basisteam 11").click()
    expect(page.locator(".sg-unreachable li")).to_have_text(["Zeno Zonder"])
    expect(page.get_by_text("1 agent die te laat is heeft geen e-mailadres")).to_be_visible()
    expect(page.locator("form h3")).to_have_text(["Nederlands: 1 agent in de lijst", "Engels: 1 agent in de lijst"])
    dutch, english = page.locator(".sg-mail-preview[lang=nl]"), page.locator(".sg-mail-preview[lang=en]")
    expect(dutch).to_contain_text("Hallo Bram Jansen")
    expect(english).to_contain_text("Emma Evans")
    expect(english).to_contain_text("your manager")
    _no_sideways_page_scroll(page)
    step(page, "monday-phone-12-remind-languages")
    previews = {"bram@example.org": dutch.text_content(), "emma@example.org": english.text_content()}
    page.get_by_role("button", name="Herinnering versturen").click()
    expect(page.locator(".messages .success")).to_contain_text(
        "1 agent die te laat is heeft geen e-mailadres en krijgt dus geen herinnering."
    )
    arrived = {str(m["To"]): m.get_body(preferencelist=("plain",)).get_content() for m in smtp_server.inbox.wait_for(2)}
    assert set(arrived) == set(previews)
    for address, body in arrived.items():
        assert body.splitlines() == previews[address].splitlines(), address
