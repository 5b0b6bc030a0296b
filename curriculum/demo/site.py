"""Build the demo site in code: home page, curriculum, question bank, roles, workflow and accounts.

Create-if-missing throughout, so running it again changes nothing (and never overwrites what a
trainer edited). Content comes from curriculum/demo/content (Dutch, from the domain fact sheet).
With update_content=True, demo pages and questions that no person edited are brought up to date as
well (curriculum/demo/update.py); those a person changed are skipped and listed.
"""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    Page,
    PageViewRestriction,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from curriculum.demo.organisation import demo_progress_ensure, organisation_ensure
from curriculum.domain import roles
from curriculum.models import (
    Choice,
    CurriculumIndexPage,
    Indicator,
    LessonPage,
    ModulePage,
    ModuleReviewTask,
    PocketCardPage,
    Question,
    QuizPage,
    QuizQuestion,
)
from curriculum.models.questions import choice_counts_error
from home.models import HomePage

DEMO_USERS = [
    # username, first and last name (Wagtail's account settings require both; the certificate shows the full
    # name), groups, superuser
    ("officer", "Sanne", "Mulder", [roles.OFFICERS], False),
    ("trainer", "Youssef", "Amrani", [roles.TRAINERS], False),
    ("moderator", "Ingrid", "Smit", [roles.MODERATORS], False),
    ("manager", "Marco", "Dekker", [roles.MANAGERS], False),
    ("admin", "Beheer", "Signaal", [], True),
]


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def add(self, what: str) -> None:
        self.created.append(what)

    def update(self, what: str) -> None:
        self.updated.append(what)

    def skip(self, what: str) -> None:
        """Not updated because a person edited it."""
        self.skipped.append(what)


def quiz_intro_html(quiz_data: dict) -> str:
    return f"<p>{quiz_data['intro']}</p>" if quiz_data.get("intro") else ""


def _stream(blocks) -> str:
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def _publish(page):
    page.save_revision().publish()
    return page


def _add(parent, page, report: DemoReport, label: str):
    """A new page under `parent`, published and reported."""
    parent.add_child(instance=page)
    _publish(page)
    report.add(label)
    return page


HOME_INTRO = (
    "<p>Signaal is de opleiding waarin eerstelijns politiemedewerkers leren signalen van mensenhandel te herkennen, "
    "en weten wat ze dan doen.</p>"
)
INDEX_INTRO = (
    "<p>Korte modules over het herkennen van signalen van mensenhandel en wat je dan doet. Maak ze tijdens je dienst, "
    "op je telefoon of pc.</p>"
)


def home_page_ensure(report: DemoReport) -> HomePage:
    home = HomePage.objects.first()
    root = Page.get_first_root_node()
    if home is None:
        # Remove Wagtail's placeholder "Welcome" page so the home page can take the slug "home".
        for placeholder in root.get_children().filter(content_type=ContentType.objects.get_for_model(Page)):
            placeholder.delete()
        home = _add(root, HomePage(title="Signaal", slug="home", intro=HOME_INTRO), report, "home page")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Signaal"},
    )
    return home


def curriculum_index_ensure(home: HomePage, report: DemoReport) -> CurriculumIndexPage:
    index = CurriculumIndexPage.objects.first()
    if index is None:
        index = CurriculumIndexPage(title="Opleiding signalen mensenhandel", slug="opleiding", intro=INDEX_INTRO)
        _add(home, index, report, "curriculum index")
    PageViewRestriction.objects.get_or_create(page=index, restriction_type=PageViewRestriction.LOGIN)
    return index


def indicators_ensure(items, report: DemoReport) -> dict[str, Indicator]:
    existing = {i.code: i for i in Indicator.objects.all()}
    for item in items:
        if item["code"] not in existing:
            existing[item["code"]] = Indicator.objects.create(**item)
            report.add(f"indicator {item['code']}")
    return existing


def question_ensure(data: dict, indicators: dict[str, Indicator], report: DemoReport) -> Question:
    question = Question.objects.filter(key=data["key"]).first()
    if question is not None:
        return question
    error = choice_counts_error(data["kind"], sum(c["correct"] for c in data["choices"]), len(data["choices"]))
    if error:
        raise ValueError(f"Question {data['key']}: {error}")
    question = Question(
        key=data["key"],
        kind=data["kind"],
        scenario=data.get("scenario", ""),
        prompt=data["prompt"],
        explanation=data["explanation"],
        source=data["source"],
    )
    question.choices = [
        Choice(text=c["text"], is_correct=c["correct"], feedback=c.get("feedback", ""), sort_order=i)
        for i, c in enumerate(data["choices"])
    ]
    question.indicators = [indicators[code] for code in data.get("indicators", [])]
    question.save()
    question.save_revision().publish()
    report.add(f"question {data['key']}")
    return question


