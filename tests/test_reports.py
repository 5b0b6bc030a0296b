"""Managers' completion reports: scoping, drill-down, bad input, exports and constant query counts."""

import re
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from curriculum import services
from curriculum.domain import roles
from tests.factories import manager_of, module_finish, officer_in, tree_create, user_create
from tests.helpers import COMPLETION, OFFICERS, OVERDUE

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def shared_officers(module_db, shared_tree, shared_org):
    """The default tree's module assigned to everyone, due yesterday; one officer per basisteam, the first with
    every lesson done. Built once for the module (tests.conftest.module_db); the officers' ids."""
    if shared_tree is None:
        return None
    with module_db.unblock():
        due = timezone.localdate() - timedelta(days=1)
        services.assignment_save(module=shared_tree.module, unit=shared_org.national, due_date=due)
        officers = [
            officer_in(team, f"agent{i}", first_name=f"Voornaam{i}", last_name=f"Achternaam{i}")
            for i, team in enumerate(shared_org.teams)
        ]
        for lesson in shared_tree.lessons:
            services.lesson_complete(user=officers[0], lesson=lesson)
        return [officer.pk for officer in officers]


@pytest.fixture
def data(org, tree, shared_officers):
    """The officers of shared_officers, read anew, one per basisteam in the order of org.teams."""
    users = get_user_model().objects.in_bulk(shared_officers)
    return [users[pk] for pk in shared_officers]


def test_manager_sees_own_district_per_team(client, org, data):
    manager = manager_of(org.districts[0], "chef1")
    client.force_login(manager)
    html = client.get(COMPLETION).content.decode()
    assert "Basisteam 11" in html and "Basisteam 12" in html
    assert "Basisteam 21" not in html and "Eenheid 2" not in html


@pytest.mark.parametrize("path", [COMPLETION, COMPLETION + "results/", OFFICERS, OVERDUE, OFFICERS + "results/"])
@pytest.mark.parametrize("export", ["", "&export=csv", "&export=xlsx"])
def test_manager_of_x_asking_for_y_gets_403_and_no_counts(client, org, data, path, export):
    client.force_login(manager_of(org.districts[0], "chef1"))
    response = client.get(f"{path}?unit={org.districts[1].pk}{export}")
    assert response.status_code == 403
    assert b"Basisteam 2" not in response.content and b"Achternaam2" not in response.content


@pytest.mark.parametrize("raw", ["abc", "999999", "-1", "1e9"])
def test_unknown_unit_ids_are_refused_without_error(client, org, data, raw, admin_user):
    client.force_login(manager_of(org.districts[0], "chef1"))
    assert client.get(f"{COMPLETION}?unit={raw}").status_code == 403
    client.force_login(admin_user)
    assert client.get(f"{COMPLETION}?unit={raw}").status_code == 404


def test_a_unit_id_beyond_64_bits_is_a_clear_400_for_every_role(client, org, data, admin_user):
    """The text rule refuses it before any view runs (signaal/text_input.py), for managers and admins alike."""
    for user in (manager_of(org.districts[0], "chef1"), admin_user):
        client.force_login(user)
        response = client.get(f"{COMPLETION}?unit=99999999999999999999999")
        assert response.status_code == 400
        assert b"Basisteam" not in response.content


def test_manager_may_drill_down_inside_their_subtree(client, org, data):
    client.force_login(manager_of(org.regions[0], "chef1"))
    html = client.get(COMPLETION).content.decode()
    assert f"?unit={org.districts[0].pk}" in html  # link to the next level
    html = client.get(f"{COMPLETION}?unit={org.districts[0].pk}").content.decode()
    assert f"{OFFICERS}?unit={org.teams[0].pk}" in html  # basisteams drill down to officers
    html = client.get(f"{OFFICERS}?unit={org.teams[0].pk}").content.decode()
    assert "Achternaam0" in html and "Achternaam1" not in html


def test_other_units_lists_only_the_other_subtrees_the_manager_leads(client, org, data):
    manager = manager_of(org.districts[0], "chef1")
    services.unit_manager_add(user=manager, unit=org.districts[1])
    client.force_login(manager)
    html = client.get(f"{COMPLETION}?unit={org.teams[0].pk}").content.decode()
    others = re.search(r"Andere eenheden die je leidt:(.*?)</p>", html, re.S).group(1)
    assert "District 2" in others and "District 1" not in others  # not the district this basisteam lies in


def test_national_view_for_superuser_shows_every_eenheid(admin_client, org, data):
    html = admin_client.get(COMPLETION).content.decode()
    assert "Eenheid 1" in html and "Eenheid 2" in html


