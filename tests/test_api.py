"""The read API (/api/v1/, issue 15): tokens, scope, the reports' numbers, filters, pages, ETags, audit, admin."""

import csv
import io
import json
import logging

import pytest
from django.test import Client

from curriculum.models import ApiClient, OfficerProfile, Unit
from curriculum.selectors import certificates
from curriculum.services.api_clients import token_hash
from tests.factories import api_world_create, api_world_fresh, manager_of, user_create
from tests.helpers import COMPLETION

pytestmark = pytest.mark.django_db
API = "/api/v1"


@pytest.fixture(scope="module")
def shared_world(module_db):
    """api_world_create() once for this module (tests.conftest.module_db); each test's changes roll back."""
    with module_db.unblock():
        return api_world_create()


@pytest.fixture
def world(db, shared_world):
    return api_world_fresh(shared_world)


def get(path, token, **headers):
    response = Client().get(API + path, HTTP_AUTHORIZATION=f"Bearer {token}", **headers)
    assert response.status_code == 304 or response["Content-Type"].startswith("application/json"), response
    return response


def test_the_openapi_schema_is_served_and_lists_every_endpoint():
    schema = Client().get(f"{API}/openapi.json").json()
    assert schema["info"]["version"] == "1"
    assert set(schema["paths"]) == {
        "/api/v1/units",
        "/api/v1/units/{unit_id}",
        "/api/v1/modules",
        "/api/v1/modules/{module_id}",
        "/api/v1/completion",
        "/api/v1/progress",
        "/api/v1/officers/{personnel_number}/modules",
        "/api/v1/certificates/{code}",
    }
    assert all(set(op) == {"get"} for op in schema["paths"].values())  # read-only


def test_no_token_a_wrong_one_or_a_revoked_one_gets_401(world):
    assert Client().get(f"{API}/units").status_code == 401
    assert get("/units", "sgn_not-a-real-token").status_code == 401
    assert get("/units", world.tokens["national"]).status_code == 200
    ApiClient.objects.filter(name="Datawarehouse").update(revoked_at="2026-01-01T00:00Z")
    response = get("/units", world.tokens["national"])
    assert response.status_code == 401 and response.json() == {"detail": "Unauthorized"}


def test_only_a_hash_of_the_token_is_stored(world):
    token = world.tokens["region"]
    client = ApiClient.objects.get(name="HR Eenheid 1")
    assert client.token_hash == token_hash(token) and token not in json.dumps(
        list(ApiClient.objects.values()), default=str
    )


def test_units_are_those_of_the_scope_with_paging(world):
    national = get("/units?limit=3", world.tokens["national"]).json()
    assert national["count"] == Unit.objects.count() == 9 and len(national["items"]) == 3
    region = get("/units", world.tokens["region"]).json()
    assert [u["code"] for u in region["items"]] == ["E1", "D1", "BT11", "BT12"]
    assert region["items"][1]["parent_id"] == world.org.regions[0].pk and region["items"][1]["level"] == 3
    children = get(f"/units?parent={world.org.districts[0].pk}", world.tokens["region"]).json()
    assert [u["code"] for u in children["items"]] == ["BT11", "BT12"]
    page = get("/units?limit=2&offset=2", world.tokens["region"]).json()
    assert [u["code"] for u in page["items"]] == ["BT11", "BT12"] and page["count"] == 4


