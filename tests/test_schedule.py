"""The schedule kept in code: periods, one claim per period, a dead run claimed again (issue 11)."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from curriculum.models import ScheduledRun
from curriculum.services.schedule import SCHEDULE, Job, schedule_tick

AMS = ZoneInfo("Europe/Amsterdam")
pytestmark = pytest.mark.django_db


def at(*args) -> datetime:
    return datetime(*args, tzinfo=AMS)


def test_periods_are_the_latest_scheduled_moment_that_has_passed():
    daily = Job("d", "daily", at=time(7, 0))
    weekly = Job("w", "weekly", at=time(7, 30), weekday=0)
    minutes = Job("m", "minutes", minutes=5)
    assert daily.period_key(at(2026, 12, 4, 6, 59)) == "2026-12-03"  # before 07:00: yesterday's run
    assert daily.period_key(at(2026, 12, 4, 7, 0)) == "2026-12-04"
    assert weekly.period_key(at(2026, 12, 7, 7, 29)) == "2026-W49"  # Monday before 07:30: last week's
    assert weekly.period_key(at(2026, 12, 7, 7, 30)) == weekly.period_key(at(2026, 12, 13, 23, 59)) == "2026-W50"
    assert minutes.period_key(at(2026, 12, 4, 10, 14)) == "2026-12-04T10:10"


def test_a_tick_claims_each_job_once_per_period_and_runs_it():
    moment = at(2026, 12, 7, 8, 0)
    first = schedule_tick(now=moment)
    assert sorted(run.job for run in first) == sorted(job.name for job in SCHEDULE)
    assert schedule_tick(now=moment + timedelta(seconds=30)) == []  # same periods: nothing
    assert all(run.finished_at for run in ScheduledRun.objects.all())  # the immediate backend ran each job
    later = schedule_tick(now=moment + timedelta(minutes=1))
    assert sorted(run.job for run in later) == ["deliver_mail", "publish_scheduled", "send_statements"]  # every minute


def test_a_claimed_run_that_never_finished_is_claimed_again_after_its_timeout_once():
    job = Job("reminders", "daily", at=time(7, 0), timeout=timedelta(hours=3))
    moment = at(2026, 12, 7, 8, 0)
    ScheduledRun.objects.create(job="reminders", period_key="2026-12-07", claimed_at=moment)  # its worker died
    assert schedule_tick(now=moment + timedelta(hours=2), jobs=[job]) == []
    [again] = schedule_tick(now=moment + timedelta(hours=4), jobs=[job])
    again.refresh_from_db()
    assert again.attempts == 2 and again.finished_at is not None
    assert schedule_tick(now=moment + timedelta(hours=8), jobs=[job]) == []  # finished now: not again


def test_run_job_runs_one_job_by_hand_and_refuses_an_unknown_one(capsys):
    call_command("run_job", "deliver_mail")
    assert "deliver_mail: {'sent': 0" in capsys.readouterr().out
    with pytest.raises(Exception, match="Unknown job"):
        call_command("run_job", "bestaat-niet")
