"""Reminders, digests, the password mail and the login link, delivered to a real SMTP server on loopback."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from curriculum import services
from curriculum.models import ModuleProgress, SentMail
from curriculum.services.notifications import mail_deliver, reminders_plan, user_language_save
from curriculum.services.privacy import officer_pseudonymise
from tests.factories import manager_of, module_finish, officer_in, tree_create, tree_fresh
from tests.mailserver import free_port, html, subject, text

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


@pytest.fixture(scope="module")
def shared_signalen(module_db):
    """The module "signalen", built once for this module (tests.conftest.module_db)."""
    with module_db.unblock():
        return tree_create(slug="signalen")


@pytest.fixture
def tree(db, shared_signalen):
    return tree_fresh(shared_signalen)


def assign(tree, unit, days):
    services.assignment_save(module=tree.module, unit=unit, due_date=TODAY + timedelta(days=days))


def run(day_offset=0, **kwargs):
    """One day's reminder run: plan, then deliver."""
    planned = reminders_plan(today=TODAY + timedelta(days=day_offset), **kwargs)
    return planned, mail_deliver()


def test_reminder_reaches_the_officer_in_dutch_with_text_html_and_a_direct_link(org, tree, smtp_server, settings):
    sanne = officer_in(org.teams[0], "sanne", first_name="Sanne", email="sanne@politie.example")
    assign(tree, org.teams[0], 3)
    run()
    [message] = smtp_server.inbox.wait_for(1)
    assert message["To"] == "sanne@politie.example"
    assert subject(message).startswith(f"Herinnering: rond ‘Module signalen’ af vóór {TODAY + timedelta(days=3):%-d} ")
    link = f"{settings.SIGNAAL_BASE_URL}/opleiding/signalen/"
    assert "Hallo Sanne" in text(message) and "over 3 dagen" in text(message) and link in text(message)
    assert f'href="{link}"' in html(message) and "Direct naar de module" in html(message)
    record = SentMail.objects.get()
    assert record.state == SentMail.State.SENT and record.sent_at is not None and record.step == "before"
    assert record.progress == ModuleProgress.objects.get(user=sanne) and record.recipient == sanne
    assert record.subject == subject(message) and record.to_email == "sanne@politie.example"


def test_the_rhythm_before_on_and_weekly_after_the_due_date_each_step_once(org, tree, smtp_server):
    officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    assign(tree, org.teams[0], 10)
    steps = {}
    for day in range(0, 26):
        run(day)
        run(day)  # a second run on the same day sends nothing
        steps[day] = len(smtp_server.inbox.messages)
    # 10 days ahead: nothing until 7 days before; then "before", "due" on the day, "overdue" every 7 days after.
    assert [d for d in range(1, 26) if steps[d] > steps[d - 1]] == [3, 10, 17, 24]
    assert [m.step for m in SentMail.objects.order_by("pk")] == ["before", "due", "overdue-1", "overdue-2"]
    subjects = [subject(m) for m in smtp_server.inbox.messages]
    assert subjects[1] == "Vandaag is de uiterste datum voor ‘Module signalen’"
    assert subjects[2] == "Te laat: ‘Module signalen’ is nog niet afgerond"


def test_a_missed_day_is_caught_up_and_a_new_due_date_gets_fresh_reminders(org, tree, smtp_server):
    officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    assign(tree, org.teams[0], -2)  # the run on the due date never happened
    run()
    assert [m.step for m in SentMail.objects.all()] == ["due"]
    assign(tree, org.teams[0], 2)  # a new cycle: a later due date
    run()
    assert sorted(m.step for m in SentMail.objects.all()) == ["before", "due"]
    assert len(smtp_server.inbox.wait_for(2)) == 2


def test_no_reminder_after_completion_nor_for_inactive_pseudonymised_or_addressless_officers(org, tree, smtp_server):
    done = officer_in(org.teams[0], "klaar", email="klaar@politie.example")
    inactive = officer_in(org.teams[0], "weg", email="weg@politie.example")
    left = officer_in(org.teams[0], "vertrokken", email="vertrokken@politie.example")
    officer_in(org.teams[0], "geenmail")
    active = officer_in(org.teams[0], "actief", email="actief@politie.example")
    assign(tree, org.teams[0], 0)
    module_finish(tree, done)
    get_user_model().objects.filter(pk=inactive.pk).update(is_active=False)
    officer_pseudonymise(user=left)
    run()
    assert smtp_server.inbox.to() == ["actief@politie.example"]
    assert list(SentMail.objects.values_list("recipient", flat=True)) == [active.pk]


