"""Input the hostile crawl found that surfaced as exceptions (500) deep inside Django or Wagtail: each is a
400 (or a normal refusal) now, with a Dutch message, and nothing is stored (issue 18, the hostile-input crawl)."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model

from curriculum.domain import roles
from curriculum.models import CurriculumIndexPage, ModulePage
from tests.factories import tree_create, user_create


@pytest.fixture
def admin_client_logged_in(client, db):
    client.force_login(get_user_model().objects.create_superuser("beheer", "beheer@example.invalid", "pw-Test-12345"))
    return client


def test_a_100_kb_username_at_login_is_refused_without_error(client, db):
    response = client.post("/login/", {"username": "a" * 100_000, "password": "x"})
    assert response.status_code in (200, 400)
    assert all(len(a.username or "") <= 150 for a in AccessAttempt.objects.all())


def test_a_page_form_without_its_streamfield_counts_is_a_400_and_stores_nothing(client, db):
    tree_create()
    trainer = user_create("opleider", roles.TRAINERS)
    client.force_login(trainer)
    index = CurriculumIndexPage.objects.get()
    before = ModulePage.objects.count()
    response = client.post(
        f"/admin/pages/add/curriculum/modulepage/{index.pk}/", {"title": "Zonder script", "slug": "x"}
    )
    assert response.status_code == 400
    assert "ontbreekt" in response.content.decode()
    assert ModulePage.objects.count() == before


def test_a_number_beyond_any_column_in_an_admin_filter_is_a_400(admin_client_logged_in):
    response = admin_client_logged_in.get(
        "/admin/images/results/", {"usage_count_min": "99999999999999999999", "usage_count_max": "99999999999999999999"}
    )
    assert response.status_code in (200, 400)


def test_a_number_beyond_64_bits_in_any_parameter_is_a_400_with_a_message(admin_client_logged_in):
    url = "/admin/documents/results/"
    huge = "99999999999999999999"
    response = admin_client_logged_in.get(url, {"q": huge, "usage_count_min": huge, "usage_count_max": huge})
    assert response.status_code == 400
    assert "te groot" in response.content.decode()
    assert admin_client_logged_in.get(url, {"usage_count_min": "12"}).status_code == 200
