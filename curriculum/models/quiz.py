"""The module's quiz page and its questions' places in it (QuizQuestion). Trainers edit them in the Wagtail admin;
officers start, submit and see results through the page's routes, which call curriculum.services."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from curriculum.admin.page_forms import QuizPageForm
from curriculum.admin.quiz_stats_panel import QuizStatsPanel
from curriculum.models.preview import preview_frameable
from curriculum.models.routing import OneQueryViewRestrictionsMixin


class QuizPage(OneQueryViewRestrictionsMixin, RoutablePageMixin, Page):
    """The module's quiz: a pool of published questions, N drawn per attempt, scored on the server."""

    class ShowCorrectAnswers(models.TextChoices):
        NEVER = "never", _("Nooit")
        AFTER_PASSING = "after_passing", _("Na het slagen")
        AFTER_LAST_ATTEMPT = "after_last_attempt", _("Na de laatste poging")

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("inleiding"),
        help_text=_("Uitleg vóór de toets."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        verbose_name=_("slaaggrens"),
        help_text=_("Benodigde score in procenten."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        default=0, verbose_name=_("maximaal aantal pogingen"), help_text=_("Maximaal aantal pogingen (0 = onbeperkt).")
    )
    shuffle = models.BooleanField(
        default=True,
        verbose_name=_("willekeurige volgorde"),
        help_text=_("Vragen en antwoorden per poging in willekeurige volgorde."),
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        default=0,
        verbose_name=_("vragen per poging"),
        help_text=_(
            "Hoeveel vragen elke poging uit de vragen hieronder trekt (0 = alle vragen). Een nieuwe poging "
            "krijgt zoveel mogelijk vragen die de agent de vorige keer niet kreeg."
        ),
    )
    show_correct_answers = models.CharField(
        max_length=20,
        choices=ShowCorrectAnswers.choices,
        default=ShowCorrectAnswers.AFTER_PASSING,
        verbose_name=_("juiste antwoorden tonen"),
        help_text=_(
            "Wanneer de agent op de resultaatpagina ziet welke antwoorden juist waren. Bij „Na de laatste "
            "poging” en een onbeperkt aantal pogingen is dat nooit."
        ),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        default=0,
        verbose_name=_("tijdslimiet (minuten)"),
        help_text=_("Tijdslimiet per poging in minuten (0 = geen limiet); de serverklok beslist."),
    )

    base_form_class = QuizPageForm
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts"), FieldPanel("time_limit_minutes")]),
        FieldRowPanel([FieldPanel("questions_per_attempt"), FieldPanel("show_correct_answers")]),
        FieldPanel("shuffle"),
        # Wagtail heads each item "<label> <n>" and names the button "Voeg <label> toe"; the panel has the heading.
        InlinePanel("quiz_questions", heading=_("Vragen"), label=_("vraag"), min_num=1),
        QuizStatsPanel(heading=_("Hoe de vragen presteren")),
    ]
    parent_page_types = ["curriculum.ModulePage"]
    subpage_types = []
    preview_modes = [("", _("Vragen zoals de agent ze ziet")), ("start", _("Startscherm"))]

    class Meta:
        verbose_name = _("toets")

    def correct_answers_visible(self, *, passed: bool, attempts_used: int, attempt_open: bool = False) -> bool:
        """Whether a result page may mark the correct options: this quiz's rule, and never while the
        officer has an attempt open (`passed`: any attempt passed; `attempts_used`: attempts submitted)."""
        rule = self.ShowCorrectAnswers
        if attempt_open:
            return False
        if self.show_correct_answers == rule.AFTER_PASSING:
            return passed
        if self.show_correct_answers == rule.AFTER_LAST_ATTEMPT:
            return bool(self.max_attempts) and attempts_used >= self.max_attempts
        return False

    def serve_preview(self, request, mode_name):
        # The trainer sees the questions as an officer would; nothing is stored (no attempt, no progress).
        from curriculum.views.officer import quiz_preview_view

        return preview_frameable(quiz_preview_view(request, self, mode_name))

    @classmethod
    def can_create_at(cls, parent):
        # One quiz per module: the completion rule needs exactly one.
        return super().can_create_at(parent) and not QuizPage.objects.child_of(parent).exists()

    def module(self):
        return self.get_parent().specific

    def serve(self, request, *args, **kwargs):
        from curriculum.views.locks import locked_response

        return locked_response(request, self) or super().serve(request, *args, **kwargs)

    @path("", name="start_page")
    def quiz_view(self, request):
        from curriculum.views.officer import quiz_view

        return quiz_view(request, self)

    @path("start/", name="start")
    def start(self, request):
        from curriculum.views.officer import quiz_start_view

        return quiz_start_view(request, self)

    @path("inleveren/", name="submit")
    def submit(self, request):
        from curriculum.views.officer import quiz_submit_view

        return quiz_submit_view(request, self)

    @path("resultaat/<int:number>/", name="result")
    def result(self, request, number):
        from curriculum.views.officer import quiz_result_view

        return quiz_result_view(request, self, number)


class QuizQuestion(Orderable):
    """A question's place in a quiz."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="quiz_questions", verbose_name=_("toets"))
    question = models.ForeignKey(
        "curriculum.Question", on_delete=models.CASCADE, related_name="+", verbose_name=_("vraag")
    )

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("toetsvraag")
        constraints = [models.UniqueConstraint(fields=["quiz", "question"], name="quizquestion_unique_question")]
