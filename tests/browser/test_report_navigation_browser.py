"""In Chromium, a manager sorts and filters a basisteam's officers and opens one officer's modules (issue 9.1, 9.6):
every sort header keeps the basisteam, the filter (fetched by Wagtail's own script) narrows the list and the
address it leaves behind reloads the same list."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from curriculum import services
from tests.browser.helpers import login, step
from tests.factories import manager_of, module_finish, officer_in, org_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_manager_sorts_filters_and_opens_an_officer(training, new_page):
    tree, _users = training
    org = org_create()
    team = org.teams[0]
    services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate() - timedelta(days=3))
    anna = officer_in(team, "anna", first_name="Anna", last_name="Bakker")
    officer_in(team, "bram", first_name="Bram", last_name="Jansen")
    officer_in(team, "cor", first_name="Cor", last_name="Visser")
    officer_in(org.teams[1], "dewi", first_name="Dewi", last_name="Smit")
    module_finish(tree, anna)
    manager_of(org.districts[0], "chef")

    page = new_page()
    login(page, "chef", url="/admin/login/", submit="form button[type=submit]")
    page.goto(f"/admin/reports/officer/?unit={team.pk}")
    rows = page.locator(".sg-detail tbody tr")
    expect(rows).to_have_count(3)

    headers = page.locator(".sg-detail thead th a")
    labels = headers.all_inner_texts()
    assert len(labels) >= 6
    for label in labels:
        page.locator(".sg-detail thead th a", has_text=label.strip()).first.click()
        expect(page).to_have_url(re.compile(rf"[?&]unit={team.pk}(&|$)"))
        expect(page).to_have_url(re.compile(r"ordering="))
        expect(page.locator("h1")).to_have_text("Voortgang per agent")
        expect(rows).to_have_count(3)
        assert "Dewi Smit" not in page.locator(".sg-detail").inner_text()

    page.get_by_role("button", name="Toon filters").click()
    page.locator("#filters-drilldown").get_by_role("button", name="Status").click()
    page.locator("#id_status").select_option("completed")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Anna Bakker")
    expect(page).to_have_url(re.compile(rf"[?&]unit={team.pk}(&|$)"))
    expect(page).to_have_url(re.compile(r"status=completed"))
    page.keyboard.press("Escape")
    step(page, "manager-nav-01-filtered")
    page.reload()
    expect(rows).to_have_count(1)

    page.locator(".sg-detail tbody").get_by_role("link", name="Anna Bakker").click()
    expect(page).to_have_url(re.compile(rf"/admin/reports/agent/{anna.pk}/$"))
    expect(page.locator("h1")).to_contain_text("Modules van een agent")
    modules = page.locator(".sg-detail tbody tr")
    expect(modules).to_have_count(1)
    expect(modules.first).to_contain_text("Afgerond")
    step(page, "manager-nav-02-officer-modules")
