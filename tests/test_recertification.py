"""Recertification and re-training (issue 11): expiry, material changes, review dates, prerequisites, tags."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from curriculum import selectors, services, tasks
from curriculum.domain.errors import AccessDeniedError, DomainError
from curriculum.models import (
    LessonCompletion,
    ModuleChange,
    ModuleCompletion,
    ModuleCycle,
    ModulePage,
    ModuleProgress,
    QuizAttempt,
)
from curriculum.selectors.recertification import expiry_due_date
from curriculum.services.recertification import expire_completions, material_change_record, module_retraining_apply
from tests.factories import answers_for, manager_of, module_finish, officer_in, tree_create
from tests.helpers import editor_data, progress_rows

pytestmark = pytest.mark.django_db
NOW = timezone.now()


def finish_at(tree, user, when):
    """Every lesson and a passed attempt, recorded at `when` (through the services)."""
    for lesson in tree.lessons:
        services.lesson_complete(user=user, lesson=lesson, now=when)
    attempt = services.quiz_attempt_start(user=user, quiz=tree.quiz, now=when)
    services.quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers_for(attempt), now=when)


def valid_for(tree, months=12):
    ModulePage.objects.filter(pk=tree.module.pk).update(validity_months=months)
    tree.module.refresh_from_db()


def card(user, module):
    return next(c for c in selectors.officer_dashboard_get(user=user) if c.module.pk == module.pk)


def _csv(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


# ---------------------------------------------------------------- expiry


def test_an_expired_completion_shows_as_verlopen_before_the_job_runs(org, tree, client):
    valid_for(tree, 12)
    officer = officer_in(org.teams[0], "a1")
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2020, 1, 1))
    finish_at(tree, officer, NOW - timedelta(days=400))
    row = ModuleProgress.objects.get(user=officer, module=tree.module)
    assert row.status == "completed" and row.expires_at < NOW  # the job has not run
    shown = card(officer, tree.module)
    assert shown.status == "not_started" and shown.renewal == "expired"
    assert shown.notice.startswith("Verlopen — opnieuw doen vóór ")
    assert shown.due_date == expiry_due_date(row.expires_at) and shown.lessons_done == 0
    client.force_login(officer)
    assert "Verlopen — opnieuw doen vóór" in client.get("/mijn-training/").content.decode()
    # The certificate of the earlier completion stays.
    completion = ModuleCompletion.objects.get(user=officer, module=tree.module)
    assert client.get(reverse("certificate", args=[completion.pk])).status_code == 200


def test_expiry_job_starts_a_new_cycle_once_and_keeps_the_evidence(org, tree):
    valid_for(tree, 6)
    officer = officer_in(org.teams[0], "a1")
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2020, 1, 1))
    finish_at(tree, officer, NOW - timedelta(days=200))
    fresh = officer_in(org.teams[1], "a2")
    finish_at(tree, fresh, NOW - timedelta(days=10))
    assert expire_completions(now=NOW, batch=1) == 1
    assert expire_completions(now=NOW) == 0  # idempotent
    row = ModuleProgress.objects.get(user=officer, module=tree.module)
    assert (row.status, row.cycle, row.cycle_reason, row.percent) == ("not_started", 2, "expired", 0)
    assert row.due_date == row.cycle_due_date == expiry_due_date(ModuleCompletion.objects.get(user=officer).expires_at)
    assert ModuleProgress.objects.get(user=fresh, module=tree.module).status == "completed"
    assert LessonCompletion.objects.filter(user=officer).count() == 2  # earlier records stay
    assert QuizAttempt.objects.filter(user=officer).count() == 1
    cycle = ModuleCycle.objects.get(user=officer)
    assert cycle.number == 2 and cycle.previous_completed_at is not None
    # An assignment change or a move does not take the new cycle's due date away.
    services.officer_move(user=officer, unit=org.teams[2])
    assert ModuleProgress.objects.get(user=officer, module=tree.module).due_date == row.due_date


def test_the_new_cycle_starts_empty_and_completes_again(org, tree):
    valid_for(tree, 6)
    officer = officer_in(org.teams[0], "a1")
    finish_at(tree, officer, NOW - timedelta(days=200))
    services.lesson_complete(user=officer, lesson=tree.lessons[0])  # expired: this starts cycle 2 at once
    row = ModuleProgress.objects.get(user=officer, module=tree.module)
    assert (row.cycle, row.lessons_done, row.status, row.quiz_passed) == (2, 1, "in_progress", False)
    module_finish(tree, officer)
    row.refresh_from_db()
    assert row.status == "completed" and row.expires_at > NOW
    assert list(ModuleCompletion.objects.filter(user=officer).values_list("cycle", flat=True)) == [2, 1]
    assert card(officer, tree.module).certificate_id == ModuleCompletion.objects.filter(user=officer).first().pk


def test_a_new_cycle_gets_the_full_number_of_quiz_attempts(org):
    tree = tree_create(slug="een-poging", max_attempts=1)
    valid_for(tree, 6)
    officer = officer_in(org.teams[0], "a1")
    finish_at(tree, officer, NOW - timedelta(days=200))
    with pytest.raises(DomainError):
        services.quiz_attempt_start(user=officer, quiz=tree.quiz, now=NOW - timedelta(days=199))
    attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)  # expired by now: cycle 2
    assert attempt.cycle == 2


def test_reports_count_expired_apart_and_not_as_complete(org, tree, client):
    valid_for(tree, 12)
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 1, 1))
    expired, moved, valid = (officer_in(org.teams[0], f"a{i}") for i in range(3))
    finish_at(tree, moved, NOW - timedelta(days=400))
    expire_completions(now=NOW)  # moves it to cycle 2
    finish_at(tree, expired, NOW - timedelta(days=400))  # expired too; the job has not seen it yet
    module_finish(tree, valid)
    client.force_login(manager_of(org.national, "chef"))
    rows = _csv(client.get("/admin/reports/completion/", {"export": "csv"}))
    header = rows[0]
    assert "Verlopen" in header
    line = dict(zip(header, rows[1], strict=True))
    assert (line["Afgerond"], line["Verlopen"], line["Toegewezen"]) == ("1", "2", "3")
    body = client.get("/admin/reports/officer/", {"unit": org.teams[0].pk}).content.decode()
    assert body.count("Verlopen") >= 2
    status = client.get("/admin/reports/officer/", {"unit": org.teams[0].pk, "status": "expired", "export": "csv"})
    numbers = {r[0] for r in _csv(status)[1:]}
    assert numbers == {"Pa0", "Pa1"}
    completed = client.get("/admin/reports/officer/", {"unit": org.teams[0].pk, "status": "completed", "export": "csv"})
    assert len(_csv(completed)) == 2  # header + the valid completion only


def test_completion_grid_has_a_verlopen_column(org, tree):
    from curriculum.selectors import reporting

    valid_for(tree, 12)
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 1, 1))
    a, b = officer_in(org.teams[0], "a1"), officer_in(org.teams[0], "a2")
    finish_at(tree, a, NOW - timedelta(days=400))
    module_finish(tree, b)
    cells = reporting.unit_completion_list(unit=org.teams[0], rows=reporting.progress_in_unit(org.teams[0]))
    assert [(c.total, c.completed, c.expired, c.not_started) for c in cells] == [(2, 1, 1, 1)]
    expire_completions()
    cells = reporting.unit_completion_list(unit=org.teams[0], rows=reporting.progress_in_unit(org.teams[0]))
    assert [(c.total, c.completed, c.expired, c.not_started) for c in cells] == [(2, 1, 1, 1)]


def test_expiry_task_runs_the_job(org, tree):
    valid_for(tree, 1)
    officer = officer_in(org.teams[0], "a1")
    finish_at(tree, officer, NOW - timedelta(days=60))
    result = tasks.completions_expire.enqueue()
    assert result.return_value == {"expired": 1}
    assert ModuleProgress.objects.get(user=officer).cycle == 2


# ---------------------------------------------------------------- re-training after a material change


def _publish_material(page, user, note="Nieuwe werkwijze bij een melding.", days=14):
    page.retraining_required, page.change_note, page.retraining_due_days = True, note, days
    revision = page.save_revision(user=user)
    with TestCase.captureOnCommitCallbacks(execute=True):  # the re-training task runs on commit
        revision.publish(user=user)
    return revision


def test_a_material_change_puts_completed_officers_in_a_new_cycle(org, tree, moderator, client):
    done, busy, none = (officer_in(org.teams[0], f"a{i}") for i in range(3))
    module_finish(tree, done)
    services.lesson_complete(user=busy, lesson=tree.lessons[0])
    before = ModuleProgress.objects.get(user=busy).percent
    _publish_material(tree.module, moderator)
    row = ModuleProgress.objects.get(user=done)
    change = ModuleChange.objects.get()
    assert (row.status, row.cycle, row.cycle_reason, row.change_id) == ("not_started", 2, "retraining", change.pk)
    assert row.due_date == timezone.localdate(change.created_at) + timedelta(days=14)
    assert change.officers == 1 and change.created_by == moderator
    assert ModuleProgress.objects.get(user=busy).percent == before  # still working: not disturbed
    assert not ModuleProgress.objects.filter(user=none).exclude(cycle=1).exists()
    assert ModuleCompletion.objects.filter(user=done).count() == 1  # archived, not deleted
    client.force_login(done)
    page = client.get("/mijn-training/").content.decode()
    assert "Opnieuw volgen verplicht vóór" in page and "Nieuwe werkwijze bij een melding." in page
    # Done lessons of the earlier cycle no longer count: the module page shows them to do.
    assert selectors.module_overview_get(user=done, module=tree.module).lessons[0].done is False


def test_a_non_material_publish_disturbs_nobody_and_a_change_applies_once(org, tree, moderator):
    officer = officer_in(org.teams[0], "a1")
    module_finish(tree, officer)
    tree.module.summary = "Alleen een tikfout verbeterd."
    tree.module.save_revision(user=moderator).publish()
    assert ModuleProgress.objects.get(user=officer).status == "completed"
    revision = _publish_material(tree.module, moderator)
    assert material_change_record(page=revision.as_object(), revision=revision).pk == ModuleChange.objects.get().pk
    assert module_retraining_apply(change_id=ModuleChange.objects.get().pk) == 0  # nobody moved twice
    module_finish(tree, officer)  # completes the new content
    assert ModuleProgress.objects.get(user=officer).status == "completed"
    assert module_retraining_apply(change_id=ModuleChange.objects.get().pk) == 0


def test_a_material_change_to_a_lesson_retrains_its_module(org, tree, moderator):
    officer = officer_in(org.teams[0], "a1")
    module_finish(tree, officer)
    _publish_material(tree.lessons[1], moderator, note="Les 2: nieuwe signalen.")
    row = ModuleProgress.objects.get(user=officer)
    assert row.cycle == 2 and ModuleChange.objects.get().page_id == tree.lessons[1].pk
    assert "Les 2: nieuwe signalen." in card(officer, tree.module).notice


def test_the_redactie_ticks_opnieuw_volgen_in_the_editor(org, tree, moderator, client):
    officer = officer_in(org.teams[0], "a1")
    module_finish(tree, officer)
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:edit", args=[tree.module.pk])
    data = editor_data(client, url, learning_objectives=[("objective", "Doel 1")])
    data.update({"retraining_required": "on", "retraining_due_days": "21", "change_note": "", "action-publish": "1"})
    response = client.post(url, data)
    assert response.status_code == 200 and "Schrijf kort wat er veranderd is" in response.content.decode()
    assert ModuleProgress.objects.get(user=officer).cycle == 1  # nothing published
    data["change_note"] = "Stappenplan aangepast."
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert client.post(url, data).status_code == 302
    row = ModuleProgress.objects.get(user=officer)
    assert row.cycle == 2 and row.change.note == "Stappenplan aangepast." and row.change.due_days == 21
    module = ModulePage.objects.get(pk=tree.module.pk)
    assert module.last_reviewed == timezone.localdate() and module.next_review > module.last_reviewed
    # The editor opens unticked: the next publish is not material unless the Redactie says so.
    again = editor_data(client, url, learning_objectives=[("objective", "Doel 1")])
    assert again.get("retraining_required") in (None, "") and again.get("change_note", "").strip() == ""
    again["action-publish"] = "1"
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert client.post(url, again).status_code == 302
    assert ModuleChange.objects.count() == 1 and ModuleProgress.objects.get(user=officer).cycle == 2


def test_rebuild_equals_incremental_rows_with_cycles(org, tree, moderator):
    valid_for(tree, 6)
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 1, 1))
    a, b, c, d = (officer_in(unit, f"o{i}") for i, unit in enumerate(org.teams))
    finish_at(tree, a, NOW - timedelta(days=300))  # expires, then redoes one lesson
    finish_at(tree, b, NOW - timedelta(days=300))  # expires, job moves it
    module_finish(tree, c)  # re-training
    module_finish(tree, d)
    _publish_material(tree.module, moderator)
    module_finish(tree, d)  # d completes the new cycle
    expire_completions(now=NOW)
    services.lesson_complete(user=a, lesson=tree.lessons[0])
    services.officer_move(user=b, unit=org.teams[0])
    before = progress_rows()
    assert {row[-5] for row in before} >= {2}  # cycles in the snapshot
    services.progress_rebuild()
    assert progress_rows() == before


# ---------------------------------------------------------------- review dates


def test_trainers_see_modules_whose_review_is_due(tree, trainer, officer, client):
    other = tree_create(slug="module-b")
    ModulePage.objects.filter(pk=tree.module.pk).update(next_review=timezone.localdate() - timedelta(days=3))
    ModulePage.objects.filter(pk=other.module.pk).update(next_review=timezone.localdate() + timedelta(days=200))
    client.force_login(trainer)
    body = client.get("/admin/reports/reviews/").content.decode()
    assert "Herziening nodig" in body and tree.module.title in body and other.module.title not in body
    assert "Te laat" in body
    client.force_login(officer)
    assert client.get("/admin/reports/reviews/").status_code in (302, 403)


def test_the_review_tick_sets_the_review_dates(tree, moderator, client):
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:edit", args=[tree.module.pk])
    data = editor_data(client, url, learning_objectives=[("objective", "Doel 1")])
    data.update({"content_reviewed": "on", "action-publish": "1"})
    assert client.post(url, data).status_code == 302
    module = ModulePage.objects.get(pk=tree.module.pk)
    today = timezone.localdate()
    assert module.last_reviewed == today and module.next_review.year == today.year + 1


# ---------------------------------------------------------------- prerequisites


@pytest.fixture
def chain(org, tree):
    second = tree_create(slug="module-b")
    second.module.prerequisites.set([tree.module])
    second.module.save_revision().publish()
    return tree, second


def test_a_locked_module_says_which_module_comes_first(chain, officer_client, officer):
    first, second = chain
    shown = card(officer, second.module)
    assert [m.pk for m in shown.locked_by] == [first.module.pk] and shown.next_url == first.module.url
    page = officer_client.get("/mijn-training/").content.decode()
    assert "Eerst: Module module-a" in page
    module_page = officer_client.get(second.module.url).content.decode()
    assert "Deze module is nog vergrendeld." in module_page


def test_a_direct_url_to_a_locked_lesson_or_quiz_explains(chain, officer_client):
    first, second = chain
    for url in (second.lessons[0].url, second.quiz.url):
        response = officer_client.get(url)
        body = response.content.decode()
        assert response.status_code == 403 and "Deze module gaat pas open" in body and first.module.url in body
        assert "Lestekst" not in body
    response = officer_client.post(second.lessons[0].url + "voltooid/")
    assert response.status_code == 403 and not LessonCompletion.objects.exists()


def test_the_quiz_service_refuses_a_locked_module(chain, officer):
    first, second = chain
    with pytest.raises(AccessDeniedError) as error:
        services.quiz_attempt_start(user=officer, quiz=second.quiz)
    assert "Module module-a" in error.value.message
    assert not QuizAttempt.objects.exists()
    module_finish(first, officer)
    assert services.quiz_attempt_start(user=officer, quiz=second.quiz).pk


# ---------------------------------------------------------------- tags


@pytest.fixture
def tagged(tree):
    other = tree_create(slug="module-b")
    tree.module.tags.add("13oceans", "minderjarigen")
    tree.module.save_revision().publish()
    other.module.tags.add("arbeidsuitbuiting")
    other.module.save_revision().publish()
    return tree, other


def test_module_cards_show_tags_and_filter_by_topic(tagged, officer_client):
    tree, other = tagged
    page = officer_client.get(tree.index.url).content.decode()
    assert "#13oceans" in page and "#arbeidsuitbuiting" in page and "?onderwerp=13oceans" in page
    filtered = officer_client.get(tree.index.url, {"onderwerp": "13oceans"}).content.decode()
    assert tree.module.title in filtered and other.module.title not in filtered
    unknown = officer_client.get(tree.index.url, {"onderwerp": "bestaat-niet"})
    assert unknown.status_code == 200 and "Dit onderwerp bestaat niet" in unknown.content.decode()


def test_search_finds_modules_by_tag(tagged, officer_client):
    tree, other = tagged
    body = officer_client.get("/zoeken/", {"q": "13oceans"}).content.decode()
    assert tree.module.title in body and other.module.title not in body and "?onderwerp=13oceans" in body
    # One letter or a dash is in nearly every topic's name: no topic matches it.
    for query in ("-", "a", "1"):
        assert "?onderwerp=" not in officer_client.get("/zoeken/", {"q": query}).content.decode(), query


def test_earlier_completions_stay_on_the_certificate_list(org, tree, trainer, client):
    valid_for(tree, 6)
    officer = officer_in(org.teams[0], "a1")
    finish_at(tree, officer, NOW - timedelta(days=200))
    expire_completions()
    completion = ModuleCompletion.objects.get(user=officer)
    client.force_login(officer)
    page = client.get(tree.module.url).content.decode()
    assert "Je eerdere afrondingen" in page and reverse("certificate", args=[completion.pk]) in page
    assert "verlopen op" in page
    certificate = client.get(reverse("certificate", args=[completion.pk])).content.decode()
    assert "Verlopen op" in certificate and "Geldig tot" not in certificate
