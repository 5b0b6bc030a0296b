"""The managers' signal heat-map "Signalen per eenheid" (a ReportView; CSV/XLSX export built in). Registered in
wagtail_hooks.py. Scoping, drill-down and the 403 rules are the completion report's (UnitScopedReportView)."""

import django_filters
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from curriculum.admin.reports import UnitScopedReportView
from curriculum.domain.choices import IndicatorCategory
from curriculum.models import SignalRollup
from curriculum.selectors import signals

# signals.PERIODS but the default (signals.DEFAULT_PERIOD, 12), which is the empty choice: listed once.
PERIOD_CHOICES = [
    ("3", _("Laatste 3 maanden")),
    ("6", _("Laatste 6 maanden")),
    ("24", _("Laatste 24 maanden")),
]


class SignalReportFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Periode"), choices=PERIOD_CHOICES, method="filter_nothing", empty_label=_("Laatste 12 maanden")
    )
    category = django_filters.ChoiceFilter(
        label=_("Vorm van uitbuiting"),
        choices=IndicatorCategory.choices,
        method="filter_nothing",
        empty_label=_("Alle vormen"),
    )

    class Meta:
        model = SignalRollup
        fields = ["period", "category"]

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and data.get("period") == str(signals.DEFAULT_PERIOD):
            data = data.copy()  # a link with the default spelled out (?period=12) is the default, not an error
            data["period"] = ""
        super().__init__(data, *args, **kwargs)

    def filter_nothing(self, queryset, name, value):
        return queryset  # read by the view: the period limits the months, the category picks the columns


class SignalReportView(UnitScopedReportView):
    """% of answers right per child unit × indicator category (or the indicators of one category)."""

    page_title = _("Signalen per eenheid")
    header_icon = "view"
    filterset_class = SignalReportFilterSet
    results_template_name = "curriculum/reports/signal_results.html"
    index_url_name = "curriculum_signals_report"
    index_results_url_name = "curriculum_signals_report_results"
    export_filename = "signalen-per-eenheid"
    paginate_by = None  # one row per child unit and a total: never pages (and the total is no result to count)
    columns = []
    list_export = ["unit_name", "column", "answers", "correct", "percent", "level", "module"]
    export_headings = {
        "unit_name": _("Eenheid"),
        "column": _("Signaal"),
        "answers": _("Antwoorden"),
        "correct": _("Juist"),
        "percent": _("% juist"),
        "level": _("Oordeel"),
        "module": _("Module om te herhalen"),
    }

    def _choice(self, name):
        form = self.filters.form if self.filters is not None else None
        if form is None or not form.is_valid():
            return ""
        return form.cleaned_data.get(name) or ""

    @cached_property
    def months(self) -> int:
        value = self._choice("period")
        return int(value) if value else signals.DEFAULT_PERIOD

    @cached_property
    def category(self) -> str:
        return self._choice("category")

    @cached_property
    def signal_columns(self):
        return signals.signal_columns_list(category=self.category)

    def get_queryset(self):
        return signals.signal_rollup_period(months=self.months)

    def get_filtered_queryset(self):
        self.filter_queryset(self.get_queryset())  # binds the filter form (period and category are read above)
        if self.unit is None:
            return []
        rows = signals.signal_heatmap_list(
            unit=self.unit, rollup=self.get_queryset(), columns=self.signal_columns, category=self.category
        )
        if self.is_export:  # one line per unit and signal
            return [
                {
                    "unit_name": row.unit_name,
                    "column": cell.column.label,
                    # Below the minimum the export shows no figure either, as the screen (SignalCell.shown).
                    "answers": cell.answers if cell.shown else "",
                    "correct": cell.correct if cell.shown else "",
                    "percent": cell.percent if cell.shown else "",
                    "level": cell.level_label,
                    "module": cell.column.module_title if cell.level == "weak" else "",
                }
                for row in rows
                for cell in row.cells
            ]
        return rows

    def to_row_dict(self, item):
        return {name: item[name] for name in self.list_export}

    def _url(self, **params):
        query = {"unit": self.unit.pk, "period": self.request.GET.get("period") or "", **params}
        return f"{reverse(self.index_url_name)}?{urlencode({k: v for k, v in query.items() if v not in ('', None)})}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.unit is None:
            return context
        if not self.is_export:  # (an export's rows are lines per unit and signal)
            rows = context.get("object_list") or []
            # "Er zijn 2 resultaten" for two units: the total row below them is not a result of its own.
            context["items_count"] = sum(not row.is_total for row in rows)
            for row in rows:
                if row.has_children:
                    row.url = self._url(unit=row.unit_id, category=self.category)
        context.update(
            {
                "signal_columns": self.signal_columns,
                "category_label": IndicatorCategory(self.category).label if self.category else "",
                "category_urls": {c.key: self._url(category=c.key) for c in self.signal_columns}
                if not self.category
                else {},
                "all_categories_url": self._url(),
                "months": self.months,
                "period_start": signals.period_start(self.months),
                "min_answers": signals.min_answers(),
            }
        )
        return context
