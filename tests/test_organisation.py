"""Units, assignments, due dates, moves and the progress rebuild."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from curriculum import services
from curriculum.models import LessonCompletion, ModuleCompletion, ModuleProgress, OfficerProfile
from curriculum.selectors import officer_dashboard_get
from tests.factories import answers_for, manager_of, module_finish, officer_in, tree_create
from tests.helpers import progress_rows

pytestmark = pytest.mark.django_db


def test_assignment_covers_the_units_subtree_only(org, tree):
    inside = officer_in(org.teams[0], "a1")
    outside = officer_in(org.teams[2], "b1")
    services.assignment_save(module=tree.module, unit=org.regions[0], due_date=date(2030, 1, 31))
    row = ModuleProgress.objects.get(user=inside, module=tree.module)
    assert (row.status, row.due_date) == ("not_started", date(2030, 1, 31))
    assert (row.unit_id, row.unit_l2_id, row.unit_l3_id, row.unit_l4_id) == (
        org.teams[0].pk,
        org.regions[0].pk,
        org.districts[0].pk,
        org.teams[0].pk,
    )
    assert not ModuleProgress.objects.filter(user=outside).exists()


def test_earliest_due_date_wins_and_unassigning_removes_unstarted_rows(org, tree):
    officer = officer_in(org.teams[0], "a1")
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 6, 1))
    team = services.assignment_save(module=tree.module, unit=org.teams[0], due_date=date(2030, 2, 1))
    assert ModuleProgress.objects.get(user=officer).due_date == date(2030, 2, 1)
    services.assignment_delete(assignment=team)
    assert ModuleProgress.objects.get(user=officer).due_date == date(2030, 6, 1)
    services.assignment_delete(
        assignment=services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 6, 1))
    )
    assert not ModuleProgress.objects.filter(user=officer).exists()


def test_mandatory_module_is_due_a_set_number_of_days_after_publication_or_joining(org, tree, settings):
    settings.SIGNAAL_MANDATORY_DUE_DAYS = 30
    old_hand = officer_in(org.teams[0], "a1", date_joined=timezone.now() - timedelta(days=400))
    newcomer = officer_in(org.teams[1], "a2", date_joined=timezone.now() + timedelta(days=10))
    tree.module.mandatory = True
    tree.module.save_revision().publish()
    services.progress_placement_sync()
    published = timezone.localdate(tree.module.first_published_at)
    assert ModuleProgress.objects.get(user=old_hand).due_date == published + timedelta(days=30)
    assert ModuleProgress.objects.get(user=newcomer).due_date == timezone.localdate() + timedelta(days=40)


def test_overdue_module_comes_first_on_mijn_training(org, tree):
    other = tree_create(slug="module-b")
    officer = officer_in(org.teams[0], "a1")
    services.assignment_save(module=other.module, unit=org.teams[0], due_date=timezone.localdate() - timedelta(days=1))
    services.lesson_complete(user=officer, lesson=tree.lessons[0])
    cards = officer_dashboard_get(user=officer)
    assert cards[0].module.pk == other.module.pk and cards[0].overdue
    assert not cards[1].overdue


def test_completed_module_is_not_overdue(org, tree):
    officer = officer_in(org.teams[0], "a1")
    services.assignment_save(module=tree.module, unit=org.teams[0], due_date=timezone.localdate() - timedelta(days=1))
    module_finish(tree, officer)
    assert not officer_dashboard_get(user=officer)[0].overdue


def test_officer_who_moves_keeps_history_and_counts_for_the_new_unit(org, tree):
    officer = officer_in(org.teams[0], "a1")
    services.assignment_save(module=tree.module, unit=org.regions[0], due_date=date(2030, 1, 1))
    module_finish(tree, officer)
    services.officer_move(user=officer, unit=org.teams[3])
    row = ModuleProgress.objects.get(user=officer, module=tree.module)
    assert row.status == "completed" and row.unit_l2_id == org.regions[1].pk and row.unit_id == org.teams[3].pk
    assert row.due_date is None  # region 2 has no assignment; the completion stays
    assert ModuleCompletion.objects.filter(user=officer, module=tree.module).count() == 1


def test_rebuild_equals_the_incrementally_maintained_rows(org, tree):
    other = tree_create(slug="module-b", pass_mark=100)
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 1, 1))
    services.assignment_save(module=other.module, unit=org.districts[1], due_date=date(2029, 1, 1))
    a, b, c, d = (officer_in(unit, f"o{i}") for i, unit in enumerate(org.teams))
    module_finish(tree, a)
    services.lesson_complete(user=b, lesson=tree.lessons[1])
    attempt = services.quiz_attempt_start(user=c, quiz=other.quiz)
    services.quiz_attempt_submit(user=c, attempt_id=attempt.pk, answers=answers_for(attempt, correct=False))
    services.quiz_attempt_start(user=c, quiz=other.quiz)  # an open repeat attempt
    services.lesson_complete(user=d, lesson=other.lessons[0])
    services.officer_move(user=a, unit=org.teams[3])
    before = progress_rows()
    assert len(before) >= 6
    services.progress_rebuild()
    assert progress_rows() == before


def test_rebuild_command_runs(org, tree):
    from django.core.management import call_command

    officer_in(org.teams[0], "a1")
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 1, 1))
    ModuleProgress.objects.all().delete()
    call_command("rebuild_progress", stdout=open("/dev/null", "w"))
    assert ModuleProgress.objects.count() == 1


def test_admin_creates_units_and_assignments_through_the_services(admin_client, org, tree):
    # an empty parent means the top unit, and the list says so (not Django's "---------")
    assert "Geen (de bovenste eenheid)</option>" in admin_client.get("/admin/organisation/units/new/").content.decode()
    response = admin_client.post(
        "/admin/organisation/units/new/", {"parent": org.districts[0].pk, "name": "Basisteam Nieuw", "code": "BT-NIEUW"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    from curriculum.models import Unit

    unit = Unit.objects.get(code="BT-NIEUW")
    assert unit.get_parent().pk == org.districts[0].pk
    officer = officer_in(unit, "nieuw")
    response = admin_client.post(
        "/admin/organisation/assignments/new/",
        {"module": tree.module.pk, "unit": org.regions[0].pk, "due_date": "2030-03-01"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ModuleProgress.objects.get(user=officer).due_date == date(2030, 3, 1)
    response = admin_client.post(
        "/admin/organisation/units/new/", {"parent": unit.pk, "name": "Te diep", "code": "DIEP"}
    )
    assert response.status_code == 200 and "basisteam" in response.content.decode()


def test_making_someone_manager_of_a_unit_they_already_lead_says_so_and_adds_nothing(admin_client, org):
    from curriculum.models import UnitManager

    leader = manager_of(org.districts[0], "leider")
    response = admin_client.post("/admin/organisation/managers/new/", {"user": leader.pk, "unit": org.districts[0].pk})
    assert response.status_code == 200
    assert "Deze persoon is al leidinggevende van deze eenheid." in response.content.decode()
    assert UnitManager.objects.filter(user=leader).count() == 1
    response = admin_client.post("/admin/organisation/managers/new/", {"user": leader.pk, "unit": org.districts[1].pk})
    assert response.status_code == 302
    assert UnitManager.objects.filter(user=leader).count() == 2


def test_publishing_a_module_as_mandatory_gives_every_officer_a_due_row(org, tree, django_capture_on_commit_callbacks):
    officer = officer_in(org.teams[0], "a1")
    assert not ModuleProgress.objects.filter(user=officer, module=tree.module).exists()
    tree.module.mandatory = True
    with django_capture_on_commit_callbacks(execute=True):
        tree.module.save_revision().publish()
    row = ModuleProgress.objects.get(user=officer, module=tree.module)
    assert row.status == "not_started" and row.due_date is not None
    assert any(card.module.pk == tree.module.pk and card.due_date for card in officer_dashboard_get(user=officer))


def test_deleting_an_assignment_in_the_admin_removes_the_unstarted_rows_it_gave(admin_client, org, tree):
    """The admin delete goes through services.assignment_delete, as the unassign in the service test above."""
    officer = officer_in(org.teams[0], "a1")
    assignment = services.assignment_save(module=tree.module, unit=org.teams[0], due_date=date(2030, 2, 1))
    assert ModuleProgress.objects.filter(user=officer).exists()
    response = admin_client.post(f"/admin/organisation/assignments/delete/{assignment.pk}/")
    assert response.status_code == 302
    assert not ModuleProgress.objects.filter(user=officer).exists()


def test_deleting_an_officer_profile_in_the_admin_takes_their_rows_out_of_the_unit(admin_client, org, tree):
    """The admin delete goes through services.officer_profile_delete: no progress row keeps the old unit, so
    the team's figures stop counting the officer, and the rows equal what a rebuild derives."""
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 1, 1))
    other = tree_create(slug="module-b")
    services.assignment_save(module=other.module, unit=org.teams[0], due_date=date(2030, 1, 1))
    leaver = officer_in(org.teams[0], "vertrekker")
    services.lesson_complete(user=leaver, lesson=tree.lessons[0])  # started module A; B never started
    profile = leaver.officer_profile
    response = admin_client.post(f"/admin/organisation/officers/delete/{profile.pk}/")
    assert response.status_code == 302
    assert not OfficerProfile.objects.filter(pk=profile.pk).exists()
    rows = ModuleProgress.objects.filter(user=leaver)
    assert [(r.module_id, r.unit_id, r.unit_l4_id, r.due_date) for r in rows] == [(tree.module.pk, None, None, None)]
    assert LessonCompletion.objects.filter(user=leaver).count() == 1  # learning records stay
    before = progress_rows()
    services.progress_rebuild()
    assert progress_rows() == before
