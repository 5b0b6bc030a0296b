"""A manager acts from the reports: remind the overdue officers of a unit, extend a due date for one officer
or a unit. Thin views over curriculum/services/manager_actions.py (scope and rules live there); registered in
wagtail_hooks.py and linked from *Te laat* and the officer's page."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.defaults import permission_denied

from curriculum.admin.header import page_header
from curriculum.domain.errors import AccessDeniedError, DomainError, NotFoundError
from curriculum.models import ModulePage, ModuleProgress
from curriculum.selectors import reporting
from curriculum.selectors.learning import module_live_list
from curriculum.services import manager_actions
from curriculum.services.mails import manager_reminder_message, recipient_language


class RemindForm(forms.Form):
    # The page the form stands on (_form_page): its template, header title and icon.
    page = ("curriculum/admin/manager_remind.html", gettext_lazy("Herinneren wie te laat is"), "mail")
    officers = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Agenten die een herinnering krijgen"),
        coerce=int,
        # Each box is an item of Wagtail's own "w-bulk" controller (its admin script, CSP-safe), which the
        # "Alles selecteren" / "Niets selecteren" buttons of templates/curriculum/admin/manager_remind.html drive.
        widget=forms.CheckboxSelectMultiple(attrs={"data-w-bulk-target": "item", "data-action": "w-bulk#toggle"}),
        error_messages={"required": gettext_lazy("Kies ten minste één agent.")},
    )


def _due_date_field(label, required_message) -> forms.DateField:
    """A due date, picked with the browser's date picker (the view sets the days it offers: _due_date_bounds)."""
    return forms.DateField(
        label=label, widget=forms.DateInput(attrs={"type": "date"}), error_messages={"required": required_message}
    )


def _due_date_bounds(form) -> None:
    """The date picker offers the days the service accepts (tomorrow up to manager_actions.due_date_limit); the
    service checks them again and says why when a typed date lies outside."""
    today = timezone.localdate()
    latest = manager_actions.due_date_limit(today) - timedelta(days=1)
    form.fields["due_date"].widget.attrs.update(
        {"min": (today + timedelta(days=1)).isoformat(), "max": latest.isoformat()}
    )


class _ModuleForm(forms.Form):
    """The module a manager acts on; the view narrows the queryset to the modules this action can take."""

    module = forms.ModelChoiceField(
        label=gettext_lazy("Module"), queryset=ModulePage.objects.none(), empty_label=gettext_lazy("Kies een module")
    )


class ExtendForm(_ModuleForm):
    page = ("curriculum/admin/manager_extend.html", gettext_lazy("Uiterste datum verlengen"), "date")
    due_date = _due_date_field(gettext_lazy("Nieuwe uiterste datum"), gettext_lazy("Kies een nieuwe uiterste datum."))
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


def _reminder_previews(officers, manager: str) -> list[dict]:
    """One preview per language the recipients read (Dutch first), built by the code that sends the mail, for
    the first recipient of that language: the text they will get, word for word."""
    by_language = {}
    for officer in officers:
        by_language.setdefault(recipient_language(officer), []).append(officer)
    previews = []
    for code, _name in settings.LANGUAGES:
        group = by_language.get(code)
        message = manager_reminder_message(officer=group[0], manager=manager) if group else None
        if message is not None:
            previews.append(
                {
                    "code": code,
                    "language": translation.get_language_info(code)["name_translated"],
                    "count": len(group),
                    "name": group[0].get_full_name() or group[0].get_username(),
                    "subject": message.subject,
                    "body": message.body,
                }
            )
    return previews


def _remind_message(result) -> str:
    """The flash message after a reminder run: one sentence per count that is not zero, in a template so that
    each sentence is one translatable plural (templates/curriculum/admin/remind_message.txt)."""
    return render_to_string("curriculum/admin/remind_message.txt", result).strip()


