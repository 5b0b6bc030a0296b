"""The review state of a page or question as the editor shows it: an open submission or change request."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from curriculum.domain import roles
from curriculum.selectors.prerequisites import draft_prerequisite_cycles_get


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
    return parts + draft_prerequisite_cycles_get(module=module)


@dataclass
class QueueRow:
    """One item of the Redactie's queue: a module's package (every open review of the module, its lessons, quiz and
    the questions its quiz uses), or a single review that belongs to no module (a question in no quiz)."""

    title: str
    kind: str  # "Modulepakket", or "Vraag"/"Pagina" for a review outside any module
    module: str
    parts: str  # what the package holds, e.g. "Module; Les: Les 1; Toets; Vraag: q1"
    requested_by: str
    requested_at: object
    status: str
    comment: str
    edit_url: str  # the package's review page, or the part's edit page


def _name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def _status_label(statuses: list[str]) -> str:
    from wagtail.models import WorkflowState

    asked = sum(1 for s in statuses if s == WorkflowState.STATUS_NEEDS_CHANGES)
    if asked == 0:
        return str(_("Ter beoordeling"))
    if asked == len(statuses):
        return str(_("Wijzigingen gevraagd"))
    return str(_("Ter beoordeling; wijzigingen gevraagd bij %(n)d") % {"n": asked})


def review_queue_list() -> list[QueueRow]:
    """Every open review (submitted or changes requested): one row per module package, modules by title, then
    the reviews that belong to no module (a few queries per module with open reviews)."""
    from django.urls import reverse
    from wagtail.models import Page, WorkflowState

    from curriculum.models import ModulePage, Question, QuizQuestion

    states = list(WorkflowState.objects.active().select_related("requested_by", "content_type", "current_task_state"))
    page_ids = [int(s.object_id) for s in states if _is_page(s)]
    pages = Page.objects.in_bulk(page_ids)
    module_ids = set()
    for page in pages.values():
        if page.specific_class is ModulePage:
            module_ids.add(page.pk)
        elif page.depth > 1:
            parent = page.get_parent()
            if parent is not None and parent.specific_class is ModulePage:
                module_ids.add(parent.pk)
    question_ids = {int(s.object_id) for s in states if s.content_type.model_class() is Question}
    for link in QuizQuestion.objects.filter(question_id__in=question_ids).select_related("quiz"):
        parent = link.quiz.get_parent()
        if parent.specific_class is ModulePage:
            module_ids.add(parent.pk)
    rows, covered = [], set()
    for module in ModulePage.objects.filter(pk__in=module_ids).order_by("title"):
        package = module_review_package_get(module=module)
        if not package.parts:
            continue
        covered |= {(part.state.base_content_type_id, part.state.object_id) for part in package.parts}
        comments = list(dict.fromkeys(part.comment for part in package.parts if part.comment))
        rows.append(
            QueueRow(
                title=module.title,
                kind=str(_("Modulepakket")),
                module=module.title,
                parts="; ".join(part.label for part in package.parts),
                requested_by=", ".join(dict.fromkeys(_name(part.state.requested_by) for part in package.parts)),
                requested_at=max(part.state.created_at for part in package.parts),
                status=_status_label([part.state.status for part in package.parts]),
                comment=" / ".join(comments),
                edit_url=reverse("curriculum_review_package_review", args=[module.pk]),
            )
        )
    questions = Question.objects.in_bulk(question_ids)
    for state in sorted(states, key=lambda s: s.created_at):
        if (state.base_content_type_id, state.object_id) in covered:
            continue
        question = questions.get(int(state.object_id)) if state.content_type.model_class() is Question else None
        page = pages.get(int(state.object_id)) if _is_page(state) else None
        if question is not None:
            title, kind, module = str(question), _("Vraag"), _("nog in geen toets")
            edit_url = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
        elif page is not None:
            title, kind, module = page.title, _("Pagina"), ""
            edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        else:
            continue
        needs_changes = state.status == WorkflowState.STATUS_NEEDS_CHANGES
        rows.append(
            QueueRow(
                title=title,
                kind=str(kind),
                module=str(module),
                parts=str(module) or title,
                requested_by=_name(state.requested_by),
                requested_at=state.created_at,
                status=_status_label([state.status]),
                comment=(state.current_task_state.get_comment() or "")
                if needs_changes and state.current_task_state
                else "",
                edit_url=edit_url,
            )
        )
    return rows


def _is_page(state) -> bool:
    from wagtail.models import Page

    model = state.content_type.model_class()
    return model is not None and issubclass(model, Page)


@dataclass
class ReviewPart:
    """One part of a module package under review, with what the moderator needs to judge it in context."""

    obj: object
    kind: str
    state: object  # the open WorkflowState
    comment: str  # the change request's comment, when changes were asked
    edit_url: str
    preview_url: str
    compare_url: str  # live → latest, only when a live version exists

    @property
    def title(self) -> str:
        return str(self.obj)

    @property
    def label(self) -> str:
        return self.kind if self.kind == str(_("Module")) else f"{self.kind}: {self.title}"

    @property
    def needs_changes(self) -> bool:
        return self.state.status == self.state.STATUS_NEEDS_CHANGES


@dataclass
class ReviewPackage:
    module: object
    parts: list[ReviewPart]
    blocking: list[str]  # lessons or the quiz that keep the module from going live and are not in the package

    @property
    def author_ids(self) -> set:
        """Who submitted a part or wrote its latest version: they may not approve it (four eyes)."""
        ids = {part.state.requested_by_id for part in self.parts}
        ids |= {part.obj.latest_revision.user_id for part in self.parts if part.obj.latest_revision_id}
        return ids - {None}


def _links(obj, state) -> tuple[str, str, str]:
    from django.urls import reverse
    from wagtail.models import Page

    task_id = state.current_task_state.task_id if state.current_task_state else None
    if isinstance(obj, Page):
        edit = reverse("wagtailadmin_pages:edit", args=[obj.pk])
        preview = reverse("wagtailadmin_pages:workflow_preview", args=[obj.pk, task_id]) if task_id else ""
        compare = reverse("wagtailadmin_pages:revisions_compare", args=[obj.pk, "live", "latest"])
    else:
        edit = reverse("wagtailsnippets_curriculum_question:edit", args=[obj.pk])
        preview = (
            reverse("wagtailsnippets_curriculum_question:workflow_preview", args=[obj.pk, task_id]) if task_id else ""
        )
        compare = reverse("wagtailsnippets_curriculum_question:revisions_compare", args=[obj.pk, "live", "latest"])
    return edit, preview, compare if obj.live and obj.live_revision_id else ""


def module_review_open(*, module) -> bool:
    """Whether module_review_package_get(module=module) has parts: an open review (submitted, or changes asked) of
    the module, a lesson or quiz of it, or a question its quiz uses as edited. Three queries when no question is
    under review, for the header of every module the Redactie opens."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, WorkflowState

    from curriculum.models import LessonPage, Question, QuizPage

    children = list(Page.objects.child_of(module).type(LessonPage, QuizPage).specific(defer=True))
    pages = [str(module.pk), *(str(page.pk) for page in children)]
    active = WorkflowState.objects.active()
    types = ContentType.objects.get_for_models(Page, Question)
    if active.filter(base_content_type=types[Page], object_id__in=pages).exists():
        return True
    questions = set(active.filter(base_content_type=types[Question]).values_list("object_id", flat=True))
    return bool(questions) and any(
        str(link.question_id) in questions
        for quiz in children
        if isinstance(quiz, QuizPage)
        for link in quiz.get_latest_revision_as_object().quiz_questions.all()
    )


