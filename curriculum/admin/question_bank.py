"""Admin viewsets for the question bank (registered in wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from curriculum.admin.question_stats import (
    QuestionFilterSet,
    QuestionIndexView,
    QuestionStatsPanel,
    facility_column,
    flag_column,
)
from curriculum.models import Indicator, Question


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Vragen")
    list_display = ["key", "prompt", "kind", "live", facility_column(), flag_column()]
    filterset_class = QuestionFilterSet
    index_view_class = QuestionIndexView
    list_export = ["key", "kind", "prompt", "source"]
    copy_view_enabled = True
    # The model's form, with how the question performs on top (curriculum/admin/question_stats.py).
    edit_handler = ObjectList([QuestionStatsPanel(heading=_("Hoe deze vraag presteert")), *Question.panels])


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "tag"
    menu_label = _("Indicatoren")
    list_display = ["name", "category", "code"]
    list_filter = ["category"]
    list_export = ["code", "category", "name", "source"]


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
