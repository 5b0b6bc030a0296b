"""The pure domain rules (curriculum/domain/rules.py), and that both paths that use each rule agree."""

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from curriculum import models, services
from curriculum.domain import rules
from curriculum.models import ModuleProgress
from curriculum.selectors.reporting import overdue_q
from tests.factories import officer_in

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("lessons_done", "lessons_total", "has_quiz", "quiz_passed", "done", "total", "complete"),
    [
        (0, 2, True, False, 0, 3, False),
        (2, 2, True, False, 2, 3, False),
        (2, 2, True, True, 3, 3, True),
        (1, 1, False, False, 1, 1, True),  # a module without a quiz is complete after its lessons
        (0, 0, False, False, 0, 0, False),  # an empty module is never complete
        (0, 0, True, True, 1, 1, True),  # a quiz-only module
    ],
)
def test_module_steps(lessons_done, lessons_total, has_quiz, quiz_passed, done, total, complete):
    steps = rules.module_steps(
        lessons_done=lessons_done, lessons_total=lessons_total, has_quiz=has_quiz, quiz_passed=quiz_passed
    )
    assert (steps.done, steps.total, steps.complete) == (done, total, complete)


def test_percent_rounds_the_share_of_steps_and_is_100_once_completed():
    assert rules.ModuleSteps(done=1, total=3).percent(completed=False) == 33
    assert rules.ModuleSteps(done=2, total=3).percent(completed=False) == 67
    assert rules.ModuleSteps(done=0, total=0).percent(completed=False) == 0
    # A lesson added after completion makes the steps incomplete; the module stays completed at 100 %.
    assert rules.ModuleSteps(done=2, total=3).percent(completed=True) == 100


@pytest.mark.parametrize(
    ("part", "whole", "percent"), [(1, 3, 33), (2, 3, 67), (0, 5, 0), (5, 5, 100), (0, 0, 0), (1, 8, 12), (3, 8, 38)]
)
def test_share_percent_rounds_to_a_whole_number_and_is_0_of_nothing(part, whole, percent):
    assert rules.share_percent(part, whole) == percent


def test_mandatory_due_date_counts_from_publication_or_joining_whichever_is_later():
    published, joined = date(2026, 1, 1), date(2026, 3, 1)
    assert rules.mandatory_due_date(published=published, joined=joined, days=90) == joined + timedelta(days=90)
    assert rules.mandatory_due_date(published=joined, joined=published, days=90) == joined + timedelta(days=90)


def test_the_earliest_due_date_wins():
    assert rules.due_date_pick([date(2026, 5, 1), date(2026, 4, 1)], date(2026, 6, 1)) == date(2026, 4, 1)
    assert rules.due_date_pick([date(2026, 5, 1)], date(2026, 2, 1)) == date(2026, 2, 1)
    assert rules.due_date_pick([], date(2026, 2, 1)) == date(2026, 2, 1)
    assert rules.due_date_pick(iter([]), None) is None


def test_level_paths_are_the_ancestors_at_depth_2_to_4():
    assert rules.level_paths("0001", 4) == (None, None, None)
    assert rules.level_paths("00010002", 4) == ("00010002", None, None)
    assert rules.level_paths("000100020003", 4) == ("00010002", "000100020003", None)
    assert rules.level_paths("0001000200030004", 4) == ("00010002", "000100020003", "0001000200030004")


def test_overdue_means_not_completed_and_past_the_due_date():
    yesterday, tomorrow = TODAY - timedelta(days=1), TODAY + timedelta(days=1)
    assert rules.is_overdue(yesterday, completed=False, today=TODAY)
    assert not rules.is_overdue(yesterday, completed=True, today=TODAY)
    assert not rules.is_overdue(TODAY, completed=False, today=TODAY)  # due today is not late yet
    assert not rules.is_overdue(tomorrow, completed=False, today=TODAY)
    assert not rules.is_overdue(None, completed=False, today=TODAY)


@pytest.mark.django_db
def test_the_overdue_filter_and_the_rule_agree(org, tree):
    statuses = [ModuleProgress.Status.NOT_STARTED, ModuleProgress.Status.IN_PROGRESS, ModuleProgress.Status.COMPLETED]
    dues = [None, TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=1)]
    for i, (status, due) in enumerate((s, d) for s in statuses for d in dues):
        officer = officer_in(org.teams[0], f"o{i}")
        ModuleProgress.objects.update_or_create(
            user=officer, module=tree.module, defaults={"status": status, "due_date": due}
        )
    rows = ModuleProgress.objects.all()
    by_rule = {
        r.pk
        for r in rows
        if rules.is_overdue(r.due_date, completed=r.status == ModuleProgress.Status.COMPLETED, today=TODAY)
    }
    assert set(rows.filter(overdue_q(TODAY)).values_list("pk", flat=True)) == by_rule
    assert len(by_rule) == 2  # not started and in progress, due yesterday


@pytest.mark.django_db
def test_unit_ancestors_and_the_due_plan_levels_agree(org):
    plan = services.DuePlan()
    for unit in [org.national, *org.regions, *org.districts, *org.teams]:
        assert list(plan.levels(unit.pk)) == unit.ancestor_ids(), unit.name
    team = org.teams[0]
    assert team.ancestor_ids() == [team.get_parent().get_parent().pk, team.get_parent().pk, team.pk]


@pytest.mark.parametrize(("attempts", "seconds"), [(0, 60), (1, 60), (2, 300), (3, 1800), (7, 1800)])
def test_an_outbox_row_waits_longer_after_each_failed_try_up_to_the_last_step(attempts, seconds):
    assert rules.retry_delay(attempts=attempts, steps=[60, 300, 1800]) == timedelta(seconds=seconds)


@pytest.mark.django_db
@pytest.mark.parametrize("model_name", ["SentMail", "XapiStatement"])
def test_both_outboxes_claim_due_pending_rows_and_stale_sending_rows_only(model_name):
    """The one claim rule (curriculum/models/outbox.py) that the mail worker and the xAPI worker use."""
    model = getattr(models, model_name)
    now = timezone.now()
    minute = timedelta(minutes=1)
    if model_name == "SentMail":
        user = get_user_model().objects.create_user("outbox-claim")

        def row(**fields):
            return model.objects.create(kind="login_link", recipient=user, created_at=now, **fields)
    else:

        def row(**fields):
            return model.objects.create(
                statement_id=uuid.uuid4(),
                event="lesson_completed",
                statement={},
                timestamp=now,
                created_at=now,
                **fields,
            )

    State = model.State
    due = row(state=State.PENDING, next_attempt_at=now - minute)
    row(state=State.PENDING, next_attempt_at=now + minute)  # backing off
    stale = row(state=State.SENDING, next_attempt_at=now, claimed_at=now - 11 * minute)
    row(state=State.SENDING, next_attempt_at=now, claimed_at=now - minute)  # another worker is on it
    row(state=State.SENT, next_attempt_at=now - minute, sent_at=now)
    claimable = model.objects.claimable(now, stale_after=10 * minute)
    assert set(claimable.values_list("pk", flat=True)) == {due.pk, stale.pk}


def test_add_months_keeps_the_day_or_takes_the_months_last_day():
    assert rules.add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert rules.add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert rules.add_months(date(2026, 12, 6), 12) == date(2027, 12, 6)
    assert rules.add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    moment = datetime(2026, 8, 31, 14, 5, tzinfo=UTC)
    assert rules.add_months(moment, 6) == datetime(2027, 2, 28, 14, 5, tzinfo=UTC)
