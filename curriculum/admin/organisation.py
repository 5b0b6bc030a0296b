"""Admin for the organisation: units, officers, managers, assignments (registered in wagtail_hooks.py).

Create, edit and delete go through curriculum.services so progress rows stay in step.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from curriculum import services
from curriculum.admin import protection
from curriculum.admin.exports import CsvSafeExportMixin
from curriculum.models import Assignment, ModulePage, OfficerProfile, Unit, UnitManager
from curriculum.models.organisation import MAX_UNIT_DEPTH


class IndexView(CsvSafeExportMixin, generic.IndexView):
    """The listings' CSV and XLSX exports as the reports' (curriculum/admin/exports.py): a name or title from an
    import can never start a formula in the spreadsheet."""


class UnitForm(WagtailAdminModelForm):
    parent = forms.ModelChoiceField(
        queryset=Unit.objects.order_by("path"),
        required=False,
        empty_label=_("Geen (de bovenste eenheid)"),
        label=_("Bovenliggende eenheid"),
        help_text=_("Leeg alleen voor de bovenste eenheid (Nationale Politie)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields.pop("parent", None)  # moving units is not supported here

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            parent = cleaned.get("parent")
            if parent is not None and parent.depth >= MAX_UNIT_DEPTH:
                self.add_error("parent", _("Onder een basisteam kunnen geen eenheden worden aangemaakt."))
            if parent is None and Unit.get_root_nodes().exists():
                self.add_error("parent", _("Kies de bovenliggende eenheid."))
        return cleaned


class UnitCreateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return services.unit_create(name=data["name"], code=data["code"], parent=data.get("parent"))


class UnitDeleteView(generic.DeleteView):
    def run_before_hook(self):
        return protection.unit_delete_guard(self.request, self.object)


class UnitViewSet(ModelViewSet):
    url_prefix = "organisation/units"
    model = Unit
    icon = "group"
    index_view_class = IndexView
    add_view_class = UnitCreateView
    delete_view_class = UnitDeleteView
    edit_handler = ObjectList([FieldPanel("parent"), FieldPanel("name"), FieldPanel("code")], base_form_class=UnitForm)
    list_display = ["name", "code", Column("level_label", label=_("Niveau"))]
    search_fields = ["name", "code"]
    ordering = ["path"]
    list_export = ["code", "name", "depth"]
    inspect_view_enabled = True


def _service_views(*, save, delete, object_name: str):
    """Create, edit and delete views whose writes are service calls, so the progress rows stay in step: `save(form)`
    creates or updates the object and returns it, the service `delete(<object_name>=obj)` deletes it."""

    class CreateView(generic.CreateView):
        def save_instance(self):
            return save(self.form)

    class EditView(generic.EditView):
        def save_instance(self):
            return save(self.form)

    class DeleteView(generic.DeleteView):
        def delete_action(self):
            delete(**{object_name: self.object})

    return CreateView, EditView, DeleteView


def _officer_profile_save(form):
    data = form.cleaned_data
    return services.officer_profile_save(
        user=data["user"], unit=data["unit"], personnel_number=data["personnel_number"]
    )


class OfficerProfileViewSet(ModelViewSet):
    url_prefix = "organisation/officers"
    model = OfficerProfile
    icon = "user"
    index_view_class = IndexView
    menu_label = _("Agenten")
    add_view_class, edit_view_class, delete_view_class = _service_views(
        save=_officer_profile_save, delete=services.officer_profile_delete, object_name="profile"
    )
    form_fields = ["user", "unit", "personnel_number"]
    list_display = ["personnel_number", "user", "unit"]
    list_filter = ["unit"]
    search_fields = ["personnel_number", "user__first_name", "user__last_name", "user__email"]
    list_export = ["personnel_number", "user.get_full_name", "user.email", "unit.code"]


class UnitManagerCreateView(generic.CreateView):
    def save_instance(self):
        return services.unit_manager_add(user=self.form.cleaned_data["user"], unit=self.form.cleaned_data["unit"])


class UnitManagerViewSet(ModelViewSet):
    url_prefix = "organisation/managers"
    model = UnitManager
    icon = "user"
    add_view_class = UnitManagerCreateView
    form_fields = ["user", "unit"]
    list_display = ["user", "unit"]
    search_fields = ["user__username", "user__last_name", "unit__name"]


class AssignmentForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "module" in self.fields:
            self.fields["module"].queryset = ModulePage.objects.order_by("path")


def _assignment_save(form):
    data = form.cleaned_data
    return services.assignment_save(
        module=data["module"],
        unit=data["unit"],
        due_date=data["due_date"],
        assignment=form.instance if form.instance.pk else None,
    )


class AssignmentViewSet(ModelViewSet):
    url_prefix = "organisation/assignments"
    model = Assignment
    icon = "date"
    index_view_class = IndexView
    add_view_class, edit_view_class, delete_view_class = _service_views(
        save=_assignment_save, delete=services.assignment_delete, object_name="assignment"
    )
    edit_handler = ObjectList(
        [FieldPanel("module"), FieldPanel("unit"), FieldPanel("due_date")], base_form_class=AssignmentForm
    )
    list_display = ["module", "unit", "due_date"]
    list_filter = ["unit", "due_date"]
    list_export = ["module.title", "unit.code", "due_date"]


class OrganisationViewSetGroup(ModelViewSetGroup):
    items = (UnitViewSet, OfficerProfileViewSet, UnitManagerViewSet, AssignmentViewSet)
    menu_icon = "group"
    menu_label = _("Organisatie")
    menu_name = "organisation"
