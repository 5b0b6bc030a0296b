"""What the two outboxes share, the mail log (`SentMail`) and the xAPI queue (`XapiStatement`): the delivery
columns and the one rule for which rows a worker may claim.

A row is written "pending" in the transaction of the event it reports and delivered later by a worker, which
claims it with a conditional UPDATE (pending → sending), sends it, and marks it sent; a failure puts it back to
pending with a back-off (curriculum.domain.rules.retry_delay). A row left "sending" by a worker that died mid-send is
claimable again after a stale period, so nothing is lost and, outside that window, nothing is sent twice.
"""

from datetime import datetime, timedelta

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def delivery_states(end_name: str, end_value: str, end_label) -> type[models.TextChoices]:
    """An outbox's `State`: the three delivery states every outbox has (the claim rule below reads PENDING and
    SENDING), followed by the outbox's own end state, e.g. the mail's CANCELLED or the LRS's REJECTED."""
    return models.TextChoices(
        "State",
        [
            ("PENDING", ("pending", _("Wacht op verzending"))),
            ("SENDING", ("sending", _("Wordt verzonden"))),
            ("SENT", ("sent", _("Verzonden"))),
            (end_name, (end_value, end_label)),
        ],
    )


class OutboxQuerySet(models.QuerySet):
    def claimable(self, now: datetime, *, stale_after: timedelta) -> "OutboxQuerySet":
        """Rows a worker may claim now: pending and due, or "sending" for longer than `stale_after`."""
        state = self.model.State
        due = Q(state=state.PENDING, next_attempt_at__lte=now)
        return self.filter(due | Q(state=state.SENDING, claimed_at__lte=now - stale_after))


class OutboxRow(models.Model):
    """Abstract: a subclass declares `State = delivery_states(...)` with its own end state, and its `state` field."""

    created_at = models.DateTimeField(_("aangemaakt op"))
    next_attempt_at = models.DateTimeField(_("volgende poging"))
    claimed_at = models.DateTimeField(_("verzending begonnen"), null=True, blank=True)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_error = models.CharField(_("laatste fout"), max_length=300, blank=True)

    objects = OutboxQuerySet.as_manager()

    class Meta:
        abstract = True
