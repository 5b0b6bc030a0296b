"""The officer's reads: "Mijn training", the module overview, a lesson's place in its module, search (the quiz:
curriculum/selectors/quiz.py). Query counts do not grow with the number of modules."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from curriculum.domain import rules
from curriculum.models import (
    CurriculumIndexPage,
    Indicator,
    LessonCompletion,
    LessonPage,
    ModuleCompletion,
    ModulePage,
    ModuleProgress,
    QuizAttempt,
    QuizPage,
)
from curriculum.selectors.certificates import certificates_for_officer_list
from curriculum.selectors.prerequisites import missing_prerequisites_get
from curriculum.selectors.recertification import (
    cards_programme_apply,
    current_cycle_lesson_ids,
    cycle_notice,
    progress_row_present,
)
from curriculum.selectors.site import site_root_paths_get, tree_cached
from curriculum.selectors.steps import ModuleSteps, module_steps_get  # noqa: F401  (re-exported)

Status = ModuleProgress.Status


@dataclass
class ModuleCard:
    """One module on "Mijn training"."""

    module: ModulePage
    status: str
    status_label: str
    percent: int
    lessons_done: int
    lessons_total: int
    next_url: str
    next_label: str
    completed_at: object = None
    best_percent: int | None = None
    due_date: object = None
    overdue: bool = False
    last_activity: object = None
    certificate_id: int | None = None
    has_quiz: bool = False
    quiz_passed: bool = False
    # Filled by curriculum.selectors.recertification.cards_programme_apply:
    notice: str = ""  # "Verlopen — opnieuw doen vóór …" or the trainer's change note
    renewal: str = ""  # "expired" or "retraining" while the officer must redo the module
    tags: list = field(default_factory=list)
    locked_by: list = field(default_factory=list)  # prerequisite modules not yet completed

    @property
    def steps(self) -> rules.ModuleSteps:
        """The steps the percentage counts (each lesson, and passing the quiz), for "1 van 4 stappen · 25%"."""
        return rules.module_steps(
            lessons_done=self.lessons_done,
            lessons_total=self.lessons_total,
            has_quiz=self.has_quiz,
            quiz_passed=self.quiz_passed,
        )


@dataclass
class LessonItem:
    lesson: LessonPage
    done: bool


@dataclass
class ModuleOverview:
    module: ModulePage
    lessons: list[LessonItem]
    quiz: QuizPage | None
    progress: ModuleProgress | None
    attempts: list[QuizAttempt] = field(default_factory=list)
    open_attempt: QuizAttempt | None = None
    next_url: str = ""
    next_label: str = ""
    certificate_id: int | None = None
    notice: str = ""
    locked_by: list = field(default_factory=list)
    completions: list = field(default_factory=list)  # every completion (certificates), expired ones too
    due_date: object = None  # from the officer's progress row, as on the module card
    overdue: bool = False


def _next_step(module, lessons, done_ids, quiz, quiz_passed, quiz_open=False):
    if quiz is not None and quiz_open:  # an attempt the officer started comes first: its time may be running
        return quiz.url, _("Verder met de toets")
    for lesson in lessons:
        if lesson.pk not in done_ids:
            return lesson.url, _("Verder met: %(title)s") % {"title": lesson.title}
    if quiz is not None and not quiz_passed:
        return quiz.url, _("Maak de toets")
    return module.url, _("Bekijk de module")


def module_live_list():
    """The published modules in the order the curriculum lists them (the page tree): every list of modules that an
    officer reads down, a manager or trainer picks from, or the API returns starts here (a queryset, to narrow)."""
    return ModulePage.objects.live().order_by("path")


def _officer_modules_build() -> tuple[list[ModulePage], dict[str, list[Page]], dict[str, Page]]:
    modules = list(module_live_list())
    lessons_by_module: dict[str, list[Page]] = {}
    quiz_by_module: dict[str, Page] = {}
    if not modules:
        return modules, lessons_by_module, quiz_by_module
    # Lessons and quizzes as base pages (title, url) in one query.
    types = ContentType.objects.get_for_models(LessonPage, QuizPage)
    steps = Page.objects.live().filter(depth=modules[0].depth + 1, content_type__in=types.values())
    for page in steps.order_by("path"):
        if page.content_type_id == types[LessonPage].pk:
            lessons_by_module.setdefault(page.path[: -Page.steplen], []).append(page)
        else:
            quiz_by_module.setdefault(page.path[: -Page.steplen], page)
    return modules, lessons_by_module, quiz_by_module


def officer_modules_get() -> tuple[list[ModulePage], dict[str, list[Page]], dict[str, Page]]:
    """The live modules, and by module path their live lessons and quiz (base pages): the same for every
    officer and changed only by a page change, so read from the cache (no query) until the next one."""
    modules, lessons_by_module, quiz_by_module = tree_cached("officer-modules", _officer_modules_build)
    root_paths = site_root_paths_get()
    for page in [*modules, *(p for ps in lessons_by_module.values() for p in ps), *quiz_by_module.values()]:
        page._wagtail_cached_site_root_paths = root_paths  # page.url without a cache read per page
    return modules, lessons_by_module, quiz_by_module


def officer_dashboard_get(*, user) -> list[ModuleCard]:
    """Every published module with this officer's status, progress and next step (3 queries): an open quiz attempt
    is the next step, as on the module's page."""
    modules, lessons_by_module, quiz_by_module = officer_modules_get()
    if not modules:
        return []
    done_ids = set()
    progress = {}
    if user.is_authenticated:
        open_attempts = QuizAttempt.objects.filter(
            user=user, module=OuterRef("module"), state=QuizAttempt.State.STARTED
        )
        rows = (
            ModuleProgress.objects.filter(user=user).select_related("change").annotate(quiz_open=Exists(open_attempts))
        )
        progress = {p.module_id: progress_row_present(p) for p in rows}
        done_ids = current_cycle_lesson_ids(user=user, rows=progress)
    certificates = latest_completion_ids_get(user=user)
    cards = []
    today = timezone.localdate()
    for module in modules:
        row = progress.get(module.pk)
        lessons = lessons_by_module.get(module.path, [])
        quiz = quiz_by_module.get(module.path)
        status = row.status if row else Status.NOT_STARTED
        quiz_passed, quiz_open = (row.quiz_passed, row.quiz_open) if row else (False, False)
        next_url, next_label = _next_step(module, lessons, done_ids, quiz, quiz_passed, quiz_open=quiz_open)
        if status == Status.NOT_STARTED:
            next_label = _("Begin module")
        cards.append(
            ModuleCard(
                module=module,
                status=status,
                status_label=Status(status).label,
                percent=row.percent if row else 0,
                lessons_done=sum(1 for lesson in lessons if lesson.pk in done_ids),
                lessons_total=len(lessons),
                next_url=next_url,
                next_label=next_label,
                completed_at=row.completed_at if row else None,
                best_percent=row.best_percent if row else None,
                due_date=row.due_date if row else None,
                overdue=bool(row) and rules.is_overdue(row.due_date, completed=status == Status.COMPLETED, today=today),
                last_activity=row.last_activity if row else None,
                certificate_id=certificates.get(module.pk),
                has_quiz=quiz is not None,
                quiz_passed=bool(row and row.quiz_passed),
            )
        )
    # Overdue first, then what is due soonest, then started work, then the rest; completed last.
    order = {Status.IN_PROGRESS: 0, Status.NOT_STARTED: 1, Status.COMPLETED: 2}
    cards.sort(
        key=lambda c: (
            c.status == Status.COMPLETED,
            not c.overdue,
            c.due_date is None,
            c.due_date or today,
            order[c.status],
            not c.module.mandatory,
        )
    )
    cards = completed_cards_news_add(cards, user=user)
    cards_programme_apply(cards, user=user, rows=progress)
    return cards


