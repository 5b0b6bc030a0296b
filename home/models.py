"""The site's home page: a landing page for visitors, "Mijn training" for a logged-in officer."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from curriculum.models.preview import FrameablePreviewMixin
from curriculum.models.routing import OneQueryRoutingMixin, OneQueryViewRestrictionsMixin


class HomePage(OneQueryRoutingMixin, OneQueryViewRestrictionsMixin, FrameablePreviewMixin, Page):
    """Landing page. Editors set the welcome text; officers see their training dashboard here."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"], help_text=_("Welkomsttekst voor bezoekers."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["curriculum.CurriculumIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        from curriculum.selectors import officer_dashboard_get, officer_next_card_get

        context = super().get_context(request, *args, **kwargs)
        if request.user.is_authenticated:
            context["dashboard"] = officer_dashboard_get(user=request.user)
            context["next_card"] = officer_next_card_get(context["dashboard"])
        return context
