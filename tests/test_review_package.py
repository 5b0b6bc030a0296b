"""Issue 20: the Redactie reviews a module as one package ("Modulepakket beoordelen") and approves it as a whole
(every part published, in one transaction) or asks changes on all of it with one comment, which the trainer sees
on each part's edit page. Only the Redactie, never the package's own submitter or author, and only by POST."""

import pytest
from django.urls import reverse

from curriculum.demo.site import workflow_ensure
from curriculum.domain import roles
from curriculum.models import LessonPage, ModulePage
from curriculum.selectors.review import module_review_open, module_review_package_get
from curriculum.services.review import module_package_submit
from tests.factories import module_package_draft, question_create, user_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def package(tree, trainer):
    """A trainer's module package under review: the changed module, a new lesson, the quiz with a new question."""
    workflow_ensure(tree.index)
    package = module_package_draft(tree, trainer, summary="Herziene samenvatting")
    module_package_submit(module=package["module"], user=trainer)
    return package


def fresh(obj):
    return type(obj).objects.get(pk=obj.pk)


def states(pkg):
    return {key: (s.status if (s := fresh(obj).current_workflow_state) else None) for key, obj in pkg.items()}


def urls(module):
    return {
        name: reverse(f"curriculum_review_package_{name}", args=[module.pk]) for name in ("review", "approve", "reject")
    }


def test_the_queue_shows_the_package_as_one_item_with_every_part_in_context(package, moderator, client):
    client.force_login(moderator)
    rows = client.get(reverse("curriculum_review_queue")).context["object_list"]
    module = package["module"]
    assert [(r.kind, r.title) for r in rows] == [("Modulepakket", module.title)]
    assert rows[0].parts == "Module; Les: Nieuwe les; Toets: Toets; Vraag: nieuw: Vraag nieuw?"
    assert rows[0].edit_url == urls(module)["review"]
    response = client.get(urls(module)["review"])
    html = response.content.decode()
    assert response.status_code == 200
    for part in ["Nieuwe les", "Toets", "nieuw: Vraag nieuw?", "Pakket goedkeuren en publiceren", "Wijzigingen vragen"]:
        assert part in html, part
    lesson, question = package["lesson"], package["question"]
    task_id = fresh(lesson).current_workflow_state.current_task_state.task_id
    assert reverse("wagtailadmin_pages:workflow_preview", args=[lesson.pk, task_id]) in html
    assert reverse("wagtailadmin_pages:revisions_compare", args=[module.pk, "live", "latest"]) in html
    assert reverse("wagtailsnippets_curriculum_question:workflow_preview", args=[question.pk, task_id]) in html
    assert client.get(reverse("wagtailadmin_pages:workflow_preview", args=[lesson.pk, task_id])).status_code == 200
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).content.decode()
    assert urls(module)["review"] in edit  # "Pakket beoordelen" in the module's header


def test_the_redactie_approves_the_package_as_a_whole(package, moderator, client, officer):
    client.force_login(moderator)
    response = client.post(urls(package["module"])["approve"])
    assert response.status_code == 302
    assert states(package) == dict.fromkeys(package, None)  # every workflow finished
    module, lesson, question = fresh(package["module"]), fresh(package["lesson"]), fresh(package["question"])
    assert module.live and module.summary == "Herziene samenvatting" and not module.has_unpublished_changes
    assert lesson.live and question.live and question.live_revision_id == question.latest_revision_id
    assert list(fresh(package["quiz"]).quiz_questions.values_list("question_id", flat=True))[-1] == question.pk
    assert client.get(reverse("curriculum_review_queue")).context["object_list"] == []
    client.force_login(officer)
    assert client.get(lesson.url).status_code == 200


def test_the_redactie_rejects_the_package_with_one_comment_shown_on_every_part(package, moderator, trainer, client):
    moderator.first_name, moderator.last_name = "Mira", "Moderator"
    moderator.save()
    client.force_login(moderator)
    comment = "De bron bij het kernfeit ontbreekt; vraag 'nieuw' heeft twee goede antwoorden."
    assert client.post(urls(package["module"])["reject"], {"comment": comment}).status_code == 302
    assert states(package) == dict.fromkeys(package, "needs_changes")
    assert not fresh(package["lesson"]).live and fresh(package["module"]).summary == "Samenvatting"
    client.force_login(trainer)
    edits = [reverse("wagtailadmin_pages:edit", args=[package[k].pk]) for k in ("module", "lesson", "quiz")]
    edits.append(reverse("wagtailsnippets_curriculum_question:edit", args=[package["question"].pk]))
    for url in edits:
        html = client.get(url).content.decode()
        assert "De redactie vraagt wijzigingen (Mira Moderator" in html and "De bron bij het kernfeit" in html, url
    module_package_submit(module=package["module"], user=trainer)  # fixed and resubmitted as one package
    assert states(package) == dict.fromkeys(package, "in_progress")


def test_a_resubmitted_package_is_the_trainers_draft_not_the_published_content(package, moderator, trainer, client):
    """The live module's draft summary and the live quiz's new question survive a change request and the
    resubmission: what the Redactie then approves and publishes is what the trainer wrote."""
    client.force_login(moderator)
    assert client.post(urls(package["module"])["reject"], {"comment": "Nog een keer kijken."}).status_code == 302
    module_package_submit(module=package["module"], user=trainer)
    module, quiz, question = fresh(package["module"]), fresh(package["quiz"]), package["question"]
    assert module.get_latest_revision_as_object().summary == "Herziene samenvatting"
    assert question.pk in [q.question_id for q in quiz.get_latest_revision_as_object().quiz_questions.all()]
    assert client.post(urls(package["module"])["approve"]).status_code == 302
    assert fresh(package["module"]).summary == "Herziene samenvatting"
    assert list(fresh(package["quiz"]).quiz_questions.values_list("question_id", flat=True))[-1] == question.pk
    assert fresh(question).live


