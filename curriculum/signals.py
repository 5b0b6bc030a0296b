"""Signal receivers that keep derived data current; each enqueues a task on commit."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from curriculum.models import LessonPage, ModulePage
from curriculum.tasks import module_placement_sync, module_retraining


@receiver(page_published, sender=ModulePage)
@receiver(page_unpublished, sender=ModulePage)
def module_changed(sender, instance, **kwargs):
    # A module that becomes mandatory (or is unpublished) changes who must do it.
    transaction.on_commit(lambda: module_placement_sync.enqueue(instance.pk))


@receiver(page_published, sender=ModulePage)
@receiver(page_published, sender=LessonPage)
def material_change_published(sender, instance, revision=None, **kwargs):
    # "Opnieuw volgen verplicht" ticked in this revision: record it once, move the officers after commit.
    from curriculum.services.recertification import material_change_record

    user = getattr(revision, "user", None)
    change = material_change_record(page=instance, revision=revision, user=user)
    if change is not None and change.applied_at is None:
        transaction.on_commit(lambda: module_retraining.enqueue(change.pk))


@receiver(post_save, sender=ModulePage)
@receiver(post_delete, sender=ModulePage)
@receiver(page_published, sender=ModulePage)
@receiver(page_unpublished, sender=ModulePage)
def module_facts_changed(sender, **kwargs):
    # Prerequisite links and topic tags are cached for the officer pages (curriculum/selectors/prerequisites.py).
    from curriculum.selectors.prerequisites import module_facts_forget

    module_facts_forget()


@receiver(post_save, dispatch_uid="signaal_site_pages_saved")
@receiver(post_delete, dispatch_uid="signaal_site_pages_deleted")
def site_pages_changed(sender, **kwargs):
    # The site, its root page, view restrictions and the menu are cached for every page request
    # (curriculum/selectors/site.py); any page, site or restriction change drops them.
    from curriculum.selectors.site import is_site_page_model, site_pages_forget

    if is_site_page_model(sender):
        site_pages_forget()


@receiver(m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="signaal_site_pages_groups")
@receiver(page_published, dispatch_uid="signaal_site_pages_published")
@receiver(page_unpublished, dispatch_uid="signaal_site_pages_unpublished")
@receiver(post_page_move, dispatch_uid="signaal_site_pages_moved")
def site_pages_published(sender, **kwargs):
    from curriculum.selectors.site import site_pages_forget

    site_pages_forget()
