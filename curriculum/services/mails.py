"""The mail itself, built at send time from its SentMail row: plain text plus HTML, in the recipient's language.

Dutch unless the recipient chose English (their profile's language, saved by the NL/EN switch). Links are
absolute (SIGNAAL_BASE_URL). Returns None when the mail is no longer wanted (module completed meanwhile,
due date changed, account deactivated or pseudonymised, the kind switched off).
"""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlencode, urlsafe_base64_encode

from curriculum.models import ModuleProgress, SentMail
from curriculum.selectors.notifications import digest_get
from curriculum.services.login_links import login_link_token


def absolute(path: str) -> str:
    return path if path.startswith(("http://", "https://")) else f"{settings.SIGNAAL_BASE_URL}{path}"


def recipient_language(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    return "en" if profile is not None and profile.preferred_language == "en" else "nl"


def _name(user) -> str:
    return user.get_full_name() or user.get_username()


def _render(prefix: str, context: dict, to: str) -> EmailMultiAlternatives:
    subject = " ".join(render_to_string(f"{prefix}_subject.txt", context).split())
    message = EmailMultiAlternatives(subject, render_to_string(f"{prefix}.txt", context), to=[to])
    message.attach_alternative(render_to_string(f"{prefix}.html", context), "text/html")
    return message


def _reminder_context(mail: SentMail) -> dict | None:
    progress = mail.progress
    if (
        not settings.SIGNAAL_MAIL_REMINDERS
        or progress is None
        or progress.status == ModuleProgress.Status.COMPLETED
        or progress.due_date != mail.due_date
    ):
        return None
    module = progress.module.specific
    days = (mail.due_date - timezone.localdate()).days
    return {
        "name": _name(mail.recipient),
        "module": module.title,
        "minutes": getattr(module, "estimated_minutes", None),
        "due_date": mail.due_date,
        "step": "overdue" if mail.step.startswith("overdue") else mail.step,
        "days_left": max(days, 0),
        "days_late": max(-days, 0),
        "percent": progress.percent,
        "module_url": absolute(module.get_url() or "/"),
        "home_url": absolute("/"),
    }


def manager_reminder_context(*, officer, manager: str, today=None) -> dict | None:
    """The reminder a manager sends from the reports (also the preview on the form): the officer's overdue
    modules at send time; None when nothing is overdue any more."""
    today = today or timezone.localdate()
    overdue = list(
        ModuleProgress.objects.filter(user=officer, due_date__lt=today)
        .exclude(status=ModuleProgress.Status.COMPLETED)
        .select_related("module")
        .order_by("due_date", "module__title")
    )
    if not overdue:
        return None
    return {
        "name": _name(officer),
        "manager": manager,
        "modules": [{"title": row.module.title, "due_date": row.due_date} for row in overdue],
        "home_url": absolute("/"),
    }


def manager_reminder_message(*, officer, manager: str) -> EmailMultiAlternatives | None:
    """The manager's reminder to one officer, in the officer's language: what the worker sends and what the
    form's preview shows (curriculum/admin/manager_actions.py), so the two cannot differ."""
    with translation.override(recipient_language(officer)):
        context = manager_reminder_context(officer=officer, manager=manager)
        return None if context is None else _render("curriculum/mail/manager_reminder", context, officer.email)


def _digest_context(mail: SentMail) -> dict | None:
    if not settings.SIGNAAL_MAIL_DIGESTS or not mail.recipient.managed_units.filter(unit=mail.unit).exists():
        return None
    query = urlencode({"unit": mail.unit_id})
    return {
        "name": _name(mail.recipient),
        "unit": mail.unit,
        "week": mail.period_key,
        **digest_get(unit=mail.unit, today=timezone.localdate()),
        "report_url": absolute(f"{reverse('curriculum_completion_report')}?{query}"),
        "overdue_url": absolute(f"{reverse('curriculum_overdue_report')}?{query}"),
    }


def _review_digest_context(mail: SentMail) -> dict | None:
    """The modules whose content review is due, for a trainer or moderator; None when none is due any more."""
    from curriculum.selectors.recertification import review_due_list

    today = timezone.localdate()
    rows = review_due_list(within_days=settings.SIGNAAL_REVIEW_DIGEST_DAYS, today=today)
    if not settings.SIGNAAL_MAIL_REVIEW_DIGESTS or not rows:
        return None
    modules = [
        {
            "title": row.module.title,
            "next_review": row.next_review,
            "overdue": row.next_review is not None and row.next_review < today,
            "edit_url": absolute(reverse("wagtailadmin_pages:edit", args=[row.module.pk])),
        }
        for row in rows
    ]
    return {
        "name": _name(mail.recipient),
        "week": mail.period_key,
        "modules": modules,
        "report_url": absolute(reverse("curriculum_review_report")),
    }


def _password_reset(mail: SentMail) -> EmailMultiAlternatives:
    user, options = mail.recipient, mail.options
    context = {
        "email": user.email,
        "domain": options.get("domain", ""),
        "site_name": "Signaal",
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": options.get("protocol", "https"),
    }
    with translation.override(options.get("language", "nl")):
        subject = "".join(render_to_string("registration/password_reset_subject.txt", context).splitlines())
        message = EmailMultiAlternatives(
            subject, render_to_string("registration/password_reset_email.txt", context), to=[user.email]
        )
        message.attach_alternative(render_to_string("registration/password_reset_email.html", context), "text/html")
    return message


def _login_link(mail: SentMail) -> EmailMultiAlternatives | None:
    """The step-up login link (curriculum/services/login_links.py). A mail that could not go out while its link
    would have been valid is not sent late: the officer has asked again or logged in another way."""
    if (timezone.now() - mail.created_at).total_seconds() > settings.LOGIN_LINK_MAX_AGE:
        return None
    user, options = mail.recipient, mail.options
    token = login_link_token(user, options.get("next", ""))
    link = options.get("base_url", absolute("/")).rstrip("/") + f"/inloggen/link/{token}/"
    context = {"user": user, "link": link, "minutes": settings.LOGIN_LINK_MAX_AGE // 60}
    with translation.override(options.get("language", "nl")):
        subject = render_to_string("registration/login_link_subject.txt", context).strip()
        return EmailMultiAlternatives(
            subject, render_to_string("registration/login_link_email.txt", context), to=[user.email]
        )


def message_build(mail: SentMail) -> EmailMultiAlternatives | None:
    user = mail.recipient
    if not user.is_active or not user.email:
        return None
    if mail.kind == SentMail.Kind.PASSWORD_RESET:
        return _password_reset(mail)
    if mail.kind == SentMail.Kind.LOGIN_LINK:
        return _login_link(mail)
    with translation.override(recipient_language(user)):
        if mail.kind == SentMail.Kind.MANAGER_REMINDER:
            return manager_reminder_message(officer=user, manager=mail.options.get("manager", ""))
        if mail.kind == SentMail.Kind.REMINDER:
            context = _reminder_context(mail)
            return None if context is None else _render("curriculum/mail/reminder", context, user.email)
        if mail.kind == SentMail.Kind.REVIEW_DIGEST:
            context = _review_digest_context(mail)
            return None if context is None else _render("curriculum/mail/review_digest", context, user.email)
        context = _digest_context(mail)
        return None if context is None else _render("curriculum/mail/digest", context, user.email)
