"""Item analysis for trainers: which questions officers get wrong, and whether a question separates those who
know the material from those who do not. Reads submitted attempt answers only; never names an officer.
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Avg, Count, Q
from django.utils.translation import gettext_lazy as _lazy

from curriculum.models import AttemptAnswer, ModulePage, Question, QuizAttempt
from curriculum.models.snapshot import snapshot_from_content

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
    """The flag as the Vraaganalyse report words it."""
    return str(FLAG_TEXTS.get(flag_key(answered, facility, discrimination), ""))


FLAG_CHOICES = [
    ("few", _lazy("Te weinig antwoorden")),
    ("hard", _lazy("Vaak fout")),
    ("weak", _lazy("Weinig onderscheidend")),
    ("easy", _lazy("Te makkelijk")),
]  # the question bank's filter and column; the Vraaganalyse report words them as FLAG_TEXTS
FLAG_TEXTS = {
    "few": _lazy("Te weinig antwoorden"),
    "hard": _lazy("Vaak fout: controleer vraag en les"),
    "weak": _lazy("Onderscheidt slecht"),
    "easy": _lazy("Erg makkelijk"),
}


def flag_key(answered: int, facility: int, discrimination: float | None) -> str:
    """The flag as a key (FLAG_CHOICES), "" when the question looks fine: the same rule as `_flag`."""
    if answered < MIN_ANSWERS:
        return "few"
    if facility < 30:
        return "hard"
    if discrimination is not None and discrimination < 0.1:
        return "weak"
    if facility > 95:
        return "easy"
    return ""


def _aggregates() -> dict:
    """The counts one row of item statistics is computed from (`_figures`)."""
    return {
        "n": Count("id"),
        "right": Count("id", filter=Q(correct=True)),
        "mean_right": Avg("attempt__percent", filter=Q(correct=True)),
        "mean_wrong": Avg("attempt__percent", filter=Q(correct=False)),
    }


def _figures(r: dict) -> tuple[int, float | None]:
    """Facility (% right) and discrimination (mean attempt score of those right minus those wrong, as a fraction)."""
    facility = round(100 * r["right"] / r["n"]) if r["n"] else 0
    both = r["mean_right"] is not None and r["mean_wrong"] is not None
    discrimination = round((r["mean_right"] - r["mean_wrong"]) / 100, 2) if both else None
    return facility, discrimination


def answers_submitted():
    """Answers of submitted attempts whose choices are still kept (see the retention setting)."""
    return AttemptAnswer.objects.filter(attempt__state=QuizAttempt.State.SUBMITTED, chosen__isnull=False)


def question_stats_list(*, answers=None) -> list[QuestionStats]:
    """Per question and module: answered, % correct (facility) and discrimination (three queries)."""
    answers = answers_submitted() if answers is None else answers
    rows = list(answers.values("question_id", "attempt__module_id").annotate(**_aggregates()).order_by())
    questions = Question.objects.in_bulk({r["question_id"] for r in rows})
    modules = {m.pk: m.title for m in ModulePage.objects.filter(pk__in={r["attempt__module_id"] for r in rows})}
    stats = []
    for r in rows:
        facility, discrimination = _figures(r)
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


@dataclass
class RevisionStats:
    """One version of a question as officers answered it: the editor's statistics panel."""

    revision_id: int
    created_at: object
    is_live: bool
    answered: int
    correct: int
    facility: int
    discrimination: float | None
    flag: str
    flag_key: str
    choices: list[ChoiceCount]


def question_revision_stats_list(*, question: Question) -> list[RevisionStats]:
    """Per revision officers answered (the published one first, then newest first): answered, % right,
    discrimination, the flag and each choice's share. Each revision keeps its own count (three queries)."""
    rows = list(
        answers_submitted().filter(question=question).values("revision_id").annotate(**_aggregates()).order_by()
    )
    if not rows:
        return []
    counts: dict[int, Counter] = {r["revision_id"]: Counter() for r in rows}
    for revision_id, chosen in (
        answers_submitted().filter(question=question).values_list("revision_id", "chosen").iterator()
    ):
        counts[revision_id].update(chosen)
    revisions = {r.pk: r for r in question.revisions.filter(pk__in=list(counts)).only("pk", "created_at", "content")}
    result = []
    for r in rows:
        revision = revisions.get(r["revision_id"])
        facility, discrimination = _figures(r)
        key = flag_key(r["n"], facility, discrimination)
        chosen = counts[r["revision_id"]]
        options = snapshot_from_content(question.pk, revision.content)["choices"] if revision else []
        result.append(
            RevisionStats(
                revision_id=r["revision_id"],
                created_at=revision.created_at if revision else None,
                is_live=r["revision_id"] == question.live_revision_id,
                answered=r["n"],
                correct=r["right"],
                facility=facility,
                discrimination=discrimination,
                flag=str(FLAG_TEXTS.get(key, "")),
                flag_key=key,
                choices=[
                    ChoiceCount(
                        text=o["text"],
                        is_correct=o["is_correct"],
                        chosen=chosen.get(o["id"], 0),
                        percent=round(100 * chosen.get(o["id"], 0) / r["n"]) if r["n"] else 0,
                    )
                    for o in options
                ],
            )
        )
    result.sort(key=lambda s: (not s.is_live, -(s.created_at.timestamp() if s.created_at else 0)))
    return result


def question_flags_get(*, question_ids=None) -> dict[int, str]:
    """question id → flag key over every answer to it (all modules, all revisions); one GROUP BY."""
    answers = answers_submitted()
    if question_ids is not None:
        answers = answers.filter(question_id__in=list(question_ids))
    flags = {}
    for r in answers.values("question_id").annotate(**_aggregates()).order_by():
        facility, discrimination = _figures(r)
        flags[r["question_id"]] = flag_key(r["n"], facility, discrimination)
    return flags


def questions_with_facility(queryset):
    """The questions with `facility_sort`: % of their answers right (None when never answered), for sorting."""
    from django.db.models import Case, F, FloatField, IntegerField, OuterRef, Subquery, Value, When
    from django.db.models.functions import Coalesce

    answers = answers_submitted().filter(question=OuterRef("pk")).order_by().values("question")
    count = answers.annotate(c=Count("pk")).values("c")
    right = answers.filter(correct=True).annotate(c=Count("pk")).values("c")
    return queryset.annotate(
        answered_count=Coalesce(Subquery(count, output_field=IntegerField()), 0),
        right_count=Coalesce(Subquery(right, output_field=IntegerField()), 0),
    ).annotate(
        facility_sort=Case(
            When(answered_count=0, then=Value(None, output_field=FloatField())),
            default=F("right_count") * 100.0 / F("answered_count"),
            output_field=FloatField(),
        )
    )