def latest_completion_ids_get(*, user) -> dict[int, int]:
    """Module id → id of this officer's latest ModuleCompletion (the certificate to show)."""
    if not user.is_authenticated:
        return {}
    latest: dict[int, int] = {}
    for module_id, pk in (
        ModuleCompletion.objects.filter(user=user).order_by("completed_at").values_list("module_id", "pk")
    ):
        latest[module_id] = pk
    return latest


def officer_next_card_get(cards: list[ModuleCard]) -> ModuleCard | None:
    """The one obvious next step: the module worked on most recently, else the first one not started."""
    started = [c for c in cards if c.status == Status.IN_PROGRESS]
    if started:
        return max(started, key=lambda c: (c.last_activity is not None, c.last_activity or 0))
    return next((c for c in cards if c.status == Status.NOT_STARTED), None)


def module_overview_get(*, user, module: ModulePage) -> ModuleOverview:
    """The module page for one officer: lessons with ticks, quiz state and the next step."""
    lessons = list(module.lessons())
    quiz = module.quiz()
    progress = None
    done_ids: set[int] = set()
    attempts: list[QuizAttempt] = []
    if user.is_authenticated:
        progress = progress_row_present(
            ModuleProgress.objects.filter(user=user, module=module).select_related("change").first()
        )
        cycle = progress.cycle if progress else 1
        done_ids = set(
            LessonCompletion.objects.filter(user=user, lesson__in=lessons, cycle=cycle).values_list(
                "lesson_id", flat=True
            )
        )
        if quiz is not None:  # this cycle's attempts: a new cycle starts with the full number of attempts
            attempts = list(QuizAttempt.objects.filter(user=user, quiz=quiz, cycle=cycle).order_by("-number"))
    open_attempt = next((a for a in attempts if a.is_open), None)
    quiz_passed = bool(progress and progress.quiz_passed)
    certificate_id = None
    if progress is not None and progress.status == Status.COMPLETED:
        certificate_id = (
            ModuleCompletion.objects.filter(user=user, module=module)
            .order_by("-completed_at")
            .values_list("pk", flat=True)
            .first()
        )
    next_url, next_label = _next_step(module, lessons, done_ids, quiz, quiz_passed, quiz_open=open_attempt is not None)
    overdue = progress is not None and rules.is_overdue(
        progress.due_date, completed=progress.status == Status.COMPLETED, today=timezone.localdate()
    )
    return ModuleOverview(
        module=module,
        lessons=[LessonItem(lesson=lesson, done=lesson.pk in done_ids) for lesson in lessons],
        quiz=quiz,
        progress=progress,
        attempts=attempts,
        open_attempt=open_attempt,
        next_url=next_url,
        next_label=next_label,
        certificate_id=certificate_id,
        notice=cycle_notice(progress),
        completions=certificates_for_officer_list(user=user, module_id=module.pk),
        due_date=progress.due_date if progress else None,
        overdue=overdue,
        locked_by=missing_prerequisites_get(user=user, modules=[module]).get(module.pk, []),
    )


