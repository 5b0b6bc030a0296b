"""A manager acts from the report within their own units (issue 21.1): remind the overdue officers of a unit
(a preview of the Dutch mail, through the SentMail queue, at most once per officer per day) and extend a due
date for one officer or a unit with a reason. Every action is audited and shown on the officer's page."""

import logging
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from curriculum import services
from curriculum.domain.errors import AccessDeniedError
from curriculum.models import Assignment, ManagerAction, ModuleProgress, SentMail
from curriculum.services import manager_actions
from curriculum.services.notifications import mail_deliver
from tests.factories import manager_of, module_finish, officer_in, tree_fresh
from tests.helpers import OVERDUE

pytestmark = pytest.mark.django_db
REMIND = "/admin/reports/actions/remind/"
EXTEND = "/admin/reports/actions/extend/"


@pytest.fixture(scope="module")
def shared_world(module_db, shared_tree, shared_org):
    """Team 11: Laat (overdue), Klaar (done); team 12: Ander (overdue); district 2: Ver (overdue); the district's
    manager. Built once for the module (tests.conftest.module_db); the users' ids by role."""
    if shared_tree is None:
        return None
    with module_db.unblock():
        tree, org = tree_fresh(shared_tree), shared_org
        due = timezone.localdate() - timedelta(days=3)
        services.assignment_save(module=tree.module, unit=org.national, due_date=due)
        late = officer_in(org.teams[0], "laat", first_name="Lies", last_name="Laat", email="laat@example.org")
        done = officer_in(org.teams[0], "klaar", first_name="Kees", last_name="Klaar", email="klaar@example.org")
        other = officer_in(org.teams[1], "ander", first_name="Ans", last_name="Ander", email="ander@example.org")
        far = officer_in(org.teams[2], "ver", first_name="Vera", last_name="Ver", email="ver@example.org")
        module_finish(tree, done)
        chef = manager_of(org.districts[0], "chef1", first_name="Carla", last_name="Chef")
        return {"late": late.pk, "done": done.pk, "other": other.pk, "far": far.pk, "chef": chef.pk}


@pytest.fixture
def world(org, tree, shared_world):
    """shared_world's users, read anew, and the tree."""
    users = get_user_model().objects.in_bulk(shared_world.values())
    return type("World", (), {**{role: users[pk] for role, pk in shared_world.items()}, "tree": tree})


def _soup(response):
    return BeautifulSoup(response.content, "lxml")


def test_overdue_report_links_to_remind_and_extend_for_its_unit(client, org, world):
    client.force_login(world.chef)
    html = client.get(f"{OVERDUE}?unit={org.teams[0].pk}").content.decode()
    assert f"{REMIND}?unit={org.teams[0].pk}" in html and f"{EXTEND}?unit={org.teams[0].pk}" in html


def test_remind_form_lists_the_overdue_of_the_team_with_a_dutch_preview(client, org, world):
    client.force_login(world.chef)
    soup = _soup(client.get(f"{REMIND}?unit={org.teams[0].pk}"))
    labels = [label.get_text(" ", strip=True) for label in soup.select("form label")]
    assert labels == ["Lies Laat"]  # not the one who finished, not another team
    preview = soup.select_one(".sg-mail-preview").get_text()
    assert "Hallo Lies Laat" in preview and "Carla Chef, je leidinggevende" in preview
    assert world.tree.module.title in preview
    # one module: "deze module … is", not "deze modules … zijn" (tests below: two modules, and English)
    assert "dat deze module van de training signalen mensenhandel over de uiterste datum is:" in " ".join(
        preview.split()
    )
    assert "Rond de module zo snel mogelijk af." in preview


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_names_one_module_or_several_in_the_right_number(language):
    module = {"title": "Module A", "due_date": date(2026, 11, 22)}
    with translation.override(language):
        texts = {
            n: " ".join(
                render_to_string(
                    "curriculum/mail/manager_reminder.txt",
                    {
                        "name": "Lies",
                        "manager": "Carla",
                        "modules": [module] * n,
                        "home_url": "https://signaal.example/",
                    },
                ).split()
            )
            for n in (1, 2)
        }
    one, two = ("deze module", "deze modules") if language == "nl" else ("this module", "these modules")
    assert one + " " in texts[1] and two not in texts[1] and two in texts[2]


