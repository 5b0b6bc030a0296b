"""A module as one package for review: the trainer submits the module, its changed lessons and quiz, and the new or
changed questions its quiz uses, each into the review workflow in one step (a part whose changes were asked is
resubmitted). The Redactie sees them together under "Ter beoordeling" and approves the package as a whole (every
part's task approved, so published, in one transaction) or rejects it as a whole with one comment (every part gets
the change request). Only through Wagtail's workflow (TaskState approve/reject); the module cannot be approved
before its parts are (curriculum/models/review.py), and nobody approves a package they submitted or wrote."""

import logging

from django.db import transaction
from django.utils.translation import gettext as _

from curriculum.domain.errors import AccessDeniedError, ConflictError, DomainError
from curriculum.models import ModulePage
from curriculum.selectors.review import is_reviewer, module_package_get, module_review_package_get

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
                # The resubmission is the trainer's latest draft. The database row of a live page or question holds
                # the published content, so a revision saved from it would silently revert the draft.
                part.obj.get_latest_revision_as_object().save_revision(user=user)
                part.obj.current_workflow_state.resume(user=user)
            else:
                if part.obj.latest_revision is None:
                    part.obj.save_revision(user=user)
                part.workflow.start(part.obj, user)
            submitted.append(part)
    log.info("review_package_submit user=%s module=%s parts=%s", user.pk, module.pk, len(submitted))
    return submitted


COMMENT_MAX = 2000


def _reviewer_required(user) -> None:
    if not is_reviewer(user):
        raise AccessDeniedError(_("Alleen de redactie keurt een modulepakket goed of af."))


def _act(part, user, action: str, comment: str = "") -> None:
    """One part's open task through Wagtail's workflow, as its own review screen would do it."""
    from wagtail.models import TaskState

    task_state = TaskState.objects.select_for_update().filter(pk=part.state.current_task_state_id).first()
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:  # someone else was first
        raise ConflictError(_("„%(title)s” is intussen al beoordeeld; laad de pagina opnieuw.") % {"title": part.title})
    task_state = task_state.specific
    task = task_state.task.specific
    if action not in [name for name, _label, _modal in task.get_actions(part.obj, user)]:
        raise ConflictError(_("„%(title)s” kan nu niet worden beoordeeld.") % {"title": part.title})
    task.on_action(task_state, user, action, comment=comment)


def module_package_approve(*, module: ModulePage, user) -> list:
    """Approve every part of the module's package: its lessons, quiz and questions first, the module last, each
    published by its workflow. All or nothing: refused while a part has changes requested (the trainer resubmits
    first), while a lesson or the quiz is unpublished outside the package, and for its own submitter or author."""
    _reviewer_required(user)
    package = module_review_package_get(module=module)
    if not package.parts:
        raise ConflictError(_("Voor deze module ligt niets ter beoordeling."))
    if user.pk in package.author_ids:
        raise AccessDeniedError(
            _("Je hebt aan dit pakket meegewerkt of het ingediend; een andere redacteur moet het beoordelen.")
        )
    asked = [part.title for part in package.parts if part.needs_changes]
    if asked:
        raise ConflictError(
            _("Goedkeuren kan niet: bij %(parts)s zijn wijzigingen gevraagd; de opleider biedt ze eerst opnieuw aan.")
            % {"parts": "; ".join(asked)}
        )
    if package.blocking:
        raise ConflictError(_("Goedkeuren kan niet: %(parts)s.") % {"parts": "; ".join(package.blocking)})
    ordered = sorted(package.parts, key=lambda part: isinstance(part.obj, ModulePage))  # the module last
    with transaction.atomic():
        for part in ordered:
            _act(part, user, "approve")
            if type(part.obj).objects.get(pk=part.obj.pk).current_workflow_state is not None:
                raise ConflictError(_("„%(title)s” is na goedkeuring niet gepubliceerd.") % {"title": part.title})
    log.info("review_package_approve user=%s module=%s parts=%s", user.pk, module.pk, len(ordered))
    return ordered


def module_package_reject(*, module: ModulePage, user, comment: str) -> list:
    """Ask changes on every part of the module's package that is under review, with one comment; the trainer
    sees it on each part's edit page and resubmits the package. Parts whose changes were already asked keep it."""
    _reviewer_required(user)
    comment = (comment or "").strip()
    if not comment:
        raise DomainError(_("Schrijf in de opmerking wat de opleider moet aanpassen."))
    if len(comment) > COMMENT_MAX:
        raise DomainError(_("De opmerking is te lang (hoogstens %(n)d tekens).") % {"n": COMMENT_MAX})
    parts = [part for part in module_review_package_get(module=module).parts if not part.needs_changes]
    if not parts:
        raise ConflictError(_("Voor deze module ligt niets ter beoordeling."))
    with transaction.atomic():
        for part in parts:
            _act(part, user, "reject", comment=comment)
    log.info("review_package_reject user=%s module=%s parts=%s", user.pk, module.pk, len(parts))
    return parts