def _form_page(request, form, act, *, unit, back: str, subtitle: str = "", context=dict):
    """One of these forms, shown or submitted. On a valid POST `act()` calls the service and returns the success
    message: success is that message and a redirect to `back`, a refusal is a 403, a domain error goes on the form.
    Otherwise the form's page (`form.page`), with 400 after a POST (nothing changed); `context()` adds what only
    that page shows, built only when it is shown."""
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                message = act()
            except AccessDeniedError as error:
                return permission_denied(request, error)
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, message)
                return redirect(back)
    template, title, icon = form.page
    page = page_header(title, subtitle=subtitle or unit.name, icon=icon)
    return TemplateResponse(
        request, template, {**page, "unit": unit, "form": form, "back_url": back, **context()}, status=status
    )


@_guarded
def remind_view(request, unit, profile):
    officers = manager_actions.overdue_officers_list(actor=request.user, unit=unit)
    recipients = [o for o in officers if not o.reminded_today]
    choices = [(o.pk, o.get_full_name() or o.get_username()) for o in recipients]
    form = RemindForm(request.POST or None, initial={"officers": [pk for pk, _label in choices]})
    form.fields["officers"].choices = choices
    back = f"{reverse('curriculum_overdue_report')}?{urlencode({'unit': unit.pk})}"

    def remind():
        chosen = form.cleaned_data["officers"]
        return _remind_message(manager_actions.overdue_officers_remind(actor=request.user, unit=unit, user_ids=chosen))

    def context():
        manager = request.user.get_full_name() or request.user.get_username()
        return {
            "reminded_today": [o for o in officers if o.reminded_today],
            "unreachable": manager_actions.overdue_officers_unreachable(actor=request.user, unit=unit),
            "previews": _reminder_previews(recipients, manager),
        }

    return _form_page(request, form, remind, unit=unit, back=back, context=context)


@_guarded
def extend_view(request, unit, profile):
    rows = reporting.progress_in_unit(unit) if profile is None else ModuleProgress.objects.filter(user=profile.user)
    open_modules = (
        rows.filter(due_date__isnull=False).exclude(status=ModuleProgress.Status.COMPLETED).values("module_id")
    )
    form = ExtendForm(request.POST or None, initial={"module": request.GET.get("module")})
    form.fields["module"].queryset = ModulePage.objects.filter(pk__in=open_modules).order_by("title")
    _due_date_bounds(form)
    officer = profile.user if profile else None
    officer_name = (officer.get_full_name() or officer.get_username()) if officer else ""
    back = (
        reverse("curriculum_officer_modules", args=[officer.pk])
        if officer
        else f"{reverse('curriculum_overdue_report')}?{urlencode({'unit': unit.pk})}"
    )

    def extend():
        count = manager_actions.due_date_extend(
            actor=request.user,
            module=form.cleaned_data["module"],
            due_date=form.cleaned_data["due_date"],
            reason=form.cleaned_data["reason"],
            unit=None if officer else unit,
            officer=officer,
        )
        return ngettext(
            "Uiterste datum verlengd voor %(n)s agent.", "Uiterste datum verlengd voor %(n)s agenten.", count
        ) % {"n": count}

    extra = {"officer": officer, "officer_name": officer_name, "today": timezone.localdate()}
    return _form_page(request, form, extend, unit=unit, back=back, subtitle=officer_name, context=lambda: extra)


class AssignForm(_ModuleForm):
    page = ("curriculum/admin/manager_assign.html", gettext_lazy("Module toewijzen"), "date")
    due_date = _due_date_field(gettext_lazy("Uiterste datum"), gettext_lazy("Kies een uiterste datum."))


@_guarded
def assign_view(request, unit, profile):
    if not (request.user.is_superuser or settings.SIGNAAL_MANAGERS_MAY_ASSIGN):
        return permission_denied(request, PermissionDenied(_("In deze omgeving wijzen alleen beheerders modules toe.")))
    form = AssignForm(request.POST or None)
    form.fields["module"].queryset = module_live_list()
    _due_date_bounds(form)
    back = f"{reverse('curriculum_completion_report')}?{urlencode({'unit': unit.pk})}"

    def assign():
        module = form.cleaned_data["module"]
        due_date = form.cleaned_data["due_date"]
        manager_actions.unit_assignment_by_manager(actor=request.user, module=module, unit=unit, due_date=due_date)
        return _("‘%(module)s’ is toegewezen aan %(unit)s.") % {"module": module.title, "unit": unit.name}

    return _form_page(request, form, assign, unit=unit, back=back)
