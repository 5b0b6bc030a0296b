"""What a manager did from the reports (remind, extend a due date, assign a module): the audit shown on the
officer's page, and the due-date extensions the due-date rule honours. Written by
curriculum/services/manager_actions.py."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from curriculum.models.fields import module_fk, user_fk


class ManagerAction(models.Model):
    """One action of a manager on one officer. A reminder is unique per officer and day (at most one a day)."""

    class Kind(models.TextChoices):
        # Recorded when the mail is queued; whether it went out is the mail's state (SentMail, same officer and day).
        REMINDER = "reminder", _("Herinnering klaargezet")
        EXTENSION = "extension", _("Uiterste datum verlengd")
        ASSIGNMENT = "assignment", _("Module toegewezen")

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("door")
    )
    officer = user_fk("manager_actions", verbose_name=_("agent"))
    unit = models.ForeignKey(
        "curriculum.Unit", on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("eenheid")
    )
    module = module_fk(null=True)
    day = models.DateField(_("dag"))
    created_at = models.DateTimeField(_("op"))
    reason = models.CharField(_("reden"), max_length=300, blank=True)
    due_date_before = models.DateField(_("oude uiterste datum"), null=True, blank=True)
    due_date_after = models.DateField(_("nieuwe uiterste datum"), null=True, blank=True)

    class Meta:
        verbose_name = _("actie van een leidinggevende")
        verbose_name_plural = _("acties van leidinggevenden")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["officer", "day"], condition=Q(kind="reminder"), name="manager_reminder_once_a_day"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.officer_id} ({self.day:%d-%m-%Y})"


class DueDateExtension(models.Model):
    """A later due date for one officer and module, set by their manager; the due-date rule keeps it
    (curriculum/services/organisation.py) as long as it is later than what the assignments give."""

    user = user_fk(verbose_name=_("agent"))
    module = module_fk()
    due_date = models.DateField(_("uiterste datum"))

    class Meta:
        verbose_name = _("verlengde uiterste datum")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="due_date_extension_once")]

    def __str__(self):
        return f"{self.user_id} · {self.module_id} → {self.due_date:%d-%m-%Y}"


class TrendSnapshot(models.Model):
    """Completion and overdue of one unit and module in one week (taken by the weekly job, services/trend.py),
    so the trend beside the parent unit and the national average reads a few rows, not 65,000 officers."""

    week = models.DateField(_("week (maandag)"))
    unit = models.ForeignKey("curriculum.Unit", on_delete=models.CASCADE, related_name="+", verbose_name=_("eenheid"))
    module = module_fk()
    total = models.PositiveIntegerField(_("toegewezen"))
    completed = models.PositiveIntegerField(_("afgerond"))
    overdue = models.PositiveIntegerField(_("te laat"))

    class Meta:
        verbose_name = _("weekstand")
        verbose_name_plural = _("weekstanden")
        constraints = [models.UniqueConstraint(fields=["week", "unit", "module"], name="trend_snapshot_once_a_week")]

    def __str__(self):
        return f"{self.week:%d-%m-%Y} {self.unit_id} · {self.module_id}"
