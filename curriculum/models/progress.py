"""Learning records: plain models, written only by curriculum.services.

Database constraints carry the rules that must hold even under concurrent requests: one lesson
completion per officer and lesson, one open attempt per officer and quiz, unique attempt numbers,
one progress row per officer and module. Module completions are an append-only history.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from curriculum.models.fields import RowJSONField, module_fk, optional_fk, user_fk


class LessonCompletion(models.Model):
    """An officer marked a lesson as done."""

    user = user_fk("lesson_completions")
    lesson = models.ForeignKey(
        "curriculum.LessonPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("les")
    )
    module = module_fk()
    completed_at = models.DateTimeField(_("afgerond op"))
    cycle = models.PositiveIntegerField(
        _("ronde"), default=1, db_default=1, help_text=_("De ronde van de module (1 = eerste keer).")
    )

    class Meta:
        verbose_name = _("afgeronde les")
        verbose_name_plural = _("afgeronde lessen")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "cycle"], name="lessoncompletion_once_per_cycle")
        ]
        indexes = [models.Index(fields=["user", "module"])]

    def __str__(self):
        return f"{self.user} – {self.lesson_id}"


class QuizAttempt(models.Model):
    """One attempt at a quiz: started → submitted. Scored on the server against the versions shown."""

    class State(models.TextChoices):
        STARTED = "started", _("Bezig")
        SUBMITTED = "submitted", _("Ingeleverd")

    user = user_fk("quiz_attempts")
    quiz = models.ForeignKey("curriculum.QuizPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("toets"))
    module = module_fk()
    number = models.PositiveIntegerField(_("pogingnummer"))
    state = models.CharField(_("status"), max_length=20, choices=State.choices, default=State.STARTED)
    started_at = models.DateTimeField(_("gestart op"))
    deadline = models.DateTimeField(_("uiterste inlevertijd"), null=True, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("benodigde score (%)"), help_text=_("De benodigde score van de toets bij het begin van de poging.")
    )
    submitted_at = models.DateTimeField(_("ingeleverd op"), null=True, blank=True)
    score = models.PositiveIntegerField(_("score"), null=True, blank=True)
    max_score = models.PositiveIntegerField(_("maximale score"), default=0)
    percent = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    passed = models.BooleanField(_("geslaagd"), null=True, blank=True)
    cycle = models.PositiveIntegerField(
        _("ronde"), default=1, db_default=1, help_text=_("De ronde van de module (1 = eerste keer).")
    )

    class Meta:
        verbose_name = _("toetspoging")
        verbose_name_plural = _("toetspogingen")
        ordering = ["user", "quiz", "number"]
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="quizattempt_unique_number"),
            models.UniqueConstraint(
                fields=["user", "quiz"], condition=Q(state="started"), name="quizattempt_one_open_per_quiz"
            ),
            models.CheckConstraint(
                condition=Q(state="started", submitted_at__isnull=True)
                | Q(state="submitted", submitted_at__isnull=False, score__isnull=False),
                name="quizattempt_state_consistent",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.quiz_id} #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.state == self.State.STARTED


class AttemptAnswer(models.Model):
    """A question as shown in one attempt (its revision and choice order), and the answer given."""

    attempt = models.ForeignKey(
        QuizAttempt, on_delete=models.CASCADE, related_name="answers", verbose_name=_("toetspoging")
    )
    question = models.ForeignKey(
        "curriculum.Question", on_delete=models.PROTECT, related_name="+", verbose_name=_("vraag")
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.PROTECT, related_name="+", verbose_name=_("versie van de vraag")
    )
    position = models.PositiveSmallIntegerField(_("volgorde"))
    choice_order = RowJSONField(
        _("volgorde van de antwoorden"),
        default=list,
        help_text=_("De antwoorden in de volgorde waarin ze zijn getoond."),
    )
    shown = RowJSONField(
        _("getoonde vraag"),
        default=dict,
        blank=True,
        help_text=_(
            "De vraag zoals deze poging hem toonde (tekst, antwoorden met juist/onjuist, indicatoren), vastgelegd "
            "bij de start; alleen de server leest of een antwoord juist is."
        ),
    )
    chosen = RowJSONField(
        _("gekozen antwoorden"),
        null=True,
        blank=True,
        help_text=_("De gekozen antwoorden; leeg tot de poging is ingeleverd."),
    )
    correct = models.BooleanField(_("juist beantwoord"), null=True, blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="attemptanswer_once_per_question"),
            models.UniqueConstraint(fields=["attempt", "position"], name="attemptanswer_unique_position"),
        ]

    def __str__(self):
        return f"{self.attempt} – {self.question_id}"


def _unit_level(label) -> models.ForeignKey:
    """The officer's unit's ancestor at this depth of the unit tree (denormalised onto the progress row)."""
    return optional_fk("curriculum.Unit", label, db_index=False)


# What the managers' report grids count by (status, overdue, expired): the tail of the grid indexes below.
GRID_COUNTED = ["status", "due_date", "expires_at", "cycle_reason"]


class ModuleProgress(models.Model):
    """One row per officer and module, kept current by the services; dashboards read only this."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Niet begonnen")
        IN_PROGRESS = "in_progress", _("Bezig")
        COMPLETED = "completed", _("Afgerond")

    user = user_fk("module_progress")
    module = module_fk()
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NOT_STARTED)
    lessons_done = models.PositiveSmallIntegerField(_("lessen afgerond"), default=0)
    lessons_total = models.PositiveSmallIntegerField(_("lessen totaal"), default=0)
    quiz_passed = models.BooleanField(_("toets gehaald"), default=False)
    best_percent = models.PositiveSmallIntegerField(_("beste score (%)"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    percent = models.PositiveSmallIntegerField(_("voortgang (%)"), default=0)
    started_at = models.DateTimeField(_("begonnen op"), null=True, blank=True)
    completed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)
    expires_at = models.DateTimeField(_("verloopt op"), null=True, blank=True)
    last_activity = models.DateTimeField(_("laatste activiteit"), null=True, blank=True)
    # The current cycle (curriculum.models.recertification.ModuleCycle): only records of this cycle count.
    cycle = models.PositiveIntegerField(_("ronde"), default=1, db_default=1)
    cycle_started_at = models.DateTimeField(_("ronde begonnen op"), null=True, blank=True)
    cycle_reason = models.CharField(
        _("reden van de ronde"),
        max_length=20,
        blank=True,
        default="",
        db_default="",
        choices=[("", _("Eerste keer")), ("expired", _("Verlopen")), ("retraining", _("Opnieuw volgen verplicht"))],
    )
    cycle_due_date = models.DateField(_("uiterste datum van de ronde"), null=True, blank=True)
    change = optional_fk("curriculum.ModuleChange", _("wijziging"))
    # Denormalised from the officer's unit and assignments (kept current by the services) so a
    # dashboard over a subtree is one indexed GROUP BY: unit_lN is the unit's ancestor at depth N.
    due_date = models.DateField(
        _("uiterste datum"), null=True, blank=True, help_text=_("Leeg als de module niet aan de agent is toegewezen.")
    )
    unit = optional_fk("curriculum.Unit", _("eenheid"))
    unit_l2 = _unit_level(_("eenheid (niveau 2)"))
    unit_l3 = _unit_level(_("eenheid (niveau 3)"))
    unit_l4 = _unit_level(_("eenheid (niveau 4)"))

    class Meta:
        verbose_name = _("modulevoortgang")
        verbose_name_plural = _("modulevoortgang")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="moduleprogress_one_per_user")]
        indexes = [
            models.Index(fields=["module", "status"]),
            models.Index(fields=["status", "expires_at"], name="progress_expiry"),
            # The managers' grids (selectors/reporting.py) count per unit level and module from these alone (an
            # index-only scan): every column their counts and filters read is in the key, expiry included (and, for
            # the national grid, which counts every placed row, the unit).
            models.Index(fields=["unit_l2", "unit_l3", "module", *GRID_COUNTED, "unit"], name="progress_l2_grid"),
            models.Index(fields=["unit_l3", "unit_l4", "module", *GRID_COUNTED], name="progress_l3_grid"),
            models.Index(fields=["unit_l4", "module", *GRID_COUNTED], name="progress_l4_grid"),
        ]

    def __str__(self):
        return f"{self.user} – {self.module_id}: {self.status}"


