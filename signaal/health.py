"""Health endpoints for the reverse proxy, the load balancer and the process supervisor (docs/deploy.md).

- `/healthz/live/`: the process answers (no database, no cache). A supervisor restarts a server that fails it.
- `/healthz/ready/`: the server can serve: the primary database answers (else 503, so a load balancer with active
  checks sends no traffic here). The cache and the replica are reported but do not fail it: without Redis the site
  degrades (signaal/cache.py) and without the replica the reports read the primary (signaal/replica.py), so
  taking every app server out of the pool for them would turn a degradation into an outage.

Both are exempt from the https redirect (settings.production) and set no cookies.
"""

from django.core.cache import caches
from django.db import DatabaseError, connections
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from signaal.replica import REPLICA, replica_configured


@never_cache
@require_GET
def live(request):
    return HttpResponse("ok", content_type="text/plain")


def _database(alias: str) -> str:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        connections[alias].close()
        return "unavailable"
    return "ok"


@never_cache
@require_GET
def ready(request):
    cache = caches["default"]
    available = getattr(cache, "available", None)
    checks = {
        "database": _database("default"),
        "cache": ("ok" if available() else "unavailable") if available else "local",
        "replica": _database(REPLICA) if replica_configured() else "absent",
    }
    return JsonResponse(checks, status=200 if checks["database"] == "ok" else 503)