def test_reminding_queues_a_mail_that_the_worker_sends_once_a_day(client, org, world, caplog):
    client.force_login(world.chef)
    with caplog.at_level(logging.INFO, logger="signaal.audit"):
        response = client.post(f"{REMIND}?unit={org.districts[0].pk}", {"officers": [world.late.pk, world.other.pk]})
    assert response.status_code == 302 and response["Location"].startswith(OVERDUE)
    assert "manager_remind" in caplog.text
    assert SentMail.objects.filter(kind=SentMail.Kind.MANAGER_REMINDER).count() == 2
    mail_deliver()  # what the worker's task does (tests run tasks in-process, the transaction never commits)
    sent = {m.to[0]: m for m in mail.outbox}
    assert set(sent) == {"laat@example.org", "ander@example.org"}
    assert "leidinggevende" in sent["laat@example.org"].subject
    assert world.tree.module.title in sent["laat@example.org"].body
    # The same day, again: nobody gets a second one (the service refuses, whatever the form sends).
    again = manager_actions.overdue_officers_remind(actor=world.chef, unit=org.districts[0])
    assert again == {"queued": 0, "skipped": 2, "unreachable": 0}
    assert SentMail.objects.filter(kind=SentMail.Kind.MANAGER_REMINDER).count() == 2
    soup = _soup(client.get(f"{REMIND}?unit={org.districts[0].pk}"))
    assert not soup.select("form label") and "Vandaag al herinnerd" in soup.get_text()


def test_officers_without_an_address_are_named_in_the_form_and_counted_in_the_result(client, org, world):
    """An overdue officer without an e-mail address cannot get the reminder: the form names them and the
    result says how many, instead of leaving them out silently."""
    officer_in(org.teams[0], "zonder", first_name="Zeno", last_name="Zonder", email="")
    officer_in(org.teams[0], "zonder2", first_name="Zoë", last_name="Zonder", email="")
    client.force_login(world.chef)
    soup = _soup(client.get(f"{REMIND}?unit={org.teams[0].pk}"))
    assert [label.get_text(" ", strip=True) for label in soup.select("form label")] == ["Lies Laat"]
    unreachable = soup.find("h2", string="Niet per mail te bereiken").find_next("p").get_text(" ", strip=True)
    assert unreachable.startswith("2 agenten die te laat zijn hebben geen e-mailadres")
    assert [li.get_text(strip=True) for li in soup.select(".sg-unreachable li")] == ["Zeno Zonder", "Zoë Zonder"]
    response = client.post(f"{REMIND}?unit={org.teams[0].pk}", {"officers": [world.late.pk]}, follow=True)
    text = _soup(response).select_one(".messages").get_text(" ", strip=True)
    assert "1 herinnering in de wachtrij gezet." in text
    assert "2 agenten die te laat zijn hebben geen e-mailadres en krijgen dus geen herinnering." in text
    assert list(SentMail.objects.values_list("recipient__username", flat=True)) == ["laat"]


def test_the_preview_is_the_mail_each_recipient_gets_in_their_own_language(client, org, world):
    english = officer_in(org.teams[0], "engels", first_name="Emma", last_name="English", email="emma@example.org")
    profile = UserProfile.get_for_user(english)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(world.chef)
    soup = _soup(client.get(f"{REMIND}?unit={org.teams[0].pk}"))
    previews = {pre["lang"]: pre.get_text() for pre in soup.select(".sg-mail-preview")}
    assert set(previews) == {"nl", "en"}
    assert "Hallo Lies Laat" in previews["nl"] and "Carla Chef, je leidinggevende" in previews["nl"]
    assert "Emma English" in previews["en"] and "your manager" in previews["en"]
    assert [h3.get_text(" ", strip=True) for h3 in soup.select("form h3")] == [
        "Nederlands: 1 agent in de lijst",
        "Engels: 1 agent in de lijst",
    ]
    response = client.post(f"{REMIND}?unit={org.teams[0].pk}", {"officers": [world.late.pk, english.pk]})
    assert response.status_code == 302
    mail_deliver()
    sent = {m.to[0]: m.body for m in mail.outbox}
    assert sent == {"laat@example.org": previews["nl"], "emma@example.org": previews["en"]}


