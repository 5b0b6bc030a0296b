"""Admin for the read API's clients (registered in wagtail_hooks.py): create (the token is shown once), change the
scope, revoke. Writes go through curriculum/services/api_clients.py."""

from django import forms
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from curriculum.models import ApiClient, Unit
from curriculum.services.api_clients import api_client_create, api_client_update


class ApiClientForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(
        required=False,
        label=_("Sleutel intrekken"),
        help_text=_("De sleutel werkt daarna niet meer; dat kan niet ongedaan worden gemaakt."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["units"].queryset = Unit.objects.order_by("path")
        self.fields["units"].widget = forms.CheckboxSelectMultiple(choices=self.fields["units"].choices)
        if self.instance.pk is None or self.instance.revoked_at is not None:
            self.fields.pop("revoke")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("national") and not cleaned.get("units"):
            self.add_error("units", _("Kies een of meer eenheden, of maak de client landelijk."))
        return cleaned


class ApiClientCreateView(generic.CreateView):
    template_token = "curriculum/admin/api_client_token.html"

    def form_valid(self, form):
        data = form.cleaned_data
        client, token = api_client_create(
            name=data["name"], national=data["national"], units=list(data["units"]), created_by=self.request.user
        )
        # Shown in this response only: no redirect, no message in the session, nothing cached.
        response = TemplateResponse(
            self.request,
            self.template_token,
            {"client": client, "token": token, "index_url": self.get_success_url(), "view": self},
        )
        patch_cache_control(response, private=True, no_store=True)
        return response


class ApiClientEditView(generic.EditView):
    def save_instance(self):
        data = self.form.cleaned_data
        return api_client_update(
            client=self.object,
            name=data["name"],
            national=data["national"],
            units=list(data["units"]),
            revoke=data.get("revoke", False),
            by=self.request.user,
        )


class ApiClientViewSet(ModelViewSet):
    url_prefix = "api-clients"
    model = ApiClient
    icon = "key"
    add_to_settings_menu = True
    add_view_class = ApiClientCreateView
    edit_view_class = ApiClientEditView
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("national"), FieldPanel("units"), FieldPanel("revoke")],
        base_form_class=ApiClientForm,
    )
    list_display = [
        "name",
        Column("token_prefix", label=_("Sleutel begint met")),
        "national",
        "created_at",
        "last_used_at",
        "revoked_at",
    ]
    list_filter = ["national"]
