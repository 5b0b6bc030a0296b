"""Recertification and re-training: material content changes and the cycles they start.

A `ModuleCycle` row is appended whenever an officer has to do a module again (their completion
expired, or a trainer published a material change). Learning records carry the cycle they belong
to, so progress counts only the current cycle while every earlier record stays as evidence.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from curriculum.models.fields import module_fk, optional_fk, user_fk
from curriculum.models.progress import AppendOnlyModel


class CycleReason(models.TextChoices):
    FIRST = "", _("Eerste keer")
    EXPIRED = "expired", _("Verlopen")
    RETRAINING = "retraining", _("Opnieuw volgen verplicht")


class ModuleChange(models.Model):
    """A trainer published a material change to a module (or one of its lessons): officers who
    completed the module must do it again within `due_days`. One row per published revision."""

    module = module_fk()
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("gewijzigde pagina")
    )
    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("versie")
    )
    created_at = models.DateTimeField(_("gepubliceerd op"))
    created_by = optional_fk(settings.AUTH_USER_MODEL, _("door"))
    note = models.TextField(_("wat is er veranderd"), max_length=1000)
    due_days = models.PositiveSmallIntegerField(_("termijn (dagen)"))
    officers = models.PositiveIntegerField(_("agenten opnieuw ingepland"), default=0)
    applied_at = models.DateTimeField(_("verwerkt op"), null=True, blank=True)

    class Meta:
        verbose_name = _("inhoudelijke wijziging")
        verbose_name_plural = _("inhoudelijke wijzigingen")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.module_id} @ {self.created_at:%Y-%m-%d}"


class ModuleCycle(AppendOnlyModel):
    """Append-only: an officer starts module cycle `number` (2, 3, …) for `reason`, due `due_date`."""

    append_only = "Module cycles are append-only"

    user = user_fk(on_delete=models.PROTECT)
    module = module_fk(on_delete=models.PROTECT)
    number = models.PositiveIntegerField(_("ronde"))
    started_at = models.DateTimeField(_("begonnen op"))
    reason = models.CharField(_("reden"), max_length=20, choices=CycleReason.choices, blank=True)
    due_date = models.DateField(_("uiterste datum"), null=True, blank=True)
    change = models.ForeignKey(
        ModuleChange, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("wijziging")
    )
    previous_completed_at = models.DateTimeField(_("vorige afronding"), null=True, blank=True)

    class Meta:
        verbose_name = _("moduleronde")
        constraints = [models.UniqueConstraint(fields=["user", "module", "number"], name="modulecycle_unique_number")]

    def __str__(self):
        return f"{self.user_id} – {self.module_id} #{self.number}"
