"""Four eyes that hold (registered in wagtail_hooks.py).

- Nobody but a reviewer (Redactie, superuser) publishes over an open review: "Publiceren" is left out of the
  action menu and a posted publish is refused, for pages and questions alike, also where a deployment lets
  trainers publish directly (SIGNAAL_ALLOW_DIRECT_PUBLISH).
- The edit page shows an open change request with the moderator's comment, as a banner.
- A module cannot be approved while one of its lessons or its quiz is unpublished or has changes requested:
  "Goedkeuren" is left out and a posted approval is refused, with the parts named. While the module is in review
  the edit page names those parts: as the reason to a reviewer, as information to the trainer.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.admin.action_menu import WorkflowMenuItem

from curriculum.domain import rules
from curriculum.models import ModulePage
from curriculum.selectors.review import change_request_get, is_reviewer, module_parts_blocking_get


def _publish_refused(request, obj) -> bool:
    request_state = change_request_get(obj=obj)
    status = request_state.status if request_state else None
    return rules.direct_publish_refused(review_status=status, is_reviewer=is_reviewer(request.user))


def _blocking_parts(obj) -> list[str]:
    return module_parts_blocking_get(module=obj) if isinstance(obj, ModulePage) and obj.pk else []


def _menu_guard(menu_items, request, obj):
    if obj is None or not getattr(obj, "pk", None):
        return
    if _publish_refused(request, obj):
        menu_items[:] = [item for item in menu_items if getattr(item, "name", "") != "action-publish"]
    if _blocking_parts(obj):
        menu_items[:] = [
            item for item in menu_items if not (isinstance(item, WorkflowMenuItem) and item.name == "approve")
        ]


def page_action_menu_guard(menu_items, request, context):
    _menu_guard(menu_items, request, context.get("page"))


def snippet_action_menu_guard(menu_items, request, context):
    _menu_guard(menu_items, request, context.get("instance"))


def _banner(request, obj):
    change = change_request_get(obj=obj)
    if change is not None and change.status == "needs_changes":
        text = _("De redactie vraagt wijzigingen")
        if change.by:
            text += " (" + _("%(name)s, %(date)s") % {"name": change.by, "date": date_format(change.at, "j F Y")} + ")"
        text += ": " + (change.comment or _("geen toelichting gegeven."))
        text += " " + _("Pas de inhoud aan en stuur hem opnieuw door; publiceren kan pas na goedkeuring.")
        messages.warning(request, text)
    elif change is not None:
        messages.info(request, _("Deze versie ligt ter beoordeling bij de redactie."))
    _parts_banner(request, obj, change)


def _parts_banner(request, obj, change):
    """A module's parts that keep it from going live, said to whom it concerns: nothing while the module is in no
    workflow; the reviewer who would approve it is told why "Goedkeuren" is missing; the trainer is told, as
    information, that the module goes live only with those parts."""
    if change is None:
        return
    reviewer = is_reviewer(request.user)
    if reviewer and change.status != "in_progress":
        return
    parts = _blocking_parts(obj)
    if not parts:
        return
    if reviewer:
        messages.warning(
            request,
            _("Deze module kan nog niet worden goedgekeurd: %(parts)s.") % {"parts": "; ".join(parts)},
        )
    else:
        messages.info(
            request,
            _("Deze module gaat pas live als ook deze onderdelen gepubliceerd zijn: %(parts)s.")
            % {"parts": "; ".join(parts)},
        )


def _edit_guard(request, obj):
    if request.method != "POST":
        _banner(request, obj)
        return None
    if "action-publish" in request.POST and _publish_refused(request, obj):
        messages.error(
            request, _("Publiceren kan niet zolang de redactie deze inhoud beoordeelt of wijzigingen vraagt.")
        )
        return redirect(request.get_full_path())
    approving = request.POST.get("action-workflow-action") and request.POST.get("workflow-action-name") == "approve"
    if approving and _blocking_parts(obj):
        messages.error(
            request,
            _("Goedkeuren kan niet: %(parts)s.") % {"parts": "; ".join(_blocking_parts(obj))},
        )
        return redirect(request.get_full_path())
    return None


def before_edit_page(request, page):
    return _edit_guard(request, page.specific)


def before_edit_snippet(request, instance):
    return _edit_guard(request, instance)
