"""The header of Signaal's own admin pages (templates/curriculum/admin/page.html).

Wagtail's ReportViews and viewsets show a slim header with breadcrumbs: the way back to the dashboard, or to the
report a page was opened from. Signaal's function views (trend, one officer's modules, a question's analysis, the
manager actions, the review package pages, the certificate check) get the same header from here.
"""

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


def page_header(title, *, icon: str, subtitle: str = "", parents=()) -> dict:
    """The context page.html reads. `parents`: (label, url) of the pages between Home and this one. The subtitle
    (a unit, an officer, a module, a question) stands beside the title in the last crumb and in the browser tab."""
    return {
        "header_icon": icon,
        "header_title": f"{title}: {subtitle}" if subtitle else title,
        "breadcrumbs_items": [
            *WagtailAdminTemplateMixin.breadcrumbs_items,  # Home (the dashboard), in Wagtail's words
            *({"url": url, "label": label} for label, url in parents),
            {"url": "", "label": title, "sublabel": subtitle},
        ],
    }