def module_review_package_get(*, module) -> ReviewPackage:
    """A module's package as the Redactie reviews it: every open review (submitted, or changes requested) of the
    module, its lessons and quiz, and the questions its quiz uses as edited; module first. `blocking` names the
    lessons and quiz that are unpublished and not in the package: the module cannot go live past them."""
    from wagtail.models import Page

    from curriculum.models import LessonPage, ModulePage, Question, QuizPage

    module = ModulePage.objects.get(pk=module.pk)
    children = [p.specific for p in Page.objects.child_of(module).type(LessonPage, QuizPage).order_by("path")]
    children.sort(key=lambda child: isinstance(child, QuizPage))  # lessons in their order, then the quiz
    questions = []
    for child in children:
        if isinstance(child, QuizPage):
            ids = [link.question_id for link in child.get_latest_revision_as_object().quiz_questions.all()]
            found = Question.objects.in_bulk(ids)
            questions += [found[i] for i in dict.fromkeys(ids) if i in found]
    kinds = {ModulePage: _("Module"), LessonPage: _("Les"), QuizPage: _("Toets"), Question: _("Vraag")}
    parts, in_package = [], set()
    for obj in [module, *children, *questions]:
        state = obj.current_workflow_state
        if state is None:
            continue
        if not isinstance(obj, Question):
            in_package.add(obj.pk)
        comment = ""
        if state.status == state.STATUS_NEEDS_CHANGES and state.current_task_state:
            comment = state.current_task_state.get_comment() or ""
        parts.append(ReviewPart(obj, str(kinds[type(obj)]), state, comment, *_links(obj, state)))
    blocking = [
        _("%(title)s: nog niet gepubliceerd en niet in dit pakket") % {"title": child.title}
        for child in children
        if not child.live and child.pk not in in_package
    ] + draft_prerequisite_cycles_get(module=module)
    return ReviewPackage(module=module, parts=parts, blocking=blocking)


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
