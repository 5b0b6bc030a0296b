"""Wagtail's page serving, with the request's Site read from the cache (curriculum/selectors/site.py)."""

from functools import wraps

from curriculum.selectors.site import site_for_request_get, site_pages_read_once


def cached_site(view):
    """Give the request its Wagtail Site (root page included) from the cache before Wagtail looks it up; the
    restrictions and the menu come from the same cache read."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        with site_pages_read_once():
            if not hasattr(request, "_wagtail_site"):  # Wagtail's own per-request attribute (Site.find_for_request)
                request._wagtail_site = site_for_request_get(request)
            return view(request, *args, **kwargs)

    return wrapper
