"""Submitting a module to the Redactie as one package: the module, its changed lessons and quiz, and the new or
changed questions its quiz uses, each into the review workflow in one step (a part whose changes were asked is
resubmitted). The Redactie then sees them together under "Ter beoordeling", and the module cannot be approved
before its parts are (curriculum/models/review.py)."""

import logging

from django.db import transaction
from django.utils.translation import gettext as _

from curriculum.errors import AccessDeniedError, ConflictError
from curriculum.models import ModulePage
from curriculum.selectors.review import module_package_get

log = logging.getLogger("signaal.audit")


def module_package_submit(*, module: ModulePage, user) -> list:
    """Submit every part of the package that has changes not yet published and is not already in review."""
    parts = module_package_get(module=module)
    for part in parts:
        if not part.can_submit(user):
            raise AccessDeniedError(_("Je mag „%(title)s” niet ter beoordeling aanbieden.") % {"title": part.title})
        if part.workflow is None:
            raise ConflictError(_("Voor „%(title)s” is geen beoordelingsworkflow ingesteld.") % {"title": part.title})
    submitted = []
    with transaction.atomic():
        for part in parts:
            if part.needs_changes:
                part.obj.save_revision(user=user)
                part.obj.current_workflow_state.resume(user=user)
            else:
                if part.obj.latest_revision is None:
                    part.obj.save_revision(user=user)
                part.workflow.start(part.obj, user)
            submitted.append(part)
    log.info("review_package_submit user=%s module=%s parts=%s", user.pk, module.pk, len(submitted))
    return submitted
