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


# Bulk actions and the permission each needs. Wagtail's footer offers every registered action to everyone and
# refuses afterwards; the footer (templates/wagtailadmin/bulk_actions/footer.html) offers only these when held.
_PAGE_ACTIONS = {"delete": "delete", "publish": "publish", "unpublish": "publish", "move": "change"}


def bulk_action_forbidden(user, app_label: str, model_name: str) -> set[str]:
    """The action types this user may not run on any object of this listing's model."""
    if user.is_superuser:
        return set()
    if (app_label, model_name) == ("wagtailcore", "page"):
        from wagtail.permission_policies.pages import PagePermissionPolicy

        policy = PagePermissionPolicy()
        return {action for action, perm in _PAGE_ACTIONS.items() if not policy.user_has_any_permission(user, [perm])}
    forbidden = set()
    for action in ("delete", "publish", "unpublish"):
        codename = "publish" if action == "unpublish" else action
        if not user.has_perm(f"{app_label}.{codename}_{model_name}"):
            forbidden.add(action)
    return forbidden


def bulk_buttons_allowed(buttons: list, forbidden: set[str]) -> list:
    """Wagtail's bulk action buttons without those whose action type is forbidden (also inside "More")."""

    def allowed(button):
        url = getattr(button, "url", "") or ""
        return not any(url.rstrip("/").endswith(f"/{action}") for action in forbidden)

    kept = []
    for button in buttons:
        inner = getattr(button, "dropdown_buttons", None)
        if inner is not None:
            button.dropdown_buttons = [b for b in inner if allowed(b)]
            if not button.dropdown_buttons:
                continue
        elif not allowed(button):
            continue
        kept.append(button)
    return kept