def test_a_reminder_is_shown_on_the_officers_page(client, org, world):
    manager_actions.overdue_officers_remind(actor=world.chef, unit=org.teams[0])
    client.force_login(world.chef)
    text = _soup(client.get(f"/admin/reports/agent/{world.late.pk}/")).select_one("#sg-actions-title").parent
    assert "Herinnering klaargezet" in text.get_text() and "Carla Chef" in text.get_text()


def test_no_reminder_beyond_the_managers_units(client, org, world):
    client.force_login(world.chef)
    response = client.post(f"{REMIND}?unit={org.districts[1].pk}", {"officers": [world.far.pk]})
    assert response.status_code == 403
    # Naming an officer of another district in the form of one's own unit reaches nobody either.
    response = client.post(f"{REMIND}?unit={org.districts[0].pk}", {"officers": [world.far.pk]})
    assert response.status_code == 400
    with pytest.raises(AccessDeniedError):
        manager_actions.overdue_officers_remind(actor=world.chef, unit=org.teams[2])
    assert not SentMail.objects.filter(kind=SentMail.Kind.MANAGER_REMINDER).exists()


def test_extending_one_officers_due_date_with_a_reason(client, org, world, caplog):
    client.force_login(world.chef)
    new = timezone.localdate() + timedelta(days=14)
    url = f"{EXTEND}?officer={world.late.pk}"
    assert client.get(url).status_code == 200
    with caplog.at_level(logging.INFO, logger="signaal.audit"):
        response = client.post(url, {"module": world.tree.module.pk, "due_date": new.isoformat(), "reason": "Ziek"})
    assert response.status_code == 302
    assert "manager_extend" in caplog.text
    row = ModuleProgress.objects.get(user=world.late, module=world.tree.module)
    assert row.due_date == new
    assert ModuleProgress.objects.get(user=world.other, module=world.tree.module).due_date < new  # only this one
    # The due-date rule keeps the extension when everything is recomputed.
    services.progress_placement_sync()
    services.progress_rebuild()
    assert ModuleProgress.objects.get(user=world.late, module=world.tree.module).due_date == new
    html = client.get(f"{OVERDUE}?unit={org.teams[0].pk}").content.decode()
    assert "Lies" not in html
    page = _soup(client.get(f"/admin/reports/agent/{world.late.pk}/")).select_one("#sg-actions-title").parent
    assert "Uiterste datum verlengd" in page.get_text() and "Ziek" in page.get_text()


def test_extending_for_a_whole_team(client, org, world):
    client.force_login(world.chef)
    form = _soup(client.get(f"{EXTEND}?unit={org.districts[0].pk}"))
    assert form.select_one("select[name=module] option[value='']").get_text() == "Kies een module"
    new = timezone.localdate() + timedelta(days=7)
    response = client.post(
        f"{EXTEND}?unit={org.districts[0].pk}",
        {"module": world.tree.module.pk, "due_date": new.isoformat(), "reason": "Drukke week"},
    )
    assert response.status_code == 302
    dues = dict(ModuleProgress.objects.filter(module=world.tree.module).values_list("user__username", "due_date"))
    assert dues["laat"] == dues["ander"] == new
    assert dues["klaar"] < new and dues["ver"] < new  # completed: untouched; other district: untouched
    assert ManagerAction.objects.filter(kind=ManagerAction.Kind.EXTENSION).count() == 2


