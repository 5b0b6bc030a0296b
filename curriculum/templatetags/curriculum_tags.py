from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def site_nav_links(request):
    """The main menu for a logged-in officer, with `current` set on the section being viewed (1 query)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from curriculum.models import CurriculumIndexPage, PocketCardPage

    types = ContentType.objects.get_for_models(CurriculumIndexPage, PocketCardPage)
    first = {}
    for page in Page.objects.live().filter(content_type__in=types.values()).order_by("path"):
        first.setdefault(page.content_type_id, page)
    links = [{"url": reverse("my_training"), "label": _("Mijn training")}]
    index = first.get(types[CurriculumIndexPage].pk)
    if index is not None:
        links.append({"url": index.url, "label": _("Modules")})
    pocket_card = first.get(types[PocketCardPage].pk)
    if pocket_card is not None:
        links.append({"url": pocket_card.url, "label": _("Zakkaart")})
    links.append({"url": reverse("search"), "label": _("Zoeken")})
    path = request.path if request else ""
    for link in links:
        link["current"] = path == link["url"]
    return links


@register.simple_tag
def chart_rows(value):
    """Rows of a chart block with bar widths as a percentage of the largest value."""
    rows = list(value["rows"])
    largest = max([r["a"] or 0 for r in rows] + [r["b"] or 0 for r in rows] + [1])
    return [
        {
            "label": r["label"],
            "a": r["a"],
            "b": r["b"],
            "note": r["note"],
            "a_width": round(100 * (r["a"] or 0) / largest),
            "b_width": round(100 * (r["b"] or 0) / largest),
        }
        for r in rows
    ]
