"""Organisation: the unit tree, officers' memberships, managers and module assignments.

Administrators edit these in the Wagtail admin (or import officers from a CSV); writes go through
curriculum.services so that the progress rows the dashboards read stay current.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from curriculum.domain import rules
from curriculum.models.fields import module_fk, user_fk

MAX_UNIT_DEPTH = 4  # Nationale Politie → eenheid → district → basisteam


class Unit(MP_Node):
    """A police unit: Nationale Politie, an eenheid, a district or a basisteam. Edited by administrators."""

    class Level(models.IntegerChoices):
        NATIONAL = 1, _("Nationale Politie")
        REGION = 2, _("Eenheid")
        DISTRICT = 3, _("District")
        TEAM = 4, _("Basisteam")

    name = models.CharField(_("naam"), max_length=120, help_text=_("Bijv. 'Basisteam Amsterdam-Centrum'."))
    code = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("Korte unieke code, gebruikt bij het importeren (bijv. 'BT-AMS-C')."),
    )

    class Meta:
        verbose_name = _("eenheid")
        verbose_name_plural = _("eenheden")
        permissions = [("view_unit_reports", _("Kan voortgangsrapportages van eigen eenheden zien"))]

    def __str__(self):
        return self.name

    @property
    def level_label(self) -> str:
        return self.Level(self.depth).label if self.depth <= MAX_UNIT_DEPTH else ""

    def ancestor_ids(self) -> list[int]:
        """Ids of the ancestors at depth 2..4 and self, by depth (None beyond own depth); one query."""
        paths = rules.level_paths(self.path, self.steplen)
        wanted = [p for p in paths if p and p != self.path]
        by_path = dict(Unit.objects.filter(path__in=wanted).values_list("path", "pk")) if wanted else {}
        by_path[self.path] = self.pk
        return [by_path.get(p) if p else None for p in paths]


class OfficerProfile(models.Model):
    """An officer's membership: one unit and a unique personnel number. Imported from HR or edited by admins."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="officer_profile", verbose_name=_("gebruiker")
    )
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="officers", verbose_name=_("eenheid"))
    personnel_number = models.CharField(
        _("personeelsnummer"), max_length=20, unique=True, help_text=_("Het personeelsnummer uit de HR-administratie.")
    )

    class Meta:
        verbose_name = _("agentprofiel")
        verbose_name_plural = _("agentprofielen")

    def __str__(self):
        return f"{self.personnel_number} {self.user.get_full_name() or self.user.get_username()}"


class UnitManager(models.Model):
    """A manager (leidinggevende) leads a unit and sees reports for its whole subtree."""

    user = user_fk("managed_units")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="managers", verbose_name=_("eenheid"))

    class Meta:
        verbose_name = _("leidinggevende")
        verbose_name_plural = _("leidinggevenden")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "unit"],
                name="unitmanager_once_per_unit",
                violation_error_message=_("Deze persoon is al leidinggevende van deze eenheid."),
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.unit}"


class Assignment(models.Model):
    """A module every officer in the unit's subtree must complete by the due date. Set by administrators."""

    module = module_fk()
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("eenheid"))
    due_date = models.DateField(
        _("uiterste datum"), help_text=_("Wanneer alle agenten in deze eenheid klaar moeten zijn.")
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("toewijzing")
        verbose_name_plural = _("toewijzingen")
        constraints = [models.UniqueConstraint(fields=["module", "unit"], name="assignment_once_per_unit")]

    def __str__(self):
        return f"{self.module} → {self.unit} ({self.due_date:%d-%m-%Y})"
