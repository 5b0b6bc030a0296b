"""The programme's schedule, kept in code, and the claim that makes every job run once per period.

Every `run_worker` process calls `schedule_tick()` between tasks. For each job it works out the current
period (the latest scheduled moment that has passed: "2026-12-04" for a daily job, "2026-W49" for a weekly one)
and inserts `ScheduledRun(job, period_key)` in a transaction together with the job's task (the database task
backend writes the task row in the same database, so both commit or neither). The unique constraint on
(job, period_key) lets exactly one insert win, however many workers and app servers run; the others get an
IntegrityError and move on. A claimed run that never finished (its worker was killed) is claimed again after
the job's timeout, by one process only (a conditional UPDATE); every job is idempotent, so that is safe.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from curriculum.models import ScheduledRun

log = logging.getLogger("signaal.schedule")


@dataclass(frozen=True)
class Job:
    name: str
    every: str  # "minutes", "daily" or "weekly"
    minutes: int = 0  # every="minutes": the period length
    at: time = time(0, 0)  # daily/weekly: local time of day
    weekday: int = 0  # weekly: 0 = Monday
    timeout: timedelta = timedelta(hours=2)  # claimed but not finished by then: run again
    description: str = ""

    def period_key(self, now: datetime) -> str:
        local = timezone.localtime(now)
        if self.every == "minutes":
            minute = (local.hour * 60 + local.minute) // self.minutes * self.minutes
            return f"{local.date().isoformat()}T{minute // 60:02d}:{minute % 60:02d}"
        day = local.date()
        if self.every == "daily":
            return (day if local.time() >= self.at else day - timedelta(days=1)).isoformat()
        back = (local.weekday() - self.weekday) % 7
        if back == 0 and local.time() < self.at:
            back = 7
        year, week, _ = (day - timedelta(days=back)).isocalendar()
        return f"{year}-W{week:02d}"


def _close_expired_attempts() -> dict:
    from curriculum.services import quiz_attempts_expired_close

    return {"closed": quiz_attempts_expired_close()}


def _deliver_mail() -> dict:
    from curriculum.services.notifications import mail_deliver

    return mail_deliver()


def _send_statements() -> dict:
    from curriculum.services.xapi import statements_deliver

    return statements_deliver()


def _reminders() -> dict:
    from curriculum.services.notifications import mail_deliver, reminders_plan

    return {**reminders_plan(), **mail_deliver()}


def _digests() -> dict:
    from curriculum.services.notifications import digests_plan, mail_deliver

    return {**digests_plan(), **mail_deliver()}


def _review_digests() -> dict:
    from curriculum.services.notifications import mail_deliver, review_digests_plan

    return {**review_digests_plan(), **mail_deliver()}


def _expire_completions() -> dict:
    from curriculum.services.recertification import expire_completions

    return {"expired": expire_completions()}


def _publish_scheduled() -> dict:
    """Wagtail's scheduled publishing: what a trainer or moderator set to go live (or expire) at a time."""
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("publish_scheduled", stdout=out)
    return {"output": out.getvalue().strip()[:500]}


def _retention() -> dict:
    from curriculum.services.privacy import attempt_answers_purge

    return {"answers_cleared": attempt_answers_purge(), **housekeeping()}


def _trend_snapshot() -> dict:
    from curriculum.services.trend import trend_snapshot_take

    return trend_snapshot_take()


# The rhythm (README "The programme's rhythm"); times are Europe/Amsterdam.
SCHEDULE = [
    Job("close_expired_attempts", "minutes", minutes=5, timeout=timedelta(minutes=15)),
    Job("deliver_mail", "minutes", minutes=1, timeout=timedelta(minutes=30)),
    Job("send_statements", "minutes", minutes=1, timeout=timedelta(minutes=30)),  # xAPI to the LRS, when configured
    # Content a trainer scheduled ("Publiceren op …" / "Verloopt op …") goes live or expires within the minute.
    Job("publish_scheduled", "minutes", minutes=1, timeout=timedelta(minutes=15)),
    Job("apply_retention", "daily", at=time(3, 0)),
    # Before the reminders: an officer whose completion just expired is reminded of the new cycle the same day.
    Job("expire_completions", "daily", at=time(6, 30), timeout=timedelta(hours=2)),
    Job("reminders", "daily", at=time(7, 0), timeout=timedelta(hours=3)),
    Job("digests", "weekly", at=time(7, 30), weekday=0, timeout=timedelta(hours=3)),
    # The managers' trend: one snapshot per week, before the Monday digests and the managers' Monday.
    Job("trend_snapshot", "weekly", at=time(6, 0), weekday=0, timeout=timedelta(hours=2)),
    Job("review_digests", "weekly", at=time(8, 0), weekday=0, timeout=timedelta(hours=3)),
]
JOBS: dict[str, Callable[[], dict]] = {
    "close_expired_attempts": _close_expired_attempts,
    "deliver_mail": _deliver_mail,
    "send_statements": _send_statements,
    "publish_scheduled": _publish_scheduled,
    "apply_retention": _retention,
    "expire_completions": _expire_completions,
    "reminders": _reminders,
    "digests": _digests,
    "trend_snapshot": _trend_snapshot,
    "review_digests": _review_digests,
}


def _enqueue(job: Job, run: ScheduledRun) -> None:
    from curriculum.tasks import scheduled_job_run

    scheduled_job_run.enqueue(job.name, run.pk)


def _claim(job: Job, key: str, now: datetime) -> ScheduledRun | None:
    try:
        with transaction.atomic():
            run = ScheduledRun.objects.create(job=job.name, period_key=key, claimed_at=now)
            _enqueue(job, run)
        return run
    except IntegrityError:
        pass
    with transaction.atomic():
        stale = ScheduledRun.objects.filter(
            job=job.name, period_key=key, finished_at__isnull=True, claimed_at__lt=now - job.timeout
        )
        if not stale.update(claimed_at=now, attempts=F("attempts") + 1):
            return None
        run = ScheduledRun.objects.get(job=job.name, period_key=key)
        log.warning("scheduled_run_reclaimed job=%s period=%s attempts=%s", job.name, key, run.attempts)
        _enqueue(job, run)
    return run


def schedule_tick(*, now: datetime | None = None, jobs: list[Job] | None = None) -> list[ScheduledRun]:
    """Claim (and enqueue) every job whose current period has no run yet; return the runs this call claimed."""
    now = now or timezone.now()
    claimed = []
    for job in SCHEDULE if jobs is None else jobs:
        run = _claim(job, job.period_key(now), now)
        if run is not None:
            log.info("scheduled_run_claimed job=%s period=%s", job.name, run.period_key)
            claimed.append(run)
    return claimed


def job_run(*, job: str, run_id: int | None = None) -> dict:
    """Run one job (from the worker, or `manage.py run_job`) and mark its period done."""
    result = JOBS[job]()
    if run_id is not None:
        ScheduledRun.objects.filter(pk=run_id).update(finished_at=timezone.now(), result=result)
    log.info("scheduled_run_finished job=%s run=%s result=%s", job, run_id, result)
    return result


def housekeeping(*, now: datetime | None = None, keep_days: int = 35) -> dict:
    """Drop schedule claims and finished task results older than `keep_days` (the mail records stay)."""
    from django_tasks_db.models import DBTaskResult

    cutoff = (now or timezone.now()) - timedelta(days=keep_days)
    runs, _ = ScheduledRun.objects.filter(claimed_at__lt=cutoff).delete()
    tasks, _ = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return {"runs_pruned": runs, "task_results_pruned": tasks}