def test_completion_gives_the_same_numbers_as_the_managers_report(world, client):
    district = world.org.districts[0]
    client.force_login(manager_of(district, "chef"))
    report = client.get(f"{COMPLETION}?unit={district.pk}&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(report.streaming_content).decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    api = get(f"/completion?unit={district.pk}", world.tokens["region"]).json()
    keys = ["unit_name", "module_title", "total", "completed", "in_progress", "not_started", "overdue", "expired"]
    from_api = sorted([str(row[k]) for k in keys] + [f"{row['percent']}"] for row in api["rows"])
    total_name = f"Totaal {district.name}"  # the export starts with the totals the report's page shows
    from_report = sorted(line[: len(keys)] + [line[len(keys)]] for line in body if line[0] != total_name)
    assert header[0] == "Eenheid" and from_api == from_report and len(from_api) == 4
    totals_api = sorted([total_name] + [str(row[k]) for k in keys[1:]] + [f"{row['percent']}"] for row in api["totals"])
    totals_report = sorted(line[: len(keys) + 1] for line in body if line[0] == total_name)
    assert totals_api == totals_report and len(totals_api) == 2
    expired = {row["module_title"]: row["expired"] for row in api["totals"]}
    assert expired == {"Module signalen": 2, "Module uitbuiting": 0}  # one expired completion per team
    overdue = {(r["unit_name"], r["module_title"]): r["overdue"] for r in api["rows"]}
    assert overdue[("Basisteam 11", "Module uitbuiting")] == 4 and overdue[("Basisteam 12", "Module uitbuiting")] == 0


def test_an_officers_status_per_module_by_personnel_number(world):
    response = get("/officers/Pklaar0/modules", world.tokens["region"]).json()
    by_module = {m["module_title"]: m for m in response["modules"]}
    assert by_module["Module signalen"]["status"] == "completed" and by_module["Module signalen"]["percent"] == 100
    assert by_module["Module uitbuiting"]["overdue"] is True
    old = get("/officers/Poud0/modules?status=expired", world.tokens["region"]).json()["modules"]
    assert [(m["module_title"], m["expired"], m["status"]) for m in old] == [("Module signalen", True, "not_started")]
    assert get("/officers/Pklaar2/modules", world.tokens["region"]).status_code == 404  # Eenheid 2


def test_progress_filters_by_unit_module_status_and_date(world):
    token = world.tokens["national"]
    signalen, uitbuiting = (t.module.pk for t in world.trees)
    everything = get("/progress?limit=500", token).json()
    assert everything["count"] == 16 * 2
    overdue = get("/progress?status=overdue", token).json()
    assert overdue["count"] == 4 and {i["personnel_number"] for i in overdue["items"]} == {
        "Pklaar0",
        "Phalf0",
        "Pnog0",
        "Poud0",
    }
    team = get(f"/progress?unit={world.org.teams[1].pk}&module={signalen}&status=completed", token).json()
    assert [i["personnel_number"] for i in team["items"]] == ["Pklaar1"]
    early = world.trees[1].module.pk
    assert get(f"/progress?module={uitbuiting}&due_before=2000-01-01", token).json()["count"] == 0
    assert get(f"/progress?module={early}&due_after=2000-01-01", token).json()["count"] == 16
    bad = get("/progress?status=lost&due_before=gisteren", token)
    assert bad.status_code == 422 and {e["loc"][-1] for e in bad.json()["detail"]} == {"status", "due_before"}


def test_certificates_by_code_within_the_scope(world):
    first = world.completions[0]  # klaar0 in Eenheid 1
    code = certificates.certificate_code(first)
    found = get(f"/certificates/{code}", world.tokens["region"]).json()
    assert found["personnel_number"] == "Pklaar0" and found["module_title"] == "Module signalen"
    assert found["expired"] is False and found["score_percent"] == 100
    assert get(f"/certificates/{code}", world.tokens["team"]).status_code == 404
    assert get(f"/certificates/{code[:-1]}0", world.tokens["national"]).status_code == 404


def test_a_conditional_get_with_the_etag_gets_304_until_the_data_changes(world):
    token = world.tokens["region"]
    first = get("/progress", token)
    etag = first["ETag"]
    assert first["Cache-Control"] == "private, no-cache" and "Authorization" in first["Vary"]
    again = get("/progress", token, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    OfficerProfile.objects.filter(personnel_number="Pnog0").update(personnel_number="Pnog0-nieuw")
    changed = get("/progress", token, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_every_call_is_audited_with_its_client(world, caplog):
    client = ApiClient.objects.get(name="HR Eenheid 1")
    with caplog.at_level(logging.INFO, logger="signaal.audit"):
        get("/units?level=4", world.tokens["region"])
        get(f"/units/{world.org.teams[3].pk}", world.tokens["region"])
        get("/units", "sgn_wrong")
        get("/nothing-here", world.tokens["region"])
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("api_call")]
    assert len(lines) == 4
    assert lines[0].startswith(f"api_call client={client.pk} status=200 method=GET path=/api/v1/units query='level=4'")
    assert lines[1].startswith(f"api_call client={client.pk} status=404")
    assert lines[2].startswith("api_call client=None status=401")
    assert lines[3].startswith("api_call client=None status=404")


def test_errors_are_json_with_a_dutch_message(world):
    token = world.tokens["region"]
    assert get("/units/99999999", token).json() == {"detail": "Niet gevonden, of buiten wat deze sleutel mag lezen."}
    assert get("/units/abc", token).status_code == 422
    assert get("/units/99999999999999999999999", token).status_code == 422  # beyond any id
    control = get("/officers/P%00x/modules", token)
    assert control.status_code == 400 and "detail" in control.json()
    assert Client().get("/api/v2/units").json()["detail"]


def test_an_administrator_creates_a_client_sees_the_token_once_and_revokes_it(world, client):
    admin = user_create("beheer", is_superuser=True, is_staff=True)
    client.force_login(admin)
    unit = world.org.districts[1]
    response = client.post("/admin/api-clients/new/", {"name": "Auditdienst", "units": [str(unit.pk)]})
    assert response.status_code == 200 and response["Cache-Control"].startswith("private")
    html = response.content.decode()
    created = ApiClient.objects.get(name="Auditdienst")
    token = html.split('id="api-token" type="text" readonly value="', 1)[1].split('"', 1)[0]
    assert token.startswith("sgn_") and created.token_hash == token_hash(token)
    assert [u["code"] for u in get("/units?level=4", token).json()["items"]] == ["BT21", "BT22"]
    for page in ("/admin/api-clients/", f"/admin/api-clients/edit/{created.pk}/"):
        assert token not in client.get(page).content.decode()  # never shown again
    data = {"name": "Auditdienst", "units": [str(unit.pk)], "revoke": "on"}
    assert client.post(f"/admin/api-clients/edit/{created.pk}/", data).status_code == 302
    assert get("/units", token).status_code == 401


def test_a_client_needs_units_or_national(client, db):
    client.force_login(user_create("beheer", is_superuser=True, is_staff=True))
    before = ApiClient.objects.count()  # the module's shared world may have made some
    response = client.post("/admin/api-clients/new/", {"name": "Zonder scope"})
    assert response.status_code == 200 and ApiClient.objects.count() == before
    assert "Kies een of meer eenheden" in response.content.decode()


def test_a_manager_cannot_manage_api_clients(world, client):
    client.force_login(manager_of(world.org.districts[0], "chef"))
    assert client.get("/admin/api-clients/").status_code in (302, 403)


def test_enumerating_missing_ids_is_rate_limited_with_a_json_answer(settings):
    settings.REQUEST_RATE_LIMITS = {**settings.REQUEST_RATE_LIMITS, "not_found": 3}
    client = Client(HTTP_AUTHORIZATION="Bearer sgn_unknown")
    assert [client.get(f"{API}/nothing/{i}").status_code for i in range(3)] == [404, 404, 404]
    refused = client.get(f"{API}/units/1")
    assert refused.status_code == 429 and refused.json()["detail"].startswith("Te veel verzoeken")
