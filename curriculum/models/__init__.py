from curriculum.models.interop import ApiClient, XapiStatement
from curriculum.models.manager_actions import DueDateExtension, ManagerAction, TrendSnapshot
from curriculum.models.notifications import ScheduledRun, SentMail
from curriculum.models.organisation import Assignment, OfficerProfile, Unit, UnitManager
from curriculum.models.pages import (
    CurriculumIndexPage,
    LessonPage,
    ModulePage,
    ModulePageTag,
    PocketCardPage,
)
from curriculum.models.progress import AttemptAnswer, LessonCompletion, ModuleCompletion, ModuleProgress, QuizAttempt
from curriculum.models.questions import Choice, Indicator, Question
from curriculum.models.quiz import QuizPage, QuizQuestion
from curriculum.models.recertification import CycleReason, ModuleChange, ModuleCycle
from curriculum.models.review import ModuleReviewTask
from curriculum.models.rollup import SignalRollup

__all__ = [
    "DueDateExtension",
    "ManagerAction",
    "TrendSnapshot",
    "ApiClient",
    "XapiStatement",
    "Assignment",
    "OfficerProfile",
    "Unit",
    "UnitManager",
    "AttemptAnswer",
    "Choice",
    "CurriculumIndexPage",
    "Indicator",
    "LessonCompletion",
    "LessonPage",
    "CycleReason",
    "ModuleChange",
    "ModuleCompletion",
    "ModuleCycle",
    "ModulePage",
    "ModulePageTag",
    "ModuleProgress",
    "ModuleReviewTask",
    "PocketCardPage",
    "Question",
    "QuizAttempt",
    "QuizPage",
    "QuizQuestion",
    "ScheduledRun",
    "SentMail",
    "SignalRollup",
]
