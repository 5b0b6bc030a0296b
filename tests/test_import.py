"""Officer CSV import: all rows validated first, all-or-nothing, re-import updates without duplicating."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from curriculum import services
from curriculum.models import OfficerProfile
from tests.factories import org_create

pytestmark = pytest.mark.django_db
HEADER = "personeelsnummer,naam,e-mail,eenheidcode\n"


@pytest.fixture
def org(db):
    return org_create()


def _csv(*rows, header=HEADER):
    return (header + "".join(r + "\n" for r in rows)).encode()


def test_import_creates_officers_in_their_units(org):
    report = services.officers_import_csv(_csv("1001,Sanne de Vries,sanne@politie.example,BT11", "1002,Ali Bakker,ali@politie.example,BT21"))
    assert report.ok and report.created == 2
    profile = OfficerProfile.objects.select_related("user", "unit").get(personnel_number="1001")
    assert (profile.user.first_name, profile.user.last_name, profile.unit.code) == ("Sanne", "de Vries", "BT11")
    assert not profile.user.has_usable_password()
    assert profile.user.groups.filter(name="Agenten").exists()


def test_reimport_updates_and_never_duplicates(org):
    services.officers_import_csv(_csv("1001,Sanne de Vries,sanne@politie.example,BT11"))
    report = services.officers_import_csv(_csv("1001,Sanne de Vries-Jansen,sanne@politie.example,BT22", "1002,Ali Bakker,ali@politie.example,BT21"))
    assert (report.created, report.updated) == (1, 1)
    assert OfficerProfile.objects.count() == 2 and get_user_model().objects.count() == 2
    assert OfficerProfile.objects.get(personnel_number="1001").unit.code == "BT22"
    again = services.officers_import_csv(_csv("1001,Sanne de Vries-Jansen,sanne@politie.example,BT22"))
    assert again.unchanged == 1 and again.created == again.updated == 0


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (_csv("1001,Sanne,s@x.example", header="personeelsnummer,naam,e-mail\n"), "Kolom ontbreekt: eenheidcode"),
        (_csv("1001,Sanne,s@x.example,BT99"), "Onbekende eenheidcode"),
        (_csv("1001,Sanne,s@x.example,BT11", "1001,Piet,p@x.example,BT12"), "staat ook op regel 2"),
        (_csv("1001,Sanne,geen-mail,BT11"), "Ongeldig e-mailadres"),
        (_csv("10 01,Sanne,s@x.example,BT11"), "Ongeldig personeelsnummer"),
        (b"\xff\xfe\x00garbage", "geen UTF-8"),
        (b"", "Kolom ontbreekt"),
    ],
)
def test_bad_files_give_a_clear_message_and_import_nothing(org, data, expected):
    good_first = _csv("2001,Eerst Goed,goed@x.example,BT11")[len(HEADER):]
    report = services.officers_import_csv(data + (good_first if data.startswith(b"personeelsnummer,naam,e-mail,") else b""))
    assert not report.ok
    assert any(expected in e.message for e in report.errors), report.errors
    assert OfficerProfile.objects.count() == 0 and get_user_model().objects.count() == 0


def test_errors_are_reported_per_row(org):
    report = services.officers_import_csv(_csv("1001,A,a@x.example,BT11", "1002,B,b@x.example,NOPE", "1003,C,c@x.example,ALSONOPE"))
    assert [e.line for e in report.errors] == [3, 4]


def test_fifty_megabyte_upload_is_refused_in_the_admin(client, admin_user, org):
    client.force_login(admin_user)
    big = SimpleUploadedFile("hr.csv", HEADER.encode() + b"x" * (50 * 1024 * 1024), content_type="text/csv")
    response = client.post("/admin/organisation/import/", {"file": big})
    assert response.status_code == 400
    assert "groter dan 10 MB" in response.content.decode()
    assert OfficerProfile.objects.count() == 0


def test_admin_import_shows_row_errors_and_success(client, admin_user, org):
    client.force_login(admin_user)
    bad = SimpleUploadedFile("hr.csv", _csv("1001,A,a@x.example,NOPE"), content_type="text/csv")
    response = client.post("/admin/organisation/import/", {"file": bad})
    assert response.status_code == 400 and "Onbekende eenheidcode" in response.content.decode()
    good = SimpleUploadedFile("hr.csv", _csv("1001,A,a@x.example,BT11"), content_type="text/csv")
    response = client.post("/admin/organisation/import/", {"file": good})
    assert response.status_code == 200 and "1 nieuw" in response.content.decode()


def test_import_needs_permission(client, org):
    from tests.factories import manager_of

    client.force_login(manager_of(org.teams[0], "chef"))
    assert client.get("/admin/organisation/import/").status_code in (302, 403)
