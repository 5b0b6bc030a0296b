"""A manager acts from the reports: remind the overdue officers of a unit, extend a due date for one officer
or a unit. Thin views over curriculum/services/manager_actions.py (scope and rules live there); registered in
wagtail_hooks.py and linked from *Te laat* and the officer's page."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied

from curriculum.errors import AccessDeniedError, DomainError, NotFoundError
from curriculum.models import ModulePage, ModuleProgress
from curriculum.selectors import reporting
from curriculum.services import manager_actions
from curriculum.services.mails import manager_reminder_context


class RemindForm(forms.Form):
    officers = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Agenten die een herinnering krijgen"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Kies ten minste één agent.")},
    )


class ExtendForm(forms.Form):
    module = forms.ModelChoiceField(label=gettext_lazy("Module"), queryset=ModulePage.objects.none())
    due_date = forms.DateField(
        label=gettext_lazy("Nieuwe uiterste datum"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": gettext_lazy("Kies een nieuwe uiterste datum.")},
    )
    reason = forms.CharField(
        label=gettext_lazy("Reden"),
        max_length=manager_actions.REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": gettext_lazy("Geef een reden voor de verlenging.")},
    )


def _scope(request):
    """(roots, unit, officer profile) from ?unit= / ?officer=, within the user's subtrees."""
    if not (request.user.is_superuser or request.user.has_perm(reporting.REPORT_PERMISSION)):
        raise PermissionDenied(_("Je hebt geen toegang tot deze rapportages."))
    roots = reporting.report_roots_get(user=request.user)
    raw_officer = request.GET.get("officer")
    if raw_officer:
        profile = reporting.report_officer_get(user=request.user, raw=raw_officer, roots=roots)
        return profile.unit, profile
    unit = reporting.report_unit_resolve(user=request.user, raw=request.GET.get("unit"), roots=roots)
    if unit is None:
        raise AccessDeniedError(_("Je bent nog niet aan een eenheid gekoppeld."))
    return unit, None


def _guarded(view):
    def wrapper(request, *args, **kwargs):
        try:
            unit, profile = _scope(request)
        except (PermissionDenied, AccessDeniedError) as error:
            return permission_denied(request, error)
        except NotFoundError as error:
            raise Http404(error.message) from error
        return view(request, unit, profile)

    return wrapper


@_guarded
def remind_view(request, unit, profile):
    officers = manager_actions.overdue_officers_list(actor=request.user, unit=unit)
    choices = [(o.pk, o.get_full_name() or o.get_username()) for o in officers if not o.reminded_today]
    form = RemindForm(request.POST or None, initial={"officers": [pk for pk, _label in choices]})
    form.fields["officers"].choices = choices
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                result = manager_actions.overdue_officers_remind(
                    actor=request.user, unit=unit, user_ids=form.cleaned_data["officers"]
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    _("%(n)s herinnering(en) in de wachtrij gezet; %(m)s overgeslagen (vandaag al herinnerd).")
                    % {"n": result["queued"], "m": result["skipped"]},
                )
                return redirect(f"{reverse('curriculum_overdue_report')}?{urlencode({'unit': unit.pk})}")
        status = 400
    first = next((o for o in officers if not o.reminded_today), None)
    manager = request.user.get_full_name() or request.user.get_username()
    context = manager_reminder_context(officer=first, manager=manager) if first else None
    preview = render_to_string("curriculum/mail/manager_reminder.txt", context) if context else ""
    subject = render_to_string("curriculum/mail/manager_reminder_subject.txt", {}).strip()
    return TemplateResponse(
        request,
        "curriculum/admin/manager_remind.html",
        {
            "unit": unit,
            "form": form,
            "reminded_today": [o for o in officers if o.reminded_today],
            "preview": preview,
            "preview_subject": subject,
            "back_url": f"{reverse('curriculum_overdue_report')}?{urlencode({'unit': unit.pk})}",
        },
        status=status,
    )


@_guarded
def extend_view(request, unit, profile):
    rows = reporting.progress_in_unit(unit) if profile is None else ModuleProgress.objects.filter(user=profile.user)
    open_modules = (
        rows.filter(due_date__isnull=False).exclude(status=ModuleProgress.Status.COMPLETED).values("module_id")
    )
    form = ExtendForm(request.POST or None, initial={"module": request.GET.get("module")})
    form.fields["module"].queryset = ModulePage.objects.filter(pk__in=open_modules).order_by("title")
    officer = profile.user if profile else None
    back = (
        reverse("curriculum_officer_modules", args=[officer.pk])
        if officer
        else f"{reverse('curriculum_overdue_report')}?{urlencode({'unit': unit.pk})}"
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                count = manager_actions.due_date_extend(
                    actor=request.user,
                    module=form.cleaned_data["module"],
                    due_date=form.cleaned_data["due_date"],
                    reason=form.cleaned_data["reason"],
                    unit=None if officer else unit,
                    officer=officer,
                )
            except AccessDeniedError as error:
                return permission_denied(request, error)
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Uiterste datum verlengd voor %(n)s agent(en).") % {"n": count})
                return redirect(back)
        status = 400
    return TemplateResponse(
        request,
        "curriculum/admin/manager_extend.html",
        {
            "unit": unit,
            "officer": officer,
            "officer_name": (officer.get_full_name() or officer.get_username()) if officer else "",
            "form": form,
            "today": timezone.localdate(),
            "back_url": back,
        },
        status=status,
    )


class AssignForm(forms.Form):
    module = forms.ModelChoiceField(label=gettext_lazy("Module"), queryset=ModulePage.objects.none())
    due_date = forms.DateField(
        label=gettext_lazy("Uiterste datum"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": gettext_lazy("Kies een uiterste datum.")},
    )


@_guarded
def assign_view(request, unit, profile):
    if not (request.user.is_superuser or settings.SIGNAAL_MANAGERS_MAY_ASSIGN):
        return permission_denied(request, PermissionDenied(_("In deze omgeving wijzen alleen beheerders modules toe.")))
    form = AssignForm(request.POST or None)
    form.fields["module"].queryset = ModulePage.objects.live().order_by("path")
    back = f"{reverse('curriculum_completion_report')}?{urlencode({'unit': unit.pk})}"
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                manager_actions.unit_assignment_by_manager(
                    actor=request.user,
                    module=form.cleaned_data["module"],
                    unit=unit,
                    due_date=form.cleaned_data["due_date"],
                )
            except AccessDeniedError as error:
                return permission_denied(request, error)
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    _("‘%(module)s’ is toegewezen aan %(unit)s.")
                    % {"module": form.cleaned_data["module"].title, "unit": unit.name},
                )
                return redirect(back)
        status = 400
    return TemplateResponse(
        request,
        "curriculum/admin/manager_assign.html",
        {"unit": unit, "form": form, "back_url": back},
        status=status,
    )
