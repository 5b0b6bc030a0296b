"""Curriculum page tree: CurriculumIndexPage → ModulePage → LessonPage / QuizPage (curriculum/models/quiz.py), plus the
pocket card.

Trainers edit these pages in the Wagtail admin. Officers only read them; every write (lesson done,
quiz attempt) goes through curriculum.services, called from the page routes.
"""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from curriculum.admin.page_forms import LessonPageForm, ModulePageForm
from curriculum.blocks import LessonStreamBlock, ObjectiveStreamBlock
from curriculum.models.preview import FrameablePreviewMixin
from curriculum.models.quiz import QuizPage
from curriculum.models.routing import OneQueryViewRestrictionsMixin


def text_search_fields(*names: str) -> list:
    """Text an officer's search reads (SearchField) and a trainer finds with the admin's page search, which is an
    autocomplete: without the AutocompleteField it matched titles only."""
    return [index.SearchField(name) for name in names] + [index.AutocompleteField(name) for name in names]


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
        _("geldigheid (maanden)"),
        default=0,
        validators=[
            MaxValueValidator(
                120, message=_("Een afronding blijft hoogstens 120 maanden (10 jaar) geldig; 0 is onbeperkt.")
            )
        ],
        help_text=_("Hoe lang een afronding geldig blijft, hoogstens 120 maanden (0 = onbeperkt)."),
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
        # Checkboxes: a <select multiple> drops the earlier choice on a click without Ctrl.
        FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
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
    search_fields = [
        *Page.search_fields,
        *text_search_fields("summary"),
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
    search_fields = Page.search_fields + text_search_fields("intro", "body")
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


class PocketCardPage(OneQueryViewRestrictionsMixin, FrameablePreviewMixin, Page):
    """The printable pocket card ("zakkaart"): signals per form and the steps to take, for use on duty."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=_("Korte inleiding bovenaan de kaart."))
    body = StreamField(
        LessonStreamBlock(), verbose_name=_("inhoud"), help_text=_("Signalen per vorm en de stappen bij een signaal.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + text_search_fields("body")
    parent_page_types = ["curriculum.CurriculumIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("zakkaart")
