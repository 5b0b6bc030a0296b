"""Every shared read, by topic. Nothing here writes; writes are curriculum/services/.

- learning.py: the officer's reads ("Mijn training", module overview, lesson steps, search); quiz.py: an attempt's
  questions, the draw of a new attempt, the trainer's quiz preview. Both re-exported here, so
  `from curriculum import selectors; selectors.officer_dashboard_get(...)` works.
- reporting.py: the managers' reports (scope, completion per unit × module, status totals).
- item_analysis.py: the trainers' question analysis.
- recertification.py: expiry, cycles, re-training notices, review dates.
- prerequisites.py: which modules must come first.
- attempts.py, quiz_pool.py: an officer's attempts at a quiz as plain rows; the questions a quiz draws from, as
  cached snapshots of their live revisions.
- certificates.py, privacy.py, notifications.py: certificate codes, the officer's own record, the mails' figures.
"""

from curriculum.selectors.learning import (
    LessonItem,
    ModuleCard,
    ModuleOverview,
    ModuleSteps,
    SearchResults,
    completed_cards_news_add,
    latest_completion_ids_get,
    lesson_context_get,
    module_live_list,
    module_overview_get,
    module_progress_get,
    module_steps_get,
    officer_dashboard_get,
    officer_next_card_get,
    search_results_get,
)
from curriculum.selectors.quiz import (
    QuizPreview,
    ShownChoice,
    ShownQuestion,
    attempt_questions_get,
    question_from_snapshot,
    question_shown_get,
    questions_last_shown_get,
    quiz_preview_get,
    quiz_questions_draw,
)
from curriculum.selectors.quiz_pool import PoolQuestion, quiz_pool_get, quiz_pool_size

__all__ = [
    "PoolQuestion",
    "quiz_pool_get",
    "quiz_pool_size",
    "LessonItem",
    "ModuleCard",
    "ModuleOverview",
    "ModuleSteps",
    "QuizPreview",
    "SearchResults",
    "ShownChoice",
    "ShownQuestion",
    "attempt_questions_get",
    "completed_cards_news_add",
    "latest_completion_ids_get",
    "lesson_context_get",
    "module_live_list",
    "module_overview_get",
    "module_progress_get",
    "module_steps_get",
    "officer_dashboard_get",
    "officer_next_card_get",
    "question_from_snapshot",
    "question_shown_get",
    "questions_last_shown_get",
    "quiz_preview_get",
    "quiz_questions_draw",
    "search_results_get",
]
