"""Production settings: everything secret or host-specific comes from the environment.

The process refuses to start without SECRET_KEY and ALLOWED_HOSTS, or with DEBUG on.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env


def _required(name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


if env.get("DEBUG", "").lower() in {"1", "true", "yes", "on"}:
    raise ImproperlyConfigured("DEBUG must be off in production.")
DEBUG = False
SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o for o in env.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]
# Links in mail (reminders, digests): the public address; without SIGNAAL_BASE_URL, https on the first host.
SIGNAAL_BASE_URL = (env.get("SIGNAAL_BASE_URL") or f"https://{ALLOWED_HOSTS[0]}").rstrip("/")
# Wagtail's moderation and workflow mails link to the same public address.
WAGTAILADMIN_BASE_URL = (env.get("WAGTAILADMIN_BASE_URL") or SIGNAAL_BASE_URL).rstrip("/")

# Demo data and the demo password are for local use only.
ALLOW_DEMO_DATA = False
DEMO_PASSWORD = None

# The app servers are reachable only through the reverse proxy, which sets X-Forwarded-Proto (docs/deploy.md): a
# client that reaches gunicorn directly could claim https. The proxy's health checks use plain http.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_REDIRECT_EXEMPT = [r"^healthz/"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# One JSON line per event on stdout (the platform's log collector reads it): every request with its request id,
# audit events, axes, Django's warnings and every 500 with its traceback (signaal/logging.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "signaal.logging.RequestIdFilter"}},
    "formatters": {"json": {"()": "signaal.logging.JsonFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["stdout"], "level": "WARNING"},
    "loggers": {
        "django": {"level": "WARNING"},  # django.request: 4xx as WARNING, 500 as ERROR with the traceback
        "signaal": {"level": env.get("SIGNAAL_LOG_LEVEL", "INFO")},
        "axes": {"level": "WARNING"},
    },
}

# A caching proxy in front (Varnish, nginx with a purge module, a CDN): Wagtail purges a page's URLs when it is
# published or unpublished, from the worker (docs/deploy.md). Only anonymous pages can be cached: every page for a
# logged-in user is private, no-store.
if env.get("SIGNAAL_FRONTEND_CACHE_URL"):
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env["SIGNAAL_FRONTEND_CACHE_URL"],
        }
    }
