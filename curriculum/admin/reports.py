"""Managers' completion reports (Wagtail ReportViews; CSV/XLSX export built in). Registered in wagtail_hooks.py.

Every view resolves the `unit` parameter against the user's scope before reading anything, so a
manager asking for a unit outside their subtrees gets 403 on the page, the results and the export.
"""

from dataclasses import replace

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django_filters.fields import ModelChoiceField, ModelChoiceIterator
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput

from curriculum.admin.exports import CsvSafeExportMixin
from curriculum.admin.report_table import (
    BarColumn,
    CalendarDateColumn,
    LinkColumn,
    ModuleColumn,
    RowsTable,
    StatusColumn,
    TextColumn,
    name_ordering,
)
from curriculum.domain import rules
from curriculum.domain.errors import AccessDeniedError, NotFoundError
from curriculum.models import ModuleProgress
from curriculum.selectors import recertification, reporting
from curriculum.selectors.learning import module_live_list
from signaal.replica import reporting_reads

STATUS_CHOICES = [*ModuleProgress.Status.choices, ("overdue", _("Te laat")), ("expired", _("Verlopen"))]


class _ListedChoices(ModelChoiceIterator):
    """The choices in one plain query: Django's iterator() opens a server-side cursor on PostgreSQL (DECLARE,
    FETCH until empty, CLOSE: four round trips for seven modules)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if self.field.null_label is not None:
            yield (self.field.null_value, self.field.null_label)
        for obj in list(self.queryset):
            yield self.choice(obj)


class _ModuleChoiceField(ModelChoiceField):
    iterator = _ListedChoices


class _ModuleFilter(django_filters.ModelChoiceFilter):
    field_class = _ModuleChoiceField


class ProgressReportFilterSet(WagtailFilterSet):
    module = _ModuleFilter(
        # The choices need the title only (a module page row is wide: Wagtail's ~30 page columns and its own).
        label=_("Module"),
        queryset=module_live_list().only("title"),
        field_name="module",
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=STATUS_CHOICES, method="filter_status")
    due_before = django_filters.DateFilter(
        label=_("Uiterste datum tot en met"), field_name="due_date", lookup_expr="lte", widget=AdminDateInput
    )

    class Meta:
        model = ModuleProgress
        fields = ["module", "status", "due_before"]

    def filter_status(self, queryset, name, value):
        return reporting.status_filter(queryset, value)


class CompletionReportFilterSet(ProgressReportFilterSet):
    """The completion report's filters: the status filter chooses which rows (unit × module) are shown, never
    what they count, so "Toegewezen" stays every assigned officer (CompletionReportView.get_filtered_queryset)."""

    def filter_status(self, queryset, name, value):
        return queryset


class UnitScopedReportView(CsvSafeExportMixin, ReportView):
    """Shared scoping: `?unit=<id>` must lie in the user's subtrees; the default is their top unit."""

    filterset_class = ProgressReportFilterSet
    # What the row count under the table counts ("15 regels"): Wagtail's paginator would name the model
    # ("15 modulevoortgang") or say "items".
    verbose_name = _("regel")
    verbose_name_plural = _("regels")
    template_name = "curriculum/reports/report.html"
    header_icon = "table"
    action_links = False  # the remind / extend buttons (curriculum/admin/manager_actions.py)
    assign_link = False  # the "assign a module" button (same place)

    def dispatch(self, request, *args, **kwargs):
        # The figures may come from the replica (signaal/replica.py): the page is rendered inside the block, so
        # every lazy query of the template reads where the view did. A streamed CSV export reads the primary.
        with reporting_reads() as source:
            self.read_source = source
            response = self._scoped_dispatch(request, *args, **kwargs)
            if not getattr(response, "is_rendered", True):
                response.render()
        return response

    def _scoped_dispatch(self, request, *args, **kwargs):
        # A plain 403 (not Wagtail's redirect to the dashboard) so scripts and exports see the refusal.
        try:
            if not (request.user.is_superuser or request.user.has_perm(reporting.REPORT_PERMISSION)):
                raise PermissionDenied(_("Je hebt geen toegang tot deze rapportages."))
            self.roots = reporting.report_roots_get(user=request.user)
            self.unit = reporting.report_unit_resolve(user=request.user, raw=request.GET.get("unit"), roots=self.roots)
        except (PermissionDenied, AccessDeniedError) as error:
            return permission_denied(request, error)
        except NotFoundError as error:
            raise Http404(error.message) from error
        return super().dispatch(request, *args, **kwargs)

    # index_url and index_results_url stay bare: Wagtail appends "?…" to them (sort headers, pages,
    # the filter form). The unit travels in the query string those links copy, and as a hidden field
    # of the filter form (templates/curriculum/reports/slim_header.html).

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        if isinstance(paginator, WagtailPaginator):
            paginator.verbose_name, paginator.verbose_name_plural = self.verbose_name, self.verbose_name_plural
        return paginator

    def get_export_url(self, format):
        params = self.request.GET.copy()
        params["export"] = format
        return f"{reverse(self.index_url_name)}?{params.urlencode()}"

    @cached_property
    def scoped_rows(self):
        if self.unit is None:
            return ModuleProgress.objects.none()
        return reporting.progress_in_unit(self.unit)

    def get_breadcrumb_units(self):
        if self.unit is None:
            return []
        top = next((r for r in self.roots if self.unit.path.startswith(r.path)), self.unit)
        if top.pk == self.unit.pk:  # the manager's own top unit: nothing above it to show (no query)
            return [self.unit]
        return [u for u in self.unit.get_ancestors() if u.path.startswith(top.path)] + [self.unit]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "unit": self.unit,
                "view_time": self.read_source.as_of or timezone.now(),
                "view_lagging": self.read_source.as_of is not None,
                "breadcrumb_units": self.get_breadcrumb_units(),
                # The other subtrees this user leads (not the one the current unit lies in).
                "other_roots": [r for r in self.roots if self.unit and not self.unit.path.startswith(r.path)],
                "completion_url": reverse("curriculum_completion_report"),
                "officers_url": reverse("curriculum_officer_report"),
                "overdue_url": reverse("curriculum_overdue_report"),
                "action_links": self.action_links,
                "may_assign": self.assign_link
                and (self.request.user.is_superuser or settings.SIGNAAL_MANAGERS_MAY_ASSIGN),
                "signals_url": reverse("curriculum_signals_report"),
            }
        )
        return context