def module_ensure(index: CurriculumIndexPage, data: dict, indicators, report: DemoReport) -> ModulePage:
    module = ModulePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if module is None:
        module = ModulePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            learning_objectives=json.dumps([{"type": "objective", "value": o} for o in data["objectives"]]),
            estimated_minutes=data["minutes"],
            mandatory=data["mandatory"],
        )
        index.add_child(instance=module)
        module.tags.add(*data.get("tags", []))
        _publish(module)
        report.add(f"module {data['slug']}")
    for lesson_data in data["lessons"]:
        if not LessonPage.objects.child_of(module).filter(slug=lesson_data["slug"]).exists():
            lesson = LessonPage(
                title=lesson_data["title"],
                slug=lesson_data["slug"],
                intro=lesson_data.get("intro", ""),
                estimated_minutes=lesson_data.get("minutes", 5),
                body=_stream(lesson_data["body"]),
            )
            _add(module, lesson, report, f"lesson {data['slug']}/{lesson_data['slug']}")
    quiz_data = data["quiz"]
    if not QuizPage.objects.child_of(module).exists():
        questions = [question_ensure(q, indicators, report) for q in quiz_data["questions"]]
        quiz = QuizPage(
            title=quiz_data["title"],
            slug="toets",
            intro=f"<p>{quiz_data.get('intro', '')}</p>" if quiz_data.get("intro") else "",
            pass_mark=quiz_data.get("pass_mark", 70),
            max_attempts=quiz_data.get("max_attempts", 0),
            shuffle=quiz_data.get("shuffle", True),
            show_correct_answers=quiz_data.get("show_correct_answers", QuizPage.ShowCorrectAnswers.AFTER_PASSING),
            questions_per_attempt=quiz_data.get("questions_per_attempt", 0),
        )
        quiz.quiz_questions = [QuizQuestion(question=q, sort_order=i) for i, q in enumerate(questions)]
        _add(module, quiz, report, f"quiz {data['slug']}")
    return module


def pocket_card_ensure(index: CurriculumIndexPage, data: dict, report: DemoReport) -> PocketCardPage:
    card = PocketCardPage.objects.child_of(index).first()
    if card is None:
        card = PocketCardPage(
            title=data["title"], slug=data["slug"], intro=data.get("intro", ""), body=_stream(data["body"])
        )
        _add(index, card, report, "pocket card")
    return card


def workflow_ensure(index: CurriculumIndexPage) -> Workflow:
    """Moderation: trainers may submit to the "Redactie" for review; moderators approve."""
    workflow, _ = Workflow.objects.get_or_create(name="Redactie-review")
    task = GroupApprovalTask.objects.filter(name="Redactie keurt goed").first()
    if task is None:
        task = ModuleReviewTask.objects.create(name="Redactie keurt goed")
        task.groups.set([Group.objects.get(name=roles.MODERATORS)])
    elif task.specific_class is not ModuleReviewTask:  # never approves a module with a part not ready
        ModuleReviewTask.objects.get(pk=task.pk).save()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Question), defaults={"workflow": workflow}
    )
    return workflow


def users_ensure(password: str, report: DemoReport):
    User = get_user_model()
    users = {}
    for username, first_name, last_name, groups, superuser in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is not None and not user.last_name:  # a demo loaded before the last names were added
            User.objects.filter(pk=user.pk).update(last_name=last_name)
        if user is None:
            user = User(
                username=username,
                first_name=first_name,
                last_name=last_name,
                email=f"{username}@signaal.example",
                is_superuser=superuser,
                is_staff=superuser,
            )
            user.set_password(password)
            user.save()
            user.groups.set(Group.objects.filter(name__in=groups))
            report.add(f"user {username}")
        users[username] = user
    return users


@transaction.atomic
def demo_load(*, password: str, update_content: bool = False) -> DemoReport:
    from curriculum.demo import update as demo_update
    from curriculum.demo.content import INDICATORS, MODULES, POCKET_CARD

    if not settings.ALLOW_DEMO_DATA:
        raise PermissionError("Demo data is disabled in these settings.")
    report = DemoReport()
    home = home_page_ensure(report)
    index = curriculum_index_ensure(home, report)
    indicators = indicators_ensure(INDICATORS, report)
    if update_content:
        demo_update.indicators_update(INDICATORS, indicators, report)
    for module_data in MODULES:
        module_ensure(index, module_data, indicators, report)
        if update_content:
            demo_update.module_update(index, module_data, indicators, report, question_ensure, quiz_intro_html)
    pocket_card_ensure(index, POCKET_CARD, report)
    if update_content:
        demo_update.pocket_card_update(index, POCKET_CARD, report)
    roles.roles_sync(curriculum_root=index)
    workflow_ensure(index)
    users = users_ensure(password, report)
    demo_progress_ensure(users["officer"], report)
    organisation_ensure(users, password, report)
    return report
