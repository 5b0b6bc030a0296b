"""xAPI statements: queued in the learning record's own transaction (an outbox), sent to the LRS by the worker.

Queue. The learning services call the `*_queue` functions inside their transaction, so a statement exists if and
only if its learning record does. Nothing is queued while no LRS is configured (`manage.py xapi_backfill` catches
up on history). Each row holds the frozen statement under a statement id derived from the event; the id is
unique, so a repeated event (a double click, a retried request, the back-fill) is queued once.

Send: the SentMail pattern (curriculum/services/notifications.py). The scheduled job `send_statements` (every
minute, curriculum/services/schedule.py) claims due rows with a conditional UPDATE (pending → sending, under a
claim id of its own), POSTs them to the LRS in batches and marks them sent. An LRS that is down, times out or
refuses the credentials leaves them pending with a back-off (SIGNAAL_XAPI_BACKOFF): nothing is lost, and no page
ever waits for the LRS. A batch the LRS refuses as invalid (400, 422) or conflicting (409: it holds another statement
under one of the ids) is sent one by one to find the culprit, which is marked rejected with the LRS's answer; a
batch that keeps failing with a server error is sent one by one too, so one statement the LRS chokes on waits
alone (still retried) instead of holding up the rest. A
worker killed mid-send leaves its rows "sending"; they are claimed again after
SIGNAAL_XAPI_SENDING_STALE_SECONDS and the LRS drops the repeat of a statement id it already holds.
"""

import logging
import uuid
from datetime import datetime, timedelta

import requests
from django.conf import settings
from django.db.models import F
from django.utils import timezone
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from curriculum.domain import rules, xapi
from curriculum.models import XapiStatement

log = logging.getLogger("signaal.xapi")
Event, State = XapiStatement.Event, XapiStatement.State
# Something in the batch is wrong: find it by sending one at a time. (xAPI says 400 for an invalid statement;
# LRSs built on FastAPI, Ralph among them, answer 422.)
SPLIT_STATUSES = (400, 409, 413, 422)
SPLIT_AFTER_ATTEMPTS = 3  # a batch that failed this often with a server error is sent one statement at a time


# ---------------------------------------------------------------- queue (inside the learning transaction)


def statements_queue(items: list[tuple[str, tuple]], *, now: datetime | None = None) -> int:
    """Write outbox rows for (event, built statement) pairs; one INSERT, repeats ignored by statement id."""
    if not items:
        return 0
    now = now or timezone.now()
    rows = [
        XapiStatement(
            statement_id=statement_id,
            event=event,
            statement=statement,
            timestamp=when,
            created_at=now,
            next_attempt_at=now,
        )
        for event, (statement_id, statement, when) in items
    ]
    XapiStatement.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
    return len(rows)


def _completion_items(progress, module) -> list:
    completion = getattr(progress, "completion_new", None)
    if completion is None:
        return []
    built = xapi.module_completed(completion=completion, module_title=module.title, started_at=progress.started_at)
    return [(Event.MODULE_COMPLETED, built)]


def lesson_completed_queue(*, user, lesson, module, cycle: int, progress, now: datetime) -> None:
    """A lesson marked done (and the module, when that completed it). Called by services.lesson_complete."""
    if not xapi.enabled():
        return
    built = xapi.lesson_completed(
        user_id=user.pk,
        lesson_id=lesson.pk,
        lesson_title=lesson.title,
        module_id=module.pk,
        module_title=module.title,
        cycle=cycle,
        completed_at=now,
    )
    statements_queue([(Event.LESSON_COMPLETED, built), *_completion_items(progress, module)], now=now)


def attempt_submitted_queue(*, attempt, module, progress, quiz=None) -> None:
    """A closed attempt (and the module, when passing completed it). Called when an attempt is closed."""
    if not xapi.enabled():
        return
    if quiz is None or quiz.pk != attempt.quiz_id:
        from wagtail.models import Page

        quiz = Page.objects.only("title").get(pk=attempt.quiz_id)
    built = xapi.attempt_submitted(attempt=attempt, quiz_title=quiz.title, module_title=module.title)
    items = [(Event.ATTEMPT_SUBMITTED, built), *_completion_items(progress, module)]
    statements_queue(items, now=attempt.submitted_at)


def completions_expired_queue(*, rows, titles: dict[int, str] | None = None) -> None:
    """Completions whose validity ran out, for progress rows *before* they move to their next cycle."""
    rows = [row for row in rows if row.expires_at is not None]
    if not xapi.enabled() or not rows:
        return
    titles = dict(titles or {})
    if missing := {row.module_id for row in rows} - set(titles):
        from wagtail.models import Page

        titles.update(Page.objects.filter(pk__in=missing).values_list("pk", "title"))
    statements_queue(expiry_items(rows, titles))


def expiry_items(rows, titles: dict[int, str]) -> list:
    """(event, built statement) for each expired completion: rows with user_id, module_id, the cycle that
    expired and its expires_at (a progress row before it moves on, or the completion itself)."""
    items = []
    for row in rows:
        built = xapi.completion_expired(
            user_id=row.user_id,
            module_id=row.module_id,
            module_title=titles.get(row.module_id, ""),
            cycle=row.cycle,
            expires_at=row.expires_at,
        )
        items.append((Event.COMPLETION_EXPIRED, built))
    return items


