"""What a trainer's preview shows: the module as it will be once its drafts are published.

An officer only ever sees live pages; a preview (Wagtail's side panel, `request.is_preview`) counts and lists
the draft lessons and quiz too, marked as not yet published, so "Les 3 van 3" and the module's step list read
as they will after publication. Nothing here writes.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from curriculum.models import LessonPage, ModulePage, QuizPage


@dataclass
class PreviewStep:
    page: Page
    is_quiz: bool
    live: bool


def module_preview_steps_get(*, module) -> list[PreviewStep]:
    """Every lesson and the quiz under a module, live or draft, in tree order (one query; none for a new module)."""
    if not module.pk or not module.path:
        return []
    types = ContentType.objects.get_for_models(LessonPage, QuizPage)
    children = Page.objects.child_of(module).filter(content_type__in=types.values()).order_by("path")
    steps, quiz = [], None
    for page in children:
        step = PreviewStep(page=page, is_quiz=page.content_type_id == types[QuizPage].pk, live=page.live)
        if step.is_quiz:
            quiz = quiz or step
        else:
            steps.append(step)
    return steps + ([quiz] if quiz else [])


def lesson_preview_context_get(*, lesson) -> dict:
    """ "Les X van Y" among all the module's lessons, drafts included (the lesson previewed may be unsaved)."""
    module = lesson.get_parent() if lesson.path else None
    lessons = []
    if module is not None and module.specific_class is ModulePage:
        lessons = [step.page for step in module_preview_steps_get(module=module) if not step.is_quiz]
    ids = [page.pk for page in lessons]
    if lesson.pk not in ids or not lesson.pk:
        lessons.append(lesson)
        ids.append(lesson.pk)
    index = ids.index(lesson.pk) if lesson.pk else len(ids) - 1
    return {
        "module": module,
        "lesson_done": False,
        "lesson_position": index + 1,
        "lesson_count": len(lessons),
        "next_page": None,
        "previous_page": None,
    }
