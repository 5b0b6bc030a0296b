"""The officer's own account on the site: forgotten password, set a (first) password, change it, "Mijn profiel".

Django's auth views do the token work (one-time, time-limited links); these subclasses add the
site's Dutch templates, let imported officers (unusable password) receive a link, and limit how
often a link can be requested: per e-mail address and overall, never per IP alone (police stations
share one public IP). The response to a request never says whether the address belongs to anyone.

Also here: the guard that keeps officers out of the Wagtail admin with a clear page of our own,
instead of Wagtail's "no access" message that would otherwise surface later on the officer site.
"""

import hashlib
import logging
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views import i18n

from curriculum.views.account_forms import OfficerPasswordChangeForm, OfficerPasswordResetForm, OfficerSetPasswordForm
from signaal.middleware import _hit

audit = logging.getLogger("signaal.audit")

# Reset requests allowed per window: per e-mail address (mail bombing one person) and in total
# (mail bombing many). Override with PASSWORD_RESET_LIMITS in settings.
PASSWORD_RESET_LIMITS_DEFAULT = {"per_email": 3, "overall": 200, "window_seconds": 60 * 60}


def _reset_limits() -> dict:
    return {**PASSWORD_RESET_LIMITS_DEFAULT, **getattr(settings, "PASSWORD_RESET_LIMITS", {})}


def password_reset_refusal(email: str) -> str | None:
    """Count one reset request for this address; a Dutch refusal when a limit is passed, else None.

    Counted for every well-formed address, known or not, so the limit itself reveals nothing.
    The cache key holds a hash, never the address.
    """
    limits = _reset_limits()
    window = limits["window_seconds"]
    digest = hashlib.sha256(email.strip().casefold().encode()).hexdigest()[:32]
    per_email = _hit(f"signaal:pwreset:email:{digest}", window)
    overall = _hit("signaal:pwreset:all", window)
    if per_email > limits["per_email"]:
        audit.warning("password_reset_throttled scope=email")
        return _(
            "Voor dit e-mailadres is de afgelopen tijd al een aantal keer een link aangevraagd. "
            "Kijk in je mailbox (ook bij ongewenste e-mail) of probeer het over een uur opnieuw."
        )
    if overall > limits["overall"]:
        audit.warning("password_reset_throttled scope=overall")
        return _("Er worden op dit moment te veel links aangevraagd. Probeer het over een uur opnieuw.")
    return None


class PasswordResetView(auth_views.PasswordResetView):
    """ "Wachtwoord vergeten?": ask for the e-mail address; always the same answer afterwards."""

    form_class = OfficerPasswordResetForm
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    html_email_template_name = "registration/password_reset_email.html"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")
    extra_email_context = {"site_name": "Signaal"}

    def form_valid(self, form):
        refusal = password_reset_refusal(form.cleaned_data["email"])
        if refusal is not None:
            return self.render_to_response(self.get_context_data(form=form, refusal=refusal), status=429)
        audit.info("password_reset_requested")
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """The link from the mail: choose a new (or first) password. The link works once."""

    form_class = OfficerSetPasswordForm
    template_name = "registration/password_reset_confirm.html"
    reset_url_token = "instellen"
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        _axes_unlock(form.user.get_username())
        audit.info("password_reset_completed user=%s", form.user.pk)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    """Change the password while logged in (old password asked; none asked if there is none yet)."""

    template_name = "registration/password_change_form.html"
    success_url = reverse_lazy("profile")

    def get_form_class(self):
        return OfficerPasswordChangeForm if self.request.user.has_usable_password() else OfficerSetPasswordForm

    def form_valid(self, form):
        response = super().form_valid(form)
        audit.info("password_changed user=%s", self.request.user.pk)
        messages.success(self.request, _("Je wachtwoord is gewijzigd."))
        return response


def _axes_unlock(username: str) -> None:
    """A person who just proved they own the mailbox is not the one guessing passwords: lift the lock."""
    from axes.utils import reset

    reset(username=username)


@login_required
def profile_view(request):
    """ "Mijn profiel": own name, e-mail, unit and personnel number (read-only) and account links."""
    profile = getattr(request.user, "officer_profile", None)
    context = {
        "profile": profile,
        "unit": profile.unit if profile is not None else None,
        "has_password": request.user.has_usable_password(),
    }
    return render(request, "registration/profile.html", context)


def language_set_view(request):
    """The NL/EN switch (Django's set_language); a logged-in user's choice is also kept for their e-mail."""
    response = i18n.set_language(request)
    language = request.POST.get("language") if request.method == "POST" else None
    if request.user.is_authenticated and language in dict(settings.LANGUAGES):
        from curriculum.services.notifications import user_language_save

        user_language_save(user=request.user, language=language)
    return response


def admin_access_guard(view):
    """Wrap a Wagtail admin view: a logged-in user without admin access gets our own refusal page.

    Wagtail would add "Je hebt geen toegang tot de administratoropties." to the session's messages
    and redirect to its login page; that message then turns up on the officer site. Anonymous
    visitors and everyone with access_admin pass straight through to Wagtail. The 403 is audited
    by signaal.middleware.AuditDenialMiddleware.
    """

    @wraps(view)
    def guarded(request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and not user.has_perm("wagtailadmin.access_admin"):
            return render(request, "registration/admin_refused.html", status=403)
        return view(request, *args, **kwargs)

    return guarded
