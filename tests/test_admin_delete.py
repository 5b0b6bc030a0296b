"""Admin deletes that would destroy learning records: a Dutch reason before confirming, never a 500, nothing lost."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from curriculum.models import AttemptAnswer, LessonCompletion, ModuleCompletion, ModulePage, Question, QuizAttempt
from tests.factories import module_finish, question_create, user_create

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def admin_client(client, db):
    client.force_login(user_create("beheerder", is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def finished(tree, officer):
    module_finish(tree, officer)
    return tree


def _records():
    return (
        LessonCompletion.objects.count(),
        QuizAttempt.objects.count(),
        AttemptAnswer.objects.count(),
        ModuleCompletion.objects.count(),
    )


def _bulk(app, model, pk, next_url):
    return reverse("wagtail_bulk_action", args=[app, model, "delete"]) + f"?id={pk}&next={next_url}"


def _refused(client, url, reason, alternative):
    """GET explains instead of confirming; POST anyway redirects with the reason; nothing is deleted."""
    before = _records()
    with translation.override("nl"):
        page = client.get(url)
        assert page.status_code == 200
        html = page.content.decode()
        assert "Verwijderen niet mogelijk" in html and reason in html and alternative in html
        assert "0 verwijzingen" not in html
        response = client.post(url, {"confirm_site_name": "Signaal"})
        assert response.status_code == 302
        followed = client.get(response["Location"]).content.decode()
    assert reason in followed
    assert _records() == before and before[0] > 0
    return html


def test_module_page_with_completions_cannot_be_deleted(admin_client, finished):
    url = reverse("wagtailadmin_pages:delete", args=[finished.module.pk])
    html = _refused(
        admin_client, url, "kan niet worden verwijderd: agenten hebben deze pagina gevolgd", "Trek dan de publicatie in"
    )
    assert "1 moduleafronding" in html and reverse("wagtailadmin_pages:unpublish", args=[finished.module.pk]) in html
    assert ModulePage.objects.filter(pk=finished.module.pk).exists()


def test_lesson_page_with_completions_cannot_be_deleted(admin_client, finished):
    url = reverse("wagtailadmin_pages:delete", args=[finished.lessons[0].pk])
    _refused(admin_client, url, "1 afgeronde les", "Trek dan de publicatie in")


def test_user_with_completions_cannot_be_deleted(admin_client, finished, officer):
    url = reverse("wagtailusers_users:delete", args=[officer.pk])
    html = _refused(admin_client, url, "kan niet worden verwijderd: er zijn", "Pseudonimiseer dan het account")
    assert "/pseudonymise/?id=" in html
    assert User.objects.filter(pk=officer.pk, username="agent1").exists()


def test_question_used_in_attempts_cannot_be_deleted(admin_client, finished):
    question = finished.questions[0]
    url = reverse("wagtailsnippets_curriculum_question:delete", args=[question.pk])
    html = _refused(admin_client, url, f"Vraag {question.key} kan niet worden verwijderd", "Trek dan de publicatie in")
    assert "1 toetspoging " in html
    assert Question.objects.filter(pk=question.pk).exists()


@pytest.mark.parametrize(
    "target",
    ["page", "user", "question"],
)
def test_bulk_delete_is_refused_too(admin_client, finished, officer, target):
    if target == "page":
        url = _bulk(
            "wagtailcore", "page", finished.module.pk, reverse("wagtailadmin_explore", args=[finished.index.pk])
        )
        reason, alternative = "agenten hebben deze pagina gevolgd", "Trek dan de publicatie in"
    elif target == "user":
        url = _bulk(User._meta.app_label, User._meta.model_name, officer.pk, reverse("wagtailusers_users:index"))
        reason, alternative = "van deze medewerker", "Pseudonimiseer dan het account"
    else:
        question = finished.questions[1]
        url = _bulk("curriculum", "question", question.pk, reverse("wagtailsnippets_curriculum_question:list"))
        reason, alternative = f"Vraag {question.key} kan niet worden verwijderd", "Trek dan de publicatie in"
    _refused(admin_client, url, reason, alternative)
    assert ModulePage.objects.filter(pk=finished.module.pk).exists()
    assert User.objects.filter(pk=officer.pk).exists() and Question.objects.count() == 3


def test_objects_without_learning_records_can_still_be_deleted(admin_client, tree):
    spare_user = user_create("vergissing")
    spare_question = question_create("los-q1", publish=False)  # a never-published draft: the only kind that may go
    response = admin_client.post(reverse("wagtailusers_users:delete", args=[spare_user.pk]))
    assert response.status_code == 302 and not User.objects.filter(pk=spare_user.pk).exists()
    response = admin_client.post(reverse("wagtailsnippets_curriculum_question:delete", args=[spare_question.pk]))
    assert response.status_code == 302 and not Question.objects.filter(pk=spare_question.pk).exists()
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[tree.module.pk]))
    assert response.status_code == 302 and not ModulePage.objects.filter(pk=tree.module.pk).exists()


def test_unit_with_officers_cannot_be_deleted(admin_client):
    from curriculum.models import OfficerProfile, Unit
    from tests.factories import officer_in, org_create

    org = org_create()
    officer_in(org.teams[0], "a1")
    for unit in [org.teams[0], org.regions[0]]:  # the basisteam itself, and an eenheid above it
        url = reverse("unit:delete", args=[unit.pk])
        with translation.override("nl"):
            html = admin_client.get(url).content.decode()
            assert f"Eenheid {unit.name} kan niet worden verwijderd: er hoort nog 1 agent bij" in html
            assert "Zet die agenten eerst in een andere eenheid" in html
            response = admin_client.post(url)
        assert response.status_code == 302
        assert Unit.objects.filter(pk=unit.pk).exists() and OfficerProfile.objects.count() == 1
    response = admin_client.post(reverse("unit:delete", args=[org.teams[1].pk]))
    assert response.status_code == 302 and not Unit.objects.filter(pk=org.teams[1].pk).exists()
