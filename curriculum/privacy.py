"""AVG/GDPR: an officer's own learning record, pseudonymisation of leavers, and answer retention.

Completions and scores stay (as anonymous statistics after pseudonymisation); what identifies a
person or what they answered goes.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from curriculum.models import AttemptAnswer, LessonCompletion, ModuleCompletion, ModuleProgress, QuizAttempt

audit = logging.getLogger("signaal.audit")


def learning_record_get(*, user) -> dict:
    """Everything Signaal stores about this officer's learning, as plain JSON-ready data."""
    iso = lambda moment: moment.isoformat() if moment else None  # noqa: E731
    attempts = QuizAttempt.objects.filter(user=user).select_related("quiz").prefetch_related("answers")
    return {
        "user": {
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
        },
        "generated_at": iso(timezone.now()),
        "lessons_completed": [
            {"lesson": c.lesson.title, "lesson_id": c.lesson_id, "completed_at": iso(c.completed_at)}
            for c in LessonCompletion.objects.filter(user=user).select_related("lesson").order_by("completed_at")
        ],
        "quiz_attempts": [
            {
                "quiz": a.quiz.title,
                "number": a.number,
                "state": a.state,
                "started_at": iso(a.started_at),
                "submitted_at": iso(a.submitted_at),
                "score": a.score,
                "max_score": a.max_score,
                "percent": a.percent,
                "passed": a.passed,
                "answers": [
                    {"question_id": ans.question_id, "chosen": ans.chosen, "correct": ans.correct}
                    for ans in a.answers.all()
                ],
            }
            for a in attempts
        ],
        "module_progress": [
            {"module": p.module.title, "status": p.status, "percent": p.percent, "completed_at": iso(p.completed_at)}
            for p in ModuleProgress.objects.filter(user=user).select_related("module")
        ],
        "module_completions": [
            {
                "module": c.module.title,
                "completed_at": iso(c.completed_at),
                "percent": c.percent,
                "expires_at": iso(c.expires_at),
            }
            for c in ModuleCompletion.objects.filter(user=user).select_related("module")
        ],
    }


def _sessions_delete(user) -> int:
    doomed = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            doomed.append(session.pk)
    Session.objects.filter(pk__in=doomed).delete()
    return len(doomed)


@transaction.atomic
def officer_pseudonymise(*, user, actor=None):
    """Remove name, e-mail and login of an officer who has left; keep completions as anonymous statistics."""
    User = get_user_model()
    user = User.objects.select_for_update().get(pk=user.pk)
    user.username = f"verwijderd-{user.pk}"
    user.first_name = user.last_name = user.email = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    from curriculum.models import OfficerProfile

    # The personnel number identifies the person; the unit stays so unit statistics remain right.
    OfficerProfile.objects.filter(user=user).update(personnel_number=f"x{user.pk}"[:20])
    # The mail record stays (that a reminder went out), without the address it went to.
    from curriculum.models import SentMail

    SentMail.objects.filter(recipient=user).update(to_email="")
    _sessions_delete(user)
    audit.warning("officer_pseudonymised user=%s by=%s", user.pk, getattr(actor, "pk", None))
    return user


@transaction.atomic
def attempt_answers_purge(*, now=None, days: int | None = None) -> int:
    """Clear the answers officers chose in attempts submitted longer ago than the retention period."""
    days = settings.ATTEMPT_ANSWER_RETENTION_DAYS if days is None else days
    cutoff = (now or timezone.now()) - timedelta(days=days)
    purged = AttemptAnswer.objects.filter(
        attempt__state=QuizAttempt.State.SUBMITTED, attempt__submitted_at__lt=cutoff, chosen__isnull=False
    ).update(chosen=None)
    audit.info("attempt_answers_purged rows=%s cutoff=%s", purged, cutoff.isoformat())
    return purged
