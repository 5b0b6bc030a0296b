from django import template
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def ui_label(text):
    """An interface label inside Dutch content (a lesson block's "Bron", "Jaar"): marked as the interface's
    language when that is not Dutch (WCAG 3.1.2, language of parts); in Dutch just the text."""
    language = translation.get_language() or "nl"
    if language.split("-")[0] == "nl":
        return text
    return format_html('<span lang="{}">{}</span>', language, text)


@register.simple_tag
def site_nav_links(request):
    """The main menu for a logged-in officer, with `current` set on the section being viewed (from the cache)."""
    from curriculum.selectors.site import menu_urls_get

    menu = menu_urls_get()
    links = [{"url": reverse("my_training"), "label": _("Mijn training")}]
    if menu["CurriculumIndexPage"] is not None:
        links.append({"url": menu["CurriculumIndexPage"], "label": _("Modules")})
    if menu["PocketCardPage"] is not None:
        links.append({"url": menu["PocketCardPage"], "label": _("Zakkaart")})
    links.append({"url": reverse("search"), "label": _("Zoeken")})
    path = request.path if request else ""
    for link in links:
        link["current"] = path == link["url"]
    return links


@register.simple_tag
def breadcrumb_ancestors(page):
    """The page's ancestors for the breadcrumbs, from the routed page chain (no query when the page was routed)."""
    from curriculum.models.routing import routed_ancestors

    return routed_ancestors(page)


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


@register.simple_tag(takes_context=True)
def repeat_block(context, name):
    """The block `name` as the page being rendered fills it, once more: Django renders a block in one place only.

    message_page.html builds its <title> from the page's heading with it, so a page writes its heading once.
    For a block without {{ block.super }}, in a template that extends another.
    """
    block = context.render_context[BLOCK_CONTEXT_KEY].get_block(name)
    with context.push():
        return block.nodelist.render(context)
