"""One officer's attempts at one quiz, read once per request as plain rows.

The quiz intro, the form, the result page and quiz start each need a different slice of the same list: the open
attempt, the attempts of a cycle (the attempts rule), one submitted attempt, the past results. An officer may have
many (a load test's simulated officers pile up hundreds), so the list is one query of tuples, and only the one
attempt a step works on becomes a model object.
"""

from dataclasses import dataclass
from typing import NamedTuple

from django.db import connection

from curriculum.models import AttemptAnswer, QuizAttempt
from curriculum.models.rows import rows_get, rows_values

# Every column but the two timestamps no officer step reads (parsing them was most of the cost with hundreds of
# rows); a step that does touch one gets it loaded by Django on access (a deferred field).
FIELDS = tuple(f.attname for f in QuizAttempt._meta.concrete_fields if f.attname not in ("started_at", "submitted_at"))
NUMBER, STATE, CYCLE = FIELDS.index("number"), FIELDS.index("state"), FIELDS.index("cycle")
PERCENT, PASSED = FIELDS.index("percent"), FIELDS.index("passed")
STARTED, SUBMITTED = QuizAttempt.State.STARTED, QuizAttempt.State.SUBMITTED
PAST_SHOWN = 10  # the quiz intro lists this many past results; a link shows them all


class PastAttempt(NamedTuple):
    """A submitted attempt as the quiz intro lists it."""

    number: int
    percent: int | None
    passed: bool | None


@dataclass(frozen=True)
class QuizAttempts:
    """This officer's attempts at this quiz, newest first (tuples in the order of FIELDS)."""

    rows: list[tuple]

    @staticmethod
    def _object(row: tuple | None) -> QuizAttempt | None:
        return QuizAttempt.from_db(connection.alias, FIELDS, row) if row is not None else None

    @property
    def open(self) -> QuizAttempt | None:
        """The open (started) attempt, if any: the database allows one per officer and quiz."""
        return self._object(next((row for row in self.rows if row[STATE] == STARTED), None))

    def submitted(self, number: int) -> QuizAttempt | None:
        """Submitted attempt `number`, or None."""
        return self._object(next((r for r in self.rows if r[NUMBER] == number and r[STATE] == SUBMITTED), None))

    def in_cycle(self, cycle: int) -> list[tuple]:
        """The attempts (open or submitted) that count in `cycle`: each cycle has the quiz's full number."""
        return [row for row in self.rows if row[CYCLE] == cycle]

    @staticmethod
    def any_open(rows: list[tuple]) -> bool:
        return any(row[STATE] == STARTED for row in rows)

    @staticmethod
    def any_passed(rows: list[tuple]) -> bool:
        return any(row[PASSED] for row in rows)

    @property
    def next_number(self) -> int:
        return (self.rows[0][NUMBER] if self.rows else 0) + 1  # newest first

    @property
    def past(self) -> list[PastAttempt]:
        """The submitted attempts, newest first."""
        return [PastAttempt(row[NUMBER], row[PERCENT], row[PASSED]) for row in self.rows if row[STATE] == SUBMITTED]


def quiz_attempts_get(*, user, quiz) -> QuizAttempts:
    """This officer's attempts at this quiz (one query), newest first."""
    return QuizAttempts(rows=rows_values(QuizAttempt, FIELDS, order_by="-number", user_id=user.pk, quiz_id=quiz.pk))


def attempt_answer_rows(attempt: QuizAttempt) -> list[AttemptAnswer]:
    """The attempt's answer rows (the questions as shown, what was chosen), in the order shown (one query)."""
    return rows_get(AttemptAnswer, attempt_id=attempt.pk, order_by="position")
