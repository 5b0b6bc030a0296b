"""Admin bulk action on users: pseudonymise officers who have left (registered in wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.users.views.bulk_actions.user_bulk_action import UserBulkAction

from curriculum.services.privacy import officer_pseudonymise


class PseudonymiseBulkAction(UserBulkAction):
    display_name = _("Pseudonimiseren")
    action_type = "pseudonymise"
    aria_label = _("Naam, e-mail en login van vertrokken medewerkers verwijderen")
    template_name = "curriculum/admin/confirm_bulk_pseudonymise.html"
    action_priority = 90
    any_permission_required = ["change"]

    def check_perm(self, obj):
        return self.request.user.has_perm("auth.change_user") and obj.pk != self.request.user.pk

    def get_execution_context(self):
        return {"actor": self.request.user}

    @classmethod
    def execute_action(cls, objects, actor=None, **kwargs):
        for user in objects:
            officer_pseudonymise(user=user, actor=actor)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(n)d medewerker is gepseudonimiseerd.", "%(n)d medewerkers zijn gepseudonimiseerd.", num_parent_objects
        ) % {"n": num_parent_objects}
