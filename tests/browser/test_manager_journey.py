"""The manager's journey in the Wagtail admin: log in, open "Voortgang per eenheid" for their district (per-team
completion, totals, bar chart), drill down to a basisteam's officers, open the overdue list, export CSV and
XLSX (only their district's officers), and get a 403 when editing the URL to another district. axe-core checks
every page visited; screenshots of each step. A second journey checks an officer's certificate code."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from playwright.sync_api import expect

from curriculum import services
from curriculum.models import ModuleCompletion
from curriculum.selectors.certificates import certificate_code
from tests.browser.helpers import login, shot, step
from tests.factories import manager_of, module_finish, officer_in, org_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def officer_completes(tree, officer):
    module_finish(tree, officer)
    return ModuleCompletion.objects.get(user=officer, module=tree.module)


def district_with_progress(tree):
    """Two districts with two basisteams each; the module is assigned nationally and was due ten days ago.
    District 1: two officers done, one in progress, one not started (so two overdue). District 2: one officer."""
    org = org_create()
    services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate() - timedelta(days=10))
    officers = {
        "anna": officer_in(org.teams[0], "anna", first_name="Anna", last_name="Bakker"),
        "bram": officer_in(org.teams[0], "bram", first_name="Bram", last_name="Jansen"),
        "cor": officer_in(org.teams[1], "cor", first_name="Cor", last_name="Visser"),
        "dewi": officer_in(org.teams[1], "dewi", first_name="Dewi", last_name="Smit"),
        "eva": officer_in(org.teams[2], "eva", first_name="Eva", last_name="Mulder"),  # District 2
    }
    officer_completes(tree, officers["anna"])
    officer_completes(tree, officers["dewi"])
    services.lesson_complete(user=officers["bram"], lesson=tree.module.lessons()[0])
    manager_of(org.districts[0], "chef", first_name="Marco", last_name="Willems")
    return org, officers


def table_text(page):
    return page.locator(".sg-detail table").inner_text()


def export(page, label, *, shot_name=None):
    """Wagtail puts the export links in the header's "Acties" dropdown (XLSX first, CSV behind a second toggle)."""
    link = page.get_by_role("link", name=label)
    if not link.is_visible():
        page.get_by_role("button", name="Acties").click()
    if not link.is_visible():
        page.locator("#w-slim-header-buttons .w-dropdown__content [data-w-dropdown-target='toggle']").first.click()
    expect(link).to_be_visible()
    if shot_name:
        shot(page, shot_name)
    with page.expect_download() as info:
        link.click()
    download = info.value
    page.keyboard.press("Escape")
    expect(link).to_be_hidden()
    return download.suggested_filename, download.path().read_bytes()


