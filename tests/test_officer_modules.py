"""A manager's page with all modules of one officer (issue 9.6): content, links from the lists, and scope."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone

from curriculum import services
from curriculum.domain import roles
from tests.factories import manager_of, module_finish, officer_in, org_create, org_fresh, tree_create, user_create
from tests.helpers import OFFICERS, OVERDUE

pytestmark = pytest.mark.django_db


def page(user):
    return f"/admin/reports/agent/{user.pk}/"


@pytest.fixture(scope="module")
def world(module_db):
    """Module A done with 100%, module B assigned and overdue, module C assigned for later, D started on her own."""
    with module_db.unblock():
        org = org_create()
        trees = {slug: tree_create(slug=slug) for slug in ("mod-a", "mod-b", "mod-c", "mod-d")}
        yesterday = timezone.localdate() - timedelta(days=1)
        services.assignment_save(module=trees["mod-a"].module, unit=org.national, due_date=yesterday)
        services.assignment_save(module=trees["mod-b"].module, unit=org.districts[0], due_date=yesterday)
        services.assignment_save(module=trees["mod-c"].module, unit=org.teams[0], due_date=date(2099, 3, 1))
        officer = officer_in(org.teams[0], "sanne", first_name="Sanne", last_name="de Vries")
        module_finish(trees["mod-a"], officer)
        services.lesson_complete(user=officer, lesson=trees["mod-d"].lessons[0])
        officer_in(org.teams[0], "collega", first_name="Kees", last_name="Collega")
        return org, officer


@pytest.fixture
def org(db, world):
    """The units of the module's world (built once, tests.conftest.module_db); each test's changes roll back."""
    return org_fresh(world[0])


@pytest.fixture
def sanne(db, world):
    return get_user_model().objects.get(pk=world[1].pk)


def _rows(response):
    soup = BeautifulSoup(response.content.decode(), "lxml")
    return {
        tr.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in tr.select("td")]
        for tr in soup.select("tbody tr")
    }


def test_manager_sees_every_module_of_the_officer_with_status_dates_and_score(client, org, sanne):
    client.force_login(manager_of(org.districts[0], "chef1"))
    response = client.get(page(sanne))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sanne de Vries" in html and "Psanne" in html and "Basisteam 11" in html
    rows = _rows(response)
    assert set(rows) == {"Module mod-a", "Module mod-b", "Module mod-c", "Module mod-d"}
    status, lessons, score, due, completed, _valid, reminder = rows["Module mod-a"]
    assert status == "Afgerond" and score == "100" and lessons == "2 van 2" and reminder == "Geen"
    assert completed.startswith(f"{timezone.localdate().day} ") and completed.endswith(str(timezone.localdate().year))
    assert due == rows["Module mod-b"][3] and due  # both assigned with yesterday as due date
    assert "Te laat" in rows["Module mod-b"][0] and "Niet begonnen" in rows["Module mod-b"][0]
    assert rows["Module mod-c"][3] == "1 mrt 2099" and "Te laat" not in rows["Module mod-c"][0]
    assert rows["Module mod-d"][0] == "Bezig" and rows["Module mod-d"][3] == "Niet toegewezen"
    assert "1 van 3 afgerond, 1 te laat" in " ".join(html.split())
    # Never an answer, a choice or feedback; never another officer.
    assert "Optie A" not in html and "Feedback" not in html and "Kees" not in html


def test_officer_names_in_both_lists_link_to_the_page(client, org, sanne):
    client.force_login(manager_of(org.districts[0], "chef1"))
    for path in (OFFICERS, OVERDUE):
        soup = BeautifulSoup(client.get(path, {"unit": org.teams[0].pk}).content.decode(), "lxml")
        links = {a.get_text(strip=True): a["href"] for a in soup.select("div.sg-detail tbody td.title a")}
        assert links["Sanne de Vries"] == page(sanne), path
        assert client.get(links["Sanne de Vries"]).status_code == 200


@pytest.mark.parametrize("manager_unit", ["district2", "team12", "region2"])
def test_a_manager_outside_the_officers_subtree_gets_403_and_nothing_else(client, org, sanne, manager_unit):
    unit = {"district2": org.districts[1], "team12": org.teams[1], "region2": org.regions[1]}[manager_unit]
    client.force_login(manager_of(unit, "chef2"))
    response = client.get(page(sanne))
    assert response.status_code == 403
    assert b"Sanne" not in response.content and b"mod-a" not in response.content


def test_unknown_ids_and_non_officers_are_refused_without_error(client, org, sanne, admin_user):
    manager = manager_of(org.districts[0], "chef1")
    client.force_login(manager)
    for raw in ("999999", "99999999999999999999999", str(manager.pk), str(admin_user.pk)):
        assert client.get(f"/admin/reports/agent/{raw}/").status_code == 403, raw
    client.force_login(admin_user)
    assert client.get(page(sanne)).status_code == 200  # superusers see every officer
    assert client.get("/admin/reports/agent/999999/").status_code == 404
    assert client.get("/admin/reports/agent/99999999999999999999999/").status_code == 404


def test_trainers_and_officers_have_no_access(client, org, sanne):
    client.force_login(user_create("opleider", roles.TRAINERS))
    response = client.get(page(sanne))
    assert response.status_code == 403 and b"Sanne" not in response.content
    client.force_login(sanne)
    assert client.get(page(sanne)).status_code == 403  # officers have no admin access at all (our refusal page)


def test_an_officer_who_moves_out_of_the_subtree_is_out_of_scope(client, org, sanne):
    client.force_login(manager_of(org.districts[0], "chef1"))
    assert client.get(page(sanne)).status_code == 200
    services.officer_move(user=sanne, unit=org.teams[2])
    assert client.get(page(sanne)).status_code == 403
