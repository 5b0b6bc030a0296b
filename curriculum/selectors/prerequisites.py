"""Reads for prerequisites: which modules an officer must complete before another one opens.

A prerequisite counts as met once the officer has ever completed it (a ModuleCompletion row; an
expired completion still counts, so an expiry never locks the modules that build on it). Only
published prerequisites count. The links between modules change only when a module is saved, so they are
read from the cache (module_facts_get); an officer's check costs one query, none when nothing is required.

The links must never form a cycle (a module that requires itself, or A → B → A): every module in it would stay
locked for good. prerequisite_cycles_get is that rule; the module edit form (curriculum/admin/page_forms.py) calls it.
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


def prerequisite_cycles_get(*, module_id: int | None, prerequisite_ids) -> list[list[ModulePage]]:
    """Per chosen prerequisite that leads back to the module: the chain of modules from it back to this module,
    e.g. [B, C, A] when A (module_id) would require B while B requires C and C requires A; [A] when A would
    require itself. Empty when the choice makes no cycle.

    What is checked: this module's links as chosen (prerequisite_ids) plus the other modules' links as stored,
    which is what their last publish saved (or, for a module never published, its creation): the links officers
    are locked by. Drafts of other modules are not read, so a cycle two drafts would make between them is only
    refused when the second of them is edited again after the first was published.
    A module not yet saved (module_id None) cannot be required by any other module yet."""
    chosen = list(dict.fromkeys(prerequisite_ids))
    if module_id is None or not chosen:
        return []
    through = ModulePage.prerequisites.through
    requires: dict[int, set[int]] = {}
    for from_id, to_id in through.objects.exclude(from_modulepage_id=module_id).values_list(
        "from_modulepage_id", "to_modulepage_id"
    ):
        requires.setdefault(from_id, set()).add(to_id)
    chains = [chain for start in chosen if (chain := _path_to(start, module_id, requires))]
    titles = ModulePage.objects.in_bulk({pk for chain in chains for pk in chain})
    return [[titles[pk] for pk in chain] for chain in chains if all(pk in titles for pk in chain)]


def _path_to(start: int, goal: int, requires: dict[int, set[int]]) -> list[int]:
    """The shortest chain of links start → … → goal (breadth first), [] when there is none."""
    came_from: dict[int, int | None] = {start: None}
    queue = [start]
    for current in queue:
        if current == goal:
            chain = [current]
            while (previous := came_from[chain[-1]]) is not None:
                chain.append(previous)
            return chain[::-1]
        for following in sorted(requires.get(current, ())):
            if following not in came_from:
                came_from[following] = current
                queue.append(following)
    return []


def draft_prerequisite_cycles_get(*, module) -> list[str]:
    """Why approving the module's latest draft would lock modules for good: its prerequisites as drafted make a
    cycle with the other modules' published links (two drafts that each passed the edit form can do so once the
    first is published). One reason per chain, for the review paths that approve without the edit form."""
    revision = getattr(module, "latest_revision", None)
    drafted = (revision.content.get("prerequisites") if revision is not None else None) or []
    chains = prerequisite_cycles_get(module_id=module.pk, prerequisite_ids=drafted)
    return [_("Voorwaarden: %(reason)s") % {"reason": cycle_message(chain)} for chain in chains]


def cycle_message(chain: list[ModulePage]) -> str:
    """The Dutch error for one chain from prerequisite_cycles_get, naming the modules in it."""
    if len(chain) == 1:
        return _("Een module kan niet zijn eigen voorwaarde zijn.")
    first, via = chain[0], chain[1:-1]
    if not via:
        return _("„%(module)s” vereist deze module al.") % {"module": first.title}
    return _("„%(module)s” vereist (via %(via)s) deze module al.") % {
        "module": first.title,
        "via": " → ".join(f"„{m.title}”" for m in via),
    }


def locked_message(missing: list[ModulePage]) -> str:
    """The Dutch sentence for a locked module: which module(s) come first."""
    titles = ", ".join(f"„{m.title}”" for m in missing)
    return _("Deze module gaat pas open als je eerst %(modules)s hebt afgerond.") % {"modules": titles}
