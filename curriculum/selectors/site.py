"""What every page request reads about the site and changes only when a page, a site or a view restriction is
saved: the Wagtail Site for the request's host (with its root page already specific), the view restrictions
(by page path), and the main menu's targets. One cache read instead of four queries per request.

The entry lives in the shared cache (Redis in production), so every app server sees an invalidation at once:
`site_pages_forget` runs on every save, delete, publish, unpublish or move of a page, a site or a view
restriction (curriculum/signals.py), now and again after the commit. A lost invalidation (a bulk `update()`)
heals after SITE_PAGES_TIMEOUT seconds.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

SITE_PAGES_KEY = "signaal:site-pages:v1"
SITE_PAGES_TIMEOUT = 300
MAX_HOSTS = 20  # hosts are bounded by ALLOWED_HOSTS; a misconfigured wildcard cannot grow the entry without end


def _entry_build() -> dict:
    from curriculum.models import CurriculumIndexPage, PocketCardPage

    restrictions: dict[str, list[PageViewRestriction]] = {}
    found = list(PageViewRestriction.objects.prefetch_related("groups"))
    page_ids = {r.page_id for r in found}
    pages = dict(Page.objects.filter(pk__in=page_ids, alias_of__isnull=True).values_list("pk", "path"))
    aliases: dict[int, list[str]] = {}
    for source_id, path in Page.objects.filter(alias_of_id__in=page_ids).values_list("alias_of_id", "path"):
        aliases.setdefault(source_id, []).append(path)
    for restriction in found:  # a page's own restrictions, and its aliases' (which use their source's)
        paths = list(aliases.get(restriction.page_id, []))
        if restriction.page_id in pages:
            paths.append(pages[restriction.page_id])
        for path in paths:
            restrictions.setdefault(path, []).append(restriction)
    menu = {}
    for model in (CurriculumIndexPage, PocketCardPage):
        first = model.objects.live().order_by("path").first()
        menu[model.__name__] = first.url if first is not None else None
    return {"hosts": {}, "restrictions": restrictions, "menu": menu}


_request_entry: ContextVar[dict | None] = ContextVar("signaal_site_pages", default=None)


def _entry_get() -> dict:
    entry = _request_entry.get()
    if entry is not None:
        return entry
    entry = cache.get(SITE_PAGES_KEY)
    if entry is None:
        entry = _entry_build()
        cache.set(SITE_PAGES_KEY, entry, timeout=SITE_PAGES_TIMEOUT)
    return entry


@contextmanager
def site_pages_read_once():
    """Within this block (one page request), the entry is read from the cache once, not once per use."""
    token = _request_entry.set(_entry_get())
    try:
        yield
    finally:
        _request_entry.reset(token)


def site_for_request_get(request) -> Site | None:
    """Wagtail's Site for this request (`Site.find_for_request`'s answer), its root page specific, from the cache."""
    try:
        host = split_domain_port(request.get_host())[0]
    except DisallowedHost:
        return Site.find_for_request(request)
    key = (host, request.get_port())
    entry = _entry_get()
    if key not in entry["hosts"]:
        try:
            site = get_site_for_hostname(*key)
        except Site.DoesNotExist:
            return None
        if len(entry["hosts"]) >= MAX_HOSTS:
            return site
        site.root_page.specific  # noqa: B018  (loaded now, so the cached copy carries it)
        entry["hosts"][key] = site
        cache.set(SITE_PAGES_KEY, entry, timeout=SITE_PAGES_TIMEOUT)  # the request's own copy carries it too
    return entry["hosts"][key]


def view_restrictions_get(paths) -> list[PageViewRestriction]:
    """The view restrictions that apply at these paths (a page and its ancestors), groups prefetched."""
    restrictions = _entry_get()["restrictions"]
    found = [r for path in paths for r in restrictions.get(path, ())]
    return list({r.pk: r for r in found}.values())


def menu_urls_get() -> dict[str, str | None]:
    """The first live CurriculumIndexPage's and PocketCardPage's URLs, by model name (None when there is none)."""
    return _entry_get()["menu"]


def site_pages_forget(**_kwargs) -> None:
    """Called on every change to a page, a site or a view restriction (curriculum/signals.py)."""
    cache.delete(SITE_PAGES_KEY)
    transaction.on_commit(lambda: cache.delete(SITE_PAGES_KEY))


def is_site_page_model(model) -> bool:
    return issubclass(model, (Page, Site, PageViewRestriction))