def test_an_officer_who_completes_between_planning_and_sending_gets_nothing(org, tree, smtp_server):
    sanne = officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    assign(tree, org.teams[0], 1)
    reminders_plan(today=TODAY)
    module_finish(tree, sanne)
    assert mail_deliver()["cancelled"] == 1
    assert smtp_server.inbox.messages == [] and SentMail.objects.get().state == SentMail.State.CANCELLED


def test_the_officers_english_choice_gives_an_english_reminder(org, tree, smtp_server):
    sanne = officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    client = Client()
    client.force_login(sanne)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assign(tree, org.teams[0], 0)
    run()
    [message] = smtp_server.inbox.wait_for(1)
    assert subject(message) == "Today is the due date for ‘Module signalen’"
    assert "Go straight to the module" in html(message)
    user_language_save(user=sanne, language="nl")


def test_reminders_run_in_batches_and_can_be_switched_off(org, tree, smtp_server, settings):
    for i in range(5):
        officer_in(org.teams[i % 4], f"agent{i}", email=f"agent{i}@politie.example")
    assign(tree, org.national, 1)
    settings.SIGNAAL_MAIL_REMINDERS = False
    assert run()[0]["planned"] == 0
    settings.SIGNAAL_MAIL_REMINDERS = True
    planned, delivered = run(batch=2)
    assert planned == {"planned": 5, "rows_checked": 5} and delivered["sent"] == 5
    assert len(smtp_server.inbox.wait_for(5)) == 5


def test_unreachable_smtp_delays_mail_with_back_off_and_never_loses_it(org, tree, smtp_server, settings):
    officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    officer_in(org.teams[0], "kees", email="kees@politie.example")
    assign(tree, org.teams[0], 0)
    real_port, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()  # nothing listens there
    reminders_plan(today=TODAY)
    now = timezone.now()
    assert mail_deliver(now=now) == {"sent": 0, "retry": 0, "cancelled": 0, "server_down": 1}
    first, untouched = SentMail.objects.order_by("-attempts")  # the round stops at the first connection error
    assert untouched.attempts == 0 and untouched.state == SentMail.State.PENDING
    assert first.state == SentMail.State.PENDING and first.attempts == 1 and first.last_error
    assert first.next_attempt_at == now + timedelta(seconds=settings.SIGNAAL_MAIL_BACKOFF[0])
    assert mail_deliver(now=now)["sent"] == 0  # the failed one waits for its back-off; the server is still down
    settings.EMAIL_PORT = real_port
    assert mail_deliver(now=now + timedelta(minutes=2))["sent"] == 2
    assert smtp_server.inbox.to() == ["kees@politie.example", "sanne@politie.example"]


def test_password_mail_is_queued_not_sent_in_the_request_and_the_page_survives_smtp_down(org, smtp_server, settings):
    officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    real_port, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()
    response = Client().post("/wachtwoord-vergeten/", {"email": "sanne@politie.example"})
    assert response.status_code == 302
    row = SentMail.objects.get(kind=SentMail.Kind.PASSWORD_RESET)
    assert row.state == SentMail.State.PENDING and row.attempts == 1  # tried once (immediate backend in tests)
    settings.EMAIL_PORT = real_port
    mail_deliver(now=timezone.now() + timedelta(minutes=2))
    [message] = smtp_server.inbox.wait_for(1)
    assert "/wachtwoord-instellen/" in text(message) and "/wachtwoord-instellen/" in html(message)
    assert SentMail.objects.get(pk=row.pk).state == SentMail.State.SENT


