"""The certificate check inside the admin (managers and administrators), so checking a code never leaves the
admin for the officer site. Same selector as the site's view (curriculum/views/certificates.py); registered
in wagtail_hooks.py as the "Certificaten" menu item."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.defaults import permission_denied

from curriculum.admin.header import page_header
from curriculum.selectors import certificates


def certificate_verify_admin_view(request):
    if not certificates.can_verify_certificates(request.user):
        return permission_denied(request, PermissionDenied())
    code = request.GET.get("code", "")
    verification = certificates.certificate_verify(code) if code.strip() else None
    context = page_header(_("Certificaat controleren"), icon="success")
    return TemplateResponse(
        request, "curriculum/admin/certificate_verify.html", {**context, "verification": verification, "code": code}
    )
