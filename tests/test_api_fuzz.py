"""The read API against its own OpenAPI schema (schemathesis), and a scoped token that enumerates ids (issue 15).

schemathesis generates requests from /api/v1/openapi.json (valid and invalid parameters, odd strings, huge
numbers) and checks every answer: no 5xx, status codes, content types and bodies as the schema says. A token
scoped to Eenheid 1 does the fuzzing, and one more check fails any 200 that shows a unit or an officer outside it.
"""

import os

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from curriculum.models import ModuleCompletion, ModulePage, OfficerProfile, Unit
from curriculum.selectors import certificates
from tests.factories import api_world_create

# Cases per endpoint: 25 in `make test` and CI; `make test-fast` asks for 5 (SIGNAAL_FUZZ_EXAMPLES) to stay quick.
EXAMPLES = int(os.environ.get("SIGNAAL_FUZZ_EXAMPLES", "25"))

pytestmark = pytest.mark.django_db
API = "/api/v1"


@pytest.fixture
def world(db, settings):
    # The per-address 404 limit (RequestRateMiddleware) would answer most fuzzed requests with 429 after the
    # first 60 misses; it has its own test (tests/test_security.py). Raised here so the fuzzing reaches the API.
    settings.REQUEST_RATE_LIMITS = {**settings.REQUEST_RATE_LIMITS, "not_found": 10**6}
    return api_world_create(teams=(0, 2))


@pytest.fixture
def wsgi_app():
    """Django's WSGI application in this process, on the test's database connection. Like Django's test client,
    it keeps the connection open at the end of each request (the test transaction holds the data)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)


def _in_scope(world):
    region = world.org.regions[0]
    units = set(Unit.objects.filter(path__startswith=region.path).values_list("pk", flat=True))
    numbers = set(OfficerProfile.objects.filter(unit_id__in=units).values_list("personnel_number", flat=True))
    return units, numbers


def _values(body, key):
    if isinstance(body, dict):
        for k, v in body.items():
            if k == key:
                yield v
            yield from _values(v, key)
    elif isinstance(body, list):
        for item in body:
            yield from _values(item, key)


def _unit_ids(path: str, body) -> set:
    found = set(_values(body, "unit_id"))
    if path.startswith(f"{API}/units"):
        found |= set(_values(body, "id"))
    if path.startswith(f"{API}/completion"):
        found.add(body["unit"]["id"])
    return found - {None}


def test_the_api_answers_as_its_schema_says_and_never_outside_the_tokens_scope(world, wsgi_app):
    units, numbers = _in_scope(world)
    headers = {"Authorization": f"Bearer {world.tokens['region']}"}

    def within_scope(ctx, response, case):
        if response.status_code != 200 or case.path == "/api/v1/openapi.json":
            return None
        body = response.json()
        leaked_units = _unit_ids(case.formatted_path, body) - units
        leaked_numbers = set(_values(body, "personnel_number")) - numbers
        assert not leaked_units and not leaked_numbers, (case.formatted_path, leaked_units, leaked_numbers)
        return None

    schema = schemathesis.openapi.from_wsgi(f"{API}/openapi.json", wsgi_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 8

    for operation in operations:  # one hypothesis run per endpoint, on one data set (built once: it is slow)

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )
        def fuzz(case):
            case.call_and_validate(headers=headers, additional_checks=[within_scope])

        fuzz()


def test_a_scoped_token_enumerating_every_id_reads_nothing_outside_its_scope(world):
    units, numbers = _in_scope(world)
    client = Client(HTTP_AUTHORIZATION=f"Bearer {world.tokens['region']}")
    missing = client.get(f"{API}/units/{10**12}").json()
    every_unit = list(Unit.objects.values_list("pk", flat=True)) + [10**12]
    for pk in every_unit:
        for path in (f"/units/{pk}", f"/completion?unit={pk}", f"/progress?unit={pk}", f"/units?parent={pk}"):
            response = client.get(API + path)
            if pk in units:
                assert response.status_code == 200, path
            else:  # answered exactly like an id that does not exist
                assert (response.status_code, response.json()) == (404, missing), path
    for number in OfficerProfile.objects.values_list("personnel_number", flat=True):
        response = client.get(f"{API}/officers/{number}/modules")
        assert response.status_code == (200 if number in numbers else 404), number
        if number not in numbers:
            assert response.json() == missing
    for completion in ModuleCompletion.objects.select_related("user__officer_profile"):
        inside = completion.user.officer_profile.personnel_number in numbers
        response = client.get(f"{API}/certificates/{certificates.certificate_code(completion)}")
        assert response.status_code == (200 if inside else 404)
    for module in ModulePage.objects.all():
        for path in (f"/progress?module={module.pk}&limit=500", f"/completion?module={module.pk}"):
            body = client.get(API + path).json()
            assert set(_values(body, "personnel_number")) <= numbers and _unit_ids(path, body) <= units
    everything = client.get(f"{API}/progress?limit=500").json()
    assert {i["personnel_number"] for i in everything["items"]} == {n for n in numbers if n}
    assert {i["id"] for i in client.get(f"{API}/units?limit=500").json()["items"]} == units