def test_step_up_login_link_survives_smtp_down_and_is_not_sent_after_it_would_have_expired(org, smtp_server, settings):
    settings.LOGIN_IP_FAILURE_LIMIT = 1
    officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    officer_in(org.teams[0], "kees", email="kees@politie.example")
    station = {"REMOTE_ADDR": "198.51.100.9"}
    Client().post("/login/", {"username": "gok", "password": "fout"}, **station)  # the address is now throttled
    real_port, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()
    for name in ("sanne", "kees"):
        page = Client().post("/login/", {"username": name, "password": "pw-Test-12345"}, **station)
        assert page.status_code == 200 and "Kijk in je mailbox" in page.content.decode()
    sanne, kees = SentMail.objects.filter(kind=SentMail.Kind.LOGIN_LINK).order_by("recipient__username").reverse()
    assert sanne.state == SentMail.State.PENDING and sanne.attempts == 1 and sanne.last_error
    settings.EMAIL_PORT = real_port
    SentMail.objects.filter(pk=kees.pk).update(
        created_at=timezone.now() - timedelta(seconds=settings.LOGIN_LINK_MAX_AGE + 1)
    )
    assert mail_deliver(now=timezone.now() + timedelta(minutes=2)) == {"sent": 1, "retry": 0, "cancelled": 1}
    [message] = smtp_server.inbox.wait_for(1)
    assert message["To"] == "sanne@politie.example" and "/inloggen/link/" in text(message)
    assert SentMail.objects.get(pk=kees.pk).state == SentMail.State.CANCELLED


def test_weekly_digest_per_unit_led_with_percentages_own_overdue_names_and_a_report_link(org, tree, smtp_server):
    from curriculum.services.notifications import digests_plan

    chief = manager_of(org.districts[0], "chef")
    chief.email, chief.first_name = "chef@politie.example", "Anouk"
    chief.save()
    other = manager_of(org.districts[1], "andere-chef")
    other.email = "andere@politie.example"
    other.save()
    done = officer_in(org.teams[0], "klaar", first_name="Kim", last_name="Klaar")
    officer_in(org.teams[1], "laat", first_name="Lars", last_name="Laat")
    officer_in(org.teams[2], "elders", first_name="Eva", last_name="Elders")
    assign(tree, org.national, -3)
    module_finish(tree, done)
    assert digests_plan(today=TODAY)["planned"] == 2
    assert digests_plan(today=TODAY)["planned"] == 0  # once per manager, unit and week
    mail_deliver()
    messages = {m["To"]: m for m in smtp_server.inbox.wait_for(2)}
    body = text(messages["chef@politie.example"])
    assert "District 1" in subject(messages["chef@politie.example"]) and "Hallo Anouk" in body
    assert "Module signalen: 50% afgerond (1 van 2), 1 te laat" in body
    assert "Lars Laat" in body and "Eva Elders" not in body and "Kim Klaar" not in body
    assert f"/admin/reports/completion/?unit={org.districts[0].pk}" in body
    assert "Eva Elders" in text(messages["andere@politie.example"])
    assert "Lars Laat" in html(messages["chef@politie.example"])


def test_digests_can_be_switched_off(org, tree, settings):
    from curriculum.services.notifications import digests_plan

    manager_of(org.districts[0], "chef").__class__.objects.filter(username="chef").update(email="c@politie.example")
    settings.SIGNAAL_MAIL_DIGESTS = False
    assert digests_plan()["planned"] == 0 and not SentMail.objects.exists()


def test_the_managers_officer_page_shows_the_last_reminder(org, tree, smtp_server, client):
    from curriculum.models import Unit

    sanne = officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    boss = manager_of(Unit.objects.get(pk=org.teams[0].pk), "chef")
    assign(tree, org.teams[0], 2)
    client.force_login(boss)
    page = client.get(f"/admin/reports/agent/{sanne.pk}/").content.decode()
    assert "Laatste herinnering" in page and "Geen" in page
    run()
    sent = timezone.localtime(SentMail.objects.get().sent_at)
    page = client.get(f"/admin/reports/agent/{sanne.pk}/").content.decode()
    assert f'datetime="{sent.isoformat()}"' in page


def test_pseudonymising_an_officer_removes_the_address_from_their_mail_records(org, tree, smtp_server):
    sanne = officer_in(org.teams[0], "sanne", email="sanne@politie.example")
    assign(tree, org.teams[0], 0)
    run()
    assert SentMail.objects.get().to_email == "sanne@politie.example"
    officer_pseudonymise(user=sanne)
    record = SentMail.objects.get()
    assert record.to_email == "" and record.state == SentMail.State.SENT
