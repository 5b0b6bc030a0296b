"""Question bank: versioned question snippets with their choices, and the indicator taxonomy.

Trainers write questions in the Wagtail admin (drafts, revisions, moderation workflow). A quiz
shows the *published* revision of each question and scores against exactly that revision.
Admin registration lives in curriculum/wagtail_hooks.py.
"""

from itertools import groupby

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, PreviewableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from curriculum.domain.choices import IndicatorCategory
from curriculum.models.preview import FrameablePreviewMixin


class IndicatorQuerySet(models.QuerySet):
    def in_category_order(self):
        """By category in IndicatorCategory's declared order (Algemeen first; the stored codes sort otherwise), then
        by name; `category_rank` is the category's place, for a listing's sortable column. Not Meta.ordering:
        modelcluster sorts a question's indicators in memory by Meta.ordering, which takes field names only."""
        rank = models.Case(
            *(models.When(category=value, then=models.Value(i)) for i, value in enumerate(IndicatorCategory.values)),
            default=models.Value(len(IndicatorCategory.values)),
            output_field=models.IntegerField(),
        )
        return self.annotate(category_rank=rank).order_by("category_rank", "name")


class IndicatorForm(WagtailAdminModelForm):
    """The category select asks for a choice in Dutch instead of starting with "---------"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "category" in self.fields:
            self.fields["category"].choices = [("", _("Kies een vorm van uitbuiting")), *IndicatorCategory.choices]


class Indicator(index.Indexed, models.Model):
    """A trafficking indicator (signal) in the taxonomy; questions and analytics point at it."""

    Category = IndicatorCategory

    code = models.SlugField(
        _("code"), max_length=50, unique=True, help_text=_("Korte vaste code, bijv. arb-paspoort-ingenomen.")
    )
    category = models.CharField(
        _("categorie"), max_length=20, choices=Category.choices, help_text=_("Vorm van uitbuiting.")
    )
    name = models.CharField(_("naam"), max_length=200, help_text=_("Het signaal in één regel."))
    description = models.TextField(_("toelichting"), blank=True, help_text=_("Toelichting voor opleiders en agenten."))
    source = models.CharField(_("bron"), max_length=500, blank=True, help_text=_("Waar dit signaal vandaan komt."))

    objects = IndicatorQuerySet.as_manager()

    base_form_class = IndicatorForm
    panels = [FieldPanel(name) for name in ("code", "category", "name", "description", "source")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("category"),
    ]

    class Meta:
        ordering = ["category", "name"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicatoren")

    def __str__(self):
        return f"{self.get_category_display()}: {self.name}"


def choice_counts_error(kind: str, correct: int, total: int) -> str | None:
    """The one rule for a valid set of choices; used by the admin form and by load_demo."""
    if total < 2:
        return str(_("Een vraag heeft minstens twee antwoordmogelijkheden."))
    if correct < 1:
        return str(_("Markeer minstens één antwoord als juist."))
    if kind in (Question.Kind.SINGLE, Question.Kind.TRUE_FALSE) and correct != 1:
        return ngettext(
            "Bij deze vraagsoort is precies één antwoord juist; nu is dat er %(n)d.",
            "Bij deze vraagsoort is precies één antwoord juist; nu zijn dat er %(n)d.",
            correct,
        ) % {"n": correct}
    if kind == Question.Kind.TRUE_FALSE and total != 2:
        return str(_("Een juist/onjuist-vraag heeft precies twee antwoorden."))
    return None


class QuestionForm(WagtailAdminModelForm):
    """Validates the inline choices together: the rule cannot be checked on one choice alone. The indicators are
    checkboxes grouped by category (a plain multi-select loses the selection on a click without Ctrl)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("indicators")
        if field is not None:
            field.queryset = Indicator.objects.in_category_order()
            field.choices = [
                (IndicatorCategory(category).label, [(i.pk, i.name) for i in indicators])
                for category, indicators in groupby(field.queryset, key=lambda i: i.category)
            ]

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("choices")
        if formset is None or not formset.is_valid():
            return cleaned
        # An extra row left untouched has no cleaned_data: the formset ignores it. Every other row not deleted is
        # saved, also on a draft save, which does not check required fields: so its text is checked here.
        alive = [f.cleaned_data for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        if any(not c.get("text") for c in alive):
            raise ValidationError(_("Vul de tekst van elk antwoord in."))
        error = choice_counts_error(cleaned.get("kind"), sum(1 for c in alive if c.get("is_correct")), len(alive))
        if error:
            raise ValidationError(error)
        return cleaned


class Question(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    FrameablePreviewMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A quiz question in the question bank, reusable across quizzes. Trainers edit; moderators publish."""

    class Kind(models.TextChoices):
        SINGLE = "single", _("Eén juist antwoord")
        MULTIPLE = "multiple", _("Meerdere juiste antwoorden")
        TRUE_FALSE = "true_false", _("Waar / niet waar")

    key = models.SlugField(_("code"), max_length=50, unique=True, help_text=_("Vaste code van de vraag, bijv. m4-q2."))
    kind = models.CharField(
        _("soort vraag"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.SINGLE,
        help_text=_("Hoeveel antwoorden juist zijn."),
    )
    scenario = models.TextField(
        _("situatie"), blank=True, help_text=_("Optioneel: de situatie waarin de agent zich bevindt.")
    )
    prompt = models.TextField(_("vraag"), help_text=_("De vraag zelf."))
    explanation = models.TextField(_("uitleg"), help_text=_("Uitleg die de agent na het inleveren ziet."))
    source = models.CharField(_("bron"), max_length=500, help_text=_("Bron van de uitleg."))
    indicators = ParentalManyToManyField(
        Indicator,
        blank=True,
        related_name="questions",
        verbose_name=_("indicatoren"),
        help_text=_("Welke signalen deze vraag toetst."),
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="question",
        for_concrete_model=False,
    )

    base_form_class = QuestionForm
    panels = [
        FieldPanel("key"),
        FieldPanel("kind"),
        FieldPanel("scenario"),
        FieldPanel("prompt"),
        # heading: the section; label: each answer ("Antwoord 1") and the button ("Voeg antwoord toe")
        InlinePanel("choices", heading=_("Antwoorden"), label=_("antwoord"), min_num=2, max_num=6),
        MultiFieldPanel([FieldPanel("explanation"), FieldPanel("source")], heading=_("Uitleg na inleveren")),
        FieldPanel("indicators", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        index.SearchField("prompt"),
        index.SearchField("scenario"),
        index.SearchField("key"),
        index.AutocompleteField("key"),
    ]

    class Meta:
        ordering = ["key"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self):
        return f"{self.key}: {Truncator(self.prompt).chars(80)}"

    def get_preview_template(self, request, mode_name):
        return "curriculum/question_preview.html"

    def get_preview_context(self, request, mode_name):
        """The question as an officer sees it; the answer key only for question editors, only in preview."""
        from curriculum.selectors import question_shown_get

        context = super().get_preview_context(request, mode_name)
        show_key = getattr(request, "is_preview", False) and request.user.has_perm("curriculum.change_question")
        context["question"] = question_shown_get(question=self, reveal=show_key)
        context["show_key"] = show_key
        return context


class Choice(Orderable):
    """One answer option with the feedback the officer sees after submitting."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices", verbose_name=_("vraag"))
    text = models.CharField(_("antwoord"), max_length=500, help_text=_("De antwoordtekst."))
    is_correct = models.BooleanField(_("juist"), default=False, help_text=_("Is dit antwoord juist?"))
    feedback = models.TextField(
        _("uitleg bij dit antwoord"), blank=True, help_text=_("Waarom dit antwoord juist of onjuist is.")
    )

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")

    def __str__(self):
        return self.text
