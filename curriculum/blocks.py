"""Lesson StreamField blocks, made for signal-recognition training.

Trainers compose lessons from these in the Wagtail admin; each block has its own template in
templates/curriculum/blocks/. The pocket card reuses the same blocks.
"""

from uuid import uuid4

from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.compare import CharBlockComparison, diff_text
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from curriculum.domain.choices import IndicatorCategory

# h2 for a section of a lesson (the blocks with a title use h2 too), h3/h4 below it: the page title is the h1.
RICH_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link"]


class LabelledChoiceComparison(CharBlockComparison):
    """Version comparison shows a choice by its Dutch label ("Seksuele uitbuiting"), not its stored value."""

    def _label(self, value):
        return str(dict(self.block.field.choices).get(value, value or ""))

    def htmlvalue(self, val):
        return escape(self._label(val))

    def htmldiff(self):
        return diff_text(self._label(self.val_a), self._label(self.val_b)).to_html()


class LabelledChoiceBlock(blocks.ChoiceBlock):
    """A ChoiceBlock whose version comparison shows labels; stored and migrated exactly as a ChoiceBlock."""

    def get_comparison_class(self):
        return LabelledChoiceComparison

    @property
    def canonical_module_path(self):
        return "wagtail.blocks.ChoiceBlock"


class CategoryValue(blocks.StructValue):
    def category_label(self):
        category = self.get("category")
        return IndicatorCategory(category).label if category in IndicatorCategory.values else ""


class SignalListBlock(blocks.StructBlock):
    """A list of signals for one form of exploitation, shown as cards on a phone."""

    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    category = LabelledChoiceBlock(choices=IndicatorCategory.choices, label=_("Vorm"))
    intro = blocks.TextBlock(label=_("Inleiding"), required=False)
    signals = blocks.ListBlock(blocks.CharBlock(label=_("Signaal")), min_num=1, label=_("Signalen"))

    class Meta:
        icon = "list-ul"
        template = "curriculum/blocks/signal_list.html"
        label = _("Signalenlijst")
        value_class = CategoryValue
        description = _("Signalen van één vorm van uitbuiting")


class CaseValue(blocks.StructValue):
    def setting_label(self):
        return dict(CaseBlock.SETTINGS).get(self.get("setting"), "")


class CaseBlock(blocks.StructBlock):
    """A short case set on patrol, at ZSM, at a station or a workplace check, with a reflection."""

    SETTINGS = [
        ("patrol", _("Op surveillance")),
        ("zsm", _("Op de ZSM-locatie")),
        ("station", _("Op het bureau")),
        ("workplace", _("Bij een bedrijfscontrole")),
        ("other", _("Elders")),
    ]
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    setting = LabelledChoiceBlock(choices=SETTINGS, label=_("Situatie"))
    situation = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Wat er gebeurt"))
    question = blocks.CharBlock(label=_("Vraag aan de agent"), required=False)
    reflection = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Toelichting"), required=False)

    class Meta:
        icon = "user"
        template = "curriculum/blocks/case.html"
        label = _("Casus")
        value_class = CaseValue


class KeyFactBlock(blocks.StructBlock):
    """One fact an officer should remember, always with its source."""

    fact = blocks.TextBlock(label=_("Feit"))
    source = blocks.CharBlock(label=_("Bron"), max_length=500, help_text=_("Verplicht: waar komt dit feit vandaan?"))

    class Meta:
        icon = "pick"
        template = "curriculum/blocks/key_fact.html"
        label = _("Kernfeit")


class CalloutBlock(blocks.StructBlock):
    """A highlighted note: information, a warning or a practical tip."""

    KINDS = [("info", _("Informatie")), ("warning", _("Let op")), ("tip", _("Tip"))]
    kind = LabelledChoiceBlock(choices=KINDS, default="info", label=_("Soort"))
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Tekst"))

    class Meta:
        icon = "warning"
        template = "curriculum/blocks/callout.html"
        label = _("Kader")


class ChartRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=40)
    a = blocks.IntegerBlock(label=_("Waarde reeks A"), required=False, min_value=0)
    b = blocks.IntegerBlock(label=_("Waarde reeks B"), required=False, min_value=0)
    note = blocks.CharBlock(label=_("Opmerking"), required=False, max_length=120)


class ChartBlock(blocks.StructBlock):
    """A bar chart drawn in HTML/CSS with its data table as the accessible alternative."""

    title = blocks.CharBlock(label=_("Titel"), max_length=160)
    summary = blocks.TextBlock(label=_("Samenvatting (tekstalternatief)"))
    source = blocks.CharBlock(label=_("Bron"), max_length=500)
    series_a = blocks.CharBlock(label=_("Naam reeks A"), max_length=120)
    series_b = blocks.CharBlock(label=_("Naam reeks B"), max_length=120, required=False)
    # The default is lesson content (Dutch, as the lessons are), not interface text; the template shows "Jaar" when
    # it is empty (charts saved before this field).
    label_heading = blocks.CharBlock(
        label=_("Kop van de eerste kolom"),
        default="Jaar",
        required=False,
        max_length=40,
        help_text=_("Wat de labels van de rijen zijn, bijv. Jaar, Maand of Regio."),
    )
    rows = blocks.ListBlock(ChartRowBlock(), min_num=1, label=_("Rijen"))

    class Meta:
        icon = "table"
        template = "curriculum/blocks/chart.html"
        label = _("Grafiek met tabel")

    def get_context(self, value, parent_context=None):
        # figure_id ties the caption to the figure. Wagtail gives a stream child's template its block's `id` (a
        # UUID); a chart rendered without one (no stored id) gets a fresh one, so two charts never share an id.
        context = super().get_context(value, parent_context=parent_context)
        block_id = context.get("id")
        context["figure_id"] = f"chart-{block_id if isinstance(block_id, str) and block_id else uuid4().hex}"
        return context


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Bron"), max_length=500)
    url = blocks.URLBlock(label=_("Link"), required=False)


class SourcesBlock(blocks.ListBlock):
    """The sources a lesson rests on."""

    def __init__(self, **kwargs):
        super().__init__(SourceBlock(), **kwargs)

    class Meta:
        icon = "doc-full"
        template = "curriculum/blocks/sources.html"
        label = _("Bronnen")


class LessonImageBlock(ImageBlock):
    """Wagtail's ImageBlock with its image field labelled through gettext: Wagtail labels that field after its name,
    so the Dutch editor read "Image". Migrations see Wagtail's ImageBlock (ImageBlock.deconstruct names it)."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        self.child_blocks["image"].label = _("Afbeelding")


class LessonStreamBlock(blocks.StreamBlock):
    """Every block a lesson (and the pocket card) may use."""

    paragraph = blocks.RichTextBlock(
        features=RICH_FEATURES, label=_("Tekst"), template="curriculum/blocks/paragraph.html"
    )
    signal_list = SignalListBlock()
    case = CaseBlock()
    key_fact = KeyFactBlock()
    callout = CalloutBlock()
    chart = ChartBlock()
    image = LessonImageBlock(label=_("Afbeelding"), template="curriculum/blocks/image.html")
    video = EmbedBlock(label=_("Video"), template="curriculum/blocks/video.html")
    sources = SourcesBlock()


class ObjectiveStreamBlock(blocks.StreamBlock):
    objective = blocks.CharBlock(label=_("Leerdoel"), max_length=255)
