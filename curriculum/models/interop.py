"""Records for the systems around Signaal: the xAPI outbox and the read API's clients.

Only curriculum.services.xapi and curriculum.services.api_clients write these.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from curriculum.models.fields import optional_fk
from curriculum.models.outbox import OutboxRow, delivery_states


class XapiStatement(OutboxRow):
    """One xAPI statement for one learning event, written in the same transaction as the learning record
    (an outbox), then sent to the Learning Record Store by the worker. The statement is frozen when the event
    happens, so a retry sends exactly the same statement; its id is derived from the event, so the event is
    queued once (unique) and the LRS de-duplicates a statement that reaches it twice."""

    class Event(models.TextChoices):
        LESSON_COMPLETED = "lesson_completed", _("Les afgerond")
        ATTEMPT_SUBMITTED = "attempt_submitted", _("Toetspoging ingeleverd")
        MODULE_COMPLETED = "module_completed", _("Module afgerond (certificaat)")
        COMPLETION_EXPIRED = "completion_expired", _("Afronding verlopen")

    State = delivery_states("REJECTED", "rejected", _("Geweigerd door de LRS"))

    statement_id = models.UUIDField(_("statement-id"), unique=True)
    event = models.CharField(_("gebeurtenis"), max_length=30, choices=Event.choices)
    statement = models.JSONField(_("statement"))
    timestamp = models.DateTimeField(_("tijdstip van de gebeurtenis"))
    state = models.CharField(_("status"), max_length=20, choices=State.choices, default=State.PENDING)
    claim = models.UUIDField(_("claim"), null=True, blank=True)

    class Meta(OutboxRow.Meta):
        verbose_name = _("xAPI-statement")
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="xapi_queue")]

    def __str__(self):
        return f"{self.get_event_display()} {self.statement_id} ({self.state})"


class ApiClient(models.Model):
    """A system that reads the API (HR, data warehouse, audit), created by an administrator. Only a hash of its
    token is stored; the token itself is shown once, when the client is created. It reads only the units it is
    scoped to (with their subtrees), or everything when it is national."""

    name = models.CharField(_("naam"), max_length=120, help_text=_("Welk systeem dit is, bijv. 'HR-koppeling'."))
    national = models.BooleanField(
        _("landelijk"), default=False, help_text=_("Mag gegevens van alle eenheden lezen (Nationale Politie).")
    )
    units = models.ManyToManyField(
        "curriculum.Unit",
        blank=True,
        related_name="+",
        verbose_name=_("eenheden"),
        help_text=_("Mag alleen deze eenheden en alles daaronder lezen."),
    )
    token_prefix = models.CharField(_("begin van de sleutel"), max_length=12, editable=False)
    token_hash = models.CharField(_("hash van de sleutel"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("aangemaakt op"), editable=False)
    created_by = optional_fk(settings.AUTH_USER_MODEL, _("aangemaakt door"), editable=False)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField(_("laatst gebruikt"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("API-client")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    @property
    def active(self) -> bool:
        return self.revoked_at is None
