"""Cheaper page serving for the officer site: one query for the tree walk, none for view restrictions.

Wagtail's default walk costs two queries per level (child by slug, then its specific row) and the
restriction check two more; on a lesson or quiz URL that was 10 of a request's queries. Behaviour is the
same: an unknown slug is a 404, the deepest page found routes the rest (subpage routes of lessons and
quizzes), an unpublished page is a 404, and restrictions of aliases resolve to their source page.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction


def _ancestor_paths(page, inclusive=True) -> list[str]:
    depth = page.depth if inclusive else page.depth - 1
    return [page.path[: i * page.steplen] for i in range(1, depth + 1)]


class OneQueryRoutingMixin:
    """For the site's root page: find the page chain for the URL in one query instead of one per level, and keep
    it in the shared cache until the next page change (curriculum/selectors/site.py: no query at all then)."""

    def _chain_query(self, path_components) -> list[Page]:
        prefixes = [self.url_path + "/".join(path_components[:n]) + "/" for n in range(1, len(path_components) + 1)]
        found = {page.depth: page for page in Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)}
        chain, parent = [], self
        for n in range(1, len(path_components) + 1):
            page = found.get(self.depth + n)
            if page is None or page.url_path != prefixes[n - 1] or not page.path.startswith(parent.path):
                break
            chain.append(page)
            parent = page
        if chain:
            chain[-1] = chain[-1].specific
        return chain

    def route(self, request, path_components):
        from curriculum.selectors.site import route_remember, routes_get, site_root_paths_get

        if not path_components:
            return super().route(request, path_components)
        chain = routes_get(self.pk, path_components)
        if chain is None:
            chain = self._chain_query(path_components)
            if not chain:
                return super().route(request, path_components)
            route_remember(self.pk, path_components[: len(chain)], chain)
        parent, root_paths = self, site_root_paths_get()
        for page in chain:  # the breadcrumbs read the chain (routed_ancestors)
            page._cached_parent_obj = parent
            page._wagtail_cached_site_root_paths = root_paths  # page.url without a cache read (a redirect's)
            parent = page
        return chain[-1].route(request, path_components[len(chain) :])


class OneQueryViewRestrictionsMixin:
    """The page's and its ancestors' view restrictions from the cache (aliases use their source's)."""

    def get_view_restrictions(self):
        from curriculum.selectors.site import view_restrictions_get

        paths = _ancestor_paths(self)
        queryset = PageViewRestriction.objects.distinct()
        # Serving iterates the result: it comes from the cache, without a query, and without building the filter's
        # joins (Django's deferred filter, as its related managers use; that build was half a millisecond of every
        # page request). Anything built on the queryset (the admin's order_by, a filter) applies the filter first
        # and is a new query as before.
        queryset._defer_next_filter = True
        queryset = queryset.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
        )
        queryset._result_cache = view_restrictions_get(paths)
        queryset._prefetch_done = True
        return queryset


def routed_ancestors(page) -> list:
    """The page's ancestors below the tree root, top first: from the chain routing attached to this request's
    page (no query), or Wagtail's query when the page was not routed (a preview, a page loaded elsewhere)."""
    chain, current = [], page
    while current.depth > 2:
        parent = getattr(current, "_cached_parent_obj", None)
        if parent is None:
            return [a for a in page.get_ancestors() if a.depth > 1]
        chain.append(parent)
        current = parent
    return chain[::-1]
