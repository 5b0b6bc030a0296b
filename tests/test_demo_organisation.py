"""The demo organisation: idempotent, and the demo manager sees a non-empty dashboard for their district."""

import pytest

from curriculum.demo import site as demo
from curriculum.models import Assignment, ModuleProgress, OfficerProfile, Unit, UnitManager
from tests.factories import tree_create, user_create

pytestmark = pytest.mark.django_db


def test_organisation_ensure_is_idempotent_and_gives_the_manager_a_dashboard(client):
    tree_create()
    users = {"officer": user_create("officer"), "manager": user_create("manager", "Leidinggevenden")}
    report = demo.DemoReport()
    demo.organisation_ensure(users, "pw-Demo-123", report)
    counts = (
        Unit.objects.count(),
        OfficerProfile.objects.count(),
        UnitManager.objects.count(),
        Assignment.objects.count(),
        ModuleProgress.objects.count(),
    )
    demo.organisation_ensure(users, "pw-Demo-123", demo.DemoReport())
    assert counts == (
        Unit.objects.count(),
        OfficerProfile.objects.count(),
        UnitManager.objects.count(),
        Assignment.objects.count(),
        ModuleProgress.objects.count(),
    )
    assert counts[0] == 10 and counts[1] == 5 and counts[3] == 1
    client.force_login(users["manager"])
    html = client.get("/admin/reports/completion/").content.decode()
    assert "Basisteam Centrum-Burgwallen" in html and "Basisteam Stad-Centrum" not in html