@pytest.mark.parametrize(
    ("days", "reason", "message"),
    [(7, "", "Geef een reden"), (-1, "Ziek", "na vandaag"), (0, "Ziek", "na vandaag")],
)
def test_bad_extensions_are_a_clear_400(client, org, world, days, reason, message):
    client.force_login(world.chef)
    due = (timezone.localdate() + timedelta(days=days)).isoformat()
    response = client.post(
        f"{EXTEND}?unit={org.teams[0].pk}", {"module": world.tree.module.pk, "due_date": due, "reason": reason}
    )
    assert response.status_code == 400 and message in response.content.decode()
    assert not ManagerAction.objects.exists()


def test_no_extension_beyond_the_managers_units(client, org, world):
    client.force_login(world.chef)
    new = (timezone.localdate() + timedelta(days=7)).isoformat()
    for query in (f"officer={world.far.pk}", f"unit={org.districts[1].pk}", f"unit={org.national.pk}"):
        response = client.post(f"{EXTEND}?{query}", {"module": world.tree.module.pk, "due_date": new, "reason": "x"})
        assert response.status_code == 403, query
    assert ModuleProgress.objects.get(user=world.far, module=world.tree.module).due_date < timezone.localdate()


def test_officers_and_trainers_cannot_act(client, org, world, trainer):
    for user in (world.late, trainer):
        client.force_login(user)
        assert client.get(f"{REMIND}?unit={org.teams[0].pk}").status_code in (302, 403)
        assert client.post(f"{EXTEND}?unit={org.teams[0].pk}", {}).status_code in (302, 403)
    assert not ManagerAction.objects.exists()


ASSIGN = "/admin/reports/actions/assign/"


def test_a_manager_assigns_a_module_to_their_own_unit(client, org, world, settings, caplog):
    assert settings.SIGNAAL_MANAGERS_MAY_ASSIGN is True  # the default
    client.force_login(world.chef)
    html = client.get(f"/admin/reports/completion/?unit={org.teams[0].pk}").content.decode()
    assert f"{ASSIGN}?unit={org.teams[0].pk}" in html
    ModuleProgress.objects.filter(module=world.tree.module).delete()
    Assignment.objects.all().delete()
    due = timezone.localdate() + timedelta(days=30)
    with caplog.at_level(logging.INFO, logger="signaal.audit"):
        response = client.post(f"{ASSIGN}?unit={org.teams[0].pk}", {"module": world.tree.module.pk, "due_date": due})
    assert response.status_code == 302 and "manager_assign" in caplog.text
    dues = dict(ModuleProgress.objects.filter(module=world.tree.module).values_list("user__username", "due_date"))
    assert dues.get("laat") == due and "ander" not in dues and "ver" not in dues  # the team only
    page = _soup(client.get(f"/admin/reports/agent/{world.late.pk}/")).select_one("#sg-actions-title").parent
    assert "Module toegewezen" in page.get_text() and "Carla Chef" in page.get_text()


def test_assigning_never_reaches_beyond_the_subtree_or_when_switched_off(client, org, world, settings):
    client.force_login(world.chef)
    due = (timezone.localdate() + timedelta(days=30)).isoformat()
    for unit in (org.districts[1], org.regions[0], org.national):
        response = client.post(f"{ASSIGN}?unit={unit.pk}", {"module": world.tree.module.pk, "due_date": due})
        assert response.status_code == 403, unit.name
    response = client.post(
        f"{ASSIGN}?unit={org.teams[0].pk}", {"module": world.tree.module.pk, "due_date": "2020-01-01"}
    )
    assert response.status_code == 400 and "na vandaag" in response.content.decode()
    settings.SIGNAAL_MANAGERS_MAY_ASSIGN = False
    assert f"{ASSIGN}?unit=" not in client.get("/admin/reports/completion/").content.decode()
    response = client.post(f"{ASSIGN}?unit={org.teams[0].pk}", {"module": world.tree.module.pk, "due_date": due})
    assert response.status_code == 403
    assert not ManagerAction.objects.filter(kind=ManagerAction.Kind.ASSIGNMENT).exists()
