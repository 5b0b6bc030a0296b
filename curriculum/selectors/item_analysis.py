"""Item analysis for trainers: which questions officers get wrong, and whether a question separates those who
know the material from those who do not. Reads submitted attempt answers only; never names an officer.
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Avg, Count, Q
from django.utils.translation import gettext as _

from curriculum.models import AttemptAnswer, ModulePage, Question, QuizAttempt

MIN_ANSWERS = 10  # below this, the figures say little


@dataclass
class QuestionStats:
    """One question in one module: how often it was answered, how often right, and how well it discriminates."""

    question_id: int
    module_id: int
    key: str
    prompt: str
    module_title: str
    answered: int
    correct: int
    facility: int  # % answered correctly
    discrimination: float | None  # mean attempt score of those right minus those wrong, as a fraction
    flag: str


def _flag(answered: int, facility: int, discrimination: float | None) -> str:
    if answered < MIN_ANSWERS:
        return _("Te weinig antwoorden")
    if facility < 30:
        return _("Vaak fout: controleer vraag en les")
    if discrimination is not None and discrimination < 0.1:
        return _("Onderscheidt slecht")
    if facility > 95:
        return _("Erg makkelijk")
    return ""


def answers_submitted():
    """Answers of submitted attempts whose choices are still kept (see the retention setting)."""
    return AttemptAnswer.objects.filter(attempt__state=QuizAttempt.State.SUBMITTED, chosen__isnull=False)


def question_stats_list(*, answers=None) -> list[QuestionStats]:
    """Per question and module: answered, % correct (facility) and discrimination (three queries)."""
    answers = answers_submitted() if answers is None else answers
    rows = list(
        answers.values("question_id", "attempt__module_id")
        .annotate(
            n=Count("id"),
            right=Count("id", filter=Q(correct=True)),
            mean_right=Avg("attempt__percent", filter=Q(correct=True)),
            mean_wrong=Avg("attempt__percent", filter=Q(correct=False)),
        )
        .order_by()
    )
    questions = Question.objects.in_bulk({r["question_id"] for r in rows})
    modules = {m.pk: m.title for m in ModulePage.objects.filter(pk__in={r["attempt__module_id"] for r in rows})}
    stats = []
    for r in rows:
        facility = round(100 * r["right"] / r["n"]) if r["n"] else 0
        both = r["mean_right"] is not None and r["mean_wrong"] is not None
        discrimination = round((r["mean_right"] - r["mean_wrong"]) / 100, 2) if both else None
        question = questions.get(r["question_id"])
        stats.append(
            QuestionStats(
                question_id=r["question_id"],
                module_id=r["attempt__module_id"],
                key=question.key if question else "?",
                prompt=question.prompt if question else "",
                module_title=modules.get(r["attempt__module_id"], ""),
                answered=r["n"],
                correct=r["right"],
                facility=facility,
                discrimination=discrimination,
                flag=_flag(r["n"], facility, discrimination),
            )
        )
    return stats


@dataclass
class ChoiceCount:
    text: str
    is_correct: bool
    chosen: int
    percent: int


def question_choice_distribution_get(*, question: Question) -> tuple[int, list[ChoiceCount]]:
    """How often each option was chosen (distractor analysis), over every revision officers saw."""
    counts: Counter = Counter()
    revisions = {}
    total = 0
    for chosen, revision_id in (
        answers_submitted().filter(question=question).values_list("chosen", "revision_id").iterator()
    ):
        total += 1
        revisions.setdefault(revision_id, None)
        counts.update(chosen)
    options: dict[int, tuple[str, bool]] = {}
    for revision in question.revisions.filter(pk__in=list(revisions)).order_by("created_at"):
        for choice in revision.as_object().choices.all():
            options[choice.pk] = (choice.text, choice.is_correct)  # later revisions win
    for choice in question.choices.all():
        options.setdefault(choice.pk, (choice.text, choice.is_correct))
    result = [
        ChoiceCount(
            text=text,
            is_correct=ok,
            chosen=counts.get(pk, 0),
            percent=round(100 * counts.get(pk, 0) / total) if total else 0,
        )
        for pk, (text, ok) in options.items()
    ]
    return total, result
