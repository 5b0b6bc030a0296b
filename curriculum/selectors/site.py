"""What every page request reads about the site and changes only when a page, a site or a view restriction is
saved: the Wagtail Site for the request's host (with its root page already specific), the view restrictions
(by page path), the sites' root paths (for page URLs) and the main menu's targets. One cache read instead of four
queries per request.

Reads derived from the page tree alone (the page chain a URL routes to, the live modules with their steps) are
cached under the entry's token (`tree_cached`, `routes_get`): when the entry is dropped, its successor has a new
token, so every derived entry is dropped with it, on every app server at once.

The entry lives in the shared cache (Redis in production), so every app server sees an invalidation at once:
`site_pages_forget` runs on every save, delete, publish, unpublish or move of a page, a site or a view
restriction (curriculum/signals.py), now and again after the commit. A lost invalidation (a bulk `update()`)
heals after SITE_PAGES_TIMEOUT seconds.
"""

import hashlib
import secrets
from collections.abc import Callable, Sequence
from typing import TypeVar

from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from signaal.request_memo import memo_forget, memo_get

SITE_PAGES_KEY = "signaal:site-pages:v1"
SITE_PAGES_TIMEOUT = 300
MAX_HOSTS = 20  # hosts are bounded by ALLOWED_HOSTS; a misconfigured wildcard cannot grow the entry without end
SUBROUTE_DEPTH = 2  # a lesson's or quiz's own routes below its URL ("voltooid/", "resultaat/12/") have ≤ 2 parts
T = TypeVar("T")


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
    return {
        "token": secrets.token_hex(8),
        "hosts": {},
        "restrictions": restrictions,
        "menu": menu,
        "root_paths": Site.get_site_root_paths(),
    }


def _entry_read() -> dict:
    entry = cache.get(SITE_PAGES_KEY)
    if entry is None:
        entry = _entry_build()
        cache.set(SITE_PAGES_KEY, entry, timeout=SITE_PAGES_TIMEOUT)
    return entry


def _entry_get() -> dict:
    """The site entry, read from the cache once per request (signaal/request_memo.py)."""
    return memo_get(SITE_PAGES_KEY, _entry_read)


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


def site_root_paths_get() -> list:
    """Wagtail's `Site.get_site_root_paths()` (what every page URL is built from), from the same entry."""
    return _entry_get()["root_paths"]


def tree_cached(name: str, build: Callable[[], T]) -> T:
    """`build()`'s value, which must depend on the page tree alone, cached until the next page change."""
    key = f"signaal:tree:{_entry_get()['token']}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=SITE_PAGES_TIMEOUT)
    return value


def _route_key(token: str, root_id: int, components: Sequence[str]) -> str:
    digest = hashlib.sha256("/".join(components).encode()).hexdigest()[:32]
    return f"signaal:route:{token}:{root_id}:{digest}"


def routes_get(root_id: int, components: Sequence[str]) -> list[Page] | None:
    """The page chain (generic pages, the last one specific) that `components` below the root page route to,
    when cached: for the whole path, or for a leaf page whose own routes take the last one or two parts (a
    page with children could have a child by that name, so only a leaf's chain is used for a longer path)."""
    token = _entry_get()["token"]
    lengths = range(len(components), max(0, len(components) - SUBROUTE_DEPTH - 1), -1)
    keys = {n: _route_key(token, root_id, components[:n]) for n in lengths}
    found = cache.get_many(list(keys.values()))
    for n, key in keys.items():
        chain = found.get(key)
        if chain is not None and (n == len(components) or chain[-1].numchild == 0):
            return chain
    return None


def route_remember(root_id: int, components: Sequence[str], chain: list[Page]) -> None:
    """Cache the chain of real pages these path components name (one entry per page: the key space is bounded)."""
    cache.set(_route_key(_entry_get()["token"], root_id, components), chain, timeout=SITE_PAGES_TIMEOUT)


def site_pages_forget(**_kwargs) -> None:
    """Called on every change to a page, a site or a view restriction (curriculum/signals.py)."""
    memo_forget(SITE_PAGES_KEY)
    cache.delete(SITE_PAGES_KEY)
    transaction.on_commit(lambda: cache.delete(SITE_PAGES_KEY))


def is_site_page_model(model) -> bool:
    return issubclass(model, (Page, Site, PageViewRestriction))
