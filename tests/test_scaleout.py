"""The pieces that let several app servers and workers run side by side, one at a time (issue 12); the whole
topology under failures is tested in tests/topology/."""

import time
from datetime import timedelta

import pytest
import redis
from django.db import OperationalError
from django.test import RequestFactory
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from curriculum import tasks
from signaal.cache import ResilientRedisCache
from signaal.logging import request_id_bound, server_error
from signaal.replica import ReportingReplicaRouter, reporting_reads
from signaal.tasks_backend import request_id_of, stale_tasks_release

REDIS = "redis://127.0.0.1:6379/8"  # this feature's test database on the local Redis


class Unreachable:
    """Stands in for the Redis client while Redis is down."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise redis.exceptions.ConnectionError("Connection refused")

        return fail


def test_with_redis_unreachable_the_cache_serves_from_memory_and_counts():
    cache = ResilientRedisCache("redis://127.0.0.1:1/0", {})  # nothing listens on port 1
    assert cache.available() is False
    cache.set("signaal:test:value", "bewaard")
    assert cache.get("signaal:test:value") == "bewaard"
    assert cache.add("signaal:test:count", 1, timeout=60) is True
    assert cache.incr("signaal:test:count") == 2
    assert cache.get("missing", "default") == "default"


def test_during_an_outage_cached_pages_expire_from_memory_but_counters_keep_their_window():
    cache = ResilientRedisCache("redis://127.0.0.1:1/0", {"FALLBACK_MAX_AGE": 30})
    cache.set("signaal:site-pages:v1", {"menu": {}}, timeout=300)  # another server may change it meanwhile
    cache.set("signaal:module-facts:v1", {"links": []}, timeout=None)
    cache.set("signaal:rate:404:u1", 3, timeout=60)

    def seconds_left(key):
        return cache._fallback._expire_info[cache._fallback.make_key(key)] - time.time()

    assert seconds_left("signaal:site-pages:v1") <= 30
    assert seconds_left("signaal:module-facts:v1") <= 30
    assert 30 < seconds_left("signaal:rate:404:u1") <= 60


def test_when_redis_answers_again_what_changed_meanwhile_is_not_read_back_stale():
    cache = ResilientRedisCache(REDIS, {})
    if not cache.available():
        pytest.skip(f"Redis at {REDIS} is unreachable")
    cache.set("sessie", "ingelogd")
    cache.__dict__["_cache"] = Unreachable()  # Redis goes away
    cache.delete("sessie")  # logged out during the outage: only this process knows
    assert cache.get("sessie") is None
    del cache.__dict__["_cache"]  # Redis is back, still holding the old entry
    cache._outage.down_until = 1.0  # the retry moment has passed
    assert cache.get("sessie") is None  # the stale entry was deleted in Redis before anything was read
    assert redis.Redis.from_url(REDIS).exists(cache.make_key("sessie")) == 0


def test_a_database_that_cannot_be_reached_gives_a_clear_503_page():
    request = RequestFactory().get("/mijn-training/")
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503 and response["Retry-After"] == "30"
    page = response.content.decode()
    assert "Signaal is even niet bereikbaar" in page and 'href="/mijn-training/"' in page


def test_other_errors_keep_the_500_page(rf):
    try:
        raise ValueError("bug")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500


def test_health_endpoints(client, db):
    assert client.get("/healthz/live/").status_code == 200
    response = client.get("/healthz/ready/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "local", "replica": "absent"}


def test_without_a_replica_reports_read_the_primary():
    router = ReportingReplicaRouter()
    assert router.db_for_read(None) is None and router.db_for_write(None) == "default"
    with reporting_reads() as source:
        assert source.alias == "default" and source.as_of is None
        assert router.db_for_read(None) is None
    assert router.allow_migrate("replica", "curriculum") is False


@pytest.mark.django_db
def test_a_task_remembers_the_request_that_enqueued_it(settings):
    settings.TASKS = {"default": {"BACKEND": "signaal.tasks_backend.RequestIdDatabaseBackend"}}
    with request_id_bound("abcdef0123456789"):
        tasks.completions_expire.enqueue()
    row = DBTaskResult.objects.get()
    assert request_id_of(row) == "abcdef0123456789"
    assert row.task_result.args == [] and row.task_result.kwargs == {}


@pytest.mark.django_db
def test_a_task_left_running_by_a_killed_worker_goes_back_in_the_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "signaal.tasks_backend.RequestIdDatabaseBackend"}}
    settings.SIGNAAL_TASK_STALE_SECONDS = 600
    tasks.completions_expire.enqueue()
    tasks.completions_expire.enqueue()
    stale, fresh = DBTaskResult.objects.order_by("enqueued_at")
    for row, started in ((stale, timezone.now() - timedelta(hours=1)), (fresh, timezone.now())):
        row.claim("worker-killed")
        DBTaskResult.objects.filter(pk=row.pk).update(started_at=started)
    assert stale_tasks_release() == 1
    assert dict(DBTaskResult.objects.values_list("pk", "status")) == {stale.pk: "READY", fresh.pk: "RUNNING"}
