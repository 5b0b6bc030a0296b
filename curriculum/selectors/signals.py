"""The managers' signal heat-map: per child unit and indicator category (or the indicators of one category), the share
of answers that were right over a period. Reads only the roll-up (curriculum.models.SignalRollup): one GROUP BY over
the subtree's units, plus small lookups for names. Never an officer's name or answer: a cell with fewer answers than
SIGNAAL_SIGNAL_MIN_ANSWERS shows no figure, on screen and in the export alike (SignalCell.shown).
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from curriculum.domain import rules
from curriculum.domain.choices import IndicatorCategory
from curriculum.models import Indicator, ModulePage, QuizPage, SignalRollup, Unit

PERIODS = (3, 6, 12, 24)  # months the manager can choose
DEFAULT_PERIOD = 12


def min_answers() -> int:
    return getattr(settings, "SIGNAAL_SIGNAL_MIN_ANSWERS", 10)


def period_start(months: int, today: date | None = None) -> date:
    """The first day of the month `months - 1` months before this one: the last `months` calendar months."""
    today = today or timezone.localdate()
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


@dataclass
class SignalColumn:
    key: str  # a category value, or an indicator id as text
    label: str
    indicator_id: int | None = None
    module_title: str = ""  # the module whose quiz tests this indicator (indicator columns only)
    module_url: str = ""


@dataclass
class SignalCell:
    column: SignalColumn
    answers: int = 0
    correct: int = 0
    level: str = "few"

    @property
    def shown(self) -> bool:
        """Whether the cell's figures may be shown at all: below the minimum number of answers nothing is shown,
        not even the number of answers, so that nobody in a small team can be singled out (screen and export)."""
        return self.level != "few"

    @property
    def percent(self) -> int | None:
        return round(100 * self.correct / self.answers) if self.shown else None

    @property
    def level_label(self) -> str:
        return level_label(self.level)


def level_label(level: str) -> str:
    """The text of a level ("few", "weak", "fair", "good"), for the cells and the export. The levels have their own
    context (also in the legend, signal_results.html): "goed" here is a verdict ("good"), not a right answer as on
    the quiz result ("right")."""
    if level == "few":
        return _("te weinig gegevens")
    return {
        "weak": pgettext("signaalniveau", "zwak"),
        "fair": pgettext("signaalniveau", "matig"),
        "good": pgettext("signaalniveau", "goed"),
    }[level]


@dataclass
class SignalRow:
    unit_id: int | None
    unit_name: str
    has_children: bool = False
    is_total: bool = False
    cells: list[SignalCell] = field(default_factory=list)


def signal_columns_list(*, category: str | None) -> list[SignalColumn]:
    """The categories, or the indicators of one category with the module that teaches each (two queries)."""
    if not category:
        return [SignalColumn(key=value, label=str(label)) for value, label in IndicatorCategory.choices]
    indicators = list(Indicator.objects.filter(category=category).order_by("name"))
    modules = indicator_modules_get(indicator_ids=[i.pk for i in indicators])
    columns = []
    for indicator in indicators:
        module = modules.get(indicator.pk)
        columns.append(
            SignalColumn(
                key=str(indicator.pk),
                label=indicator.name,
                indicator_id=indicator.pk,
                module_title=module.title if module else "",
                module_url=(module.url or "") if module else "",
            )
        )
    return columns


def indicator_modules_get(*, indicator_ids) -> dict[int, ModulePage]:
    """indicator id → the first live module (in tree order) whose live quiz asks a question testing it. Lessons are
    not tagged with indicators, so the module (its lessons and quiz) is where a team revisits a signal."""
    through = Indicator.questions.through
    pairs = through.objects.filter(indicator_id__in=indicator_ids).values_list("indicator_id", "question_id")
    by_question: dict[int, set[int]] = {}
    for indicator_id, question_id in pairs:
        by_question.setdefault(question_id, set()).add(indicator_id)
    if not by_question:
        return {}
    quizzes = QuizPage.objects.live().filter(quiz_questions__question_id__in=list(by_question)).order_by("path")
    quiz_rows = list(quizzes.values_list("path", "quiz_questions__question_id").distinct())
    modules = {
        m.path: m for m in ModulePage.objects.live().filter(path__in={p[: -QuizPage.steplen] for p, _q in quiz_rows})
    }
    result: dict[int, ModulePage] = {}
    for path, question_id in quiz_rows:
        module = modules.get(path[: -QuizPage.steplen])
        for indicator_id in by_question.get(question_id, ()):
            if module is not None:
                result.setdefault(indicator_id, module)
    return result


def signal_heatmap_list(*, unit: Unit, rollup, columns: list[SignalColumn], category: str | None) -> list[SignalRow]:
    """One row per child unit (the unit itself for a basisteam, plus "direct in" for officers placed on the unit
    itself) and a total row for the unit. `rollup` is SignalRollup rows already limited to the period."""
    subtree = dict(Unit.objects.filter(path__startswith=unit.path).values_list("pk", "path"))
    rows = rollup.filter(unit_id__in=list(subtree))
    if category:
        rows = rows.filter(indicator__category=category).values("unit_id", "indicator_id")
    else:
        rows = rows.values("unit_id", "indicator__category")
    key_field = "indicator_id" if category else "indicator__category"
    grid = rows.annotate(n=Sum("answers"), c=Sum("correct")).order_by()
    depth_len = unit.steplen * (unit.depth + 1)
    children = list(unit.get_children()) if unit.numchild else []
    by_path = {child.path: child for child in children}
    counts: dict[tuple, list[int]] = {}
    for row in grid:
        path = subtree[row["unit_id"]]
        child = by_path.get(path[:depth_len]) if len(path) >= depth_len else None
        owner = child.pk if child is not None else (None if children else unit.pk)
        key = str(row[key_field])
        for target in (owner, "total"):
            cell = counts.setdefault((target, key), [0, 0])
            cell[0] += row["n"] or 0
            cell[1] += row["c"] or 0
    minimum = min_answers()

    def cells_for(target) -> list[SignalCell]:
        cells = []
        for column in columns:
            n, c = counts.get((target, column.key), (0, 0))
            cells.append(SignalCell(column, n, c, rules.signal_level(answers=n, correct=c, min_answers=minimum)))
        return cells

    result = [
        SignalRow(child.pk, child.name, has_children=bool(child.numchild), cells=cells_for(child.pk))
        for child in sorted(children, key=lambda u: u.name)
    ]
    if not children:
        result.append(SignalRow(unit.pk, unit.name, cells=cells_for(unit.pk)))
    elif any(target is None for target, _key in counts):
        result.append(SignalRow(None, _("Direct in %(unit)s") % {"unit": unit.name}, cells=cells_for(None)))
    if children:
        result.append(
            SignalRow(unit.pk, _("Totaal %(unit)s") % {"unit": unit.name}, is_total=True, cells=cells_for("total"))
        )
    return result


def signal_rollup_period(*, months: int, today: date | None = None):
    """The roll-up rows of the last `months` calendar months (this month included)."""
    return SignalRollup.objects.filter(month__gte=period_start(months, today))
