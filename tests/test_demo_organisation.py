"""The demo organisation: idempotent, and the demo manager finds a district with something to act on."""

import pytest

from curriculum.demo import organisation, site
from curriculum.models import (
    Assignment,
    ModuleCompletion,
    ModuleProgress,
    OfficerProfile,
    TrendSnapshot,
    Unit,
    UnitManager,
)
from tests.factories import tree_create, user_create

pytestmark = pytest.mark.django_db


def test_organisation_ensure_is_idempotent_and_gives_the_manager_a_dashboard(client):
    tree_create()
    users = {"officer": user_create("officer"), "manager": user_create("manager", "Leidinggevenden")}
    report = site.DemoReport()
    organisation.organisation_ensure(users, "pw-Demo-123", report)
    counts = (
        Unit.objects.count(),
        OfficerProfile.objects.count(),
        UnitManager.objects.count(),
        Assignment.objects.count(),
        ModuleProgress.objects.count(),
    )
    organisation.organisation_ensure(users, "pw-Demo-123", site.DemoReport())
    assert counts == (
        Unit.objects.count(),
        OfficerProfile.objects.count(),
        UnitManager.objects.count(),
        Assignment.objects.count(),
        ModuleProgress.objects.count(),
    )
    # Eenheid Amsterdam's assignment (due in 30 days) and Basisteam Centrum-Jordaan's, whose due date has passed
    assert counts[0] == 10 and counts[1] == 5 and counts[3] == 2
    client.force_login(users["manager"])
    html = client.get("/admin/reports/completion/").content.decode()
    assert "Basisteam Centrum-Burgwallen" in html and "Basisteam Stad-Centrum" not in html
    # what the manager finds on a Monday: Jordaan's two officers overdue, a colleague certified, a trend point
    overdue = client.get("/admin/reports/overdue/").content.decode()
    assert "Daan Visser" in overdue and "Ruben Bakker" in overdue and "Jansen" not in overdue
    assert ModuleCompletion.objects.filter(user__username="agent.jansen").count() == 1
    assert TrendSnapshot.objects.filter(unit__code="D-AMS-C", overdue=2).exists()
