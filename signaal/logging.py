"""Structured logs: a request id for every request, one JSON line per event on stdout (production).

- RequestIdMiddleware (first in MIDDLEWARE) takes X-Request-ID from a trusted proxy (SIGNAAL_TRUSTED_PROXIES)
  or makes one, returns it in the X-Request-ID response header and logs one "request" line per request.
- RequestIdFilter puts the id on every log record (audit lines, django.request's 500 with its traceback, axes).
- JsonFormatter writes one JSON object per line: time, level, logger, message, request_id, and where known
  method, path, status, user, duration_ms and traceback.
- server_error is handler500: the generic 500 page shows the request id so a user can quote it.

This module imports nothing from Django at load time beyond what logging configuration needs.
"""

import contextlib
import contextvars
import json
import logging
import re
import time
import traceback
import uuid
from datetime import UTC, datetime

_request_id = contextvars.ContextVar("signaal_request_id", default="-")
_VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{8,64}$")
request_log = logging.getLogger("signaal.request")
EXTRA_FIELDS = ("method", "path", "status", "user", "duration_ms", "ip")


def current_request_id() -> str:
    return _request_id.get()


@contextlib.contextmanager
def request_id_bound(value: str):
    """Log under this request id inside the block (the worker: the id of the request that enqueued the task)."""
    token = _request_id.set(value)
    try:
        yield value
    finally:
        _request_id.reset(token)


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        if not getattr(record, "request_id", None):
            record.request_id = _request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record):
        data = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or _request_id.get(),
        }
        request = getattr(record, "request", None)  # django.request and django.security attach it
        if request is not None and hasattr(request, "path"):
            data["method"], data["path"] = request.method, request.path
        if isinstance(getattr(record, "status_code", None), int):
            data["status"] = record.status_code
        for field in EXTRA_FIELDS:
            if hasattr(record, field):
                data[field] = getattr(record, field)
        if record.exc_info:
            data["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        elif record.stack_info:
            data["traceback"] = record.stack_info
        return json.dumps(data, ensure_ascii=False, default=str)


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def _incoming(request) -> str | None:
        from signaal.middleware import request_from_trusted_proxy

        value = request.META.get("HTTP_X_REQUEST_ID", "")
        return value if value and _VALID_ID.match(value) and request_from_trusted_proxy(request) else None

    def __call__(self, request):
        request_id = self._incoming(request) or uuid.uuid4().hex
        request.request_id = request_id
        token = _request_id.set(request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id
            user = getattr(request, "user", None)
            request_log.info(
                "request",
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "user": user.pk if user is not None and user.is_authenticated else None,
                    "duration_ms": round((time.monotonic() - started) * 1000, 1),
                },
            )
            return response
        finally:
            _request_id.reset(token)


def database_unavailable(request, request_id: str):
    """503 with a clear page when the database cannot be reached (down, restarting, failing over).

    Rendered without the request, so nothing on the page touches the database (no user, no menu, no messages).
    The app recovers by itself: every request opens a new connection when the old one is gone.
    """
    from django.http import HttpResponse
    from django.template.loader import render_to_string

    logging.getLogger("signaal").warning("database_unavailable")
    try:
        retry = request.get_full_path() if request is not None and request.method == "GET" else "/"
        retry = retry if retry.startswith("/") and not retry.startswith("//") else "/"
        body = render_to_string("503.html", {"request_id": request_id, "retry_url": retry})
    except Exception:
        logging.getLogger("signaal").exception("503 page could not be rendered")
        body = f"Signaal is even niet bereikbaar. Probeer het over een minuut opnieuw. Foutcode: {request_id}"
    response = HttpResponse(body, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name="500.html"):
    """handler500: the generic page with the request id; falls back to plain text if rendering fails too.

    When the error is that the database cannot be reached, the answer is a 503 that says so (database_unavailable).
    """
    import sys

    from django.db import InterfaceError, OperationalError
    from django.http import HttpResponseServerError
    from django.shortcuts import render

    request_id = getattr(request, "request_id", None) or _request_id.get()
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable(request, request_id)
    try:
        return render(request, template_name, {"request_id": request_id}, status=500)
    except Exception:
        logging.getLogger("signaal").exception("500 page could not be rendered")
        return HttpResponseServerError(
            f"Er ging iets mis. Foutcode: {request_id}", content_type="text/plain; charset=utf-8"
        )
