"""The domain rules as pure functions (no database, no request): progress, percentages, due dates, unit levels,
overdue, attempts left, calendar months.

The services that keep rows current one request at a time and the rebuilds and reports that derive them in
bulk call these same functions, so a rule cannot drift between the two paths. Unit tests: tests/test_rules.py.
"""

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

LEVEL_DEPTHS = (2, 3, 4)  # the depths copied onto every progress row (unit_l2, unit_l3, unit_l4)


@dataclass(frozen=True)
class ModuleSteps:
    """A module's steps for one officer: each published lesson, and passing the quiz if there is one."""

    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done == self.total

    def percent(self, *, completed: bool) -> int:
        """100 once the module was completed (it stays so), otherwise the share of steps done, rounded."""
        if completed:
            return 100
        return share_percent(self.done, self.total)


def share_percent(part: int, whole: int) -> int:
    """`part` as a whole-number percentage of `whole` (rounded half to even, as round() does); 0 of nothing is 0."""
    return round(100 * part / whole) if whole else 0


def module_steps(*, lessons_done: int, lessons_total: int, has_quiz: bool, quiz_passed: bool) -> ModuleSteps:
    return ModuleSteps(
        done=lessons_done + (1 if has_quiz and quiz_passed else 0), total=lessons_total + (1 if has_quiz else 0)
    )


def mandatory_due_date(*, published: date, joined: date, days: int) -> date:
    """A mandatory module is due `days` after it was first published or the officer joined, whichever is later."""
    return max(published, joined) + timedelta(days=days)


def due_date_pick(assigned: Iterable[date], mandatory: date | None = None) -> date | None:
    """When several rules give a due date (assignments on the unit or its ancestors, mandatory), the earliest
    wins; None when none applies."""
    dates = [*assigned, *([mandatory] if mandatory is not None else [])]
    return min(dates) if dates else None


def level_paths(path: str, steplen: int) -> tuple[str | None, ...]:
    """The tree paths of a unit's ancestors (or itself) at depth 2, 3 and 4; None beyond its own depth."""
    depth = len(path) // steplen
    return tuple(path[: steplen * d] if d <= depth else None for d in LEVEL_DEPTHS)


def is_overdue(due_date: date | None, *, completed: bool, today: date) -> bool:
    """Overdue: not completed and the due date has passed. The database twin is reporting.overdue_q."""
    return not completed and due_date is not None and due_date < today


def quiz_attempts_left(*, max_attempts: int, used: int) -> int | None:
    """The one attempts rule (start service, quiz page, result page): how many attempts this officer may still
    start, None when the quiz has no limit. `used` counts every attempt, the open one included."""
    return max(max_attempts - used, 0) if max_attempts else None


def quiz_attempt_allowed(*, max_attempts: int, used: int) -> bool:
    """Whether a new attempt may start (a retry on the result page, the start button on the quiz page)."""
    left = quiz_attempts_left(max_attempts=max_attempts, used=used)
    return left is None or left > 0


def retry_delay(*, attempts: int, steps: Sequence[int]) -> timedelta:
    """How long an outbox row (a mail, an xAPI statement) waits after its `attempts`-th failed try: the matching
    step of the back-off in seconds, the last step for every try after that."""
    return timedelta(seconds=steps[min(max(attempts, 1), len(steps)) - 1])


def direct_publish_refused(*, review_status: str | None, is_reviewer: bool) -> bool:
    """Four eyes: nobody but a reviewer publishes over an open review (submitted, or changes requested)."""
    return review_status in ("in_progress", "needs_changes") and not is_reviewer


SIGNAL_WEAK_BELOW = 60  # % correct: a signal the team often misses (the heat-map marks it and links its module)
SIGNAL_FAIR_BELOW = 80


def signal_level(*, answers: int, correct: int, min_answers: int) -> str:
    """The heat-map's verdict on one cell: "few" (too few answers to show), "weak", "fair" or "good"."""
    if answers < max(min_answers, 1):
        return "few"
    percent = 100 * correct / answers
    if percent < SIGNAL_WEAK_BELOW:
        return "weak"
    return "fair" if percent < SIGNAL_FAIR_BELOW else "good"


def add_months(moment, months: int):
    """A date or date-time `months` calendar months later, on the same day of the month or the month's last day
    (31 January + 1 month = 28/29 February): a completion's expiry, a module's next review."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))
