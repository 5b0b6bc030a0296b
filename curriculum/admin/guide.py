"""Signaal's own help in the admin: the "Handleiding" page for managers and trainers, and a help menu that
points at it instead of Wagtail's "Editor Guide" and "What's new" (both outside links). Registered in
wagtail_hooks.py."""

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem, SubmenuMenuItem, help_menu

# Wagtail's own help items that lead outside (wagtail.org); "Shortcuts" (a dialog in the admin) stays.
WAGTAIL_HELP_ITEMS_REMOVED = ("editor-guide", "whats-new-in-wagtail-")


def guide_view(request):
    """The guide for managers and trainers (any admin user may read it)."""
    return TemplateResponse(request, "curriculum/admin/guide.html", {"page_title": _("Handleiding")})


def guide_menu_item():
    return MenuItem(_("Handleiding"), reverse("curriculum_guide"), name="signaal-guide", icon_name="help", order=900)


def help_menu_trim(request, menu_items):
    """construct_help_menu: drop Wagtail's outside links."""
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_ITEMS_REMOVED)]


def main_menu_help_plain(request, menu_items):
    """construct_main_menu: Wagtail's "Help" is a dismissible item with a "new" badge per Wagtail release;
    Signaal's help is an ordinary submenu (same items, no badge)."""
    for index, item in enumerate(menu_items):
        if item.name == "help":
            menu_items[index] = SubmenuMenuItem(_("Help"), help_menu, name="help", icon_name="help", order=item.order)


def home_panels_trim(request, panels):
    """construct_homepage_panels: no "What's new in Wagtail" panel (it links to wagtail.org)."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != "whats_new_in_wagtail_version"]
