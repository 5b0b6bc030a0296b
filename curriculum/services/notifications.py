"""Every mail Signaal sends: planned as a `SentMail` row first, then delivered by a worker.

Claim before send. Planning inserts one "pending" row per mail with `ignore_conflicts` on its unique key
(reminder: progress row + step + due date; digest: manager + unit + week), so running a plan twice, or two
planners at once, plans each mail once. Delivery claims one row at a time with a conditional UPDATE
(pending → sending), sends it over SMTP, then marks it sent. A mail the server refused or could not take
goes back to pending with a back-off (SIGNAAL_MAIL_BACKOFF), never dropped. The one window left is a worker
killed after the server took a mail and before "sent" was written: that row stays "sending" and is sent again
after SIGNAAL_MAIL_SENDING_STALE_SECONDS. So delivery is at-least-once for that single in-flight mail and
exactly-once for every other: a reminder twice is better than a mandatory reminder lost.
Mail is never sent inside a request: views queue a row and a task.
"""

import logging
import smtplib
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation

from curriculum.domain import rules
from curriculum.models import ModuleProgress, SentMail, UnitManager
from curriculum.services import mails

log = logging.getLogger("signaal.mail")

# Errors that say the server (not this one message) is unreachable: stop this round, retry later.
CONNECTION_ERRORS = (smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected, ConnectionError, TimeoutError)


def reminder_step(*, due: date, today: date) -> str | None:
    """Which reminder is due today: "before" (within N days), "due" (on the day, caught up in the week after),
    "overdue-K" (K full rhythm periods late), or None (too early)."""
    days_left = (due - today).days
    if days_left > settings.SIGNAAL_REMINDER_DAYS_BEFORE:
        return None
    if days_left > 0:
        return "before"
    late = -days_left
    every = max(settings.SIGNAAL_REMINDER_OVERDUE_EVERY_DAYS, 1)
    return "due" if late < every else f"overdue-{late // every}"


def reminder_rows():
    """The progress rows a reminder may be for: assigned, not completed, an active officer with an address."""
    return (
        ModuleProgress.objects.filter(due_date__isnull=False, user__is_active=True)
        .exclude(status=ModuleProgress.Status.COMPLETED)
        .exclude(user__email="")
    )


def reminders_plan(*, today: date | None = None, batch: int | None = None) -> dict:
    """Record today's reminders as pending mail, in keyset batches (memory does not grow with officers)."""
    if not settings.SIGNAAL_MAIL_REMINDERS:
        return {"planned": 0, "reminders": "off"}
    today = today or timezone.localdate()
    batch = batch or settings.SIGNAAL_REMINDER_BATCH
    rows = reminder_rows().filter(due_date__lte=today + timedelta(days=settings.SIGNAAL_REMINDER_DAYS_BEFORE))
    now, last_pk, planned, seen = timezone.now(), 0, 0, 0
    while True:
        chunk = list(rows.filter(pk__gt=last_pk).order_by("pk").values_list("pk", "user_id", "due_date")[:batch])
        if not chunk:
            break
        last_pk = chunk[-1][0]
        seen += len(chunk)
        steps = {pk: (user_id, due, reminder_step(due=due, today=today)) for pk, user_id, due in chunk}
        done = set(
            SentMail.objects.filter(kind=SentMail.Kind.REMINDER, progress_id__in=steps).values_list(
                "progress_id", "step", "due_date"
            )
        )
        new = [
            _pending(
                kind=SentMail.Kind.REMINDER, recipient_id=user_id, now=now, step=step, progress_id=pk, due_date=due
            )
            for pk, (user_id, due, step) in steps.items()
            if step is not None and (pk, step, due) not in done
        ]
        with transaction.atomic():
            SentMail.objects.bulk_create(new, ignore_conflicts=True)
        planned += len(new)
    log.info("reminders_planned rows=%s planned=%s day=%s", seen, planned, today.isoformat())
    return {"planned": planned, "rows_checked": seen}


def digests_plan(*, today: date | None = None) -> dict:
    """Record this week's digest for every manager and unit they lead."""
    if not settings.SIGNAAL_MAIL_DIGESTS:
        return {"planned": 0, "digests": "off"}
    now, key = timezone.now(), _week_key(today or timezone.localdate())
    leads = UnitManager.objects.filter(user__is_active=True).exclude(user__email="").values_list("user_id", "unit_id")
    new = [
        _pending(kind=SentMail.Kind.DIGEST, recipient_id=user_id, now=now, unit_id=unit_id, period_key=key)
        for user_id, unit_id in leads
    ]
    return {"planned": _plan_week(SentMail.Kind.DIGEST, key, new), "week": key}


