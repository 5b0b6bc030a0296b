"""Trainers: modules whose content review is due ("Herziening nodig"). Registered in wagtail_hooks.py.

Lists modules whose "volgende herziening" has passed, falls within the next 30 days, or was never
planned, soonest first, with the latest material change. Trainers and moderators (the permission to
change questions, as for the item analysis) and superusers; anyone else gets 403.
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from curriculum.admin.exports import CsvSafeExportMixin
from curriculum.admin.reports import CalendarDateColumn
from curriculum.selectors import recertification

REVIEW_PERMISSION = "curriculum.change_question"
REVIEW_HORIZON_DAYS = 30


def can_review(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.has_perm(REVIEW_PERMISSION))


class TrainersOnlyMixin:
    """Trainers, moderators and superusers see the view; anyone else gets a 403 that says so."""

    def dispatch(self, request, *args, **kwargs):
        if not can_review(request.user):
            return permission_denied(
                request, PermissionDenied(_("Alleen opleiders en de redactie zien dit overzicht."))
            )
        return super().dispatch(request, *args, **kwargs)


def _edit_url(row):
    return reverse("wagtailadmin_pages:edit", args=[row.module.pk])


class ReviewDueReportView(TrainersOnlyMixin, CsvSafeExportMixin, ReportView):
    page_title = _("Herziening nodig")
    header_icon = "date"
    index_url_name = "curriculum_review_report"
    index_results_url_name = "curriculum_review_report_results"
    export_filename = "herziening-nodig"
    paginate_by = 100
    list_export = ["module.title", "last_reviewed", "next_review", "state"]
    export_headings = {
        "module.title": _("Module"),
        "last_reviewed": _("Laatst herzien"),
        "next_review": _("Volgende herziening"),
        "state": _("Stand"),
    }
    columns = [
        TitleColumn("title", label=_("Module"), accessor="module.title", get_url=_edit_url),
        CalendarDateColumn("last_reviewed", label=_("Laatst herzien"), classname="sg-nowrap"),
        CalendarDateColumn("next_review", label=_("Volgende herziening"), classname="sg-nowrap"),
        Column("state", label=_("Stand")),
    ]

    def get_queryset(self):
        today = timezone.localdate()
        rows = recertification.review_due_list(within_days=REVIEW_HORIZON_DAYS, today=today)
        for row in rows:
            if row.next_review is None:
                row.state = _("Niet gepland")
            elif row.next_review < today:
                row.state = _("Te laat")
            else:
                row.state = _("Binnenkort")
        return rows

    def get_filtered_queryset(self):
        return self.get_queryset()

    def order_queryset(self, queryset):
        return queryset
