"""Wagtail admin registration only; the classes live in viewsets.py and views/."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from curriculum.views.bulk_actions import PseudonymiseBulkAction
from curriculum.viewsets import CertificateVerifyMenuItem, QuestionBankViewSetGroup

register_snippet(QuestionBankViewSetGroup)
hooks.register("register_bulk_action", PseudonymiseBulkAction)


@hooks.register("register_admin_menu_item")
def register_certificate_verify_menu_item():
    return CertificateVerifyMenuItem(_("Certificaten"), reverse("certificate_verify"), icon_name="success", order=900)
