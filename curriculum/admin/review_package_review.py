""" "Modulepakket beoordelen": the Redactie reviews a module's package as one item (every part in context, with
its preview and comparison) and approves it as a whole or asks changes on all of it with one comment. Thin views
over curriculum/services/review.py; GET for trainers and the Redactie, the two actions POST-only and for the
Redactie (a refusal is a 403 with the reason). Registered in wagtail_hooks.py (`urls()`), linked from
"Ter beoordeling" and the module's page header."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy
from django.views.decorators.http import require_GET, require_POST
from django.views.defaults import permission_denied

from curriculum.admin.header import page_header
from curriculum.admin.review_package import module_header_button
from curriculum.admin.reviews import can_review
from curriculum.domain.errors import AccessDeniedError, DomainError
from curriculum.models import ModulePage
from curriculum.selectors.review import is_reviewer, module_review_open, module_review_package_get
from curriculum.services.review import COMMENT_MAX, module_package_approve, module_package_reject
from curriculum.views import http_status

# What an approve or reject says afterwards; %(n)d is the number of parts it acted on.
APPROVED = ngettext_lazy(
    "Het pakket is goedgekeurd: %(n)d onderdeel is gepubliceerd.",
    "Het pakket is goedgekeurd: %(n)d onderdelen zijn gepubliceerd.",
    "n",
)
CHANGES_ASKED = ngettext_lazy(
    "Wijzigingen gevraagd voor %(n)d onderdeel; de opleider ziet je opmerking bij het bewerken.",
    "Wijzigingen gevraagd voor %(n)d onderdelen; de opleider ziet je opmerking bij elk onderdeel.",
    "n",
)


def _queue_crumb() -> list:
    """The way back from a package: the review queue (Ter beoordeling)."""
    return [(_("Ter beoordeling"), reverse("curriculum_review_queue"))]


def _page(request, module, *, error=None, comment="", status=200):
    package = module_review_package_get(module=module)
    reviewer = is_reviewer(request.user)
    context = {
        **page_header(
            _("Modulepakket beoordelen"),
            subtitle=package.module.title,
            icon="tasks",
            parents=_queue_crumb(),
        ),
        "module": package.module,
        "package": package,
        "may_act": reviewer and request.user.pk not in package.author_ids,
        "own_package": reviewer and request.user.pk in package.author_ids,
        "error": error,
        "comment": comment,
        "comment_max": COMMENT_MAX,
        "queue_url": reverse("curriculum_review_queue"),
        "approve_url": reverse("curriculum_review_package_approve", args=[module.pk]),
        "reject_url": reverse("curriculum_review_package_reject", args=[module.pk]),
    }
    return TemplateResponse(request, "curriculum/admin/review_package_review.html", context, status=status)


def _refused(request, module, error: DomainError, comment=""):
    if isinstance(error, AccessDeniedError):
        header = page_header(_("Geen toegang"), icon="warning", parents=_queue_crumb())
        context = {**header, "message": error.message, "module": module}
        return TemplateResponse(request, "curriculum/admin/review_refused.html", context, status=403)
    return _page(request, module, error=error.message, comment=comment, status=http_status(error))


@require_GET
def package_review_view(request, module_id):
    if not can_review(request.user):
        return permission_denied(request, PermissionDenied(_("Alleen opleiders en de redactie zien dit overzicht.")))
    return _page(request, get_object_or_404(ModulePage, pk=module_id))


def _package_action(request, module_id, service, done, **comment):
    """Approve or reject a module's package as a whole with `service` (a reject also takes the `comment`): back to
    the queue saying `done` for the number of parts, or, refused, the package again with the reason (and the
    comment kept)."""
    module = get_object_or_404(ModulePage, pk=module_id)
    try:
        parts = service(module=module, user=request.user, **comment)
    except DomainError as error:
        return _refused(request, module, error, **comment)
    messages.success(request, done % {"n": len(parts)})
    return redirect("curriculum_review_queue")


@require_POST
def package_approve_view(request, module_id):
    return _package_action(request, module_id, module_package_approve, APPROVED)


@require_POST
def package_reject_view(request, module_id):
    comment = request.POST.get("comment", "")
    return _package_action(request, module_id, module_package_reject, CHANGES_ASKED, comment=comment)


def urls():
    return [
        path("review-package/<int:module_id>/review/", package_review_view, name="curriculum_review_package_review"),
        path("review-package/<int:module_id>/approve/", package_approve_view, name="curriculum_review_package_approve"),
        path("review-package/<int:module_id>/reject/", package_reject_view, name="curriculum_review_package_reject"),
    ]


def page_header_buttons(page, user, view_name, next_url=None):
    """For the Redactie, on a module whose package (or a part of it) is under review."""
    if page.specific_class is ModulePage and is_reviewer(user) and module_review_open(module=page):
        yield module_header_button(
            page, gettext_lazy("Pakket beoordelen"), "curriculum_review_package_review", priority=41
        )
