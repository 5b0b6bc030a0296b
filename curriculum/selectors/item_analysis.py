"""Item analysis for trainers: which questions officers get wrong, and whether a question separates those who
know the material from those who do not. Reads submitted attempt answers only; never names an officer.
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Avg, Count, Q
from django.utils.translation import gettext_lazy
from wagtail.models import Revision

from curriculum.domain import rules
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
    version: int | None = None  # set when the question had more than one answer key: one line per version
    version_since: object = None


def _flag(answered: int, facility: int, discrimination: float | None) -> str:
    """The flag as the Vraaganalyse report words it."""
    return str(FLAG_TEXTS.get(flag_key(answered, facility, discrimination), ""))


FLAG_CHOICES = [
    ("few", gettext_lazy("Te weinig antwoorden")),
    ("hard", gettext_lazy("Vaak fout")),
    ("weak", gettext_lazy("Weinig onderscheidend")),
    ("easy", gettext_lazy("Te makkelijk")),
]  # the question bank's filter and column; the Vraaganalyse report words them as FLAG_TEXTS
FLAG_TEXTS = {
    "few": gettext_lazy("Te weinig antwoorden"),
    "hard": gettext_lazy("Vaak fout: controleer vraag en les"),
    "weak": gettext_lazy("Onderscheidt slecht"),
    "easy": gettext_lazy("Erg makkelijk"),
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
    facility = rules.share_percent(r["right"], r["n"])
    both = r["mean_right"] is not None and r["mean_wrong"] is not None
    discrimination = round((r["mean_right"] - r["mean_wrong"]) / 100, 2) if both else None
    return facility, discrimination


def answers_submitted():
    """Answers of submitted attempts whose choices are still kept (see the retention setting)."""
    return AttemptAnswer.objects.filter(attempt__state=QuizAttempt.State.SUBMITTED, chosen__isnull=False)


def answer_key(content: dict) -> tuple:
    """What a revision's answers are scored against: its options and which of them are correct. Two revisions
    with the same key are one version for the statistics (a typo fixed); any other change starts a new one."""
    choices = content.get("choices") or []

    def ident(choice):
        return choice.get("pk") if choice.get("pk") is not None else f"text:{choice.get('text', '')}"

    options = tuple(sorted(str(ident(c)) for c in choices))
    correct = tuple(sorted(str(ident(c)) for c in choices if c.get("is_correct")))
    return options, correct


@dataclass
class QuestionVersion:
    """The revisions of one question that share an answer key, numbered 1, 2, … by first use."""

    number: int
    revision_ids: list
    since: object  # when the first of its revisions was created
    content: dict  # the latest of its revisions (the options shown for this version)


def question_versions_get(*, revision_ids) -> dict[int, QuestionVersion]:
    """Revision id → its version of the question (one query). Revisions of several questions may be mixed."""
    rows = list(
        Revision.objects.filter(pk__in=list(revision_ids))
        .order_by("created_at", "pk")
        .values_list("pk", "object_id", "content", "created_at")
    )
    by_key: dict[tuple, QuestionVersion] = {}
    numbers: Counter = Counter()
    result = {}
    for pk, object_id, content, created_at in rows:
        key = (object_id, answer_key(content))
        version = by_key.get(key)
        if version is None:
            numbers[object_id] += 1
            version = by_key[key] = QuestionVersion(numbers[object_id], [], created_at, content)
        version.revision_ids.append(pk)
        version.content = content
        result[pk] = version
    return result


def question_stats_list(*, answers=None) -> list[QuestionStats]:
    """Per question, module and version (answer key): answered, % correct (facility) and discrimination.

    Counted per revision in the database, then merged per version, so two answer keys are never averaged
    (four queries, whatever the number of answers)."""
    answers = answers_submitted() if answers is None else answers
    rows = list(
        answers.values("question_id", "attempt__module_id", "revision_id")
        .annotate(
            n=Count("id"),
            right=Count("id", filter=Q(correct=True)),
            wrong=Count("id", filter=Q(correct=False)),
            mean_right=Avg("attempt__percent", filter=Q(correct=True)),
            mean_wrong=Avg("attempt__percent", filter=Q(correct=False)),
        )
        .order_by()
    )
    versions = question_versions_get(revision_ids={r["revision_id"] for r in rows})
    groups: dict[tuple, dict] = {}
    for r in rows:
        version = versions.get(r["revision_id"])
        number = version.number if version else 0
        group = groups.setdefault(
            (r["question_id"], r["attempt__module_id"], number),
            {"n": 0, "right": 0, "wrong": 0, "sum_right": 0.0, "sum_wrong": 0.0, "version": version},
        )
        group["n"] += r["n"]
        group["right"] += r["right"]
        group["wrong"] += r["wrong"]
        group["sum_right"] += (r["mean_right"] or 0) * r["right"]
        group["sum_wrong"] += (r["mean_wrong"] or 0) * r["wrong"]
    numbers_per_question: dict[int, set] = {}
    for question_id, _module, number in groups:
        numbers_per_question.setdefault(question_id, set()).add(number)
    questions = Question.objects.in_bulk({r["question_id"] for r in rows})
    modules = {m.pk: m.title for m in ModulePage.objects.filter(pk__in={r["attempt__module_id"] for r in rows})}
    stats = []
    for (question_id, module_id, number), g in groups.items():
        facility = rules.share_percent(g["right"], g["n"])
        both = g["right"] and g["wrong"]
        discrimination = round((g["sum_right"] / g["right"] - g["sum_wrong"] / g["wrong"]) / 100, 2) if both else None
        question = questions.get(question_id)
        several = len(numbers_per_question[question_id]) > 1
        stats.append(
            QuestionStats(
                question_id=question_id,
                module_id=module_id,
                key=question.key if question else "?",
                prompt=question.prompt if question else "",
                module_title=modules.get(module_id, ""),
                answered=g["n"],
                correct=g["right"],
                facility=facility,
                discrimination=discrimination,
                flag=_flag(g["n"], facility, discrimination),
                version=number if several else None,
                version_since=g["version"].since if several and g["version"] else None,
            )
        )
    return stats


@dataclass
class ChoiceCount:
    text: str
    is_correct: bool
    chosen: int
    percent: int


@dataclass
class VersionDistribution:
    """One version of a question (one answer key): its options as that version had them, and how often each
    was chosen in the attempts that showed that version."""

    number: int
    since: object
    total: int
    choices: list[ChoiceCount]


def question_choice_distribution_get(*, question: Question) -> list[VersionDistribution]:
    """How often each option was chosen (distractor analysis), per version of the answer key, newest first."""
    counts: dict[int, Counter] = {}
    totals: Counter = Counter()
    answers = list(answers_submitted().filter(question=question).values_list("chosen", "revision_id"))
    versions = question_versions_get(revision_ids={revision_id for _chosen, revision_id in answers})
    for chosen, revision_id in answers:
        number = versions[revision_id].number if revision_id in versions else 0
        totals[number] += 1
        counts.setdefault(number, Counter()).update(str(c) for c in chosen)
    result = []
    for version in {v.number: v for v in versions.values()}.values():
        total, chosen = totals[version.number], counts.get(version.number, Counter())
        choices = [
            ChoiceCount(
                text=choice.get("text", ""),
                is_correct=bool(choice.get("is_correct")),
                chosen=chosen.get(str(choice.get("pk")), 0),
                percent=rules.share_percent(chosen.get(str(choice.get("pk")), 0), total),
            )
            for choice in sorted(
                version.content.get("choices") or [],
                key=lambda c: (c.get("sort_order") is None, c.get("sort_order") or 0),
            )
        ]
        result.append(VersionDistribution(number=version.number, since=version.since, total=total, choices=choices))
    return sorted(result, key=lambda v: -v.number)


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
                        percent=rules.share_percent(chosen.get(o["id"], 0), r["n"]),
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
