"""Administrators: every mail Signaal planned or sent ("Verzonden e-mails"), to see that reminders go out and why
one did not (state, attempts, last error). Registered in wagtail_hooks.py. Superusers and holders of the
`curriculum.view_sentmail` permission; anyone else gets 403. Read only: mails are written by
curriculum/services/notifications.py alone.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from curriculum.admin.exports import CsvSafeExportMixin
from curriculum.models import SentMail

MAIL_LOG_PERMISSION = "curriculum.view_sentmail"


def can_see_mail_log(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.has_perm(MAIL_LOG_PERMISSION))


class SentMailFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Soort"), choices=SentMail.Kind.choices)
    state = django_filters.ChoiceFilter(label=_("Status"), choices=SentMail.State.choices)
    created_at = django_filters.DateFromToRangeFilter(label=_("Aangemaakt"), widget=DateRangePickerWidget)
    to_email = django_filters.CharFilter(label=_("Aan"), lookup_expr="icontains")

    class Meta:
        model = SentMail
        fields = ["kind", "state", "created_at", "to_email"]


class SentMailReportView(CsvSafeExportMixin, ReportView):
    page_title = _("Verzonden e-mails")
    header_icon = "mail"
    index_url_name = "curriculum_mail_report"
    index_results_url_name = "curriculum_mail_report_results"
    filterset_class = SentMailFilterSet
    export_filename = "verzonden-e-mails"
    paginate_by = 50
    list_export = ["created_at", "kind", "step", "recipient", "to_email", "subject", "state", "attempts", "sent_at"]
    export_headings = {
        "created_at": _("Aangemaakt"),
        "kind": _("Soort"),
        "step": _("Stap"),
        "recipient": _("Ontvanger"),
        "to_email": _("Aan"),
        "subject": _("Onderwerp"),
        "state": _("Status"),
        "attempts": _("Pogingen"),
        "sent_at": _("Verzonden op"),
    }
    columns = [
        DateColumn("created_at", label=_("Aangemaakt"), sort_key="created_at"),
        Column("kind", label=_("Soort"), accessor="get_kind_display"),
        Column("recipient", label=_("Ontvanger")),
        Column("subject", label=_("Onderwerp")),
        Column("state", label=_("Status"), accessor="get_state_display", sort_key="state"),
        Column("attempts", label=_("Pogingen"), sort_key="attempts"),
        Column("last_error", label=_("Laatste fout")),
    ]
    default_ordering = "-created_at"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_mail_log(request.user):
            return permission_denied(request, PermissionDenied(_("Alleen beheerders zien de verzonden e-mails.")))
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return SentMail.objects.select_related("recipient").order_by("-created_at", "-pk")

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["kind"], row["state"] = item.get_kind_display(), item.get_state_display()
        return row
