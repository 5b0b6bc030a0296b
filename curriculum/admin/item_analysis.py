"""Trainers' item analysis in the admin: a ReportView over questions and a detail page per question.

Registered in wagtail_hooks.py. Needs the permission to change questions (trainers, moderators) or superuser.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from curriculum.admin.exports import CsvSafeExportMixin
from curriculum.admin.header import page_header
from curriculum.admin.reports import BarColumn
from curriculum.models import AttemptAnswer, Question
from curriculum.selectors import item_analysis as analysis
from curriculum.selectors.learning import module_live_list

ANALYSIS_PERMISSION = "curriculum.change_question"
ORDERINGS = {"facility", "answered", "discrimination", "key", "module_title"}


def _version_label(item) -> str:
    """Blank for a question whose answer key never changed; otherwise which version this line counts."""
    if item.version is None:
        return ""
    return _("versie %(n)s, vanaf %(date)s") % {
        "n": item.version,
        "date": date_format(timezone.localtime(item.version_since), "j N Y"),
    }


def can_analyse(user) -> bool:
    return user.is_superuser or user.has_perm(ANALYSIS_PERMISSION)


class QuestionAnalysisFilterSet(WagtailFilterSet):
    module = django_filters.ModelChoiceFilter(
        label=_("Module"), queryset=module_live_list(), field_name="attempt__module"
    )

    class Meta:
        model = AttemptAnswer
        fields = ["module"]


class QuestionAnalysisReportView(CsvSafeExportMixin, ReportView):
    """Per question: how often answered, % correct, discrimination and a flag; weakest first."""

    page_title = _("Vraaganalyse")
    header_icon = "help"
    template_name = "curriculum/reports/question_report.html"
    results_template_name = "curriculum/reports/question_results.html"
    index_url_name = "curriculum_question_report"
    index_results_url_name = "curriculum_question_report_results"
    filterset_class = QuestionAnalysisFilterSet
    export_filename = "vraaganalyse"
    default_ordering = "facility"
    paginate_by = 50
    list_export = [
        "key",
        "prompt",
        "version",
        "module_title",
        "answered",
        "correct",
        "facility",
        "discrimination",
        "flag",
    ]
    export_headings = {
        "key": _("Code"),
        "prompt": _("Vraag"),
        "version": _("Versie"),
        "module_title": _("Module"),
        "answered": _("Beantwoord"),
        "correct": _("Goed"),
        "facility": _("Goed (%)"),
        "discrimination": _("Onderscheidend vermogen"),
        "flag": _("Signaal"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_analyse(request.user):
            return permission_denied(request, PermissionDenied(_("Alleen opleiders zien de vraaganalyse.")))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        return [
            TitleColumn("key", label=_("Code"), sort_key="key", get_url=self._detail_url, classname="sg-nowrap"),
            Column("prompt", label=_("Vraag")),
            Column("version_label", label=_("Versie"), accessor=_version_label),
            Column("module_title", label=_("Module"), sort_key="module_title"),
            Column("answered", label=_("Beantwoord"), sort_key="answered"),
            BarColumn("facility", label=_("Goed (%)"), sort_key="facility"),
            Column("discrimination", label=_("Onderscheidend vermogen"), sort_key="discrimination"),
            Column("flag", label=_("Signaal")),
        ]

    def _detail_url(self, item):
        return reverse("curriculum_question_analysis", args=[item.question_id])

    def get_queryset(self):
        return analysis.answers_submitted()

    def get_filtered_queryset(self):
        stats = analysis.question_stats_list(answers=self.filter_queryset(self.get_queryset()))
        field = (self.ordering or self.default_ordering).lstrip("-")
        field = field if field in ORDERINGS else self.default_ordering
        missing = -1.0 if field == "discrimination" else 0
        stats.sort(
            key=lambda s: (getattr(s, field) if getattr(s, field) is not None else missing, s.key),
            reverse=(self.ordering or "").startswith("-"),
        )
        return stats


def question_analysis_view(request, question_id):
    """One question: the choices officers picked (distractor analysis) with the correct one marked."""
    if not can_analyse(request.user):
        return permission_denied(request, PermissionDenied(_("Alleen opleiders zien de vraaganalyse.")))
    question = get_object_or_404(Question, pk=question_id)
    versions = analysis.question_choice_distribution_get(question=question)
    report_url = reverse("curriculum_question_report")
    return TemplateResponse(
        request,
        "curriculum/reports/question_detail.html",
        {
            **page_header(
                _("Vraag"),
                subtitle=question.key,
                icon="help",
                parents=[(_("Vraaganalyse"), report_url)],
            ),
            "question": question,
            "versions": versions,
            "total": sum(version.total for version in versions),
            "report_url": report_url,
            "edit_url": reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk]),
        },
    )
