"""Every page request reads the site, its root page, view restrictions and the menu from the cache
(curriculum/selectors/site.py). What an officer sees must still change the moment content or access changes."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from curriculum.models import PocketCardPage
from tests.factories import tree_create

pytestmark = pytest.mark.django_db


def _sql(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in ctx.captured_queries]


def test_a_warm_page_request_reads_no_site_restriction_or_menu_rows(officer_client):
    tree = tree_create()
    officer_client.get(tree.lessons[0].url)  # a running server has the entry already
    sql = " ".join(_sql(officer_client, tree.lessons[0].url))
    assert "wagtailcore_site" not in sql
    assert "wagtailcore_pageviewrestriction" not in sql
    assert "curriculum_pocketcardpage" not in sql and "curriculum_curriculumindexpage" not in sql


def test_a_restriction_added_or_removed_applies_on_the_next_request(officer_client):
    tree = tree_create()
    assert officer_client.get(tree.module.url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=tree.module, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Alleen recherche"))
    response = officer_client.get(tree.lessons[0].url)  # a lesson below the module: the restriction is inherited
    assert response.status_code == 302 and "login" in response["Location"]
    restriction.delete()
    assert officer_client.get(tree.lessons[0].url).status_code == 200


def test_a_group_restriction_lets_the_group_in(officer_client, officer):
    tree = tree_create()
    restriction = PageViewRestriction.objects.create(page=tree.module, restriction_type=PageViewRestriction.GROUPS)
    group = Group.objects.create(name="Pilot")
    restriction.groups.add(group)
    assert officer_client.get(tree.module.url).status_code == 302
    officer.groups.add(group)
    assert officer_client.get(tree.module.url).status_code == 200


def test_the_login_restriction_still_sends_a_visitor_to_log_in(client):
    tree = tree_create()
    response = client.get(tree.lessons[0].url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_pocket_card_published_shows_in_the_menu_at_once_and_goes_when_unpublished(officer_client):
    tree = tree_create()
    assert "Zakkaart" not in officer_client.get("/").content.decode()
    card = PocketCardPage(title="Zakkaart mensenhandel", slug="zakkaart", body="[]")
    tree.index.add_child(instance=card)
    card.save_revision().publish()
    html = officer_client.get("/").content.decode()
    assert re.search(rf'<a[^>]*href="{re.escape(card.url)}"[^>]*>\s*Zakkaart', html)
    card.unpublish()
    assert "Zakkaart" not in officer_client.get("/").content.decode()


def test_a_renamed_module_shows_its_new_title_in_the_breadcrumbs_of_its_lessons(officer_client):
    tree = tree_create()
    officer_client.get(tree.lessons[0].url)
    tree.module.title = "Arbeidsuitbuiting herkennen"
    tree.module.save_revision().publish()
    html = officer_client.get(tree.lessons[0].url).content.decode()
    crumbs = re.search(r'<nav aria-label="Kruimelpad".*?</nav>', html, re.S).group(0)
    titles = re.findall(r"<a [^>]*>([^<]+)</a>", crumbs)
    assert titles == ["Signaal", "Opleiding", "Arbeidsuitbuiting herkennen"]
    assert f'href="{tree.module.url}"' in crumbs


def test_a_group_taken_off_a_restriction_shuts_its_members_out_on_the_next_request(officer_client, officer):
    tree = tree_create()
    restriction = PageViewRestriction.objects.create(page=tree.module, restriction_type=PageViewRestriction.GROUPS)
    pilot, other = Group.objects.create(name="Pilot"), Group.objects.create(name="Recherche")
    restriction.groups.add(pilot, other)
    officer.groups.add(pilot)
    assert officer_client.get(tree.module.url).status_code == 200
    restriction.groups.remove(pilot)  # the privacy form changes the groups, not the restriction row
    assert officer_client.get(tree.module.url).status_code == 302


def test_a_warm_lesson_or_quiz_request_reads_no_page_rows(officer_client):
    tree = tree_create()
    for url in (tree.lessons[0].url, tree.quiz.url, "/"):
        officer_client.get(url)  # the route and the module list are cached by the first request
        sql = " ".join(_sql(officer_client, url))
        # The page chain, the page itself and the module list: no ORM read of a page row (the module steps' own
        # query, which joins the officer's ticks, is the one that remains).
        assert '"wagtailcore_page"' not in sql and '"curriculum_lessonpage"' not in sql, url


def test_an_edited_lesson_shows_its_new_text_on_the_next_request(officer_client):
    tree = tree_create()
    assert "Lestekst 1" in officer_client.get(tree.lessons[0].url).content.decode()
    lesson = tree.lessons[0]
    lesson.body = '[{"type": "paragraph", "value": "<p>Herziene lestekst</p>"}]'
    lesson.save_revision().publish()
    html = officer_client.get(tree.lessons[0].url).content.decode()
    assert "Herziene lestekst" in html and "Lestekst 1" not in html


def test_an_unpublished_lesson_is_gone_from_its_url_and_from_mijn_training_at_once(officer_client):
    tree = tree_create()
    officer_client.get(tree.lessons[1].url)
    assert "0 van 3 stappen" in officer_client.get("/").content.decode()
    tree.lessons[1].unpublish()
    assert officer_client.get(tree.lessons[1].url).status_code == 404
    assert officer_client.get(tree.lessons[1].url + "voltooid/").status_code in (404, 405)
    assert "0 van 2 stappen" in officer_client.get("/").content.decode()


def test_a_new_module_shows_on_mijn_training_at_once(officer_client):
    tree_create()
    assert "Module module-b" not in officer_client.get("/").content.decode()
    tree_create(slug="module-b")
    assert "Module module-b" in officer_client.get("/").content.decode()


def test_a_cached_route_never_hides_a_child_page_or_a_missing_one(officer_client):
    tree = tree_create()
    assert officer_client.get(tree.module.url).status_code == 200  # the module's chain is cached
    assert officer_client.get(tree.module.url + "bestaat-niet/").status_code == 404
    assert officer_client.get(tree.lessons[0].url).status_code == 200  # a child of a cached page still routes
    assert officer_client.get(tree.lessons[0].url + "bestaat-niet/").status_code == 404
