"""Signal receivers that keep derived data current; each enqueues a task on commit."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from curriculum.models import ModulePage
from curriculum.tasks import module_placement_sync


@receiver(page_published, sender=ModulePage)
@receiver(page_unpublished, sender=ModulePage)
def module_changed(sender, instance, **kwargs):
    # A module that becomes mandatory (or is unpublished) changes who must do it.
    transaction.on_commit(lambda: module_placement_sync.enqueue(instance.pk))
