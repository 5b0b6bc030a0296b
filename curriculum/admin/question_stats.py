"""Item statistics where the trainer edits: a panel on the question's edit form (per revision officers answered)
and the flag column and filter of the question bank listing. Figures and flags come from
curriculum/selectors/item_analysis.py, the rules the Vraaganalyse report uses. Wired up in question_bank.py."""

import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import IndexView

from curriculum.admin.quiz_stats_panel import ItemStatsPanel
from curriculum.models import Indicator, Question
from curriculum.selectors import item_analysis as analysis


class QuestionStatsPanel(ItemStatsPanel):
    """Read-only: how the published revision (and older ones) performed. Not shown on the create form."""

    class BoundPanel(ItemStatsPanel.BoundPanel):
        template_name = "curriculum/admin/question_stats_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            revisions = analysis.question_revision_stats_list(question=self.instance)
            context.update(
                {
                    "revisions": revisions,
                    "live": next((r for r in revisions if r.is_live), None),
                    "older": [r for r in revisions if not r.is_live],
                    "min_answers": analysis.MIN_ANSWERS,
                    "detail_url": reverse("curriculum_question_analysis", args=[self.instance.pk]),
                    "report_url": reverse("curriculum_question_report"),
                }
            )
            return context


class QuestionFilterSet(WagtailFilterSet):
    flag = django_filters.ChoiceFilter(
        label=_("Signaal uit de vraaganalyse"), choices=analysis.FLAG_CHOICES, method="filter_flag"
    )
    indicators = django_filters.ModelMultipleChoiceFilter(
        label=_("Indicatoren"), queryset=Indicator.objects.all(), field_name="indicators"
    )

    class Meta:
        model = Question
        fields = ["kind", "live", "indicators", "flag"]

    def filter_flag(self, queryset, name, value):
        flags = analysis.question_flags_get()
        if value == "few":  # never answered counts as too few answers
            return queryset.exclude(pk__in=[q for q, f in flags.items() if f != "few"])
        return queryset.filter(pk__in=[q for q, f in flags.items() if f == value])


class QuestionIndexView(IndexView):
    """The question bank listing with each question's flag (one GROUP BY for the page shown) and its % right,
    sortable (two correlated counts in the listing's query)."""

    def get_base_queryset(self):
        return analysis.questions_with_facility(super().get_base_queryset())

    def get_table(self, object_list):
        items = list(object_list)
        flags = analysis.question_flags_get(question_ids=[q.pk for q in items])
        labels = dict(analysis.FLAG_CHOICES)
        for question in items:
            question.flag_label = str(labels.get(flags.get(question.pk, "few"), ""))
        return super().get_table(object_list)


def flag_column():
    return Column("flag_label", label=_("Signaal"))


def _facility_text(question) -> str:
    value = getattr(question, "facility_sort", None)
    return "–" if value is None else f"{round(value)}%"


def facility_column():
    return Column("facility", label=_("Goed (%)"), accessor=_facility_text, sort_key="facility_sort")
