"""The Redactie's queue ("Ter beoordeling"): one item per module package (every open review of a module, its lessons,
quiz and questions, opened as one on "Modulepakket beoordelen"), then any review outside a module. Registered in
wagtail_hooks.py; trainers and moderators (as "Herziening nodig")."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from curriculum.admin.reviews import TrainersOnlyMixin
from curriculum.selectors.review import review_queue_list


def _when(row) -> str:
    return date_format(timezone.localtime(row.requested_at), "j N Y H:i")


class ReviewQueueReportView(TrainersOnlyMixin, ReportView):
    page_title = _("Ter beoordeling")
    header_icon = "tasks"
    index_url_name = "curriculum_review_queue"
    index_results_url_name = "curriculum_review_queue_results"
    paginate_by = 100
    columns = [
        TitleColumn("title", label=_("Module of onderdeel"), get_url=lambda row: row.edit_url),
        Column("kind", label=_("Soort")),
        Column("parts", label=_("Onderdelen")),
        Column("status", label=_("Stand")),
        Column("comment", label=_("Opmerking van de redactie")),
        Column("requested_by", label=_("Ingediend door")),
        Column("requested_at", label=_("Ingediend op"), accessor=_when, classname="sg-nowrap"),
    ]

    def get_queryset(self):
        return review_queue_list()

    def get_filtered_queryset(self):
        return self.get_queryset()

    def order_queryset(self, queryset):
        return queryset
