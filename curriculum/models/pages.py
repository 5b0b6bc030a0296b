"""Curriculum page tree: CurriculumIndexPage → ModulePage → LessonPage / QuizPage, plus the pocket card.

Trainers edit these pages in the Wagtail admin. Officers only read them; every write (lesson done,
quiz attempt) goes through curriculum.services, called from the page routes.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from curriculum.blocks import LessonStreamBlock, ObjectiveStreamBlock


class CurriculumIndexPage(Page):
    """The training overview ("Opleiding signalen mensenhandel"); lists the modules."""

    intro = RichTextField(
        _("inleiding"), blank=True, features=["bold", "italic", "link"],
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
        context["dashboard"] = officer_dashboard_get(user=request.user)
        context["pocket_card"] = PocketCardPage.objects.child_of(self).live().first()
        return context


class ModulePageTag(TaggedItemBase):
    content_object = ParentalKey("curriculum.ModulePage", on_delete=models.CASCADE, related_name="tagged_items")


class ModulePage(Page):
    """One training module: a few short lessons followed by one quiz. Written by trainers."""

    summary = models.TextField(
        _("samenvatting"), max_length=500, help_text=_("Eén of twee zinnen voor de modulekaart.")
    )
    learning_objectives = StreamField(
        ObjectiveStreamBlock(), blank=True, verbose_name=_("leerdoelen"),
        help_text=_("Wat kan de agent na deze module?"),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("geschatte duur (minuten)"),
        default=15, validators=[MinValueValidator(1), MaxValueValidator(240)], help_text=_("Geschatte duur in minuten.")
    )
    mandatory = models.BooleanField(_("verplicht"), default=False, help_text=_("Verplicht voor alle agenten."))
    validity_months = models.PositiveSmallIntegerField(
        _("geldigheid (maanden)"), default=0, help_text=_("Hoe lang een afronding geldig blijft (0 = onbeperkt).")
    )
    tags = ClusterTaggableManager(
        through=ModulePageTag, blank=True, verbose_name=_("trefwoorden"),
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

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("validity_months")]), FieldPanel("mandatory")],
            heading=_("Planning"),
        ),
        FieldPanel("tags"),
        FieldPanel("prerequisites"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.FilterField("mandatory")]
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
        return context


class LessonPage(RoutablePageMixin, Page):
    """A short lesson built from training blocks; the officer marks it as done."""

    intro = models.CharField(
        _("inleiding"), max_length=255, blank=True, help_text=_("Eén zin die in lijsten wordt getoond.")
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("geschatte leestijd (minuten)"), default=5, help_text=_("Geschatte leestijd in minuten.")
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("inhoud"), help_text=_("De inhoud van de les."))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["curriculum.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("les")

    def module(self):
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        from curriculum.selectors import lesson_context_get

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context_get(user=request.user, lesson=self))
        return context

    @path("voltooid/", name="complete")
    def complete(self, request):
        from curriculum.views.officer import lesson_complete_view

        return lesson_complete_view(request, self)


class QuizPage(RoutablePageMixin, Page):
    """The module's quiz: an ordered selection of published questions, scored on the server."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"], help_text=_("Uitleg vóór de toets."))
    pass_mark = models.PositiveSmallIntegerField(
        default=70, validators=[MinValueValidator(1), MaxValueValidator(100)], help_text=_("Benodigde score in procenten.")
    )
    max_attempts = models.PositiveSmallIntegerField(default=0, help_text=_("Maximaal aantal pogingen (0 = onbeperkt)."))
    shuffle = models.BooleanField(default=False, help_text=_("Vragen en antwoorden per poging in willekeurige volgorde."))
    time_limit_minutes = models.PositiveSmallIntegerField(
        default=0, help_text=_("Tijdslimiet per poging in minuten (0 = geen limiet); de server klok beslist.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts"), FieldPanel("time_limit_minutes")]),
        FieldPanel("shuffle"),
        InlinePanel("quiz_questions", label=_("Vragen"), min_num=1),
    ]
    parent_page_types = ["curriculum.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("toets")

    @classmethod
    def can_create_at(cls, parent):
        # One quiz per module: the completion rule needs exactly one.
        return super().can_create_at(parent) and not QuizPage.objects.child_of(parent).exists()

    def module(self):
        return self.get_parent().specific

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

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey("curriculum.Question", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("toetsvraag")
        constraints = [models.UniqueConstraint(fields=["quiz", "question"], name="quizquestion_unique_question")]


class PocketCardPage(Page):
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