def test_manager_follows_completion_from_district_to_officers_and_exports(training, new_page):
    tree, _users = training
    org, _officers = district_with_progress(tree)
    district, team, other = org.districts[0], org.teams[0], org.districts[1]
    page = new_page({"width": 1280, "height": 800})

    login(page, "chef", url="/admin/login/", submit="form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    step(page, "manager-01-admin-home")

    # Reports → Voortgang per eenheid: the manager's district, per basisteam, with totals and a bar chart.
    page.get_by_role("button", name="Rapporten").click()
    page.get_by_role("link", name="Voortgang per eenheid").click()
    expect(page).to_have_url(re.compile(r"/admin/reports/completion/$"))
    expect(page.locator("h1")).to_have_text("Voortgang per eenheid")
    expect(page.locator(".sg-crumbs [aria-current=page]")).to_have_text("District 1")
    expect(page.locator(".sg-asof")).to_contain_text("Stand op")
    rows = page.locator(".sg-detail tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Basisteam 11")
    expect(rows.nth(0)).to_contain_text("50%")
    expect(rows.nth(1)).to_contain_text("Basisteam 12")
    assert "Basisteam 21" not in page.content() and "District 2" not in page.content()
    totals = page.locator(".sg-totals tbody tr")
    expect(totals).to_have_count(1)
    # module (mandatory, so marked), officers, completed, in progress, not started, overdue, expired, completion
    assert totals.inner_text().split("\t") == ["Signalen herkennen verplicht", "4", "2", "1", "1", "2", "0", "50%"]
    page.locator(".sg-chart-details summary").click()  # the chart is folded away below the totals
    bars = page.locator(".sg-chart li")
    expect(bars).to_have_count(2)
    expect(bars.nth(0)).to_contain_text("Basisteam 11 · Signalen herkennen")
    fill = bars.nth(0).locator(".sg-fill")
    assert 0.45 < fill.bounding_box()["width"] / bars.nth(0).locator(".sg-track").bounding_box()["width"] < 0.55
    step(page, "manager-02-completion-district")

    # Drill down: a basisteam (no child units) opens its officers for that module.
    page.locator(".sg-detail").get_by_role("link", name="Basisteam 11").click()
    expect(page).to_have_url(re.compile(rf"/admin/reports/officer/\?unit={team.pk}&module=\d+$"))
    expect(page.locator(".sg-crumbs")).to_contain_text("District 1")
    expect(page.locator(".sg-crumbs [aria-current=page]")).to_have_text("Basisteam 11")
    expect(page.locator(".sg-detail tbody tr")).to_have_count(2)
    assert "Anna Bakker" in table_text(page) and "Bram Jansen" in table_text(page)
    assert "Cor Visser" not in table_text(page)
    expect(page.locator(".sg-chart")).to_contain_text("Status in Basisteam 11")
    step(page, "manager-03-team-officers")

    # The same basisteam in "Voortgang per eenheid" (the report navigation keeps the unit).
    page.locator(".sg-report-nav").get_by_role("link", name="Voortgang per eenheid").click()
    expect(page).to_have_url(re.compile(rf"/admin/reports/completion/\?unit={team.pk}$"))
    expect(page.locator(".sg-detail tbody tr")).to_have_count(1)
    step(page, "manager-04-completion-team")

    # Back to the district through the unit breadcrumbs, then the overdue list.
    page.locator(".sg-crumbs").get_by_role("link", name="District 1").click()
    page.locator(".sg-report-nav").get_by_role("link", name="Te laat").click()
    expect(page).to_have_url(re.compile(rf"/admin/reports/overdue/\?unit={district.pk}$"))
    expect(page.locator("h1")).to_have_text("Te laat")
    expect(page.locator(".sg-detail tbody tr")).to_have_count(2)
    overdue = table_text(page)
    assert "Bram Jansen" in overdue and "Cor Visser" in overdue
    assert "Anna Bakker" not in overdue and "Dewi Smit" not in overdue and "Eva Mulder" not in overdue
    step(page, "manager-05-overdue")

    # Export the district's officers: CSV and XLSX contain District 1's officers only.
    page.locator(".sg-report-nav").get_by_role("link", name="Voortgang per agent").click()
    expect(page).to_have_url(re.compile(rf"/admin/reports/officer/\?unit={district.pk}$"))
    step(page, "manager-06-officers-district")
    # At a desktop width every column fits: nothing is cut off behind the table's scroll region.
    widths = page.evaluate(
        "() => { const s = document.querySelector('.sg-detail'); return [s.clientWidth, s.scrollWidth] }"
    )
    assert widths[1] <= widths[0], widths
    name, body = export(page, "Downloaden als CSV", shot_name="manager-07-export-menu")
    assert name == "voortgang-per-agent.csv"
    table = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert sorted(row["Naam"] for row in table) == ["Anna Bakker", "Bram Jansen", "Cor Visser", "Dewi Smit"]
    assert {row["Eenheid"] for row in table} == {"Basisteam 11", "Basisteam 12"}
    assert {row["Personeelsnummer"] for row in table} == {"Panna", "Pbram", "Pcor", "Pdewi"}
    name, body = export(page, "Downloaden als Excel (XLSX)")
    assert name == "voortgang-per-agent.xlsx"
    sheet = load_workbook(io.BytesIO(body)).active
    names = sorted(row[1] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert names == ["Anna Bakker", "Bram Jansen", "Cor Visser", "Dewi Smit"]

    # Editing the URL to another district: 403, and nothing of that district on the page.
    response = page.goto(f"/admin/reports/completion/?unit={other.pk}")
    assert response.status == 403
    assert "Basisteam 21" not in page.content() and "Eva Mulder" not in page.content()
    step(page, "manager-08-other-district-403")
    response = page.goto(f"/admin/reports/officer/?unit={other.pk}&export=csv")
    assert response.status == 403


def test_manager_opens_the_admin_and_checks_a_certificate(training, new_page):
    tree, users = training
    completion = officer_completes(tree, users["officer"])
    page = new_page()
    login(page, "manager", url="/admin/login/", submit="form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    shot(page, "manager-cert-01-admin-home")

    page.get_by_role("link", name="Certificaten").click()
    expect(page.locator("h1")).to_have_text("Certificaat controleren")
    step(page, "manager-cert-02-verify-form")
    page.get_by_label("Controlecode").fill(certificate_code(completion).lower())
    page.get_by_role("button", name="Controleer").click()
    expect(page.get_by_text("Geldig certificaat.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/admin/certificaten/\?code="))  # the check stays inside the admin
    assert "Sanne de Vries" in page.locator(".sg-certificate--valid").inner_text()
    assert "Signalen herkennen" in page.locator(".sg-certificate--valid").inner_text()
    step(page, "manager-cert-03-verify-valid")

    altered = certificate_code(completion)[:-1] + ("0" if certificate_code(completion)[-1] != "0" else "1")
    page.get_by_label("Controlecode").fill(altered)
    page.get_by_role("button", name="Controleer").click()
    expect(page.get_by_role("alert")).to_contain_text("hoort niet bij een certificaat")
    step(page, "manager-cert-04-verify-invalid")