# ---------------------------------------------------------------- send (the worker)


def _claimable(now: datetime):
    stale_after = timedelta(seconds=settings.SIGNAAL_XAPI_SENDING_STALE_SECONDS)
    return XapiStatement.objects.claimable(now, stale_after=stale_after)


def _post(session: requests.Session, statements: list[dict]) -> tuple[int | None, str]:
    try:
        response = session.post(
            f"{settings.SIGNAAL_XAPI_ENDPOINT}/statements",
            json=statements,
            headers={"X-Experience-API-Version": xapi.VERSION},
            timeout=settings.SIGNAAL_XAPI_TIMEOUT,
            allow_redirects=False,
        )
    except requests.RequestException as error:
        return None, repr(error)[:300]
    return response.status_code, response.text[:250]


def _retry_later(rows: list[XapiStatement], now: datetime, error: str) -> None:
    by_attempts: dict[int, list[int]] = {}
    for row in rows:
        by_attempts.setdefault(row.attempts, []).append(row.pk)
    for attempts, pks in by_attempts.items():
        retry_at = now + rules.retry_delay(attempts=attempts, steps=settings.SIGNAAL_XAPI_BACKOFF)
        XapiStatement.objects.filter(pk__in=pks).update(
            state=State.PENDING, next_attempt_at=retry_at, claim=None, claimed_at=None, last_error=error
        )


def _send(
    session: requests.Session, rows: list[XapiStatement], now: datetime, counts: dict, *, isolating=False
) -> bool:
    """POST the rows as one batch. False when the LRS is unreachable or refuses Signaal: stop this round."""
    status, answer = _post(session, [row.statement for row in rows])
    pks = [row.pk for row in rows]
    if status in (200, 204):
        XapiStatement.objects.filter(pk__in=pks).update(
            state=State.SENT, sent_at=timezone.now(), claim=None, last_error=""
        )
        counts["sent"] += len(rows)
        return True
    if status in SPLIT_STATUSES and len(rows) == 1:
        XapiStatement.objects.filter(pk__in=pks).update(
            state=State.REJECTED, claim=None, last_error=f"HTTP {status}: {answer}"[:300]
        )
        log.error("xapi_rejected statement=%s status=%s answer=%r", rows[0].statement_id, status, answer)
        counts["rejected"] += 1
        return True
    # A batch the LRS refuses, or keeps failing on (one statement it cannot handle must not hold up the rest):
    # send its statements one at a time.
    failing = status is not None and status >= 500 and min(row.attempts for row in rows) >= SPLIT_AFTER_ATTEMPTS
    if len(rows) > 1 and (status in SPLIT_STATUSES or failing):
        for index, row in enumerate(rows):
            if not _send(session, [row], now, counts, isolating=True):
                _retry_later(rows[index + 1 :], now, "not sent: the LRS stopped answering")
                return False
        return True
    # Down, timing out, refusing our credentials, or not an LRS at that address: keep them, try again later.
    error = f"HTTP {status}: {answer}" if status else answer
    _retry_later(rows, now, error[:300])
    counts["retry"] += len(rows)
    log.warning("xapi_retry statements=%s attempts=%s error=%s", len(rows), rows[0].attempts, error[:200])
    return isolating and status is not None and status >= 500  # only this statement fails: go on with the next


def statements_deliver(*, now: datetime | None = None, batch: int | None = None) -> dict:
    """Send every due statement to the LRS in batches; returns counts. Safe to run in several workers."""
    if not xapi.enabled():
        return {"xapi": "off"}
    counts = {"sent": 0, "retry": 0, "rejected": 0}
    batch = batch or settings.SIGNAAL_XAPI_BATCH
    fixed_now = now
    session = requests.Session()
    # A kept-alive connection the LRS closed under us (after an error answer, or idle) fails at once: send again,
    # once, on a new one. Safe: a statement's id is fixed, so the LRS de-duplicates a statement it did receive.
    resend = Retry(total=1, connect=1, read=1, status=0, other=0, allowed_methods=None, raise_on_status=False)
    session.mount("http://", HTTPAdapter(max_retries=resend))
    session.mount("https://", HTTPAdapter(max_retries=resend))
    if settings.SIGNAAL_XAPI_USERNAME:
        session.auth = (settings.SIGNAAL_XAPI_USERNAME, settings.SIGNAAL_XAPI_PASSWORD)
    try:
        while True:
            now = fixed_now or timezone.now()
            due = _claimable(now)
            pks = list(due.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:batch])
            if not pks:
                break
            claim = uuid.uuid4()
            _claimable(now).filter(pk__in=pks).update(
                state=State.SENDING, claim=claim, claimed_at=now, attempts=F("attempts") + 1
            )
            rows = list(XapiStatement.objects.filter(claim=claim, state=State.SENDING).order_by("timestamp", "pk"))
            if rows and not _send(session, rows, now, counts):  # no rows: another worker claimed them first
                counts["lrs_down"] = 1
                break
    finally:
        session.close()
    if any(counts.values()):
        log.info("xapi_delivered %s", " ".join(f"{k}={v}" for k, v in counts.items()))
    return counts
