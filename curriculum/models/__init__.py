from curriculum.models.pages import (
    CurriculumIndexPage,
    LessonPage,
    ModulePage,
    ModulePageTag,
    PocketCardPage,
    QuizPage,
    QuizQuestion,
)
from curriculum.models.progress import AttemptAnswer, LessonCompletion, ModuleCompletion, ModuleProgress, QuizAttempt
from curriculum.models.questions import Choice, Indicator, Question

__all__ = [
    "AttemptAnswer",
    "Choice",
    "CurriculumIndexPage",
    "Indicator",
    "LessonCompletion",
    "LessonPage",
    "ModuleCompletion",
    "ModulePage",
    "ModulePageTag",
    "ModuleProgress",
    "PocketCardPage",
    "Question",
    "QuizAttempt",
    "QuizQuestion",
]
