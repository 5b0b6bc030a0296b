"""Request-level protections: the client address behind trusted proxies, a login throttle against password
spraying that never locks out a returning user, rate limits, private caching, and audit lines for denials."""

import functools
import hashlib
import ipaddress
import logging

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

audit = logging.getLogger("signaal.audit")
LOGIN_PATHS = ("/login/", "/admin/login/")
# Never refused by the 404 rate limit: a client that hit many 404s can still log in and out.
RATE_EXEMPT_PATHS = (*LOGIN_PATHS, "/logout/", "/oidc/authenticate/", "/oidc/callback/")
DEVICE_COOKIE = "signaal_apparaat"
DEVICE_SALT = "signaal.device-cookie"
DEVICE_MAX_AGE = 90 * 24 * 60 * 60
DEVICE_MAX_ACCOUNTS = 20  # a shared station PC remembers this many accounts


# ---------------------------------------------------------------- client address


@functools.lru_cache(maxsize=16)
def _networks(spec: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(s.strip(), strict=False) for s in spec if s.strip())


def _parse(value: str):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    return address is not None and any(address.version == n.version and address in n for n in networks)


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or, when REMOTE_ADDR is a trusted proxy (SIGNAAL_TRUSTED_PROXIES,
    IPs or CIDRs), the right-most X-Forwarded-For hop that is not itself a trusted proxy.

    Hops left of the first untrusted one were written by the client and are ignored (a forged header cannot
    pick an address). Used by every per-client control, django-axes (AXES_CLIENT_IP_CALLABLE) and the audit log.
    """
    if request is None:
        return ""
    cached = getattr(request, "_signaal_client_ip", None)
    if cached is not None:
        return cached
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(getattr(settings, "SIGNAAL_TRUSTED_PROXIES", ())))
    address = _parse(remote)
    if networks and _trusted(address, networks):
        for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
            parsed = _parse(hop)
            if parsed is None:
                break  # garbage: keep the last hop a trusted proxy vouched for
            address = parsed
            if not _trusted(parsed, networks):
                break
    result = str(address) if address is not None else remote
    try:
        request._signaal_client_ip = result
    except AttributeError:
        pass
    return result


def request_from_trusted_proxy(request) -> bool:
    networks = _networks(tuple(getattr(settings, "SIGNAAL_TRUSTED_PROXIES", ())))
    return bool(networks) and _trusted(_parse(request.META.get("REMOTE_ADDR", "")), networks)


# ---------------------------------------------------------------- login throttle


def _hit(key: str, window: int) -> int:
    """Count one event in a fixed window (shared cache: Redis in production)."""
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=window)
        return 1


def _throttle_key(ip: str) -> str:
    return f"signaal:login-fail:{ip}"


def _account_tag(username: str) -> str:
    return salted_hmac(DEVICE_SALT, (username or "").strip().lower()).hexdigest()[:20]


def login_failure_count_increment(request, username: str = "") -> None:
    """Called on every failed login (signal in signaal.audit): counts *distinct accounts* failed per address.

    Repeated failures on one account are django-axes' business (per-account lockout); this counter is about
    spraying, so one account counts once per window.
    """
    if request is None:
        return
    ip = client_ip(request)
    window = settings.LOGIN_IP_WINDOW_SECONDS
    account = hashlib.sha256((username or "").strip().lower().encode()).hexdigest()[:16]
    if cache.add(f"{_throttle_key(ip)}:{account}", 1, timeout=window):
        _hit(_throttle_key(ip), window)


def _device_accounts(request) -> list[str]:
    try:
        tags = signing.loads(request.COOKIES.get(DEVICE_COOKIE, ""), salt=DEVICE_SALT, max_age=DEVICE_MAX_AGE)
    except (signing.BadSignature, ValueError):
        return []
    return [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []


def device_remember(request, response, username) -> None:
    """Set the signed device cookie that lets this browser log in to `username` from a throttled address."""
    tag = _account_tag(username)
    tags = [tag] + [t for t in _device_accounts(request) if t != tag][: DEVICE_MAX_ACCOUNTS - 1]
    response.set_cookie(
        DEVICE_COOKIE,
        signing.dumps(tags, salt=DEVICE_SALT),
        max_age=DEVICE_MAX_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


class LoginThrottleMiddleware:
    """Bound password spraying per client address without ever refusing the right person.

    Once one address has failed against LOGIN_IP_FAILURE_LIMIT distinct accounts in LOGIN_IP_WINDOW_SECONDS,
    a login POST from it without a device cookie for that account (set, signed, on every successful login:
    OWASP "device cookies") does not log in directly: it gets the step-up page, the same for a right and a wrong
    password, and a right password mails a one-time login link (curriculum/views/login_link.py). A returning
    officer logs in as usual; a first-time officer logs in through the mail; a sprayer learns nothing from a
    right guess. Per-account lockout (axes) applies to everyone, device cookie or not.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        login_post = request.method == "POST" and request.path in LOGIN_PATHS
        if login_post:
            ip = client_ip(request)
            if cache.get(_throttle_key(ip), 0) >= settings.LOGIN_IP_FAILURE_LIMIT:
                if _account_tag(request.POST.get("username", "")) not in _device_accounts(request):
                    from curriculum.views.login_link import login_step_up

                    audit.warning("login_step_up ip=%s path=%s", ip, request.path)
                    return login_step_up(request)
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if login_post and response.status_code == 302 and user is not None and user.is_authenticated:
            device_remember(request, response, user.get_username())
        return response


# ---------------------------------------------------------------- audit, language, caching, rates


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


class PrivateCacheMiddleware:
    """Every response to a logged-in user is `Cache-Control: private, no-store` (names, answers, certificates).

    A view opts out by setting its own Cache-Control (Wagtail's page serving sets one and is left alone).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response


class RequestRateMiddleware:
    """429 for clients that hammer costly endpoints (exports, reports, search) or enumerate ids (many 404s).

    Limits are per user (or per client address when anonymous) per minute; see REQUEST_RATE_LIMITS. The 404
    limit never blocks logging in or out (RATE_EXEMPT_PATHS), so an anonymous neighbour cannot shut the door.
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
        if request.path.startswith("/api/"):  # the read API answers in JSON
            return JsonResponse({"detail": _("Te veel verzoeken; probeer het over een minuut opnieuw.")}, status=429)
        context = {"kind": kind, "limit": settings.REQUEST_RATE_LIMITS[kind]}
        return render(request, "429.html", context, status=429)

    def __call__(self, request):
        limits = settings.REQUEST_RATE_LIMITS
        who = self._who(request)
        exempt = request.path in RATE_EXEMPT_PATHS
        if not exempt and cache.get(f"signaal:rate:404:{who}", 0) >= limits["not_found"]:
            return self._refuse(request, "not_found")
        kind = self._costly(request)
        if kind and _hit(f"signaal:rate:{kind}:{who}", 60) > limits[kind]:
            return self._refuse(request, kind)
        response = self.get_response(request)
        if response.status_code == 404 and not exempt:
            _hit(f"signaal:rate:404:{who}", 60)
        return response
