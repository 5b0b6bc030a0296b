"""The programme's own records: which periodic job ran for which period, and every mail Signaal sends.

Only curriculum.services.schedule and curriculum.services.notifications write these.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from curriculum.models.fields import optional_fk, user_fk
from curriculum.models.outbox import OutboxRow, delivery_states


class ScheduledRun(models.Model):
    """One periodic job for one period (e.g. "reminders" for 2026-12-04). The unique key is the claim:
    whichever scheduler inserts it first runs the job; every other scheduler's insert fails."""

    job = models.CharField(_("taak"), max_length=60)
    period_key = models.CharField(_("periode"), max_length=40)
    claimed_at = models.DateTimeField(_("geclaimd op"))
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=1)
    result = models.JSONField(_("resultaat"), null=True, blank=True)

    class Meta:
        verbose_name = _("geplande run")
        constraints = [models.UniqueConstraint(fields=["job", "period_key"], name="scheduledrun_once_per_period")]
        indexes = [models.Index(fields=["claimed_at"], name="scheduledrun_claimed")]

    def __str__(self):
        return f"{self.job} {self.period_key}"


class SentMail(OutboxRow):
    """One mail to one person, recorded *before* it is sent (state "pending"), so that a run that dies
    halfway and runs again sends nothing twice and misses nothing. Reminders are unique per progress row,
    step and due date: a new cycle with a new due date gets fresh reminders; digests per manager, unit and week."""

    class Kind(models.TextChoices):
        REMINDER = "reminder", _("Herinnering")
        DIGEST = "digest", _("Weekoverzicht leidinggevende")
        PASSWORD_RESET = "password_reset", _("Wachtwoordlink")
        LOGIN_LINK = "login_link", _("Inloglink")
        MANAGER_REMINDER = "manager_reminder", _("Herinnering van leidinggevende")
        REVIEW_DIGEST = "review_digest", _("Herzieningsoverzicht opleiders")

    State = delivery_states("CANCELLED", "cancelled", _("Niet meer nodig"))

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    step = models.CharField(_("stap"), max_length=20, blank=True)
    recipient = user_fk(verbose_name=_("ontvanger"))
    progress = optional_fk("curriculum.ModuleProgress", _("modulevoortgang"), related_name="mails")
    due_date = models.DateField(_("uiterste datum"), null=True, blank=True)
    unit = models.ForeignKey(
        "curriculum.Unit", on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("eenheid")
    )
    period_key = models.CharField(_("periode"), max_length=40, blank=True)
    state = models.CharField(_("status"), max_length=20, choices=State.choices, default=State.PENDING)
    to_email = models.EmailField(_("aan"), blank=True)
    subject = models.CharField(_("onderwerp"), max_length=200, blank=True)
    options = models.JSONField(_("gegevens"), default=dict, blank=True)

    class Meta(OutboxRow.Meta):
        verbose_name = _("verzonden e-mail")
        constraints = [
            models.UniqueConstraint(
                fields=["progress", "step", "due_date"],
                condition=Q(kind="reminder", progress__isnull=False),
                name="sentmail_reminder_once_per_step",
            ),
            models.UniqueConstraint(
                fields=["recipient", "unit", "period_key"],
                condition=Q(kind="digest"),
                name="sentmail_digest_once_per_week",
            ),
            models.UniqueConstraint(
                fields=["recipient", "period_key"],
                condition=Q(kind="review_digest"),
                name="sentmail_review_digest_once_per_week",
            ),
        ]
        indexes = [
            models.Index(fields=["state", "next_attempt_at"], name="sentmail_queue"),
            models.Index(fields=["recipient", "kind", "sent_at"], name="sentmail_recipient"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.step} → {self.recipient_id} ({self.state})"
