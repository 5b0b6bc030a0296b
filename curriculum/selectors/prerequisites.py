"""Reads for prerequisites: which modules an officer must complete before another one opens.

A prerequisite counts as met once the officer has ever completed it (a ModuleCompletion row; an
expired completion still counts, so an expiry never locks the modules that build on it). Only
published prerequisites count. The links between modules change only when a module is saved, so they are
read from the cache (module_facts_get); an officer's check costs one query, none when nothing is required.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import gettext as _

from curriculum.models import ModuleCompletion, ModulePage, ModulePageTag
from signaal.request_memo import memo_forget, memo_get

FACTS_KEY = "signaal:module-facts:v1"


@dataclass(frozen=True)
class Topic:
    """A module's topic tag as the cards and the topic filter show it."""

    name: str
    slug: str


def module_facts_get() -> dict:
    """What every officer page needs about the modules and changes only when a module is saved: the
    prerequisite links (from, to) and each module's topic tags. Cached until a module is saved or deleted, and
    read once per request (signaal/request_memo.py)."""
    return memo_get(FACTS_KEY, _facts_read)


def _facts_read() -> dict:
    facts = cache.get(FACTS_KEY)
    if facts is None:
        through = ModulePage.prerequisites.through
        links = list(through.objects.values_list("from_modulepage_id", "to_modulepage_id"))
        tags: dict[int, list[Topic]] = {}
        for module_id, name, slug in ModulePageTag.objects.order_by("tag__name").values_list(
            "content_object_id", "tag__name", "tag__slug"
        ):
            tags.setdefault(module_id, []).append(Topic(name, slug))
        facts = {"links": links, "tags": tags}
        cache.set(FACTS_KEY, facts, timeout=None)
    return facts


def module_facts_forget() -> None:
    """Called when a module is saved or deleted (curriculum/signals.py): now, and again after the commit, so
    a request that read the old links in between cannot keep them."""
    memo_forget(FACTS_KEY)
    cache.delete(FACTS_KEY)
    transaction.on_commit(lambda: cache.delete(FACTS_KEY))


def missing_prerequisites_get(*, user, modules) -> dict[int, list[ModulePage]]:
    """Module id → the live prerequisite modules this officer has not completed (absent when open)."""
    ids = {m.pk for m in modules}
    links = [(f, t) for f, t in module_facts_get()["links"] if f in ids]
    if not links:
        return {}
    required = {to for _from, to in links}
    done = set()
    if user.is_authenticated:
        done = set(
            ModuleCompletion.objects.filter(user=user, module_id__in=required).values_list("module_id", flat=True)
        )
    live = ModulePage.objects.live().filter(pk__in=required - done).order_by("path").in_bulk()
    result: dict[int, list[ModulePage]] = {}
    for from_id, to_id in links:
        if to_id in live and to_id != from_id:
            result.setdefault(from_id, []).append(live[to_id])
    for missing in result.values():
        missing.sort(key=lambda m: m.path)
    return result


def module_missing_prerequisites(*, user, module: ModulePage) -> list[ModulePage]:
    """The live modules this officer must complete first (no query when the module requires none)."""
    return missing_prerequisites_get(user=user, modules=[module]).get(module.pk, [])


def locked_message(missing: list[ModulePage]) -> str:
    """The Dutch sentence for a locked module: which module(s) come first."""
    titles = ", ".join(f"„{m.title}”" for m in missing)
    return _("Deze module gaat pas open als je eerst %(modules)s hebt afgerond.") % {"modules": titles}
