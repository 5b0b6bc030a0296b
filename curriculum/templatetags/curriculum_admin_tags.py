"""Admin template tags (the bulk actions footer); logic in curriculum/admin/bulk_actions.py."""

from django import template
from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices

from curriculum.admin.bulk_actions import bulk_action_forbidden, bulk_buttons_allowed

register = template.Library()


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def bulk_action_choices_allowed(context, app_label, model_name):
    """Wagtail's bulk action buttons, only those the user may run."""
    result = bulk_action_choices(context, app_label, model_name)
    user = context["request"].user
    result["buttons"] = bulk_buttons_allowed(result["buttons"], bulk_action_forbidden(user, app_label, model_name))
    return result