class CompletionReportView(UnitScopedReportView):
    """Completion % per module × child unit, with totals and drill-down to the next level."""

    page_title = _("Voortgang per eenheid")
    filterset_class = CompletionReportFilterSet
    table_class = RowsTable
    assign_link = True
    results_template_name = "curriculum/reports/completion_results.html"
    index_url_name = "curriculum_completion_report"
    index_results_url_name = "curriculum_completion_report_results"
    export_filename = "voortgang-per-eenheid"
    paginate_by = 100
    default_ordering = "unit_name"
    list_export = [
        "unit_name",
        "module_title",
        "total",
        "completed",
        "in_progress",
        "not_started",
        "overdue",
        "expired",
        "percent",
        "mandatory_label",
    ]
    export_headings = {
        "unit_name": _("Eenheid"),
        "module_title": _("Module"),
        "mandatory_label": _("Verplicht"),
        "total": _("Toegewezen"),
        "completed": _("Afgerond"),
        "in_progress": _("Bezig"),
        "not_started": _("Niet begonnen"),
        "overdue": _("Te laat"),
        "expired": _("Verlopen"),
        "percent": _("% afgerond"),
    }

    @cached_property
    def columns(self):
        return [
            LinkColumn("unit_name", label=_("Eenheid"), sort_key="unit_name", get_url=self._drill_url),
            ModuleColumn("module_title", label=_("Module"), sort_key="module_title"),
            TextColumn("total", label=_("Toegewezen"), sort_key="total"),
            TextColumn("completed", label=_("Afgerond"), sort_key="completed"),
            TextColumn("in_progress", label=_("Bezig"), sort_key="in_progress"),
            TextColumn("not_started", label=_("Niet begonnen"), sort_key="not_started"),
            TextColumn("overdue", label=_("Te laat"), sort_key="overdue"),
            TextColumn("expired", label=_("Verlopen"), sort_key="expired"),
            BarColumn("percent", label=_("% afgerond"), sort_key="percent"),
        ]

    def _drill_url(self, cell):
        if cell.unit_id is None:
            return None
        target = "curriculum_completion_report" if cell.has_children else "curriculum_officer_report"
        return f"{reverse(target)}?{urlencode({'unit': cell.unit_id, 'module': cell.module_id})}"

    def get_queryset(self):
        return self.scoped_rows

    def get_filtered_queryset(self):
        rows = self.filter_queryset(self.get_queryset())  # every filter but the status (CompletionReportFilterSet)
        self.figures_as_of = None
        if self.unit is None:
            cells = []
        elif self.unit.depth == 1 and not self.is_export and reporting.national_cache_seconds() > 0:
            # The national figures are kept a minute (the page says so); an export is always read afresh.
            self.figures_as_of, grid = reporting.national_grid_cached(
                unit=self.unit, rows=rows, as_of=self.read_source.as_of
            )
            cells = reporting.unit_completion_list(unit=self.unit, rows=rows, grid=grid)
        else:
            cells = reporting.unit_completion_list(unit=self.unit, rows=rows)
        # The totals are the unit's, whatever the status filter picks below (the page note says so).
        self.totals = reporting.module_totals(cells, self.unit) if self.unit else []
        status = self.status_filter_value
        if status:
            cells = [cell for cell in cells if reporting.cell_status_count(cell, status)]
        field = (self.ordering or self.default_ordering).lstrip("-")
        cells.sort(
            key=lambda c: (getattr(c, field), c.unit_name, c.module_title), reverse=self.ordering.startswith("-")
        )
        if self.is_export and self.totals:  # the totals the page shows above the table, first, as in the signals export
            label = gettext("Totaal %(unit)s") % {"unit": self.unit.name}
            return [replace(total, unit_name=label) for total in self.totals] + cells
        return cells

    @cached_property
    def status_filter_value(self) -> str:
        filters = self.filters
        if filters is None or not filters.is_valid():
            return ""
        return filters.form.cleaned_data.get("status") or ""

    def to_row_dict(self, item):
        item.mandatory_label = _("ja") if item.mandatory else _("nee")
        return super().to_row_dict(item)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["totals"] = getattr(self, "totals", [])
        context["figures_as_of"] = getattr(self, "figures_as_of", None)
        context["figures_kept_seconds"] = reporting.national_cache_seconds()
        context["status_filter_label"] = dict(STATUS_CHOICES).get(self.status_filter_value, "")
        return context


