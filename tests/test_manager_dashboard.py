"""The manager's panel on the admin home (issue 21.5): their units at a glance, in constant queries."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from curriculum import services
from curriculum.selectors.reporting import my_units_glance
from tests.factories import manager_of, module_finish, officer_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(org, tree):
    today = timezone.localdate()
    services.assignment_save(module=tree.module, unit=org.teams[0], due_date=today - timedelta(days=3))
    services.assignment_save(module=tree.module, unit=org.teams[1], due_date=today)  # due today: this month
    services.assignment_save(module=tree.module, unit=org.teams[2], due_date=today - timedelta(days=3))
    done = officer_in(org.teams[0], "klaar")
    officer_in(org.teams[0], "laat")
    officer_in(org.teams[1], "bijna")
    officer_in(org.teams[2], "elders")
    module_finish(tree, done)
    return tree


def _panel(client):
    soup = BeautifulSoup(client.get("/admin/").content, "lxml")
    return soup.select_one("#signaal-my-units-section, [id^=signaal-my-units]")


def test_a_manager_sees_their_units_at_a_glance_on_the_admin_home(client, org, world):
    chef = manager_of(org.districts[0], "chef1")
    client.force_login(chef)
    panel = _panel(client)
    assert panel is not None and "Mijn eenheden in één oogopslag" in panel.get_text()
    cells = [td.get_text(" ", strip=True) for td in panel.select("tbody tr")[0].select("th, td")]
    assert cells == ["District 1", "3", "1 (33%)", "1", "1"]  # total, done, overdue, due this month
    assert "Basisteam 21" not in panel.get_text() and "District 2" not in panel.get_text()


def test_officers_and_trainers_get_no_panel(client, org, world, trainer):
    client.force_login(trainer)
    assert _panel(client) is None


def test_every_unit_a_manager_leads_has_its_row(org, world):
    chef = manager_of(org.teams[0], "chef1")
    services.unit_manager_add(user=chef, unit=org.districts[1])
    rows = {g.unit.name: (g.total, g.completed, g.overdue, g.due_this_month) for g in my_units_glance(user=chef)}
    assert rows == {"Basisteam 11": (2, 1, 1, 0), "District 2": (1, 0, 1, 0)}


def test_the_glance_reads_in_constant_queries(org, tree, django_assert_max_num_queries):
    services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate())
    chef = manager_of(org.teams[0], "chef1")
    for unit in (org.districts[1], org.regions[0], org.teams[3]):
        services.unit_manager_add(user=chef, unit=unit)
    with django_assert_max_num_queries(8):
        small = my_units_glance(user=chef)
    for i in range(40):
        officer_in(org.teams[i % 4], f"a{i}")
    for unit in org.teams + org.districts:
        services.unit_manager_add(user=chef, unit=unit)
    with django_assert_max_num_queries(8):
        big = my_units_glance(user=chef)
    assert len(small) == len(big) == 2 and sum(g.total for g in big) == 40
