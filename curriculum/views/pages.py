"""Wagtail's page serving, with the request's Site read from the cache (curriculum/selectors/site.py)."""

from functools import wraps

from curriculum.selectors.site import site_for_request_get, site_root_paths_get


def cached_site(view):
    """Give the request its Wagtail Site (root page included) from the cache before Wagtail looks it up; the
    restrictions, the menu and the sites' root paths (for every page URL) come from the same cache entry, read
    once per request (signaal/request_memo.py)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not hasattr(request, "_wagtail_site"):  # Wagtail's own per-request attribute (Site.find_for_request)
            request._wagtail_site = site_for_request_get(request)
        request._wagtail_cached_site_root_paths = site_root_paths_get()  # Page._get_site_root_paths reads it
        return view(request, *args, **kwargs)

    return wrapper
