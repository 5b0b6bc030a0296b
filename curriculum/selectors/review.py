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


@dataclass
class QueueRow:
    """One open review: what it is, which module it belongs to, who submitted it and where it stands."""

    title: str
    kind: str  # "Module", "Les", "Toets", "Vraag"
    module: str
    requested_by: str
    requested_at: object
    status: str
    comment: str
    edit_url: str


def review_queue_list() -> list[QueueRow]:
    """Every open review (submitted or changes requested), grouped by module, then by kind (a few queries)."""
    from django.urls import reverse
    from wagtail.models import Page, WorkflowState

    from curriculum.models import LessonPage, ModulePage, Question, QuizPage, QuizQuestion

    states = list(
        WorkflowState.objects.active()
        .select_related("requested_by", "content_type", "current_task_state__finished_by")
        .order_by("created_at")
    )
    page_ids = [int(s.object_id) for s in states if _is_page(s)]
    question_ids = [int(s.object_id) for s in states if s.content_type.model_class() is Question]
    pages = Page.objects.in_bulk(page_ids)
    parents = {p.path: p for p in Page.objects.filter(path__in={p.path[: -p.steplen] for p in pages.values()})}
    links = QuizQuestion.objects.filter(question_id__in=question_ids).select_related("quiz")
    quiz_parents = {
        p.path: p.title for p in Page.objects.filter(path__in={link.quiz.path[: -link.quiz.steplen] for link in links})
    }
    modules_of_question: dict[int, set] = {}
    for link in links:
        modules_of_question.setdefault(link.question_id, set()).add(
            quiz_parents.get(link.quiz.path[: -link.quiz.steplen], "")
        )
    questions = Question.objects.in_bulk(question_ids)
    kinds = {ModulePage: _("Module"), LessonPage: _("Les"), QuizPage: _("Toets")}
    rows = []
    for state in states:
        model = state.content_type.model_class()
        object_id = int(state.object_id)
        if model is Question:
            question = questions.get(object_id)
            if question is None:
                continue
            title, kind = str(question), _("Vraag")
            module = ", ".join(sorted(modules_of_question.get(object_id, set()))) or _("nog in geen toets")
            edit_url = reverse("wagtailsnippets_curriculum_question:edit", args=[object_id])
        else:
            page = pages.get(object_id)
            if page is None:
                continue
            title, kind = page.title, kinds.get(model, model._meta.verbose_name)
            parent = parents.get(page.path[: -page.steplen])
            module = page.title if model is ModulePage else (parent.title if parent else "")
            edit_url = reverse("wagtailadmin_pages:edit", args=[object_id])
        task_state = state.current_task_state
        needs_changes = state.status == WorkflowState.STATUS_NEEDS_CHANGES
        rows.append(
            QueueRow(
                title=title,
                kind=str(kind),
                module=module,
                requested_by=(state.requested_by.get_full_name() or state.requested_by.get_username())
                if state.requested_by
                else "",
                requested_at=state.created_at,
                status=str(_("Wijzigingen gevraagd") if needs_changes else _("Ter beoordeling")),
                comment=(task_state.get_comment() or "") if needs_changes and task_state else "",
                edit_url=edit_url,
            )
        )
    order = {str(_("Module")): 0, str(_("Les")): 1, str(_("Toets")): 2, str(_("Vraag")): 3}
    rows.sort(key=lambda r: (r.module, order.get(r.kind, 9), r.title))
    return rows


def _is_page(state) -> bool:
    from wagtail.models import Page

    model = state.content_type.model_class()
    return model is not None and issubclass(model, Page)


@dataclass
class PackagePart:
    obj: object
    title: str
    kind: str
    needs_changes: bool

    @property
    def workflow(self):
        return self.obj.get_workflow()

    def can_submit(self, user) -> bool:
        if hasattr(self.obj, "permissions_for_user"):
            return self.obj.permissions_for_user(user).can_submit_for_moderation()
        return user.has_perm("curriculum.change_question")


def module_package_get(*, module) -> list[PackagePart]:
    """What a module's package for review holds: the module and its lessons and quiz, and the questions its quiz
    uses (as edited), each only when it has changes not yet published and no review is under way."""
    from wagtail.models import Page

    from curriculum.models import LessonPage, ModulePage, Question, QuizPage

    module = ModulePage.objects.get(pk=module.pk)
    children = [p.specific for p in Page.objects.child_of(module).type(LessonPage, QuizPage).order_by("path")]
    questions = []
    for child in children:
        if isinstance(child, QuizPage):
            draft = child.get_latest_revision_as_object()
            ids = [link.question_id for link in draft.quiz_questions.all()]
            found = Question.objects.in_bulk(ids)
            questions += [found[i] for i in ids if i in found]
    kinds = {ModulePage: _("Module"), LessonPage: _("Les"), QuizPage: _("Toets"), Question: _("Vraag")}
    parts = []
    for obj in [module, *children, *questions]:
        state = obj.current_workflow_state
        needs_changes = state is not None and state.status == state.STATUS_NEEDS_CHANGES
        if state is not None and not needs_changes:
            continue  # already in review
        if obj.live and not obj.has_unpublished_changes and not needs_changes:
            continue  # nothing to review
        parts.append(PackagePart(obj=obj, title=str(obj), kind=str(kinds[type(obj)]), needs_changes=needs_changes))
    return parts
