"""A module's steps for one officer: its live lessons and quiz, with the officer's ticks and quiz results.

Every officer step reads this (the lesson page's navigation, the progress refresh after a lesson or a submit), so
it is one hand-written query: the ORM version with five correlated subqueries cost more to compile than to run.
The SQL is plain (EXISTS, scalar subqueries, LIKE) and runs unchanged on SQLite and PostgreSQL; every value is
a parameter. tests/test_query_counts.py and the progress tests hold it to the same answers as before.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from curriculum.models import LessonPage, ModuleProgress, QuizAttempt, QuizPage
from curriculum.selectors.recertification import progress_row_present

STEPS_SQL = """
SELECT p.*
FROM wagtailcore_page p
WHERE p.path LIKE %s AND p.depth = %s AND p.live = %s AND p.content_type_id IN (%s, %s)
ORDER BY p.path
"""
# The same rows, with this officer's tick on each lesson and their submitted attempts of this cycle on the quiz.
STEPS_FOR_OFFICER_SQL = """
SELECT p.*,
  EXISTS (SELECT 1 FROM curriculum_lessoncompletion t
          WHERE t.user_id = %s AND t.lesson_id = p.id AND t.cycle = %s) AS done,
  (SELECT MAX(a.percent) FROM curriculum_quizattempt a WHERE a.user_id = %s AND a.module_id = %s AND a.cycle = %s
     AND a.quiz_id = p.id AND a.state = %s) AS best_percent,
  (SELECT COUNT(*) FROM curriculum_quizattempt a WHERE a.user_id = %s AND a.module_id = %s AND a.cycle = %s
     AND a.quiz_id = p.id AND a.state = %s) AS submitted_count,
  (SELECT COUNT(*) FROM curriculum_quizattempt a WHERE a.user_id = %s AND a.module_id = %s AND a.cycle = %s
     AND a.quiz_id = p.id AND a.state = %s AND a.passed = %s) AS passed_count,
  EXISTS (SELECT 1 FROM curriculum_quizattempt a WHERE a.user_id = %s AND a.module_id = %s AND a.cycle = %s)
    AS any_attempt
FROM wagtailcore_page p
WHERE p.path LIKE %s AND p.depth = %s AND p.live = %s AND p.content_type_id IN (%s, %s)
ORDER BY p.path
"""


@dataclass
class ModuleSteps:
    """A module's live lessons (base pages, with `done` for the officer asked about) and its quiz, in order;
    `cycle` is the officer's cycle the ticks and results were read for (services/recertification.py)."""

    lessons: list
    quiz: object = None
    cycle: int = 1

    def after(self, lesson):
        """Where "next" leads from a lesson: the following lesson, else the quiz (None: back to the module)."""
        index = next((i for i, item in enumerate(self.lessons) if item.pk == lesson.pk), 0)
        following = self.lessons[index + 1] if index + 1 < len(self.lessons) else None
        return following or self.quiz


def module_steps_get(*, module, user=None, cycle: int | None = None) -> ModuleSteps:
    """One query for what ModulePage.lessons() and .quiz() give (as base pages), with this officer's ticks
    and quiz results of their current cycle (done, best_percent, submitted_count, passed_count, any_attempt on
    each row). Pass `cycle` when it is known (the progress refresh holds the locked row); otherwise one more query
    reads it. Kept on the module object for the rest of the request, so the progress refresh and the redirect
    after a lesson share it."""
    key = user.pk if user is not None else None
    cached = getattr(module, "_signaal_steps", None)
    if cached is not None and cached[0] == key and cycle in (None, cached[1].cycle):
        return cached[1]
    if user is not None and cycle is None:
        row = progress_row_present(ModuleProgress.objects.filter(user_id=user.pk, module_id=module.pk).first())
        cycle = row.cycle if row else 1
    cycle = cycle or 1
    types = ContentType.objects.get_for_models(LessonPage, QuizPage)
    lesson_type, quiz_type = types[LessonPage].pk, types[QuizPage].pk
    params = [module.path + "%", module.depth + 1, True, lesson_type, quiz_type]
    sql = STEPS_SQL
    if user is not None:
        mine = [user.pk, module.pk, cycle]
        submitted = [*mine, QuizAttempt.State.SUBMITTED]
        sql = STEPS_FOR_OFFICER_SQL
        params = [user.pk, cycle, *submitted, *submitted, *submitted, True, *mine, *params]
    lessons, quiz = [], None
    for page in Page.objects.raw(sql, params):
        if page.content_type_id == lesson_type:
            lessons.append(page)
        elif quiz is None:
            quiz = page
    steps = ModuleSteps(lessons=lessons, quiz=quiz, cycle=cycle)
    module._signaal_steps = (key, steps)
    return steps
