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

from curriculum.errors import AccessDeniedError, NotFoundError
from curriculum.selectors import reporting
from curriculum.selectors.notifications import last_reminders_get
from curriculum.selectors.recertification import is_expired_unmoved


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
    officer_name = officer.get_full_name() or officer.get_username()
    return TemplateResponse(
        request,
        "curriculum/reports/officer_modules.html",
        {
            "page_title": _("Modules van een agent"),
            "page_subtitle": officer_name,
            "header_icon": "user",
            "profile": profile,
            "officer_name": officer_name,
            "rows": rows,
            "assigned_count": len(assigned),
            "completed_count": sum(
                row.status == row.Status.COMPLETED and not is_expired_unmoved(row) for row in assigned
            ),
            "overdue_count": sum(row.overdue for row in rows),
            "view_time": timezone.now(),
            "actions": reporting.manager_actions_list(officer=officer),
            "extend_url": f"{reverse('curriculum_manager_extend')}?{urlencode({'officer': officer.pk})}",
            "officers_url": f"{reverse('curriculum_officer_report')}?{unit_query}",
            "overdue_url": f"{reverse('curriculum_overdue_report')}?{unit_query}",
        },
    )