def test_a_rejection_needs_a_comment(package, moderator, client):
    client.force_login(moderator)
    response = client.post(urls(package["module"])["reject"], {"comment": "   "})
    assert response.status_code == 400 and "Schrijf in de opmerking" in response.content.decode()
    assert states(package) == dict.fromkeys(package, "in_progress")


def test_a_trainer_can_neither_approve_nor_reject(package, trainer, client):
    client.force_login(trainer)
    for name, data in [("approve", {}), ("reject", {"comment": "Zelf afgekeurd"})]:
        response = client.post(urls(package["module"])[name], data)
        assert response.status_code == 403
        assert "Alleen de redactie keurt een modulepakket goed of af." in response.content.decode()
    assert states(package) == dict.fromkeys(package, "in_progress")
    assert not fresh(package["lesson"]).live
    html = client.get(urls(package["module"])["review"]).content.decode()  # the trainer may look, not act
    assert "Nieuwe les" in html and "Pakket goedkeuren" not in html


def test_who_wrote_or_submitted_the_package_cannot_approve_it(tree, client):
    """Four eyes: a trainer who is also in the Redactie submits a package; they cannot approve it, a colleague can."""
    both = user_create("opleider-redacteur", roles.TRAINERS, roles.MODERATORS)
    colleague = user_create("redacteur", roles.MODERATORS)
    workflow_ensure(tree.index)
    module = ModulePage.objects.get(pk=tree.module.pk)
    module.summary = "Door mij herzien"
    module.save_revision(user=both)
    module_package_submit(module=module, user=both)
    client.force_login(both)
    assert "Pakket goedkeuren" not in client.get(urls(module)["review"]).content.decode()
    response = client.post(urls(module)["approve"])
    assert response.status_code == 403 and "een andere redacteur moet het beoordelen" in response.content.decode()
    assert fresh(module).current_workflow_state.status == "in_progress" and fresh(module).summary == "Samenvatting"
    client.force_login(colleague)
    assert client.post(urls(module)["approve"]).status_code == 302
    assert fresh(module).summary == "Door mij herzien" and fresh(module).current_workflow_state is None


def test_the_header_button_shows_exactly_when_the_package_has_a_part_under_review(
    tree, trainer, moderator, client, django_assert_max_num_queries
):
    """module_review_open (the module header's check) agrees with the package the review page lists."""
    workflow_ensure(tree.index)
    module = ModulePage.objects.get(pk=tree.module.pk)
    edit = reverse("wagtailadmin_pages:edit", args=[module.pk])
    client.force_login(moderator)

    def shown() -> bool:
        open_, parts = module_review_open(module=module), module_review_package_get(module=module).parts
        assert open_ == bool(parts), (open_, parts)
        assert (urls(module)["review"] in client.get(edit).content.decode()) == open_
        return open_

    assert not shown()
    with django_assert_max_num_queries(3):  # the module's children, its pages' open reviews, the questions'
        module_review_open(module=module)
    loose = question_create("los", publish=False)  # under review, but no quiz of this module uses it
    loose.get_workflow().start(loose, trainer)
    assert not shown()
    draft = module_package_draft(tree, trainer, summary="Nieuw")  # the quiz's draft uses the question "nieuw"
    question = draft["question"]
    question.get_workflow().start(question, trainer)
    assert shown()
    fresh(question).current_workflow_state.cancel(user=trainer)
    assert not shown()
    lesson = fresh(draft["lesson"])
    lesson.get_workflow().start(lesson, trainer)
    assert shown()


def test_approve_and_reject_are_post_only(package, moderator, client):
    client.force_login(moderator)
    assert client.get(urls(package["module"])["approve"]).status_code == 405
    assert client.get(urls(package["module"])["reject"], {"comment": "x"}).status_code == 405
    assert states(package) == dict.fromkeys(package, "in_progress")


def test_no_package_is_approved_while_a_part_has_changes_requested(package, moderator, client):
    """All or nothing: one part with changes asked keeps every part unpublished (the module never goes live
    with a part rejected)."""
    lesson = fresh(package["lesson"])
    task_state = lesson.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject", comment="Les nog niet goed.")
    client.force_login(moderator)
    response = client.post(urls(package["module"])["approve"])
    assert response.status_code == 409 and "Nieuwe les" in response.content.decode()
    assert states(package) == {
        "module": "in_progress",
        "lesson": "needs_changes",
        "quiz": "in_progress",
        "question": "in_progress",
    }
    assert fresh(package["module"]).summary == "Samenvatting" and not fresh(package["question"]).live


def test_no_package_is_approved_while_a_lesson_outside_it_is_unpublished(package, moderator, client):
    LessonPage.objects.filter(pk=package["lesson"].pk).update(live=False)
    other = LessonPage(title="Vergeten les", slug="vergeten", body="[]")
    package["module"].add_child(instance=other)
    LessonPage.objects.filter(pk=other.pk).update(live=False)
    client.force_login(moderator)
    response = client.post(urls(package["module"])["approve"])
    assert response.status_code == 409 and "Vergeten les: nog niet gepubliceerd" in response.content.decode()
    assert states(package) == dict.fromkeys(package, "in_progress") and not fresh(package["lesson"]).live
