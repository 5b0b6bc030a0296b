"""Managers' reports navigate like any Wagtail listing: every sort header, the filter form and every
pagination link on the rendered page answers 200 and keeps the unit the manager is looking at (issue 9.1).

The links are taken from the HTML the manager is shown, and the filter request is built the way
Wagtail's w-swap controller builds it (form action + "?" + the form's fields), so a URL that a browser
would make and the server refuses fails here.
"""

from datetime import timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from curriculum import services
from curriculum.admin import reports
from tests.factories import manager_of, officer_in, tree_create
from tests.helpers import COMPLETION, OFFICERS, OVERDUE

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def shared_big_team(module_db, shared_org):
    """Two overdue modules for everyone; 26 officers in Basisteam 11 (52 rows: two pages of 50), 1 in 12, 1 in 21.
    Built once for the module (tests.conftest.module_db); the tests only read it. The module pages' ids."""
    if shared_org is None:
        return None
    with module_db.unblock():
        yesterday = timezone.localdate() - timedelta(days=1)
        trees = [tree_create(slug="mod-a"), tree_create(slug="mod-b")]
        for tree in trees:
            services.assignment_save(module=tree.module, unit=shared_org.national, due_date=yesterday)
        teams = shared_org.teams
        team = [officer_in(teams[0], f"agent{i:02}", first_name="Agent", last_name=f"Team11-{i:02}") for i in range(26)]
        officer_in(teams[1], "buur", first_name="Agent", last_name="Team12-buur")
        officer_in(teams[2], "vreemd", first_name="Agent", last_name="Team21-vreemd")
        services.lesson_complete(user=team[0], lesson=trees[0].lessons[0])
        return [tree.module.pk for tree in trees]


@pytest.fixture
def big_team(org, shared_big_team):
    """The ids of the two modules of shared_big_team (mod-a, mod-b)."""
    return shared_big_team


def _soup(response):
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return BeautifulSoup(response.content.decode(), "lxml")


def _sort_links(soup):
    return [a["href"] for a in soup.select("table thead th a[href]")]


def _page_links(soup):
    return [a["href"] for a in soup.select("nav.pagination a[href]")]


def _filter_request(soup, **values):
    """The URL Wagtail's filter form fetches: data-w-swap-src-value + '?' + every field of the form."""
    form = soup.select_one("form[data-search-form]")
    fields = []
    for element in form.select("input[name], select[name]"):
        if element.get("disabled") is not None or element.get("type") == "submit":
            continue
        name = element["name"]
        if name in values:
            value = values[name]
        elif element.name == "select":
            chosen = element.select_one("option[selected]")
            value = chosen.get("value", "") if chosen else ""
        else:
            value = element.get("value", "")
        fields.append((name, value))
    return form["data-w-swap-src-value"] + "?" + urlencode(fields)


def _query(url):
    return parse_qs(urlsplit(url).query)


@pytest.mark.parametrize("path", [OFFICERS, OVERDUE])
def test_every_sort_header_and_page_keeps_the_basisteam(client, org, big_team, path):
    client.force_login(manager_of(org.districts[0], "chef1"))
    soup = _soup(client.get(f"{path}?unit={org.teams[0].pk}"))
    assert "Team11-00" in soup.get_text() and "Team12-buur" not in soup.get_text()
    headers = _sort_links(soup)
    assert len(headers) >= 6  # name, unit, module, status, completed, best score, due date
    for href in headers:
        assert _query(href)["unit"] == [str(org.teams[0].pk)], href
        sorted_page = _soup(client.get(href))
        text = sorted_page.get_text()
        assert "Team11-" in text and "Team12-buur" not in text, href
        # A screen reader hears which column the list is sorted by, and which way.
        ordering = _query(href)["ordering"][0]
        sorted_by = sorted_page.select("div.sg-detail table thead th[aria-sort]")
        assert len(sorted_by) == 1, href
        assert sorted_by[0]["aria-sort"] == ("descending" if ordering.startswith("-") else "ascending"), href
        assert all(th.get("scope") == "col" for th in sorted_page.select("div.sg-detail table thead th")), href
        # The same header on the sorted page reverses the order, as a second click does, and keeps the basisteam.
        reverse = ordering[1:] if ordering.startswith("-") else f"-{ordering}"
        again = [link for link in _sort_links(sorted_page) if _query(link)["ordering"] == [reverse]]
        assert len(again) == 1, (href, _sort_links(sorted_page))
        reversed_page = _soup(client.get(again[0]))
        flipped = reversed_page.select("div.sg-detail table thead th[aria-sort]")
        assert [th["aria-sort"] for th in flipped] == [
            "ascending" if sorted_by[0]["aria-sort"] == "descending" else "descending"
        ], again[0]
        assert _query(again[0])["unit"] == [str(org.teams[0].pk)] and "Team12-buur" not in reversed_page.get_text()
    pages = _page_links(soup)
    assert pages, "52 rows must give a second page"
    second = _soup(client.get(pages[-1]))
    text = second.get_text()
    assert "Team11-" in text and "Team12-buur" not in text and "Pagina 2 van 2" in " ".join(text.split())
    # The rows on page 2 are the ones not on page 1.
    first_rows = {tr.get_text(" ", strip=True) for tr in soup.select("div.sg-detail table tbody tr")}
    second_rows = {tr.get_text(" ", strip=True) for tr in second.select("div.sg-detail table tbody tr")}
    assert len(first_rows) == 50 and len(second_rows) == 2 and not first_rows & second_rows