def test_grid_counts_and_percentages(admin_client, org, data, tree):
    response = admin_client.get(f"{COMPLETION}?unit={org.districts[0].pk}&export=csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = body.strip().splitlines()
    assert lines[0].startswith("Eenheid;Module;Toegewezen;Afgerond")
    assert "Basisteam 11;Module module-a;1;0;1;0;1;0" in body  # in progress, overdue
    assert "Basisteam 12;Module module-a;1;0;0;1;1;0" in body


def test_overdue_list_shows_only_overdue_officers(client, org, data, tree):
    """Yesterday's national assignment makes agents 0 and 1 overdue; a colleague who finished the module and a
    module due in 2099 are not, so the list must leave them out."""
    services.assignment_save(module=tree.module, unit=org.teams[1], due_date=date(2099, 1, 1))
    later = tree_create(slug="later")
    services.assignment_save(module=later.module, unit=org.teams[0], due_date=date(2099, 1, 1))
    module_finish(tree, officer_in(org.teams[0], "klaar", first_name="Op", last_name="Tijdafgerond"))
    client.force_login(manager_of(org.districts[0], "chef1"))
    soup = BeautifulSoup(client.get(OVERDUE).content.decode(), "lxml")
    rows = [" ".join(tr.get_text(" ", strip=True).split()) for tr in soup.select("tbody tr")]
    rows = [row for row in rows if "Module " in row]  # the officer rows, not the status chart beside them
    assert len(rows) == 2
    assert any("Achternaam0" in row for row in rows)  # national assignment, due yesterday, not finished
    assert any("Achternaam1" in row for row in rows)  # earliest date wins: still yesterday
    assert not any("Tijdafgerond" in row or "Module later" in row for row in rows)  # completed; due in 2099


def test_officer_and_trainer_have_no_access(client, org, data):
    client.force_login(data[0])
    assert client.get(COMPLETION).status_code == 403  # officers have no admin access: the site's refusal page
    client.force_login(user_create("opleider", roles.TRAINERS))
    response = client.get(COMPLETION)
    assert response.status_code == 403 and b"Basisteam" not in response.content


def test_reports_menu_item_only_for_managers(client, org, data):
    client.force_login(manager_of(org.districts[0], "chef1"))
    assert b"Voortgang per eenheid" in client.get("/admin/").content
    client.force_login(user_create("opleider", roles.TRAINERS))
    assert b"Voortgang per eenheid" not in client.get("/admin/").content


@pytest.mark.parametrize(
    "query",
    ["ordering=password", "ordering=-user__password", "order=1;drop", "p=-1", "p=0", "p=abc", "p=99999999999999"],
)
def test_bad_ordering_and_page_numbers_do_not_fail(admin_client, org, data, query):
    for path in (COMPLETION, OFFICERS):
        assert admin_client.get(f"{path}?{query}").status_code == 200


def test_managers_never_see_quiz_answers(client, org, data, tree):
    attempt = services.quiz_attempt_start(user=data[0], quiz=tree.quiz)
    from tests.factories import answers_for

    services.quiz_attempt_submit(user=data[0], attempt_id=attempt.pk, answers=answers_for(attempt))
    client.force_login(manager_of(org.districts[0], "chef1"))
    html = client.get(f"{OFFICERS}?unit={org.teams[0].pk}").content.decode()
    assert "Achternaam0" in html and "100" in html
    assert "Optie A" not in html and "Feedback" not in html


def _dataset(org, n_officers, n_modules, prefix="a"):
    trees = [tree_create(slug=f"mod-{prefix}{i}") for i in range(n_modules)]
    for tree in trees:
        services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 1, 1))
    for i in range(n_officers):
        user = officer_in(org.teams[i % len(org.teams)], f"load{prefix}{i}")
        services.lesson_complete(user=user, lesson=trees[i % n_modules].lessons[0])
    return trees


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_counts_do_not_grow_with_officers_or_modules(client, org):
    manager = manager_of(org.regions[0], "chef1")
    client.force_login(manager)
    urls = [COMPLETION, f"{COMPLETION}?unit={org.districts[0].pk}", OFFICERS, OVERDUE]
    _dataset(org, 2, 1)
    client.get(COMPLETION)  # warm per-process caches
    small = [_queries(client, url) for url in urls]
    _dataset(org, 16, 3, prefix="b")
    large = [_queries(client, url) for url in urls]
    assert small == large


def test_mijn_training_query_count_is_constant(client, org):
    trees = _dataset(org, 1, 1)
    officer = officer_in(org.teams[0], "me")
    client.force_login(officer)
    client.get("/mijn-training/")  # warm per-process caches (site root paths)
    small = _queries(client, "/mijn-training/")
    _dataset(org, 10, 4, prefix="b")
    for tree in trees:
        services.lesson_complete(user=officer, lesson=tree.lessons[0])
    client.get("/mijn-training/")  # the first request after a publish rebuilds the cached site entry, once
    assert _queries(client, "/mijn-training/") == small


def test_h22_officer_names_are_escaped_in_html_and_defused_in_csv(admin_client, org, tree):
    services.assignment_save(module=tree.module, unit=org.national, due_date=date(2030, 1, 1))
    officer_in(org.teams[0], "evil", first_name='=HYPERLINK("http://x")', last_name="<script>alert(1)</script>")
    team = f"?unit={org.teams[0].pk}"
    html = admin_client.get(OFFICERS + team).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    csv = b"".join(admin_client.get(OFFICERS + team + "&export=csv").streaming_content).decode()
    assert "=HYPERLINK" in csv and "'=HYPERLINK" in csv
    assert not any(line.lstrip("\ufeff").startswith("=") or ";=" in line for line in csv.splitlines())


def test_english_interface_for_manager_reports_and_officer_pages(client, org, data):
    """The NL/EN switch (set_language) reaches the Wagtail admin reports and the officer's pages."""
    client.force_login(manager_of(org.districts[0], "chef1"))
    assert client.post("/i18n/setlang/", {"language": "en", "next": COMPLETION}).status_code == 302
    html = client.get(COMPLETION).content.decode()
    assert re.search(r"<h1[^>]*>\s*Progress per unit\s*</h1>", html)
    assert "As of " in html and "Assigned" in html and "% completed" in html and "Other units you lead" not in html
    assert "Voortgang per eenheid" not in html and "Toegewezen" not in html
    html = client.get(f"{OFFICERS}?unit={org.teams[0].pk}").content.decode()
    assert re.search(r"<h1[^>]*>\s*Progress per officer\s*</h1>", html) and "Personnel number" in html

    client.force_login(data[0])  # an officer; a fresh session, so switch again
    client.post("/i18n/setlang/", {"language": "en", "next": "/mijn-training/"})
    html = client.get("/mijn-training/").content.decode()
    assert '<html lang="en">' in html and "My training" in html and "Mijn training" not in html
