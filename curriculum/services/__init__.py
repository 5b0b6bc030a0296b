"""Every state change. Views, commands and tasks call these; nothing else writes.

`from curriculum import services; services.lesson_complete(...)` keeps working: the package
re-exports the learning services (learning.py, quiz.py), the organisation services (organisation.py),
the officer import (imports.py), the progress rebuild (progress.py) and the privacy writes (privacy.py).
"""

from curriculum.services.imports import ImportReport, ImportRowError, officers_import_csv
from curriculum.services.learning import lesson_complete, module_progress_refresh
from curriculum.services.organisation import (
    DuePlan,
    OrganisationError,
    assignment_delete,
    assignment_save,
    officer_move,
    officer_profile_delete,
    officer_profile_save,
    progress_placement_sync,
    unit_create,
    unit_manager_add,
)
from curriculum.services.privacy import attempt_answers_purge, officer_pseudonymise
from curriculum.services.progress import progress_rebuild
from curriculum.services.quiz import (
    LATE_GRACE_SECONDS,
    QuizError,
    SubmitResult,
    quiz_attempt_start,
    quiz_attempt_submit,
    quiz_attempts_expired_close,
)

__all__ = [
    "LATE_GRACE_SECONDS",
    "DuePlan",
    "OrganisationError",
    "ImportReport",
    "ImportRowError",
    "QuizError",
    "SubmitResult",
    "assignment_delete",
    "attempt_answers_purge",
    "assignment_save",
    "lesson_complete",
    "module_progress_refresh",
    "officer_move",
    "officer_profile_delete",
    "officer_pseudonymise",
    "officer_profile_save",
    "officers_import_csv",
    "progress_placement_sync",
    "progress_rebuild",
    "quiz_attempt_start",
    "quiz_attempt_submit",
    "quiz_attempts_expired_close",
    "unit_create",
    "unit_manager_add",
]
