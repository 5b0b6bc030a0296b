"""Admin view: import officers from an HR CSV (registered in wagtail_hooks.py).

Wagtail wraps admin URLs in require_admin_access; the view also needs the import permission (HR's role).
The import itself only creates officers and updates officers it owns (curriculum.services.imports).
"""

import logging

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from curriculum import services
from curriculum.services.imports import MAX_IMPORT_BYTES

IMPORT_PERMISSION = "curriculum.add_officerprofile"
audit = logging.getLogger("signaal.audit")


class OfficerImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV-bestand"),
        help_text=_("Kolommen: personeelsnummer, naam, e-mail, eenheidcode. Eerste regel is de kop; UTF-8."),
    )


def officer_import_view(request):
    """GET: the upload form. POST: validate every row; import all or nothing; show each bad row."""
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    report = None
    form = OfficerImportForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read(MAX_IMPORT_BYTES + 1)  # never read more than the limit into memory
        report = services.officers_import_csv(data)
        status = 200 if report.ok else 400
        audit.info(
            "officer_import user=%s created=%s updated=%s errors=%s",
            request.user.pk,
            report.created,
            report.updated,
            len(report.errors),
        )
    elif request.method == "POST":
        status = 400
    return TemplateResponse(
        request, "curriculum/admin/officer_import.html", {"form": form, "report": report}, status=status
    )
