"""Reads for prerequisites: which modules an officer must complete before another one opens.

A prerequisite counts as met once the officer has ever completed it (a ModuleCompletion row; an
expired completion still counts, so an expiry never locks the modules that build on it). Only
published prerequisites count. Two queries for any number of modules.
"""

from django.utils.translation import gettext as _

from curriculum.models import ModuleCompletion, ModulePage


def missing_prerequisites_get(*, user, modules) -> dict[int, list[ModulePage]]:
    """Module id → the live prerequisite modules this officer has not completed (absent when open)."""
    ids = [m.pk for m in modules]
    through = ModulePage.prerequisites.through
    links = list(
        through.objects.filter(from_modulepage_id__in=ids).values_list("from_modulepage_id", "to_modulepage_id")
    )
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
    return missing_prerequisites_get(user=user, modules=[module]).get(module.pk, [])


def locked_message(missing: list[ModulePage]) -> str:
    """The Dutch sentence for a locked module: which module(s) come first."""
    titles = ", ".join(f"„{m.title}”" for m in missing)
    return _("Deze module gaat pas open als je eerst %(modules)s hebt afgerond.") % {"modules": titles}
