"""Admin viewsets for the question bank (registered in wagtail_hooks.py).

The question listing searches the content (curriculum/selectors/question_bank.py), filters by quiz, kind,
indicator and review state with Dutch labels, and shows where each question is used ("Gebruikt in").
"""

import django_filters
from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet, SnippetViewSetGroup

from curriculum.admin import question_stats
from curriculum.admin.exports import CsvSafeExportMixin
from curriculum.admin.question_stats import QuestionStatsPanel, facility_column, flag_column
from curriculum.models import Indicator, Question, QuizPage
from curriculum.selectors import question_bank


def _quizzes(request):
    return QuizPage.objects.order_by("path")


class QuestionFilterSet(question_stats.QuestionFilterSet):
    """The analysis flag and indicators (question_stats.py), plus quiz, kind and review state, all in Dutch."""

    quiz = django_filters.ModelChoiceFilter(
        label=_("Gebruikt in toets"), queryset=_quizzes, method="filter_quiz", empty_label=_("Alle toetsen")
    )
    kind = django_filters.ChoiceFilter(label=_("Soort vraag"), choices=Question.Kind.choices, empty_label=_("Alle"))
    review = django_filters.ChoiceFilter(
        label=_("Status"),
        method="filter_review",
        empty_label=_("Alle"),
        choices=[
            ("draft", _("Concept (nooit gepubliceerd)")),
            ("in_review", _("In review")),
            ("needs_changes", _("Wijzigingen gevraagd")),
            ("live", _("Gepubliceerd")),
        ],
    )

    class Meta:
        model = Question
        fields = []

    def filter_quiz(self, queryset, name, value):
        return queryset.filter(pk__in=value.quiz_questions.values("question_id")) if value else queryset

    def filter_review(self, queryset, name, value):
        return question_bank.question_review_filter(queryset, value)


def _status_label(question) -> str:
    if not question.live:
        return _("Concept")
    if question.has_unpublished_changes:
        return _("Gepubliceerd, met wijzigingen in concept")
    return _("Gepubliceerd")


class UsedInColumn(Column):
    cell_template_name = "curriculum/admin/used_in_cell.html"


class QuestionIndexView(CsvSafeExportMixin, question_stats.QuestionIndexView):
    """Content search (every word, any content field) instead of the search backend; "Gebruikt in" per row;
    the flag and % right from question_stats.py; exports as the reports export (curriculum/admin/exports.py)."""

    search_backend_name = None

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return question_bank.question_search(queryset, self.search_query)

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        rows = list(object_list)
        usage = question_bank.question_usage_get(question_ids=[row.pk for row in rows])
        for row in rows:
            row.used_in = usage.get(row.pk, [])
        return paginator, page, rows, is_paginated


class QuestionChooserFilterForm(BaseFilterForm):
    """The chooser in a quiz searches the same content as the listing (no search backend, no FTS syntax)."""

    q = forms.CharField(
        label=_("Zoeken"),
        widget=forms.TextInput(attrs={"placeholder": _("Zoek in vraag en antwoorden")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            objects = question_bank.question_search(objects, query)
            self.is_searching, self.search_query = True, query
        return objects


class QuestionChooseView(ChooseView):
    filter_form_class = QuestionChooserFilterForm


class QuestionChooseResultsView(ChooseResultsView):
    filter_form_class = QuestionChooserFilterForm


class QuestionChooserViewSet(SnippetChooserViewSet):
    choose_view_class = QuestionChooseView
    choose_results_view_class = QuestionChooseResultsView


class QuestionEditView(EditView):
    """Warns above the form when attempts already used the question: a change applies to new attempts only."""

    _active_reviews = None

    def get_object(self, queryset=None):
        """Wagtail's snippet editor asks for the question's active workflow state ten times per page (action menu,
        side panel, header), a query each time, on the latest revision and on the stored question, and it loads
        both twice. A GET changes nothing, so there the state is read once, into the attribute Wagtail's own
        prefetch_workflow_states fills for page listings."""
        question = super().get_object(queryset)  # the latest revision; self.live_object is the stored question
        if self.request.method == "GET":
            if self._active_reviews is None:
                active = question.workflow_states.active().select_related("current_task_state__task").order_by("pk")
                self._active_reviews = list(active)
            question._current_workflow_states = self.live_object._current_workflow_states = self._active_reviews
        return question

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["attempts_using"] = question_bank.question_attempts_count(question_id=self.object.pk)
        return context


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    index_view_class = QuestionIndexView
    chooser_viewset_class = QuestionChooserViewSet
    edit_view_class = QuestionEditView
    edit_template_name = "curriculum/admin/question_edit.html"
    filterset_class = QuestionFilterSet
    list_display = [
        "key",
        "prompt",
        Column("kind", label=_("Soort vraag"), accessor="get_kind_display"),
        UsedInColumn("used_in", label=_("Gebruikt in")),
        Column("live", label=_("Status"), accessor=_status_label),
        facility_column(),
        flag_column(),
    ]
    list_export = ["key", "kind", "prompt", "source"]
    copy_view_enabled = True
    # The model's form, with how the question performs on top (curriculum/admin/question_stats.py).
    edit_handler = ObjectList([QuestionStatsPanel(heading=_("Hoe deze vraag presteert")), *Question.panels])


class IndicatorIndexView(CsvSafeExportMixin, IndexView):
    pass


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "tag"
    index_view_class = IndicatorIndexView
    list_display = [
        "name",
        Column(
            "category",
            label=capfirst(Indicator._meta.get_field("category").verbose_name),
            accessor="get_category_display",
            sort_key="category_rank",
        ),
        "code",
    ]
    list_filter = ["category"]
    list_export = ["code", "category", "name", "source"]

    def get_queryset(self, request):
        return Indicator.objects.in_category_order()  # the categories as declared (Algemeen first), then name


class QuestionBankViewSetGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, IndicatorViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Vragenbank")
    menu_name = "question-bank"


class CertificateVerifyMenuItem(MenuItem):
    """Admin menu link to the certificate check; shown to managers and administrators only."""

    def is_shown(self, request):
        from curriculum.selectors.certificates import can_verify_certificates

        return can_verify_certificates(request.user)
