"""The signal roll-up: per unit, indicator and month, how many answers on questions testing the indicator there
were and how many were right. Written only by curriculum.services.signal_rollup (in the transaction of the
attempt that changes it); the managers' heat-map reads only this table.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SignalRollup(models.Model):
    """Answer counts of the officers of one unit (their own unit, not its subtree) on one indicator in one month."""

    unit = models.ForeignKey(
        "curriculum.Unit", on_delete=models.CASCADE, related_name="+", db_index=False, verbose_name=_("eenheid")
    )
    # No database constraint: an indicator deleted between an attempt's start and its submit must not fail the
    # submit; its rows stay (a rebuild counts them too) and the heat-map only shows indicators that exist.
    indicator = models.ForeignKey(
        "curriculum.Indicator",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        verbose_name=_("indicator"),
    )
    month = models.DateField(_("maand"), help_text=_("De eerste dag van de maand (Nederlandse tijd)."))
    answers = models.IntegerField(_("antwoorden"), default=0)
    correct = models.IntegerField(_("juist"), default=0)

    class Meta:
        verbose_name = _("signaaltelling")
        verbose_name_plural = _("signaaltellingen")
        constraints = [
            models.UniqueConstraint(fields=["unit", "indicator", "month"], name="signalrollup_one_per_month")
        ]

    def __str__(self):
        return f"{self.unit_id} – {self.indicator_id} {self.month:%Y-%m}: {self.correct}/{self.answers}"