def module_progress_get(*, user, module) -> tuple[ModuleProgress | None, int | None]:
    """This officer's progress row for a module and, once completed, the latest certificate's id (one query)."""
    latest = (
        ModuleCompletion.objects.filter(user_id=OuterRef("user_id"), module_id=OuterRef("module_id"))
        .order_by("-completed_at")
        .values("pk")[:1]
    )
    rows = ModuleProgress.objects.filter(user=user, module_id=module.pk)
    progress = rows.annotate(latest_completion=Subquery(latest)).first()
    if progress is None or progress.status != Status.COMPLETED:
        return progress, None
    return progress, progress.latest_completion


def lesson_context_get(*, user, lesson: LessonPage) -> dict:
    """Context for a lesson: its module, whether it is done, and where "next" leads (one query for a routed
    lesson: its parent is already known, siblings and the tick come from module_steps_get)."""
    module = lesson.get_parent()
    quiz = None
    lessons = [lesson]
    here = None
    if module is not None and module.specific_class is ModulePage:
        steps = module_steps_get(module=module, user=user if user.is_authenticated else None)
        lessons, quiz = steps.lessons, steps.quiz
        here = next((item for item in steps.lessons if item.pk == lesson.pk), None)
    index = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), 0)
    following = lessons[index + 1] if index + 1 < len(lessons) else None
    if not user.is_authenticated:
        done = False
    elif here is not None:
        done = bool(here.done)
    else:  # an unpublished lesson (preview) is not among the module's steps
        cycle = steps.cycle if module is not None and module.specific_class is ModulePage else 1
        done = LessonCompletion.objects.filter(user=user, lesson=lesson, cycle=cycle).exists()
    return {
        "module": module,
        "lesson_done": done,
        "lesson_position": index + 1,
        "lesson_count": len(lessons),
        "next_page": following or quiz,
        "previous_page": lessons[index - 1] if index > 0 else None,
    }


@dataclass
class SearchResults:
    query: str
    pages: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    topic_url: str = ""

    @property
    def count(self) -> int:
        return len(self.pages) + len(self.indicators)


def search_results_get(*, query: str, limit: int = 20) -> SearchResults:
    """Live curriculum pages (modules, lessons, pocket card) and indicators matching the query."""
    query = query.strip()[:100]
    results = SearchResults(query=query)
    index = CurriculumIndexPage.objects.live().first()
    if not query or index is None:
        return results
    pages = [
        page.specific for page in Page.objects.live().descendant_of(index).not_type(QuizPage).search(query)[:limit]
    ]
    # Topic tags (django-taggit): a module whose tag matches comes first, and the topic links to its list. Only for a
    # query with two letters or digits at least: "-" or "a" is in nearly every topic's name.
    if sum(ch.isalnum() for ch in query) >= 2:
        topic_match = Q(name__icontains=query) | Q(slug__icontains=query)
        results.topics = list(Tag.objects.filter(topic_match).order_by("name")[:10])
    tagged = list(module_live_list().filter(tags__in=results.topics).distinct())
    results.topic_url = index.url
    results.pages = (tagged + [p for p in pages if p.pk not in {m.pk for m in tagged}])[:limit]
    results.indicators = list(get_search_backend().search(query, Indicator.objects.all())[:limit])
    return results


def completed_cards_news_add(cards: list[ModuleCard], *, user) -> list[ModuleCard]:
    """One truth for a completed module whose content changed: it stays "Afgerond", and the lessons
    published since (not yet done) are a separate suggestion, `card.new_lessons`; its button opens the
    module instead of "Verder met: …". Two queries, and only when such a module exists."""
    from django.db.models import Q

    for card in cards:
        card.new_lessons = []
    changed = [c for c in cards if c.status == Status.COMPLETED and c.lessons_done < c.lessons_total]
    if not changed or not user.is_authenticated:
        return cards
    where = Q()
    for card in changed:
        where |= Q(path__startswith=card.module.path, depth=card.module.depth + 1)
    lessons = list(LessonPage.objects.live().filter(where).order_by("path"))
    done = set(LessonCompletion.objects.filter(user=user, lesson__in=lessons).values_list("lesson_id", flat=True))
    for card in changed:
        card.new_lessons = [
            lesson for lesson in lessons if lesson.path.startswith(card.module.path) and lesson.pk not in done
        ]
        card.next_url, card.next_label = card.module.url, _("Bekijk de module")
    return cards