def _officer_url(row):
    """The page with all modules of this officer (views/officer_modules.py)."""
    return reverse("curriculum_officer_modules", args=[row.user_id])


class OfficerProgressReportView(UnitScopedReportView):
    """Officers in a unit's subtree with status, completion date and best score per module (no answers)."""

    page_title = _("Voortgang per agent")
    table_class = RowsTable
    results_template_name = "curriculum/reports/officer_results.html"
    index_url_name = "curriculum_officer_report"
    index_results_url_name = "curriculum_officer_report_results"
    export_filename = "voortgang-per-agent"
    default_ordering = "user__last_name"
    list_export = [
        "user.officer_profile.personnel_number",
        "user.get_full_name",
        "unit.name",
        "module.title",
        "status_label",
        "completed_at",
        "best_percent",
        "due_date",
        "cycle",
    ]
    export_headings = {
        "user.officer_profile.personnel_number": _("Personeelsnummer"),
        "user.get_full_name": _("Naam"),
        "unit.name": _("Eenheid"),
        "module.title": _("Module"),
        "status_label": _("Status"),
        "completed_at": _("Afgerond op"),
        "best_percent": _("Beste score (%)"),
        "due_date": _("Uiterste datum"),
        "cycle": _("Ronde"),
    }
    columns = [
        LinkColumn("name", label=_("Naam"), accessor="officer_name", sort_key="user__last_name", get_url=_officer_url),
        TextColumn("number", label=_("Personeelsnummer"), accessor="user.officer_profile.personnel_number"),
        TextColumn("unit", label=_("Eenheid"), accessor="unit.name", sort_key="unit__name"),
        ModuleColumn("module", label=_("Module"), accessor="module.title", sort_key="module__title"),
        StatusColumn("status", label=_("Status"), accessor="status_label", sort_key="status"),
        CalendarDateColumn("completed_at", label=_("Afgerond op"), sort_key="completed_at", classname="sg-nowrap"),
        TextColumn("best_percent", label=_("Beste score (%)"), sort_key="best_percent"),
        CalendarDateColumn("due_date", label=_("Uiterste datum"), sort_key="due_date", classname="sg-nowrap"),
        TextColumn("cycle", label=_("Ronde"), sort_key="cycle"),
    ]

    def listed_rows(self):
        """The rows this report lists (before the filters): the table and the status box above it count these."""
        return self.scoped_rows

    def get_base_queryset(self):
        return self.listed_rows().select_related("user", "user__officer_profile", "unit", "module")

    def order_queryset(self, queryset):
        return queryset.order_by(*name_ordering(self.ordering), "pk")

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        for row in object_list:
            row.status_label = recertification.status_label_get(row)
            row.overdue = rules.is_overdue(row.due_date, completed=row.status == row.Status.COMPLETED, today=today)
            row.officer_name = row.user.get_full_name() or row.user.get_username()
        return object_list

    def to_row_dict(self, item):
        item.status_label = recertification.status_label_get(item)
        return super().to_row_dict(item)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The box describes the rows listed below it (on *Te laat*: the overdue ones), never more.
        context["status_bars"] = bars = reporting.status_totals(self.filter_queryset(self.listed_rows()))
        context["status_total"] = sum(
            bar.count for bar in bars if bar.key in ("completed", "in_progress", "not_started")
        )
        return context


class OverdueReportView(OfficerProgressReportView):
    """Only officers past a due date without completing, earliest due date first."""

    page_title = _("Te laat")
    index_url_name = "curriculum_overdue_report"
    index_results_url_name = "curriculum_overdue_report_results"
    export_filename = "te-laat"
    action_links = True
    default_ordering = "due_date"

    def listed_rows(self):
        return super().listed_rows().filter(reporting.overdue_q())
