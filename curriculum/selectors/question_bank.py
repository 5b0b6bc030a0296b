"""Reads for the question bank in the admin: content search, review state and where a question is used.

The search is a plain queryset filter, the same on SQLite and PostgreSQL: Wagtail's database search backend
indexes only a model's own columns (not the choices, nor the indicators' names) and on SQLite hands the
trainer's words to FTS5, whose query syntax turns a stray quote into a database error. Every word must occur
(case-insensitive) in the code, the prompt, the scenario, the explanation, a choice or an indicator's name.
"""

from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Cast
from wagtail.models import WorkflowState

from curriculum.models import Choice, Question, QuizQuestion

SEARCH_MAX_WORDS = 8
SEARCH_MAX_LENGTH = 200


def question_search(queryset: QuerySet, query: str) -> QuerySet:
    """Questions in `queryset` that contain every word of `query` somewhere in their content (no duplicates)."""
    words = query[:SEARCH_MAX_LENGTH].split()[:SEARCH_MAX_WORDS]
    for word in words:
        in_choice = Choice.objects.filter(question=OuterRef("pk"), text__icontains=word)
        in_indicator = Question.indicators.through.objects.filter(
            question_id=OuterRef("pk"), indicator__name__icontains=word
        )
        queryset = queryset.filter(
            Q(key__icontains=word)
            | Q(prompt__icontains=word)
            | Q(scenario__icontains=word)
            | Q(explanation__icontains=word)
            | Exists(in_choice)
            | Exists(in_indicator)
        )
    return queryset


REVIEW_STATES = ("draft", "in_review", "needs_changes", "live")


def _workflow_states(status: str):
    return WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Question),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        status=status,
    )


def question_review_filter(queryset: QuerySet, state: str) -> QuerySet:
    """By review state: never published ("draft"), in review, changes requested, or published without
    changes waiting."""
    in_review = Exists(_workflow_states(WorkflowState.STATUS_IN_PROGRESS))
    needs_changes = Exists(_workflow_states(WorkflowState.STATUS_NEEDS_CHANGES))
    if state == "draft":
        return queryset.filter(live=False).exclude(in_review).exclude(needs_changes)
    if state == "in_review":
        return queryset.filter(in_review)
    if state == "needs_changes":
        return queryset.filter(needs_changes)
    if state == "live":
        return queryset.filter(live=True, has_unpublished_changes=False).exclude(in_review).exclude(needs_changes)
    return queryset


def question_usage_get(*, question_ids) -> dict[int, list[str]]:
    """Question id → "Module › Toets" for every quiz that uses it (two queries)."""
    rows = list(
        QuizQuestion.objects.filter(question_id__in=list(question_ids)).select_related("quiz").order_by("quiz__path")
    )
    usage: dict[int, list[str]] = {}
    quizzes = [row.quiz for row in rows]
    parents = _parents_by_path({quiz.path[: -quiz.steplen] for quiz in quizzes})
    for row in rows:
        usage.setdefault(row.question_id, []).append(_quiz_label(row.quiz, parents))
    return usage


class QuizUse(NamedTuple):
    """A quiz that holds a question: its page id and "Module › Toets" (as in "Gebruikt in")."""

    quiz_id: int
    label: str

    def __str__(self) -> str:
        return self.label


def question_quizzes_get(*, question) -> list[QuizUse]:
    """Every quiz that holds the question: as published (its rows), or in its latest revision when that has changes
    not yet published (a draft, or one in review)."""
    from wagtail.models import Revision

    from curriculum.models import QuizPage

    quiz_ids = set(QuizQuestion.objects.filter(question=question).values_list("quiz_id", flat=True))
    drafts = Revision.objects.filter(
        pk__in=QuizPage.objects.filter(has_unpublished_changes=True).values("latest_revision_id")
    )
    for quiz_id, content in drafts.values_list("object_id", "content"):
        if any(link.get("question") == question.pk for link in content.get("quiz_questions", [])):
            quiz_ids.add(int(quiz_id))
    quizzes = list(QuizPage.objects.filter(pk__in=quiz_ids).order_by("path").only("path", "title"))
    parents = _parents_by_path({quiz.path[: -quiz.steplen] for quiz in quizzes})
    return [QuizUse(quiz.pk, _quiz_label(quiz, parents)) for quiz in quizzes]


def _quiz_label(quiz, parents: dict) -> str:
    """ "Module › Toets", with the module from `parents` (path → page, _parents_by_path)."""
    module = parents.get(quiz.path[: -quiz.steplen])
    return f"{module.title} › {quiz.title}" if module else quiz.title


def _parents_by_path(paths: set[str]) -> dict:
    from wagtail.models import Page

    return {page.path: page for page in Page.objects.filter(path__in=paths).only("path", "title")}


def question_attempts_count(*, question_id: int) -> int:
    """How many quiz attempts showed this question (each attempt shows a question at most once; one COUNT)."""
    from curriculum.models import AttemptAnswer

    return AttemptAnswer.objects.filter(question_id=question_id).count()
