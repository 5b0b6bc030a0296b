"""The manager's panel on the admin home: "Mijn eenheden in één oogopslag" (done, overdue, due this month per
unit they lead), read by selectors/reporting.my_units_glance in a constant number of queries. Added by the
construct_homepage_panels hook in wagtail_hooks.py."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from curriculum.selectors import reporting


class MyUnitsPanel(Component):
    name = "signaal_my_units"
    template_name = "curriculum/admin/my_units_panel.html"
    order = 50

    class Media:
        css = {"all": ["css/reports.css"]}

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["glances"] = reporting.my_units_glance(user=self.user)
        context["completion_url"] = reverse("curriculum_completion_report")
        context["overdue_url"] = reverse("curriculum_overdue_report")
        context["today"] = timezone.localdate()
        return context


def my_units_panel_add(request, panels):
    """construct_homepage_panels: the panel for managers (users who may see unit reports, not superusers: the
    national figures are in the reports)."""
    user = request.user
    if not user.is_superuser and user.has_perm(reporting.REPORT_PERMISSION):
        panels.append(MyUnitsPanel(user))