def review_digests_plan(*, today: date | None = None) -> dict:
    """Record this week's review digest for every trainer and moderator, when a module's review is due (or
    was never planned) within the report's horizon; nothing when all reviews are in order."""
    from django.contrib.auth import get_user_model

    from curriculum.domain import roles
    from curriculum.selectors.recertification import review_due_list

    if not settings.SIGNAAL_MAIL_REVIEW_DIGESTS:
        return {"planned": 0, "review_digests": "off"}
    today = today or timezone.localdate()
    if not review_due_list(within_days=settings.SIGNAAL_REVIEW_DIGEST_DAYS, today=today):
        return {"planned": 0, "modules_due": 0}
    now, key = timezone.now(), _week_key(today)
    people = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[roles.TRAINERS, roles.MODERATORS])
        .exclude(email="")
        .values_list("pk", flat=True)
        .distinct()
    )
    new = [_pending(kind=SentMail.Kind.REVIEW_DIGEST, recipient_id=pk, now=now, period_key=key) for pk in people]
    return {"planned": _plan_week(SentMail.Kind.REVIEW_DIGEST, key, new), "week": key}


def _week_key(day: date) -> str:
    """The ISO week a day falls in, as the digests' period key ("2026-W49")."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _plan_week(kind: str, key: str, new: list[SentMail]) -> int:
    """Store this week's mails of one kind; a row already planned stays as it is. How many were new."""
    week = SentMail.objects.filter(kind=kind, period_key=key)
    with transaction.atomic():
        before = week.count()
        SentMail.objects.bulk_create(new, ignore_conflicts=True)
        return week.count() - before


def _pending(*, kind: str, recipient_id: int, now: datetime, **fields) -> SentMail:
    """An unsaved SentMail row, due now."""
    return SentMail(kind=kind, recipient_id=recipient_id, created_at=now, next_attempt_at=now, **fields)


def mail_queue(*, kind: str, user, options: dict) -> SentMail:
    """One mail for this user, sent by a worker now (a link in it is made at send time, never stored)."""
    from curriculum.tasks import mail_send

    with transaction.atomic():
        row = _pending(kind=kind, recipient_id=user.pk, now=timezone.now(), options=options)
        row.save()
        # The database backend writes the task in this transaction; the sweep (deliver_mail) catches any miss.
        mail_send.enqueue([row.pk])
    return row


def password_reset_queue(*, user, domain: str, protocol: str) -> SentMail:
    """A password link for this user (curriculum/views/account.py)."""
    language = translation.get_language() or "nl"
    options = {"domain": domain, "protocol": protocol, "language": language}
    return mail_queue(kind=SentMail.Kind.PASSWORD_RESET, user=user, options=options)


def user_language_save(*, user, language: str) -> None:
    """The language the user chose on the site; their mail follows it (Wagtail's profile field)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    if profile.preferred_language != language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])


def _claimable(now: datetime):
    stale_after = timedelta(seconds=settings.SIGNAAL_MAIL_SENDING_STALE_SECONDS)
    return SentMail.objects.claimable(now, stale_after=stale_after)


def _claim(pk: int, now: datetime) -> SentMail | None:
    claimed = (
        _claimable(now).filter(pk=pk).update(state=SentMail.State.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    )
    if not claimed:
        return None  # another worker has it, or it was sent meanwhile
    return SentMail.objects.select_related("recipient", "progress", "unit").get(pk=pk)


def _deliver_one(mail: SentMail, connection, now: datetime) -> str:
    message = mails.message_build(mail)
    if message is None:
        SentMail.objects.filter(pk=mail.pk).update(state=SentMail.State.CANCELLED, claimed_at=None)
        return "cancelled"
    message.connection = connection
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        retry_at = now + rules.retry_delay(attempts=mail.attempts, steps=settings.SIGNAAL_MAIL_BACKOFF)
        SentMail.objects.filter(pk=mail.pk).update(
            state=SentMail.State.PENDING, next_attempt_at=retry_at, claimed_at=None, last_error=repr(error)[:300]
        )
        log.warning("mail_retry mail=%s attempts=%s next=%s error=%r", mail.pk, mail.attempts, retry_at, error)
        connection.close()
        if isinstance(error, CONNECTION_ERRORS) or not isinstance(error, smtplib.SMTPException):
            raise _ServerDown from error
        return "retry"
    SentMail.objects.filter(pk=mail.pk).update(
        state=SentMail.State.SENT, sent_at=timezone.now(), subject=message.subject[:200], to_email=message.to[0]
    )
    return "sent"


class _ServerDown(Exception):
    pass


def mail_deliver(*, ids: list[int] | None = None, now: datetime | None = None, chunk: int = 200) -> dict:
    """Send every pending mail that is due (or only `ids`); returns counts. Safe to run in several workers."""
    counts = {"sent": 0, "retry": 0, "cancelled": 0}
    fixed_now = now
    connection = get_connection()
    try:
        while True:
            now = fixed_now or timezone.now()
            due = _claimable(now)
            if ids is not None:
                due = due.filter(pk__in=ids)
            batch = list(due.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:chunk])
            if not batch:
                break
            for pk in batch:
                mail = _claim(pk, now)
                if mail is not None:
                    counts[_deliver_one(mail, connection, now)] += 1
            if ids is not None:
                break
    except _ServerDown:
        counts["server_down"] = 1
    finally:
        connection.close()
    if any(counts.values()):
        log.info("mail_delivered %s", " ".join(f"{k}={v}" for k, v in counts.items()))
    return counts
