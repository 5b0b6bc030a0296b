"""AVG/GDPR reads: an officer's own learning record (/mijn-gegevens/).

The writes (pseudonymisation of leavers, answer retention) are services: curriculum/services/privacy.py.
"""

from django.utils import timezone

from curriculum.models import LessonCompletion, ModuleCompletion, ModuleProgress, QuizAttempt
from curriculum.models.snapshot import row_snapshot


def _answer(row) -> dict:
    """One answer as the officer can read it: the question and the answers they chose as they were shown (the
    ids too, for a data protection officer). Nothing about which options were right: only whether they were."""
    shown = row_snapshot(row)
    texts = {choice["id"]: choice["text"] for choice in shown["choices"]}
    return {
        "question_id": row.question_id,
        "question": shown["prompt"],
        "chosen": row.chosen,
        "chosen_answers": [texts.get(choice_id, "") for choice_id in row.chosen or []],
        "correct": row.correct,
    }


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
                "answers": [_answer(row) for row in a.answers.all()],
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
