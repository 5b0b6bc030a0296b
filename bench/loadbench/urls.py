"""bench/load.py only: the app's URLs plus the bare ceiling — the same middleware and login, one query or one
write, JSON out."""

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
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("INSERT INTO loadbench_hit (user_id, at) VALUES (%s, now())", [request.user.pk])
    return JsonResponse({"progress": _progress(request.user.pk)})


urlpatterns = [path("__bare/read/", bare_read), path("__bare/write/", bare_write), *app_urlpatterns]
