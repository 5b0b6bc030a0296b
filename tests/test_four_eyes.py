"""Issue 20.1, a four-eyes review that holds: by default trainers do not publish what officers see; nobody
but the Redactie publishes over an open change request; the edit page shows the request and its comment; a
module is not approved while one of its lessons is rejected or unpublished."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from curriculum.demo.site import workflow_ensure
from curriculum.domain import roles
from curriculum.models import LessonPage, ModulePage, Question, QuizPage
from tests.factories import module_package_draft, question_create
from tests.helpers import editor_data

pytestmark = pytest.mark.django_db


def submit(page, user):
    page.save_revision(user=user)
    workflow = page.get_workflow()
    workflow.start(page, user)
    return type(page).objects.get(pk=page.pk)


def act(obj, user, action, comment=""):
    task_state = type(obj).objects.get(pk=obj.pk).current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, action, comment=comment)


def test_by_default_trainers_cannot_publish_directly(tree, trainer, moderator, client, settings):
    settings.SIGNAAL_ALLOW_DIRECT_PUBLISH = False
    roles.roles_sync(curriculum_root=tree.index)
    workflow_ensure(tree.index)
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:edit", args=[tree.module.pk])
    html = client.get(url).content.decode()
    assert 'name="action-publish"' not in html and "action-submit" in html
    data = editor_data(client, url, learning_objectives=[])
    data.update({"summary": "Direct gepubliceerd?", "action-publish": "action-publish"})
    client.post(url, data)
    assert ModulePage.objects.get(pk=tree.module.pk).summary != "Direct gepubliceerd?"
    assert not trainer.has_perm("curriculum.publish_question")
    client.force_login(moderator)
    assert 'name="action-publish"' in client.get(url).content.decode()


def test_the_setting_allows_direct_publishing(tree, trainer, client, settings):
    settings.SIGNAAL_ALLOW_DIRECT_PUBLISH = True
    roles.roles_sync(curriculum_root=tree.index)
    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[tree.module.pk])).content.decode()
    assert 'name="action-publish"' in html


def test_no_direct_publish_over_a_change_request_and_the_comment_shows(tree, trainer, moderator, client, settings):
    settings.SIGNAAL_ALLOW_DIRECT_PUBLISH = True  # even where a deployment allows direct publishing
    roles.roles_sync(curriculum_root=tree.index)
    workflow_ensure(tree.index)
    moderator.first_name, moderator.last_name = "Mira", "Moderator"
    moderator.save()
    lesson = submit(LessonPage.objects.get(pk=tree.lessons[0].pk), trainer)
    act(lesson, moderator, "reject", comment="De bron bij het kernfeit ontbreekt.")
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    html = client.get(url).content.decode()
    assert "De redactie vraagt wijzigingen" in html and "De bron bij het kernfeit ontbreekt." in html
    assert "Mira Moderator" in html  # credited to the moderator who asked, not the trainer
    assert 'name="action-publish"' not in html
    data = editor_data(client, url, body=[])
    data.update({"title": "Toch gepubliceerd", "action-publish": "action-publish"})
    response = client.post(url, data)
    assert response.status_code == 302
    assert LessonPage.objects.get(pk=lesson.pk).title != "Toch gepubliceerd"


def test_no_direct_publish_of_a_question_over_a_change_request(tree, trainer, moderator, client, settings):
    settings.SIGNAAL_ALLOW_DIRECT_PUBLISH = True
    roles.roles_sync(curriculum_root=tree.index)
    workflow_ensure(tree.index)
    question = submit(Question.objects.get(pk=tree.questions[0].pk), trainer)
    act(question, moderator, "reject", comment="Optie B is ook verdedigbaar.")
    client.force_login(trainer)
    url = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
    html = client.get(url).content.decode()
    assert "Optie B is ook verdedigbaar." in html and 'name="action-publish"' not in html
    data = editor_data(client, url)
    data.update({"prompt": "Stiekem gepubliceerd?", "action-publish": "action-publish"})
    client.post(url, data)
    assert Question.objects.get(pk=question.pk).prompt != "Stiekem gepubliceerd?"


def test_the_question_editor_reads_the_questions_review_once(tree, trainer, moderator, client):
    """Wagtail's snippet editor asked for the active review ten times per page, a query each; it is read once
    (curriculum/admin/question_bank.py) and the change request still shows, with its comment and no publish."""
    workflow_ensure(tree.index)
    question = submit(Question.objects.get(pk=tree.questions[0].pk), trainer)
    act(question, moderator, "reject", comment="Optie B is ook verdedigbaar.")
    client.force_login(trainer)
    url = reverse("wagtailsnippets_curriculum_question:edit", args=[question.pk])
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    reads = [q["sql"] for q in queries.captured_queries if 'FROM "wagtailcore_workflowstate"' in q["sql"]]
    assert "Optie B is ook verdedigbaar." in html and 'name="action-publish"' not in html
    assert len(reads) == 1, "\n".join(reads)


def test_a_module_is_not_approved_while_a_lesson_is_rejected(tree, trainer, moderator, client):
    workflow_ensure(tree.index)
    lesson = submit(LessonPage.objects.get(pk=tree.lessons[0].pk), trainer)
    act(lesson, moderator, "reject", comment="Nog niet goed.")
    module = submit(ModulePage.objects.get(pk=tree.module.pk), trainer)
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    html = client.get(url).content.decode()
    assert "Deze module kan nog niet worden goedgekeurd" in html and "Les 1: wijzigingen gevraagd" in html
    assert 'data-workflow-action-name="approve"' not in html and 'value="approve"' not in html
    data = editor_data(client, url, learning_objectives=[])
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    client.post(url, data)
    assert ModulePage.objects.get(pk=module.pk).current_workflow_state is not None  # still in review


def test_a_module_with_an_unpublished_lesson_is_not_approved(tree, trainer, moderator, client):
    workflow_ensure(tree.index)
    LessonPage.objects.filter(pk=tree.lessons[1].pk).update(live=False)
    module = submit(ModulePage.objects.get(pk=tree.module.pk), trainer)
    client.force_login(moderator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).content.decode()
    assert "Les 2: nog niet gepubliceerd" in html


def test_no_approval_path_approves_a_module_with_a_rejected_lesson(tree, trainer, moderator, client):
    """The review modal (also used from the dashboard) asks the task too, so it refuses as the edit page does."""
    from curriculum.models import ModuleReviewTask

    workflow_ensure(tree.index)
    lesson = submit(LessonPage.objects.get(pk=tree.lessons[0].pk), trainer)
    act(lesson, moderator, "reject", comment="Nog niet goed.")
    module = submit(ModulePage.objects.get(pk=tree.module.pk), trainer)
    task_state = module.current_workflow_state.current_task_state
    assert isinstance(task_state.task.specific, ModuleReviewTask)
    actions = [name for name, _label, _modal in task_state.task.specific.get_actions(module, moderator)]
    assert "approve" not in actions and "reject" in actions
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[module.pk, "approve", task_state.pk])
    response = client.post(url, {})
    assert response.status_code in (302, 403)
    module = ModulePage.objects.get(pk=module.pk)
    assert module.current_workflow_state is not None and module.current_workflow_state.status == "in_progress"
    # Once the lesson is fixed and published, the module can be approved.
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.current_workflow_state.cancel(user=trainer)
    lesson.save_revision(user=moderator).publish()
    assert "approve" in [name for name, _l, _m in task_state.task.specific.get_actions(module, moderator)]
    client.post(url, {})
    assert ModulePage.objects.get(pk=module.pk).current_workflow_state is None


def test_the_review_queue_shows_a_module_and_its_parts_as_one_package(tree, trainer, moderator, client, officer):
    workflow_ensure(tree.index)
    lesson = submit(LessonPage.objects.get(pk=tree.lessons[0].pk), trainer)
    act(lesson, moderator, "reject", comment="Bron ontbreekt.")
    submit(ModulePage.objects.get(pk=tree.module.pk), trainer)
    submit(Question.objects.get(pk=tree.questions[0].pk), trainer)
    loose = question_create("los", publish=False)  # in no quiz: a review of its own
    submit(loose, trainer)
    client.force_login(moderator)
    response = client.get(reverse("curriculum_review_queue"))
    assert response.status_code == 200
    rows = [(r.kind, r.title, r.parts, r.status) for r in response.context["object_list"]]
    module = tree.module.title
    question = str(tree.questions[0])
    assert rows[0] == (
        "Modulepakket",
        module,
        f"Module; Les: Les 1; Vraag: {question}",
        "Ter beoordeling; wijzigingen gevraagd bij 1",
    )
    assert rows[1] == ("Vraag", str(loose), "nog in geen toets", "Ter beoordeling")
    assert len(rows) == 2
    assert "Bron ontbreekt." in response.content.decode()
    client.force_login(officer)
    assert client.get(reverse("curriculum_review_queue")).status_code in (302, 403)


def test_a_module_is_submitted_as_one_package(tree, trainer, moderator, client, settings):
    settings.SIGNAAL_ALLOW_DIRECT_PUBLISH = False
    roles.roles_sync(curriculum_root=tree.index)
    workflow_ensure(tree.index)
    # A new draft lesson, a changed quiz with a new (unpublished) question, a changed module.
    package = module_package_draft(tree, trainer, summary="Herzien")
    module, draft, quiz, new_question = package["module"], package["lesson"], package["quiz"], package["question"]
    client.force_login(trainer)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).content.decode()
    url = reverse("curriculum_review_package", args=[module.pk])
    assert url in edit  # the button in the module's header
    html = client.get(url).content.decode()
    for title in ["Nieuwe les", "Toets", "nieuw: Vraag nieuw?", module.title]:
        assert title in html, title
    assert "Les 1" not in html  # unchanged live lessons are not part of the package
    response = client.post(url)
    assert response.status_code == 302
    for obj in [
        ModulePage.objects.get(pk=module.pk),
        LessonPage.objects.get(pk=draft.pk),
        QuizPage.objects.get(pk=quiz.pk),
        Question.objects.get(pk=new_question.pk),
    ]:
        assert obj.current_workflow_state is not None and obj.current_workflow_state.status == "in_progress", obj
    assert LessonPage.objects.get(pk=tree.lessons[0].pk).current_workflow_state is None
    client.force_login(moderator)
    queue = [(r.kind, r.parts) for r in client.get(reverse("curriculum_review_queue")).context["object_list"]]
    assert queue == [("Modulepakket", "Module; Les: Nieuwe les; Toets: Toets; Vraag: nieuw: Vraag nieuw?")]
    client.force_login(trainer)
    assert "Er is niets aan te bieden" in client.get(url).content.decode()  # submitted once, not twice
