"""Signaal's own admin (issue 21.5): its name in the tab, its own guide in the help menu instead of Wagtail's
outside links, no outside calls, a Dutch sheet name and a CSV that Dutch Excel opens."""

import csv
import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from openpyxl import load_workbook

from curriculum import services
from tests.factories import manager_of, officer_in
from tests.helpers import COMPLETION, OFFICERS

pytestmark = pytest.mark.django_db
GUIDE = "/admin/handleiding/"


@pytest.fixture
def manager(client, org, tree):
    services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate() - timedelta(days=1))
    officer_in(org.teams[0], "agent1", first_name="José", last_name="Élan")
    user = manager_of(org.districts[0], "chef1")
    client.force_login(user)
    return user


def test_tab_titles_say_signaal_not_wagtail(client, manager):
    for url in ("/admin/", COMPLETION, GUIDE):
        html = client.get(url).content.decode()
        title = html.split("<title>", 1)[1].split("</title>", 1)[0]
        assert "Signaal" in title and "Wagtail" not in title, (url, title)


def test_help_menu_offers_the_signaal_guide_not_wagtails_outside_links(client, manager):
    html = client.get("/admin/").content.decode()
    assert GUIDE in html and "Handleiding" in html
    assert "editor-guide" not in html and "whats-new-in-wagtail" not in html
    assert "guide.wagtail.org" not in html and "wagtail.org/releases" not in html
    # The help menu is an ordinary submenu: no "new" badge that comes back with every Wagtail release.
    assert 'data-w-dismissible-id-value="help"' not in html


def test_the_guide_is_dutch_and_explains_the_reports(client, manager):
    response = client.get(GUIDE)
    assert response.status_code == 200
    html = response.content.decode()
    for words in ("Voor leidinggevenden", "Voor opleiders", "Voortgang per eenheid", "puntkomma"):
        assert words in html


def test_the_guide_needs_an_admin_login(client, db):
    response = client.get(GUIDE)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_admin_calls_nothing_outside(client, manager, settings):
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower() and "releases.wagtail.io" not in html


def test_csv_has_a_byte_order_mark_and_semicolons_for_dutch_excel(client, manager, org):
    response = client.get(f"{OFFICERS}?unit={org.teams[0].pk}&export=csv")
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Personeelsnummer", "Naam"]
    assert rows[1][1] == "José Élan"


def test_xlsx_sheet_is_named_after_the_report(client, manager):
    response = client.get(f"{COMPLETION}?export=xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["Voortgang per eenheid"]


def test_the_certificate_check_stays_inside_the_admin(client, manager, tree, org):
    from curriculum.models import ModuleCompletion
    from curriculum.selectors.certificates import certificate_code
    from tests.factories import module_finish

    officer = officer_in(org.teams[0], "klaar", first_name="Sanne", last_name="de Vries")
    module_finish(tree, officer)
    code = certificate_code(ModuleCompletion.objects.get(user=officer))
    home = client.get("/admin/").content.decode()
    assert "/admin/certificaten/" in home and "/certificaat/controleer/" not in home
    html = client.get("/admin/certificaten/", {"code": code}).content.decode()
    assert "Geldig certificaat." in html and "Sanne de Vries" in html and 'id="wagtail-sidebar"' in html
    assert "hoort niet bij een certificaat" in client.get("/admin/certificaten/", {"code": "SGN-0"}).content.decode()


def test_officers_cannot_use_the_admin_certificate_check(client, org):
    client.force_login(officer_in(org.teams[0], "agent9"))
    assert client.get("/admin/certificaten/").status_code in (302, 403)


def _header(html) -> tuple[str, list, str]:
    """The tab title, the breadcrumbs (label, link) and the header's visible title of an admin page."""
    soup = BeautifulSoup(html, "lxml")
    crumbs = soup.select(".w-breadcrumbs li")
    links = [(li.get_text(" ", strip=True), (li.a or {}).get("href")) for li in crumbs]
    return soup.title.get_text(strip=True), links, soup.select_one("header h1").get_text(" ", strip=True)


def test_signaals_own_admin_pages_have_the_reports_header_with_a_way_back(client, manager, org, tree):
    """Trend, one officer's modules and the manager's actions show Wagtail's slim header with breadcrumbs, as the
    reports do: the tab and the title name the unit or officer, and every crumb is a link the manager may follow."""
    officer = officer_in(org.teams[0], "agent2", first_name="Sanne", last_name="de Wit")
    pages = {
        "/admin/reports/trend/": ("Trend: District 1", "Trend"),
        f"/admin/reports/agent/{officer.pk}/": ("Modules van een agent: Sanne de Wit", "Voortgang per agent"),
        f"/admin/reports/actions/extend/?unit={org.teams[0].pk}": ("Uiterste datum verlengen: Basisteam 11", "Home"),
    }
    for url, (title, crumb) in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        tab, crumbs, heading = _header(response.content.decode())
        assert crumbs[0] == ("Home", "/admin/") and crumb in " ".join(label for label, _link in crumbs), crumbs
        assert tab.startswith(title) and heading == title, (tab, heading)
        for label, link in crumbs:
            if link:
                assert client.get(link).status_code == 200, (url, label, link)
