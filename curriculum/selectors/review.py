"""The review state of a page or question as the editor shows it: an open submission or change request."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from curriculum import roles


@dataclass
class ChangeRequest:
    status: str  # "in_progress" (submitted, awaiting review) or "needs_changes" (rejected with a comment)
    comment: str
    by: str  # who requested the changes (the moderator who rejected), not who submitted
    at: object


def is_reviewer(user) -> bool:
    return user.is_superuser or user.groups.filter(name=roles.MODERATORS).exists()


def change_request_get(*, obj) -> ChangeRequest | None:
    """The open review of a page or question, if any, with the moderator's comment when changes were asked."""
    state = getattr(obj, "current_workflow_state", None) if obj is not None and obj.pk else None
    if state is None:
        return None
    task_state = state.current_task_state
    comment, by, at = "", "", state.created_at
    if state.status == state.STATUS_NEEDS_CHANGES and task_state is not None:
        comment = task_state.get_comment() or ""
        if task_state.finished_by is not None:
            by = task_state.finished_by.get_full_name() or task_state.finished_by.get_username()
        at = task_state.finished_at or at
    return ChangeRequest(status=state.status, comment=comment, by=by, at=at)


def module_parts_blocking_get(*, module) -> list[str]:
    """Lessons and the quiz of a module that keep it from going live: not published, or changes requested
    (two queries). A module can never be approved with such a part."""
    from wagtail.models import Page, WorkflowState

    from curriculum.models import LessonPage, QuizPage

    children = list(Page.objects.child_of(module).type(LessonPage, QuizPage).order_by("path"))
    ids = [str(page.pk) for page in children]
    rejected = set(
        WorkflowState.objects.filter(object_id__in=ids, status=WorkflowState.STATUS_NEEDS_CHANGES)
        .filter(base_content_type__app_label="wagtailcore", base_content_type__model="page")
        .values_list("object_id", flat=True)
    )
    parts = []
    for page in children:
        if str(page.pk) in rejected:
            parts.append(_("%(title)s: wijzigingen gevraagd") % {"title": page.title})
        elif not page.live:
            parts.append(_("%(title)s: nog niet gepubliceerd") % {"title": page.title})
    return parts
