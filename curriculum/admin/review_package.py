""" "Module ter beoordeling aanbieden": one step that submits a module with its changed lessons, quiz and
questions (curriculum/services/review.py). GET lists the package, POST submits it. Registered in wagtail_hooks.py,
with a button in the module's page header."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods
from wagtail.admin.widgets.button import Button

from curriculum.admin.header import page_header
from curriculum.domain.errors import DomainError
from curriculum.models import ModulePage
from curriculum.selectors.review import module_package_get
from curriculum.services.review import module_package_submit


@require_http_methods(["GET", "POST"])
def review_package_view(request, module_id):
    module = get_object_or_404(ModulePage, pk=module_id)
    if not module.permissions_for_user(request.user).can_edit():
        messages.error(request, _("Je mag deze module niet ter beoordeling aanbieden."))
        return redirect("wagtailadmin_pages:edit", module.pk)
    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    if request.method == "POST":
        try:
            parts = module_package_submit(module=module, user=request.user)
        except DomainError as error:
            messages.error(request, error.message)
            return redirect(request.path)
        messages.success(
            request,
            ngettext(
                "%(n)d onderdeel is ter beoordeling aangeboden aan de redactie.",
                "%(n)d onderdelen zijn ter beoordeling aangeboden aan de redactie.",
                len(parts),
            )
            % {"n": len(parts)},
        )
        return redirect(edit_url)
    context = {
        **page_header(_("Module ter beoordeling aanbieden"), subtitle=module.title, icon="tasks"),
        "module": module,
        "parts": module_package_get(module=module),
        "edit_url": edit_url,
    }
    return TemplateResponse(request, "curriculum/admin/review_package.html", context)


def module_header_button(page, label, url_name: str, priority: int) -> Button:
    """A button in a module's page header to one of its review pages (`url_name` takes the module's id)."""
    return Button(label, reverse(url_name, args=[page.pk]), icon_name="tasks", priority=priority)


def page_header_buttons(page, user, view_name, next_url=None):
    if page.specific_class is ModulePage and page.permissions_for_user(user).can_edit():
        yield module_header_button(
            page, gettext_lazy("Module ter beoordeling aanbieden"), "curriculum_review_package", priority=40
        )
