"""The quiz as an officer sees it: an attempt's questions (frozen when it started, with or without the answers),
which questions a new attempt draws, and the trainer's preview of a quiz. Re-exported by the package."""

import random
from dataclasses import dataclass

from django.db.models import Max

from curriculum.models import AttemptAnswer, Question, QuizAttempt, QuizPage
from curriculum.models.snapshot import row_snapshot, snapshot_from_question
from curriculum.selectors.attempts import attempt_answer_rows


@dataclass
class ShownChoice:
    id: int
    text: str
    chosen: bool = False
    is_correct: bool = False
    feedback: str = ""


@dataclass
class ShownQuestion:
    """A question as it appears in an attempt. Correctness fields are filled only for results."""

    question_id: int
    position: int
    kind: str
    scenario: str
    prompt: str
    choices: list[ShownChoice]
    correct: bool | None = None
    explanation: str = ""
    source: str = ""


def question_shown_get(
    *, question, position=1, choice_order=None, chosen=(), reveal=False, show_correct=True, correct=None
) -> ShownQuestion:
    """One question as an officer sees it, from an in-memory question (a preview); see `question_from_snapshot`."""
    return question_from_snapshot(
        snapshot_from_question(question),
        position=position,
        choice_order=choice_order,
        chosen=chosen,
        reveal=reveal,
        show_correct=show_correct,
        correct=correct,
    )


def question_from_snapshot(
    snapshot: dict, *, position=1, choice_order=None, chosen=(), reveal=False, show_correct=True, correct=None
) -> ShownQuestion:
    """One question as an officer sees it, from the version an attempt froze (curriculum.models.snapshot).

    `choice_order` is the order the attempt froze (default: the trainer's order). `reveal` adds what
    a result shows; without `show_correct` no option is marked correct, only the officer's own
    choices get their feedback, and the explanation is shown only for a question answered right.
    Without `reveal` nothing about correctness leaves the server.
    """
    choices = snapshot["choices"]
    if choice_order is not None:
        by_id = {c["id"]: c for c in choices}
        choices = [by_id[cid] for cid in choice_order if cid in by_id]
    chosen = set(chosen)
    shown_choices = []
    for choice in choices:
        item = ShownChoice(id=choice["id"] or 0, text=choice["text"], chosen=choice["id"] in chosen)
        if reveal and show_correct:
            item.is_correct, item.feedback = choice["is_correct"], choice["feedback"]
        elif reveal and item.chosen:
            item.feedback = choice["feedback"]
        shown_choices.append(item)
    item = ShownQuestion(
        question_id=snapshot["id"] or 0,
        position=position,
        kind=snapshot["kind"],
        scenario=snapshot["scenario"],
        prompt=snapshot["prompt"],
        choices=shown_choices,
    )
    if reveal:
        item.correct = correct
        item.explanation = snapshot["explanation"] if (show_correct or correct) else ""
        item.source = snapshot["source"]
    return item


def attempt_questions_get(*, attempt: QuizAttempt, reveal: bool, show_correct: bool = True) -> list[ShownQuestion]:
    """The questions of an attempt as it showed them (its snapshots, one query); `reveal` only after submission.

    `show_correct=False` keeps the correct options out of the result (the quiz's rule says not yet).
    """
    if reveal and attempt.state != QuizAttempt.State.SUBMITTED:
        raise ValueError("Correct answers are revealed only for a submitted attempt.")
    rows = attempt_answer_rows(attempt)
    return [
        question_from_snapshot(
            row_snapshot(row),
            position=row.position + 1,
            choice_order=row.choice_order,
            chosen=row.chosen or [],
            reveal=reveal,
            show_correct=show_correct,
            correct=row.correct if reveal else None,
        )
        for row in rows
    ]


def attempt_submitted_number_get(*, user, quiz: QuizPage, attempt_id: int) -> int | None:
    """The number of this officer's submitted attempt `attempt_id` at `quiz` (for its result page), or None."""
    mine = QuizAttempt.objects.filter(pk=attempt_id, user_id=user.pk, quiz_id=quiz.pk)
    return mine.filter(state=QuizAttempt.State.SUBMITTED).values_list("number", flat=True).first()


# ---------------------------------------------------------------- drawing questions for an attempt


def questions_last_shown_get(*, user, quiz: QuizPage) -> dict[int, int]:
    """Question id → number of this officer's latest attempt at this quiz that showed it (one query)."""
    rows = (
        AttemptAnswer.objects.filter(attempt__user=user, attempt__quiz=quiz)
        .values("question_id")
        .annotate(last=Max("attempt__number"))
    )
    return {row["question_id"]: row["last"] for row in rows}


def quiz_questions_draw(pool: list, *, count: int, shuffle: bool, last_shown=None, rng=None) -> list:
    """The questions one attempt shows: `count` of the pool (0 or more than the pool = all of them).

    Questions the officer saw longest ago (or never) are drawn first, ties at random, so a retry gets
    other questions than the previous attempt wherever the pool allows. The drawn questions keep the
    trainer's order unless the quiz shuffles.
    """
    rng = rng or random.SystemRandom()
    last_shown = last_shown or {}
    position = {id(q): i for i, q in enumerate(pool)}
    drawn = list(pool)
    if 0 < count < len(pool):
        ranked = sorted(pool, key=lambda q: (last_shown.get(q.pk, 0), rng.random()))
        drawn = sorted(ranked[:count], key=lambda q: position[id(q)])
    if shuffle:
        rng.shuffle(drawn)
    return drawn


@dataclass
class QuizPreview:
    """What a trainer's preview of a quiz shows: one draw as an officer would get it."""

    questions: list[ShownQuestion]
    pool_size: int
    unpublished: int


def quiz_preview_get(*, quiz: QuizPage) -> QuizPreview:
    """One draw from the quiz as edited (the preview's unsaved question list), published versions only."""
    links = sorted(quiz.quiz_questions.all(), key=lambda link: (link.sort_order is None, link.sort_order or 0))
    ids = [link.question_id for link in links if link.question_id]
    live = Question.objects.filter(pk__in=ids, live=True).select_related("live_revision").in_bulk()
    pool = [live[pk] for pk in ids if pk in live]
    drawn = quiz_questions_draw(pool, count=quiz.questions_per_attempt, shuffle=quiz.shuffle)
    questions = []
    for position, question in enumerate(drawn, start=1):
        shown = question.live_revision.as_object() if question.live_revision else question
        item = question_shown_get(question=shown, position=position)
        if quiz.shuffle:
            random.SystemRandom().shuffle(item.choices)
        questions.append(item)
    return QuizPreview(questions=questions, pool_size=len(pool), unpublished=len(ids) - len(pool))
