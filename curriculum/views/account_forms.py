"""Forms for the officer's own account: password reset (also for imported officers) and password change.

Imported officers get an unusable password (curriculum.services.imports), and Django's reset form skips
such users, so they could never log in. The reset form here also mails active users without a usable
password *if* they are officers (have an OfficerProfile); other disabled accounts stay excluded.
Tokens are Django's default generator: one-time, because they hash the password and last login.
"""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _


def _same_email(a: str, b: str) -> bool:
    return auth_forms._unicode_ci_compare(a, b)


class OfficerPasswordResetForm(auth_forms.PasswordResetForm):
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def get_users(self, email):
        """Active users with this e-mail who have a usable password or are (imported) officers."""
        User = get_user_model()
        field = User.get_email_field_name()
        candidates = User._default_manager.filter(**{f"{field}__iexact": email, "is_active": True}).select_related(
            "officer_profile"
        )
        for user in candidates:
            if not _same_email(email, getattr(user, field) or ""):
                continue
            if user.has_usable_password() or hasattr(user, "officer_profile"):
                yield user

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        """Queue the mail for a worker instead of sending it inside the request (curriculum.services.notifications);
        the link is made when the mail is sent, so no token is stored."""
        from curriculum.services.notifications import password_reset_queue

        password_reset_queue(user=context["user"], domain=context["domain"], protocol=context["protocol"])


class OfficerSetPasswordForm(auth_forms.SetPasswordForm):
    """The new-password form after a reset link, and the change form for accounts without a password yet."""

    new_password1, new_password2 = auth_forms.SetPasswordMixin.create_password_fields(
        label1=_("Nieuw wachtwoord"), label2=_("Herhaal het nieuwe wachtwoord")
    )


class OfficerPasswordChangeForm(OfficerSetPasswordForm, auth_forms.PasswordChangeForm):
    old_password = forms.CharField(
        label=_("Huidig wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "autofocus": True}),
    )
    field_order = ["old_password", "new_password1", "new_password2"]
