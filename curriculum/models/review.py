"""The Redactie's review step: Wagtail's group approval that never approves a module with a part that is not
ready (a lesson or the quiz unpublished, or with changes requested).

A proxy of GroupApprovalTask (no table of its own): `get_actions` leaves "approve" out for such a module, and
every approval path asks it (the edit page, the review modal, the dashboard), so none can approve it.
The workflow is set up by curriculum/demo/site.py `workflow_ensure`.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask


class ModuleReviewTask(GroupApprovalTask):
    class Meta:
        proxy = True
        verbose_name = _("redactiebeoordeling")
        verbose_name_plural = _("redactiebeoordelingen")

    def save(self, *args, **kwargs):
        # The task's content type names this proxy, so `task.specific` is a ModuleReviewTask.
        self.content_type = ContentType.objects.get_for_model(self, for_concrete_model=False)
        super().save(*args, **kwargs)

    def get_actions(self, obj, user):
        from curriculum.models.pages import ModulePage
        from curriculum.selectors.review import module_parts_blocking_get

        actions = super().get_actions(obj, user)
        kind = getattr(obj, "specific_class", None) or type(obj)  # the review modal passes a base Page
        if issubclass(kind, ModulePage) and module_parts_blocking_get(module=obj):
            actions = [action for action in actions if action[0] != "approve"]
        return actions
