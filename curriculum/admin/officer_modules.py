"""One officer's modules for their manager: status, due date, completion date and best score per module.

Registered in wagtail_hooks.py; linked from the officer names in *Voortgang per agent* and *Te laat*.
Scoped like the reports: the officer's unit must lie in a subtree the manager leads (403 otherwise, 404
for a superuser asking for someone who is not an officer). Never shows an answer.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.defaults import permission_denied

from curriculum.admin.header import page_header
from curriculum.admin.report_table import (
    MOMENT_SHOWN,
    CalendarDateColumn,
    RowHeaderColumn,
    RowsTable,
    StatusColumn,
    TextColumn,
)
from curriculum.domain.errors import AccessDeniedError, NotFoundError
from curriculum.selectors import reporting
from curriculum.selectors.notifications import last_reminders_get
from curriculum.selectors.recertification import is_expired_unmoved


def _status(row):
    """The status with the cycle after the first ("Bezig · ronde 2"); StatusColumn adds "Te laat"."""
    status = getattr(row, "status_label", "") or row.get_status_display()
    if row.cycle > 1:
        cycle = _("ronde %(n)s") % {"n": row.cycle}
        return f"{status} · {cycle}"
    return status


def _lessons(row):
    if not row.lessons_total:
        return ""
    return _("%(done)s van %(total)s") % {"done": row.lessons_done, "total": row.lessons_total}


def _table(rows, officer_name):
    dates = {"classname": "sg-nowrap"}
    moments = {"machine": "c", **dates}  # completion, expiry and reminder are moments, not days
    columns = [
        RowHeaderColumn("module", label=_("Module"), accessor="module.title"),
        StatusColumn("status", label=_("Status"), accessor=_status),
        TextColumn("lessons", label=_("Lessen"), accessor=_lessons),
        TextColumn("best_percent", label=_("Beste score (%)")),
        CalendarDateColumn("due_date", label=_("Uiterste datum"), empty=_("Niet toegewezen"), **dates),
        CalendarDateColumn("completed_at", label=_("Afgerond op"), **moments),
        CalendarDateColumn("expires_at", label=_("Geldig tot"), **moments),
        CalendarDateColumn(
            "last_reminder", label=_("Laatste herinnering"), shown=MOMENT_SHOWN, empty=_("Geen"), **moments
        ),
    ]
    caption = _("Modules van %(name)s") % {"name": officer_name}
    return RowsTable(columns, rows, classname="listing", caption=caption)


def officer_modules_view(request, user_id):
    try:
        if not (request.user.is_superuser or request.user.has_perm(reporting.REPORT_PERMISSION)):
            raise PermissionDenied(_("Je hebt geen toegang tot deze rapportages."))
        roots = reporting.report_roots_get(user=request.user)
        profile = reporting.report_officer_get(user=request.user, raw=user_id, roots=roots)
    except (PermissionDenied, AccessDeniedError) as error:
        return permission_denied(request, error)
    except NotFoundError as error:
        raise Http404(error.message) from error
    officer = profile.user
    rows = reporting.officer_modules_list(officer=officer)
    reminders = last_reminders_get(user=officer)
    for row in rows:
        row.last_reminder = reminders.get(row.module_id)
    assigned = [row for row in rows if row.due_date is not None]
    unit_query = urlencode({"unit": profile.unit_id})
    officers_url = f"{reverse('curriculum_officer_report')}?{unit_query}"
    officer_name = officer.get_full_name() or officer.get_username()
    return TemplateResponse(
        request,
        "curriculum/reports/officer_modules.html",
        {
            **page_header(
                _("Modules van een agent"),
                subtitle=officer_name,
                icon="user",
                parents=[(_("Voortgang per agent"), officers_url)],
            ),
            "profile": profile,
            "officer_name": officer_name,
            "rows": rows,
            "table": _table(rows, officer_name),
            "assigned_count": len(assigned),
            "completed_count": sum(
                row.status == row.Status.COMPLETED and not is_expired_unmoved(row) for row in assigned
            ),
            "overdue_count": sum(row.overdue for row in rows),
            "view_time": timezone.now(),
            "actions": reporting.manager_actions_list(officer=officer),
            "extend_url": f"{reverse('curriculum_manager_extend')}?{urlencode({'officer': officer.pk})}",
            "officers_url": officers_url,
            "overdue_url": f"{reverse('curriculum_overdue_report')}?{unit_query}",
        },
    )