@pytest.mark.parametrize("path", [OFFICERS, OVERDUE])
def test_filter_form_keeps_the_unit_and_filters(client, org, big_team, path):
    client.force_login(manager_of(org.districts[0], "chef1"))
    soup = _soup(client.get(f"{path}?unit={org.teams[0].pk}"))
    url = _filter_request(soup, module=str(big_team[1]))
    results = _soup(client.get(url))
    text = results.get_text()
    assert "Module mod-b" in text and "Module mod-a" not in text
    assert "Team11-05" in text and "Team12-buur" not in text
    # The fragment's own links (sort, pages) and the address the browser shows afterwards work too.
    for href in _sort_links(results) + _page_links(results):
        page = _soup(client.get(href))
        assert "Module mod-a" not in page.select_one("table tbody").get_text() and "Team12-buur" not in page.get_text()
    reflected = path + "?" + urlsplit(url).query
    assert "Team11-05" in _soup(client.get(reflected)).get_text()


def test_completion_report_sorts_filters_and_pages_inside_the_district(client, org, big_team, monkeypatch):
    monkeypatch.setattr(reports.CompletionReportView, "paginate_by", 3)  # 2 basisteams × 2 modules = 4 rows
    client.force_login(manager_of(org.regions[0], "chef1"))
    soup = _soup(client.get(f"{COMPLETION}?unit={org.districts[0].pk}"))
    for href in _sort_links(soup):
        text = _soup(client.get(href)).get_text()
        assert "Basisteam 1" in text and "Basisteam 21" not in text, href
    pages = _page_links(soup)
    assert pages
    second = _soup(client.get(pages[-1]))
    assert len(second.select("table.listing:not(.sg-totals) tbody tr")) == 1
    assert "Basisteam 21" not in second.get_text()
    url = _filter_request(soup, module=str(big_team[0]))
    text = _soup(client.get(url)).get_text()
    assert "Basisteam 11" in text and "Basisteam 12" in text and "Basisteam 21" not in text
    assert "Module mod-b" not in text


FORGED = [
    "ordering=user__last_name&unit={other}",
    "unit={own}&unit={other}",
    "unit={other}&p=2&ordering=-due_date",
    "unit={other}&module={module}&due_before=2099-01-01",
    "unit={other}&export=csv",
    "unit={other}&ordering=-user__last_name&export=xlsx",
]


@pytest.mark.parametrize("path", [COMPLETION, OFFICERS, OVERDUE])
def test_forged_unit_outside_the_subtree_is_still_refused(client, org, big_team, path):
    client.force_login(manager_of(org.districts[0], "chef1"))
    for forged in FORGED:
        query = forged.format(own=org.teams[0].pk, other=org.teams[2].pk, module=big_team[0])
        for url in (f"{path}?{query}", f"{path}results/?{query}"):
            response = client.get(url)
            assert response.status_code == 403, url
            assert b"Team21-vreemd" not in response.content and b"Basisteam 21" not in response.content


def test_the_unit_travels_as_a_form_field_not_in_the_base_url(client, org, big_team):
    """Whatever Wagtail appends to the listing's URLs, there is only ever one '?'."""
    client.force_login(manager_of(org.districts[0], "chef1"))
    soup = _soup(client.get(f"{OFFICERS}?unit={org.teams[0].pk}"))
    hrefs = [a["href"] for a in soup.select("a[href]")] + [_filter_request(soup)]
    assert all(href.count("?") <= 1 for href in hrefs), [h for h in hrefs if h.count("?") > 1]
    hidden = soup.select_one("form[data-search-form] input[name=unit]")
    assert hidden is not None and hidden["value"] == str(org.teams[0].pk)
