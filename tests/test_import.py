"""Officer CSV import: all rows validated first, all-or-nothing, re-import updates without duplicating."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from curriculum import services
from curriculum.models import OfficerProfile

pytestmark = pytest.mark.django_db
HEADER = "personeelsnummer,naam,e-mail,eenheidcode\n"


def _csv(*rows, header=HEADER):
    return (header + "".join(r + "\n" for r in rows)).encode()


def test_import_creates_officers_in_their_units(org):
    report = services.officers_import_csv(
        _csv("1001,Sanne de Vries,sanne@politie.example,BT11", "1002,Ali Bakker,ali@politie.example,BT21")
    )
    assert report.ok and report.created == 2
    profile = OfficerProfile.objects.select_related("user", "unit").get(personnel_number="1001")
    assert (profile.user.first_name, profile.user.last_name, profile.unit.code) == ("Sanne", "de Vries", "BT11")
    assert not profile.user.has_usable_password()
    assert profile.user.groups.filter(name="Agenten").exists()


def test_reimport_updates_and_never_duplicates(org):
    services.officers_import_csv(_csv("1001,Sanne de Vries,sanne@politie.example,BT11"))
    report = services.officers_import_csv(
        _csv("1001,Sanne de Vries-Jansen,sanne@politie.example,BT22", "1002,Ali Bakker,ali@politie.example,BT21")
    )
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
    good_first = _csv("2001,Eerst Goed,goed@x.example,BT11")[len(HEADER) :]
    report = services.officers_import_csv(
        data + (good_first if data.startswith(b"personeelsnummer,naam,e-mail,") else b"")
    )
    assert not report.ok
    assert any(expected in e.message for e in report.errors), report.errors
    assert OfficerProfile.objects.count() == 0 and get_user_model().objects.count() == 0


def test_errors_are_reported_per_row(org):
    report = services.officers_import_csv(
        _csv("1001,A,a@x.example,BT11", "1002,B,b@x.example,NOPE", "1003,C,c@x.example,ALSONOPE")
    )
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


# --- Security (issue 18, items 1 and 4): the import never takes over an account that is not that officer's.


@pytest.fixture
def hr_client(client, org):
    """An HR account holding only the import permission, as a police force hands it out."""
    from django.contrib.auth.models import Permission

    from tests.factories import user_create

    hr = user_create("hr-medewerker")
    hr.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="curriculum", codename="add_officerprofile"),
    )
    client.force_login(hr)
    return client


def _upload(client, data):
    return client.post(
        "/admin/organisation/import/", {"file": SimpleUploadedFile("hr.csv", data, content_type="text/csv")}
    )


def _account(user):
    user.refresh_from_db()
    groups = sorted(user.groups.values_list("name", flat=True))
    return (
        user.username,
        user.first_name,
        user.last_name,
        user.email,
        user.is_superuser,
        groups,
        OfficerProfile.objects.filter(user=user).exists(),
    )


def test_import_cannot_take_over_a_superuser_or_a_manager(hr_client, org):
    from tests.factories import manager_of

    admin = get_user_model().objects.create_superuser(
        "admin", "beheer@politie.example", "pw-Test-12345", first_name="Beheer"
    )
    manager = manager_of(org.teams[0], "manager")
    before = {u.pk: _account(u) for u in (admin, manager)}
    data = _csv(
        "admin,Evil Admin,attacker@evil.example,BT11",
        "manager,Evil Manager,attacker@evil.example,BT11",
        "3001,Echte Agent,agent@politie.example,BT11",
    )
    for _attempt in range(2):  # the attack ran twice: first attach a profile, then overwrite the e-mail
        response = _upload(hr_client, data)
        assert response.status_code == 400
        page = response.content.decode()
        assert page.count("neemt geen bestaand account over") == 2, page
    assert {u.pk: _account(u) for u in (admin, manager)} == before
    assert not OfficerProfile.objects.exists()  # all or nothing: the good row waits too
    assert get_user_model().objects.count() == 3


def test_import_refuses_any_username_collision(org):
    from tests.factories import officer_in, user_create

    officer_in(org.teams[0], "1001")  # username 1001, personnel number P1001 (item 4: an IntegrityError before)
    user_create("ADMIN2")  # no profile at all, other case
    report = services.officers_import_csv(_csv("1001,Iemand Anders,x@x.example,BT12", "admin2,Nieuw,n@x.example,BT11"))
    assert [e.line for e in report.errors] == [2, 3]
    assert all("neemt geen bestaand account over" in e.message for e in report.errors)
    assert OfficerProfile.objects.get(user__username="1001").personnel_number == "P1001"
    assert not get_user_model().objects.filter(username="admin2").exists()


def test_import_never_changes_an_officer_who_also_holds_another_role(org):
    from django.contrib.auth.models import Group

    from curriculum.domain import roles
    from tests.factories import officer_in

    trainer = officer_in(org.teams[0], "opleider")
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    trainer.email = "opleider@politie.example"
    trainer.first_name, trainer.last_name = "Olga", "Opleider"
    trainer.save()
    before = _account(trainer)
    same = services.officers_import_csv(_csv("Popleider,Olga Opleider,opleider@politie.example,BT11"))
    assert same.ok and same.unchanged == 1  # an unchanged row of a re-import is fine
    report = services.officers_import_csv(_csv("Popleider,Olga Opleider,attacker@evil.example,BT11"))
    assert not report.ok and "meer rechten dan een agent" in report.errors[0].message
    assert _account(trainer) == before


def test_hr_account_creates_and_updates_its_own_officers(hr_client, org):
    response = _upload(hr_client, _csv("3001,Echte Agent,agent@politie.example,BT11"))
    assert response.status_code == 200 and "1 nieuw" in response.content.decode()
    response = _upload(hr_client, _csv("3001,Echte Agent-Jansen,nieuw@politie.example,BT12"))
    assert response.status_code == 200 and "1 bijgewerkt" in response.content.decode()
    profile = OfficerProfile.objects.select_related("user", "unit").get(personnel_number="3001")
    assert (profile.user.username, profile.user.last_name, profile.user.email, profile.unit.code) == (
        "3001",
        "Agent-Jansen",
        "nieuw@politie.example",
        "BT12",
    )
    assert list(profile.user.groups.values_list("name", flat=True)) == ["Agenten"]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("1001,San\x00ne,s@x.example,BT11", "U+0000"),  # PostgreSQL refused the NUL with a DataError (500)
        ('1001,"Sanne\nde Vries",s@x.example,BT11', "één regel"),
        ("1001,Sanne," + "a" * 250 + "@x.example,BT11", "Ongeldig e-mailadres"),  # longer than the column
        ("1001,Sanne " + "x" * 200_000 + ",s@x.example,BT11", "geen geldige CSV"),  # csv.Error before
    ],
)
def test_hostile_rows_are_row_errors_not_server_errors(hr_client, org, row, expected):
    response = _upload(hr_client, _csv(row))
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert get_user_model().objects.count() == 1 and not OfficerProfile.objects.exists()
