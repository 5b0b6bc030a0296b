"""bench/load.py only: the app's URLs plus the bare ceiling — the same middleware, session and login; one read, or
the writes a quiz submit makes (an attempt row, six answer rows, the progress row upserted) in one transaction; JSON
out. The tables are made by bench/load.py (loadbench_*)."""

from django.contrib.auth.decorators import login_required
from django.db import connection, transaction
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_GET, require_POST

from signaal.urls import urlpatterns as app_urlpatterns


def _progress(user_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT module_id, status, percent FROM curriculum_moduleprogress WHERE user_id = %s", [user_id])
        return cursor.fetchall()


@login_required
@require_GET
def bare_read(request):
    return JsonResponse({"progress": _progress(request.user.pk)})


@login_required
@require_POST
def bare_write(request):
    user = request.user.pk
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("INSERT INTO loadbench_attempt (user_id, at) VALUES (%s, now()) RETURNING id", [user])
        attempt = cursor.fetchone()[0]
        cursor.execute(
            "INSERT INTO loadbench_answer (attempt_id, question, choice) SELECT %s, q, 1 FROM generate_series(1, 6) q",
            [attempt],
        )
        cursor.execute(
            "INSERT INTO loadbench_progress (user_id, attempts, last_activity) VALUES (%s, 1, now()) "
            "ON CONFLICT (user_id) DO UPDATE SET attempts = loadbench_progress.attempts + 1, last_activity = now()",
            [user],
        )
    return JsonResponse({"progress": _progress(user)})


urlpatterns = [path("__bare/read/", bare_read), path("__bare/write/", bare_write), *app_urlpatterns]
