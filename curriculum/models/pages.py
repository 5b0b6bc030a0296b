"""Curriculum page tree: CurriculumIndexPage → ModulePage → LessonPage / QuizPage, plus the pocket card.

Trainers edit these pages in the Wagtail admin. Officers only read them; every write (lesson done,
quiz attempt) goes through curriculum.services, called from the page routes.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from curriculum.admin.page_forms import LessonPageForm, ModulePageForm
from curriculum.admin.quiz_stats_panel import QuizStatsPanel
from curriculum.blocks import LessonStreamBlock, ObjectiveStreamBlock
from curriculum.models.preview import FrameablePreviewMixin, preview_frameable
from curriculum.models.routing import OneQueryViewRestrictionsMixin


class MaterialChange(models.Model):
    """Fields a trainer fills when publishing a material change ("Opnieuw volgen verplicht").

    They travel in the revision, so a change submitted for moderation takes effect when the Redactie
    publishes it. curriculum/signals.py acts on them once per published revision (a ModuleChange row);
    the edit form then shows them empty again (curriculum/admin/page_forms.py).
    """

    retraining_required = models.BooleanField(
        _("opnieuw volgen verplicht"),
        default=False,
        help_text=_(
            "Inhoudelijke wijziging: iedereen die de module heeft afgerond, moet die opnieuw doen. "
            "Geldt bij het publiceren van deze versie."
        ),
    )
    retraining_due_days = models.PositiveSmallIntegerField(
        _("termijn (dagen)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("Binnen hoeveel dagen de agenten de module opnieuw moeten afronden."),
    )
    change_note = models.TextField(
        _("wat is er veranderd"),
        max_length=1000,
        blank=True,
        help_text=_("De agenten zien deze toelichting op „Mijn training”."),
    )

    # A copy is a new page: it starts no re-training.
    exclude_fields_in_copy = ["retraining_required", "change_note"]

    class Meta:
        abstract = True


MATERIAL_CHANGE_PANEL = [
    FieldPanel("retraining_required"),
    FieldPanel("retraining_due_days"),
    FieldPanel("change_note"),
]


class CurriculumIndexPage(OneQueryViewRestrictionsMixin, FrameablePreviewMixin, Page):
    """The training overview ("Opleiding signalen mensenhandel"); lists the modules."""

    intro = RichTextField(
        _("inleiding"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Korte inleiding boven de modules."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["curriculum.ModulePage", "curriculum.PocketCardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("opleidingsoverzicht")

    def get_context(self, request, *args, **kwargs):
        from curriculum.selectors import officer_dashboard_get

        context = super().get_context(request, *args, **kwargs)
        from curriculum.selectors.recertification import module_tags_get, topic_filter

        dashboard = officer_dashboard_get(user=request.user)
        context["topics"] = module_tags_get(dashboard)
        context["topic"], context["dashboard"], context["topic_unknown"] = topic_filter(
            dashboard, request.GET.get("onderwerp", "")
        )
        context["pocket_card"] = PocketCardPage.objects.child_of(self).live().first()
        return context


class ModulePageTag(TaggedItemBase):
    content_object = ParentalKey("curriculum.ModulePage", on_delete=models.CASCADE, related_name="tagged_items")


class ModulePage(OneQueryViewRestrictionsMixin, FrameablePreviewMixin, MaterialChange, Page):  # noqa: DJ008
    """One training module: a few short lessons followed by one quiz. Written by trainers."""

    summary = models.TextField(
        _("samenvatting"), max_length=500, help_text=_("Eén of twee zinnen voor de modulekaart.")
    )
    learning_objectives = StreamField(
        ObjectiveStreamBlock(),
        blank=True,
        verbose_name=_("leerdoelen"),
        help_text=_("Wat kan de agent na deze module?"),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("geschatte duur (minuten)"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("Geschatte duur in minuten."),
    )
    mandatory = models.BooleanField(_("verplicht"), default=False, help_text=_("Verplicht voor alle agenten."))
    validity_months = models.PositiveSmallIntegerField(
        _("geldigheid (maanden)"), default=0, help_text=_("Hoe lang een afronding geldig blijft (0 = onbeperkt).")
    )
    tags = ClusterTaggableManager(
        through=ModulePageTag,
        blank=True,
        verbose_name=_("trefwoorden"),
        help_text=_("Onderwerpen, bijv. 13oceans, wodc."),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="+",
        verbose_name=_("voorwaardelijke modules"),
        help_text=_("Modules die eerst afgerond moeten zijn."),
    )
    last_reviewed = models.DateField(
        _("laatst herzien"),
        null=True,
        blank=True,
        help_text=_("Wanneer de inhoud voor het laatst inhoudelijk is nagekeken."),
    )
    next_review = models.DateField(
        _("volgende herziening"),
        null=True,
        blank=True,
        help_text=_("Wanneer de inhoud opnieuw moet worden nagekeken."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("validity_months")]), FieldPanel("mandatory")],
            heading=_("Planning"),
        ),
        FieldPanel("tags"),
        FieldPanel("prerequisites"),
        MultiFieldPanel(
            [
                FieldPanel("content_reviewed"),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review")]),
            ],
            heading=_("Herziening"),
        ),
        MultiFieldPanel(MATERIAL_CHANGE_PANEL, heading=_("Inhoudelijke wijziging")),
    ]
    base_form_class = ModulePageForm
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("mandatory"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    parent_page_types = ["curriculum.CurriculumIndexPage"]
    subpage_types = ["curriculum.LessonPage", "curriculum.QuizPage"]

    class Meta:
        verbose_name = _("module")

    def lessons(self):
        return LessonPage.objects.child_of(self).live().order_by("path")

    def quiz(self):
        return QuizPage.objects.child_of(self).live().order_by("path").first()

    def get_context(self, request, *args, **kwargs):
        from curriculum.selectors import module_overview_get

        context = super().get_context(request, *args, **kwargs)
        context["overview"] = module_overview_get(user=request.user, module=self)
        if getattr(request, "is_preview", False):
            from curriculum.selectors.preview import module_preview_steps_get

            context["preview_steps"] = module_preview_steps_get(module=self)
        return context


class LessonPage(OneQueryViewRestrictionsMixin, FrameablePreviewMixin, RoutablePageMixin, MaterialChange, Page):  # noqa: DJ008
    """A short lesson built from training blocks; the officer marks it as done."""

    intro = models.CharField(
        _("inleiding"), max_length=255, blank=True, help_text=_("Eén zin die in lijsten wordt getoond.")
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("geschatte leestijd (minuten)"), default=5, help_text=_("Geschatte leestijd in minuten.")
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("inhoud"), help_text=_("De inhoud van de les."))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        MultiFieldPanel(MATERIAL_CHANGE_PANEL, heading=_("Inhoudelijke wijziging")),
    ]
    base_form_class = LessonPageForm
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["curriculum.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("les")

    def module(self):
        return self.get_parent().specific

    def serve(self, request, *args, **kwargs):
        from curriculum.views.locks import locked_response

        return locked_response(request, self) or super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from curriculum.selectors import lesson_context_get

        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):  # drafts count too, and nothing reads the viewer's ticks
            from curriculum.selectors.preview import lesson_preview_context_get

            context.update(lesson_preview_context_get(lesson=self))
        else:
            context.update(lesson_context_get(user=request.user, lesson=self))
        return context

    @path("voltooid/", name="complete")
    def complete(self, request):
        from curriculum.views.officer import lesson_complete_view

        return lesson_complete_view(request, self)


class QuizPageForm(WagtailAdminPageForm):
    """Checks the draw size against the questions in the inline list (only known with the formset)."""

    def clean(self):
        cleaned = super().clean()
        per_attempt = cleaned.get("questions_per_attempt") or 0
        formset = self.formsets.get("quiz_questions")
        if not per_attempt or formset is None or not formset.is_valid():
            return cleaned
        alive = [f for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        if per_attempt > len(alive):
            self.add_error(
                "questions_per_attempt",
                ngettext(
                    "Deze toets heeft %(m)d vraag; je kunt er geen %(n)d per poging laten trekken. "
                    "Voeg vragen toe of kies 0 (alle vragen).",
                    "Deze toets heeft %(m)d vragen; je kunt er geen %(n)d per poging laten trekken. "
                    "Voeg vragen toe of kies 0 (alle vragen).",
                    len(alive),
                )
                % {"m": len(alive), "n": per_attempt},
            )
        return cleaned


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
        help_text=_("Tijdslimiet per poging in minuten (0 = geen limiet); de server klok beslist."),
    )

    base_form_class = QuizPageForm
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts"), FieldPanel("time_limit_minutes")]),
        FieldRowPanel([FieldPanel("questions_per_attempt"), FieldPanel("show_correct_answers")]),
        FieldPanel("shuffle"),
        InlinePanel("quiz_questions", label=_("Vragen"), min_num=1),
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


class PocketCardPage(OneQueryViewRestrictionsMixin, FrameablePreviewMixin, Page):
    """The printable pocket card ("zakkaart"): signals per form and the steps to take, for use on duty."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=_("Korte inleiding bovenaan de kaart."))
    body = StreamField(
        LessonStreamBlock(), verbose_name=_("inhoud"), help_text=_("Signalen per vorm en de stappen bij een signaal.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["curriculum.CurriculumIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("zakkaart")
