"""Request-level protections: a per-IP login throttle against password spraying, and audit lines for denials."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

audit = logging.getLogger("signaal.audit")
LOGIN_PATHS = ("/login/", "/admin/login/")


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _throttle_key(ip: str) -> str:
    return f"signaal:login-fail:{ip}"


def _hit(key: str, window: int) -> int:
    """Count one event in a fixed window (shared cache: Redis in production)."""
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=window)
        return 1


def login_failure_count_increment(request) -> None:
    """Called on every failed login (signal in curriculum.audit)."""
    if request is not None:
        _hit(_throttle_key(client_ip(request)), settings.LOGIN_IP_WINDOW_SECONDS)


class LoginThrottleMiddleware:
    """Answer login POSTs with 429 once one IP has failed too often (spraying), without locking accounts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path in LOGIN_PATHS:
            failures = cache.get(_throttle_key(client_ip(request)), 0)
            if failures >= settings.LOGIN_IP_FAILURE_LIMIT:
                audit.warning("login_throttled ip=%s path=%s", client_ip(request), request.path)
                return render(request, "registration/locked_out.html", {"throttled": True}, status=429)
        return self.get_response(request)


class AuditDenialMiddleware:
    """Log every refused request (403/429) with who, where and what."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code in (403, 429):
            user = getattr(request, "user", None)
            audit.warning(
                "authorization_denied status=%s user=%s ip=%s method=%s path=%s",
                response.status_code,
                getattr(user, "pk", None),
                client_ip(request),
                request.method,
                request.path,
            )
        return response


class DutchFirstMiddleware:
    """Dutch unless the user chose English with the language switch (cookie).

    Runs before LocaleMiddleware and hides the browser's Accept-Language: a phone set to English
    should not turn a Dutch police training into English by itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)


class RequestRateMiddleware:
    """429 for clients that hammer costly endpoints (exports, reports, search) or enumerate ids (many 404s).

    Limits are per user (or per IP when anonymous) per minute; see REQUEST_RATE_LIMITS in settings.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def _who(request) -> str:
        user = getattr(request, "user", None)
        return f"u{user.pk}" if user is not None and user.is_authenticated else f"ip{client_ip(request)}"

    def _costly(self, request) -> str | None:
        if "export" in request.GET:
            return "export"
        if request.path.startswith("/admin/reports/"):
            return "report"
        if request.path.startswith("/zoeken/"):
            return "search"
        return None

    def _refuse(self, request, kind):
        audit.warning("rate_limited kind=%s who=%s path=%s", kind, self._who(request), request.path)
        return render(request, "429.html", status=429)

    def __call__(self, request):
        limits = settings.REQUEST_RATE_LIMITS
        who = self._who(request)
        if cache.get(f"signaal:rate:404:{who}", 0) >= limits["not_found"]:
            return self._refuse(request, "not_found")
        kind = self._costly(request)
        if kind and _hit(f"signaal:rate:{kind}:{who}", 60) > limits[kind]:
            return self._refuse(request, kind)
        response = self.get_response(request)
        if response.status_code == 404:
            _hit(f"signaal:rate:404:{who}", 60)
        return response