class AppendOnlyQuerySet(models.QuerySet):
    def delete(self):
        raise PermissionError("Module completions are append-only evidence and cannot be deleted.")

    def update(self, **kwargs):
        raise PermissionError("Module completions are append-only evidence and cannot be changed.")


class AppendOnlyModel(models.Model):
    """A record that is only ever added: saving it again or deleting it, also through its queryset, raises
    PermissionError. `append_only` says what the records are, for the error."""

    append_only = "Records are append-only"

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionError(f"{self.append_only} and cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError(f"{self.append_only} and cannot be deleted.")


class ModuleCompletion(AppendOnlyModel):
    """Append-only history: one row per completion cycle. Evidence; never changed or deleted."""

    append_only = "Module completions are append-only evidence"

    user = user_fk("module_completions", on_delete=models.PROTECT)
    module = module_fk(on_delete=models.PROTECT)
    completed_at = models.DateTimeField(_("afgerond op"))
    percent = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    module_revision = optional_fk("wagtailcore.Revision", _("versie van de module"))
    expires_at = models.DateTimeField(_("verloopt op"), null=True, blank=True)
    cycle = models.PositiveIntegerField(_("ronde"), default=1, db_default=1)

    class Meta:
        verbose_name = _("moduleafronding")
        verbose_name_plural = _("moduleafrondingen")
        ordering = ["-completed_at"]
        indexes = [models.Index(fields=["user", "module"])]

    def __str__(self):
        return f"{self.user} – {self.module_id} ({self.completed_at:%Y-%m-%d})"
