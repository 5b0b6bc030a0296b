"""The four roles as Django groups, and the permissions each one holds.

Groups are created by a data migration (0002); their model permissions are (re)applied after
every migrate by a post_migrate handler, because Django and Wagtail create permissions in
post_migrate too. Page and collection permissions need the curriculum page, so load_demo (or an
administrator) applies them with `roles_sync()` once the tree exists. No code checks is_staff.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

OFFICERS = "Agenten"
TRAINERS = "Opleiders"
MODERATORS = "Redactie"
MANAGERS = "Leidinggevenden"
ALL_GROUPS = [OFFICERS, TRAINERS, MODERATORS, MANAGERS]
# Seeing unit reports (and checking certificates): what makes a manager, held by MANAGERS below.
REPORT_PERMISSION = "curriculum.view_unit_reports"

_EDIT_BANK = [
    ("curriculum", "add_question"),
    ("curriculum", "change_question"),
    ("curriculum", "view_question"),
    ("curriculum", "publish_question"),
    ("curriculum", "lock_question"),
    # Only a never-published draft that no quiz uses can go: curriculum/admin/protection.py refuses the rest.
    ("curriculum", "delete_question"),
    ("curriculum", "add_indicator"),
    ("curriculum", "change_indicator"),
    ("curriculum", "view_indicator"),
]
MODEL_PERMISSIONS = {
    OFFICERS: [],
    TRAINERS: [("wagtailadmin", "access_admin"), *_EDIT_BANK],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        *_EDIT_BANK,
        ("curriculum", "unlock_question"),
        ("curriculum", "delete_indicator"),
    ],
    MANAGERS: [("wagtailadmin", "access_admin"), ("curriculum", "view_unit_reports")],
}
PAGE_PERMISSIONS = {  # trainers' publish permissions apply only with SIGNAAL_ALLOW_DIRECT_PUBLISH
    TRAINERS: ["add_page", "change_page", "publish_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    TRAINERS: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    MODERATORS: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
}


def direct_publish_allowed() -> bool:
    """Four eyes by default: a trainer's work reaches officers through the Redactie's review. A deployment may
    let trainers publish small fixes themselves (SIGNAAL_ALLOW_DIRECT_PUBLISH), never over an open change
    request (curriculum/admin/review_guard.py)."""
    from django.conf import settings

    return bool(getattr(settings, "SIGNAAL_ALLOW_DIRECT_PUBLISH", False))


def model_permissions() -> dict:
    """MODEL_PERMISSIONS, without the trainers' publish permission unless direct publishing is allowed."""
    if direct_publish_allowed():
        return MODEL_PERMISSIONS
    trainers = [pair for pair in MODEL_PERMISSIONS[TRAINERS] if pair != ("curriculum", "publish_question")]
    return {**MODEL_PERMISSIONS, TRAINERS: trainers}


def page_permissions() -> dict:
    if direct_publish_allowed():
        return PAGE_PERMISSIONS
    return {**PAGE_PERMISSIONS, TRAINERS: [c for c in PAGE_PERMISSIONS[TRAINERS] if c != "publish_page"]}


def _permissions(pairs):
    query = Q(pk__in=[])
    for app_label, codename in pairs:
        query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


def group_model_permissions_sync() -> None:
    """Give each role group exactly its listed model permissions (idempotent)."""
    for name, pairs in model_permissions().items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = set(_permissions(pairs).values_list("pk", flat=True))
        if set(group.permissions.values_list("pk", flat=True)) != wanted:
            group.permissions.set(wanted)


def roles_sync_handler(sender=None, **kwargs) -> None:
    """post_migrate, once per migrate: after the last app's signal, when every app has created its permissions."""
    from django.apps import apps

    if sender is not [c for c in apps.get_app_configs() if c.models_module is not None][-1]:
        return
    if not Group.objects.filter(name__in=ALL_GROUPS).exists():
        return  # the data migration has not run (e.g. migrating a single app)
    group_model_permissions_sync()


def roles_sync(*, curriculum_root=None) -> None:
    """Apply model permissions, and page/collection permissions on the curriculum subtree."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

    group_model_permissions_sync()
    if curriculum_root is not None:
        for name, codenames in page_permissions().items():
            group = Group.objects.get(name=name)
            for perm in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
                GroupPagePermission.objects.get_or_create(group=group, page=curriculum_root, permission=perm)
        if not direct_publish_allowed():  # a site that allowed it before: the trainers lose it now
            GroupPagePermission.objects.filter(
                group__name=TRAINERS, page=curriculum_root, permission__codename="publish_page"
            ).delete()
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for name, codenames in COLLECTION_PERMISSIONS.items():
            group = Group.objects.get(name=name)
            for perm in Permission.objects.filter(codename__in=codenames):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=perm
                )
