"""Choice lists that a model and the StreamField blocks share. Here, outside curriculum.models, because
curriculum/blocks.py needs them while the models package imports the blocks."""

from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _


class IndicatorCategory(TextChoices):
    """The forms of exploitation an indicator (signal) belongs to: Indicator.Category and signal lists."""

    GENERAL = "general", _("Algemeen")
    SEXUAL = "sexual", _("Seksuele uitbuiting")
    LABOUR = "labour", _("Arbeidsuitbuiting")
    CRIMINAL = "criminal", _("Criminele uitbuiting")
    MINORS = "minors", _("Minderjarigen")
