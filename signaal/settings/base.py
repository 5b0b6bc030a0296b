"""Settings shared by every environment. Environment-specific values live in dev/test/production."""

import ipaddress
import json
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = os.environ.copy()

INSTALLED_APPS = [
    "home",
    "curriculum",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "signaal.logging.RequestIdMiddleware",
    "signaal.request_memo.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "signaal.middleware.DutchFirstMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "signaal.middleware.PrivateCacheMiddleware",
    "signaal.text_input.TextInputMiddleware",
    "signaal.text_input.MalformedInputMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "curriculum.sso.csp.SignaalCSPMiddleware",
    "signaal.middleware.LoginThrottleMiddleware",
    "signaal.middleware.AuditDenialMiddleware",
    "signaal.middleware.RequestRateMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "signaal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "curriculum.sso.config.sso_context",
            ],
        },
    },
]

WSGI_APPLICATION = "signaal.wsgi.application"


def database_config(url: str | None) -> dict:
    """SQLite by default; any DATABASE_URL (PostgreSQL in CI and production) otherwise.

    SQLite opens write transactions with BEGIN IMMEDIATE and waits up to 20 s for the write
    lock, so concurrent writers queue instead of failing with "database is locked".
    """
    if url:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        if config["ENGINE"] == "django.db.backends.postgresql":
            # Fail fast when the server is down or unreachable (a clear 503 page, signaal/errors.py), not after
            # the operating system's TCP timeout.
            config.setdefault("OPTIONS", {}).setdefault("connect_timeout", int(env.get("DATABASE_CONNECT_TIMEOUT", 3)))
    else:
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config.setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
    return config


DATABASES = {"default": database_config(env.get("DATABASE_URL"))}
# A streaming replica for the managers' reports only (signaal/replica.py); without it everything reads the primary.
if env.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = {**database_config(env["DATABASE_REPLICA_URL"]), "TEST": {"MIRROR": "default"}}
DATABASE_ROUTERS = ["signaal.replica.ReportingReplicaRouter"]
SIGNAAL_REPLICA_MAX_LAG_SECONDS = int(env.get("SIGNAAL_REPLICA_MAX_LAG_SECONDS", 300))  # then: the primary
SIGNAAL_REPLICA_RETRY_SECONDS = int(env.get("SIGNAAL_REPLICA_RETRY_SECONDS", 10))  # after a failed probe
# The signal heat-map shows no figure for a cell with fewer answers, so no officer can be singled out in a small team.
SIGNAAL_SIGNAL_MIN_ANSWERS = int(env.get("SIGNAAL_SIGNAL_MIN_ANSWERS", 10))
# The superuser's national completion report keeps its figures this many seconds (the page says so); 0: always fresh.
SIGNAAL_NATIONAL_REPORT_CACHE_SECONDS = int(env.get("SIGNAAL_NATIONAL_REPORT_CACHE_SECONDS", 60))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Argon2id first (signaal/hashers.py); PBKDF2 and its SHA1 variant stay so existing hashes still verify and are
# re-hashed with Argon2id on the next successful login. Tests use a fast hasher (settings/test.py).
PASSWORD_HASHERS = [
    "signaal.hashers.SignaalArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
]

# axes first (refuses locked accounts), then the password policy (SIGNAAL_PASSWORD_LOGIN), then passwords, then
# single sign-on (curriculum/sso/backends.py: it acts only on the OpenID Connect callback, never on a password form).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "curriculum.sso.backends.PasswordPolicyBackend",
    "django.contrib.auth.backends.ModelBackend",
    "curriculum.sso.backends.SignaalOIDCBackend",
]

# The client address: X-Forwarded-For is believed only when REMOTE_ADDR is one of these proxies (IPs or
# CIDRs, comma-separated in the environment); hops are read right to left, skipping trusted ones
# (signaal.middleware.client_ip). Empty: REMOTE_ADDR is the client. Used by every per-client control,
# django-axes and the audit log.
SIGNAAL_TRUSTED_PROXIES = [p.strip() for p in env.get("SIGNAAL_TRUSTED_PROXIES", "").split(",") if p.strip()]
for _proxy in SIGNAAL_TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"SIGNAAL_TRUSTED_PROXIES: {_proxy!r} is not an IP address or CIDR range."
        ) from error
AXES_CLIENT_IP_CALLABLE = "signaal.middleware.client_ip"

# Login protection (django-axes). Police stations share one public IP, so lock per *username*
# (never per IP, which would lock a whole station), with a cool-off; a separate per-address throttle
# (signaal.middleware.LoginThrottleMiddleware) bounds password spraying: after LOGIN_IP_FAILURE_LIMIT
# distinct accounts failed from one address, a login there without a device cookie for the account (set on
# each successful login) gets the step-up page: a right password mails a one-time login link, so nobody with
# the right password is refused and a sprayer learns nothing from a right guess.
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "signaal.text_input.axes_username"
# axes.W006 warns that username-only locking can be bypassed by rotating IPs; the per-IP throttle
# covers that, and adding ip_address would let anyone lock a whole station out.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
LOGIN_IP_FAILURE_LIMIT = 30  # distinct accounts failed per address per window before the step-up (unknown devices)
LOGIN_IP_WINDOW_SECONDS = 15 * 60
# A throttled address gets a mailed one-time login link instead of a refusal; it is valid this long.
LOGIN_LINK_MAX_AGE = 15 * 60

# Per user (or client address) per minute; beyond it: 429 (signaal.middleware.RequestRateMiddleware).
# "not_found" stops id enumeration: after that many 404s in a minute every request is refused for the rest of
# it, except logging in and out.
REQUEST_RATE_LIMITS = {"export": 10, "report": 120, "search": 60, "not_found": 60}

# Sessions read from the cache (Redis in production), written through to the database: one query less on
# every request, and nothing lost when the cache is flushed.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 12 * 60 * 60  # one shift
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True  # no script reads it; the switch is a form POST

# Content Security Policy (django-csp 4): no inline script anywhere on the officer site.
# The Wagtail admin is excluded because its editor needs its own relaxations; it keeps
# X-Frame-Options and Wagtail's own protections.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    },
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Privacy (AVG): how long the answers officers chose are kept. Scores, attempts and completions stay;
# `manage.py apply_retention` clears older answers (the worker's schedule runs it daily at 03:00).
ATTEMPT_ANSWER_RETENTION_DAYS = int(env.get("ATTEMPT_ANSWER_RETENTION_DAYS", 730))

# E-mail (password reset links, reminders, digests). Django's SMTP backend with the server from the environment;
# dev prints mails, tests keep them (or send them to a real SMTP server on loopback).
DEFAULT_FROM_EMAIL = env.get("DEFAULT_FROM_EMAIL", "Signaal <noreply@signaal.example>")
EMAIL_HOST = env.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env.get("EMAIL_PORT", 25))
EMAIL_USE_TLS = env.get("EMAIL_USE_TLS", "").lower() in {"1", "true", "yes", "on"}
EMAIL_HOST_USER, EMAIL_HOST_PASSWORD = env.get("EMAIL_HOST_USER", ""), env.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = env.get("EMAIL_USE_SSL", "").lower() in {"1", "true", "yes", "on"}
EMAIL_TIMEOUT = int(env.get("EMAIL_TIMEOUT", 30))  # seconds; an unreachable server delays mail, never a worker
PASSWORD_RESET_TIMEOUT = 3 * 24 * 60 * 60  # the reset pages and mail say "drie dagen"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/login/"

# Dutch first, English second.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", BASE_DIR / "media"))  # shared by every app server (docs/deploy.md)
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor can post many fields; keep a ceiling all the same.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 20

# Redis when REDIS_URL is set: sessions (cached_db), the login throttle, rate limits and page facts are shared by
# every app server. signaal/cache.py keeps the site up when Redis is down (per-process fallback, docs/deploy.md).
CACHES = {
    "default": (
        {"BACKEND": "signaal.cache.ResilientRedisCache", "LOCATION": env["REDIS_URL"]}
        if env.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Background work: django-tasks' database backend (django-tasks-db); `manage.py run_worker` runs the jobs and the
# schedule (curriculum/services/schedule.py). Tests use the immediate backend except the worker tests.
# Each task row carries the id of the request that enqueued it, and the worker logs under that id
# (signaal/tasks_backend.py). A task left RUNNING this long (its worker was killed) is run again.
TASKS = {"default": {"BACKEND": "signaal.tasks_backend.RequestIdDatabaseBackend"}}
SIGNAAL_TASK_STALE_SECONDS = int(env.get("SIGNAAL_TASK_STALE_SECONDS", 15 * 60))

WAGTAIL_SITE_NAME = "Signaal"
# Links in Wagtail's own mails (moderation, workflow): the configured public address, never a fixed host.
WAGTAILADMIN_BASE_URL = (
    env.get("WAGTAILADMIN_BASE_URL") or env.get("SIGNAAL_BASE_URL") or "http://127.0.0.1:8000"
).rstrip("/")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# No autosave: on a new page it created the page in the background (orphan drafts, a slug error on the hidden
# "Eigenschappen" tab when starting again). Trainers save a draft or submit on purpose; leaving with unsaved
# changes still warns. Set e.g. 500 (ms) to turn it back on.
WAGTAIL_AUTOSAVE_INTERVAL = int(env.get("WAGTAIL_AUTOSAVE_INTERVAL", 0))
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # permission-checked, served with a sandboxing CSP
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]  # no SVG (script)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_I18N_ENABLED = False

# Demo accounts are created by `manage.py load_demo` only. Their password comes from
# DEMO_PASSWORD, else this documented default (refused by production settings).
DEMO_PASSWORD_DEFAULT = "signaal-demo-2017"
DEMO_PASSWORD = env.get("DEMO_PASSWORD", DEMO_PASSWORD_DEFAULT)
ALLOW_DEMO_DATA = True

# Development and tests: plain lines on stderr, with the request id. Production replaces this with one JSON
# line per event on stdout (signaal/settings/production.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "signaal.logging.RequestIdFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["request_id"]}},
    "loggers": {
        "signaal": {"handlers": ["console"], "level": env.get("SIGNAAL_LOG_LEVEL", "INFO")},
        "signaal.request": {"level": "WARNING"},  # one line per request only in production
        "axes": {"handlers": ["console"], "level": "WARNING"},
    },
}

# The admin never calls out: no avatars from Gravatar (that sends a hash of every user's e-mail address to a
# third party) and no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The time zones an admin user may choose in their account: the Netherlands and the Caribbean Netherlands.
# (Wagtail's default lists every zoneinfo name, "localtime" included on Debian, which browsers refuse.)
WAGTAIL_USER_TIME_ZONES = ["Europe/Amsterdam", "America/Kralendijk"]

# --- The programme's rhythm (worker, schedule, reminders, digests: curriculum/services/schedule.py,
# curriculum/services/notifications.py). Every mail is recorded in SentMail before it is sent.
_on = lambda name, default="1": env.get(name, default).lower() in {"1", "true", "yes", "on"}  # noqa: E731
SIGNAAL_BASE_URL = env.get("SIGNAAL_BASE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")  # absolute links in mails
# Four eyes: trainers submit to the Redactie, who publish. "1" lets trainers publish small fixes themselves
# (never over an open change request); applied to the groups by roles_sync (load_demo, migrate).
SIGNAAL_ALLOW_DIRECT_PUBLISH = _on("SIGNAAL_ALLOW_DIRECT_PUBLISH", "0")
SIGNAAL_MAIL_REMINDERS = _on("SIGNAAL_MAIL_REMINDERS")  # officers: before, on and after the due date
SIGNAAL_MAIL_DIGESTS = _on("SIGNAAL_MAIL_DIGESTS")  # managers: weekly digest per unit they lead
SIGNAAL_MAIL_REVIEW_DIGESTS = _on("SIGNAAL_MAIL_REVIEW_DIGESTS")  # trainers, moderators: modules due for review
SIGNAAL_REVIEW_DIGEST_DAYS = int(env.get("SIGNAAL_REVIEW_DIGEST_DAYS", 30))  # horizon, as "Herziening nodig"
SIGNAAL_REMINDER_DAYS_BEFORE = int(env.get("SIGNAAL_REMINDER_DAYS_BEFORE", 7))
SIGNAAL_REMINDER_OVERDUE_EVERY_DAYS = int(env.get("SIGNAAL_REMINDER_OVERDUE_EVERY_DAYS", 7))
SIGNAAL_REMINDER_BATCH = int(env.get("SIGNAAL_REMINDER_BATCH", 2000))  # progress rows per transaction
# Retry back-off for mail the SMTP server did not take (seconds, the last one repeats): never dropped.
SIGNAAL_MAIL_BACKOFF = [60, 300, 1800, 7200, 21600]
# A mail left "sending" this long (its worker died mid-send) is sent again: at-least-once for that one mail.
SIGNAAL_MAIL_SENDING_STALE_SECONDS = int(env.get("SIGNAAL_MAIL_SENDING_STALE_SECONDS", 10 * 60))
SIGNAAL_SCHEDULE_ENABLED = _on("SIGNAAL_SCHEDULE_ENABLED")  # run_worker also runs the schedule
# Managers may assign a module (with a due date) to a unit they lead, never beyond their subtree. "0" turns it off.
SIGNAAL_MANAGERS_MAY_ASSIGN = env.get("SIGNAAL_MANAGERS_MAY_ASSIGN", "1").strip().lower() not in ("0", "false", "off")
# --- end of the programme's rhythm

# --- Single sign-on: OpenID Connect with mozilla-django-oidc (docs/sso.md). Off unless OIDC_RP_CLIENT_ID
# and a provider (SIGNAAL_OIDC_DISCOVERY_URL, or the issuer and endpoints) are set: then the site works with local
# accounts only, exactly as without this section. `manage.py check` refuses a half-made configuration.
SIGNAAL_OIDC_DISCOVERY_URL = env.get("SIGNAAL_OIDC_DISCOVERY_URL", "").strip()
SIGNAAL_OIDC_ISSUER = env.get("SIGNAAL_OIDC_ISSUER", "").strip()  # required without discovery; checked in tokens
OIDC_OP_AUTHORIZATION_ENDPOINT = env.get("OIDC_OP_AUTHORIZATION_ENDPOINT", "").strip()  # each endpoint set here
OIDC_OP_TOKEN_ENDPOINT = env.get("OIDC_OP_TOKEN_ENDPOINT", "").strip()  # overrides the discovery document's
OIDC_OP_USER_ENDPOINT = env.get("OIDC_OP_USER_ENDPOINT", "").strip()
OIDC_OP_JWKS_ENDPOINT = env.get("OIDC_OP_JWKS_ENDPOINT", "").strip()
SIGNAAL_OIDC_LOGOUT_ENDPOINT = env.get("SIGNAAL_OIDC_LOGOUT_ENDPOINT", "").strip()  # end_session_endpoint
OIDC_RP_CLIENT_ID = env.get("OIDC_RP_CLIENT_ID", "").strip()
OIDC_RP_CLIENT_SECRET = env.get("OIDC_RP_CLIENT_SECRET", "")
OIDC_RP_SCOPES = env.get("OIDC_RP_SCOPES", "openid profile email")
OIDC_RP_SIGN_ALGO = env.get("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_TOKEN_USE_BASIC_AUTH = _on("OIDC_TOKEN_USE_BASIC_AUTH", "0")  # client_secret_basic instead of _post
OIDC_USE_PKCE = True  # authorization code flow with PKCE (S256), state and nonce: not configurable
OIDC_USE_NONCE = True
OIDC_PKCE_CODE_CHALLENGE_METHOD = "S256"
OIDC_STORE_ID_TOKEN = True  # the id_token_hint for RP-initiated logout
OIDC_TIMEOUT = int(env.get("OIDC_TIMEOUT", 10))  # seconds per call to the provider
OIDC_VERIFY_SSL = True
SIGNAAL_OIDC_USE_USERINFO = _on("SIGNAAL_OIDC_USE_USERINFO")  # merge the userinfo claims into the ID token's
SIGNAAL_OIDC_CLOCK_SKEW = int(env.get("SIGNAAL_OIDC_CLOCK_SKEW", 60))  # seconds of leeway for exp / iat
SIGNAAL_OIDC_DISCOVERY_CACHE_SECONDS = 60 * 60  # discovery document and signing keys (refetched on an unknown kid)
# Which claim carries what. An empty unit claim: units are not taken from the provider (only imported officers
# log in); an empty managed-units claim (the default): managers' units stay as set in the admin.
SIGNAAL_OIDC_CLAIMS = {
    "personnel_number": env.get("SIGNAAL_OIDC_CLAIM_PERSONNEL_NUMBER", "personnel_number").strip(),
    "name": env.get("SIGNAAL_OIDC_CLAIM_NAME", "name").strip(),
    "email": env.get("SIGNAAL_OIDC_CLAIM_EMAIL", "email").strip(),
    "unit": env.get("SIGNAAL_OIDC_CLAIM_UNIT", "unit_code").strip(),
    "groups": env.get("SIGNAAL_OIDC_CLAIM_GROUPS", "groups").strip(),
    "managed_units": env.get("SIGNAAL_OIDC_CLAIM_MANAGED_UNITS", "").strip(),
}
# Provider group → Signaal group(s), as JSON: {"GG-Signaal-Leidinggevenden": "Leidinggevenden", ...}. Only the four
# role groups may be targets (curriculum/domain/roles.py). The provider decides membership of every target group and of
# the default groups (everyone who logs in is in those); a group it no longer sends is removed at the next login.
try:
    SIGNAAL_OIDC_GROUP_MAP = json.loads(env.get("SIGNAAL_OIDC_GROUP_MAP", "") or "{}")
except ValueError as error:
    raise ImproperlyConfigured(f"SIGNAAL_OIDC_GROUP_MAP is not valid JSON: {error}") from error
if not isinstance(SIGNAAL_OIDC_GROUP_MAP, dict):
    raise ImproperlyConfigured("SIGNAAL_OIDC_GROUP_MAP must be a JSON object: provider group → Signaal group(s).")
SIGNAAL_OIDC_DEFAULT_GROUPS = [
    g.strip() for g in env.get("SIGNAAL_OIDC_DEFAULT_GROUPS", "Agenten").split(",") if g.strip()
]
SIGNAAL_OIDC_PROVIDER_NAME = env.get("SIGNAAL_OIDC_PROVIDER_NAME", "").strip()  # on the button: "Inloggen met …"
# "all": everyone may log in with a password (the default); "superusers": only superusers, everyone else through
# SSO (the login page then offers only SSO; password reset and change are refused for everyone else).
SIGNAAL_PASSWORD_LOGIN = env.get("SIGNAAL_PASSWORD_LOGIN", "all").strip().lower()
if SIGNAAL_PASSWORD_LOGIN == "superusers":
    WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # no password change or reset in the Wagtail admin either
# --- end of single sign-on

# --- The read API (/api/v1/, docs/api.md; curriculum/api/)
NINJA_PAGINATION_MAX_LIMIT = 500

# --- xAPI statements to a Learning Record Store (docs/xapi.md; curriculum/domain/xapi.py, curriculum/services/xapi.py).
# Off while SIGNAAL_XAPI_ENDPOINT is empty: then no statement is queued (manage.py xapi_backfill catches up later).
SIGNAAL_XAPI_ENDPOINT = env.get("SIGNAAL_XAPI_ENDPOINT", "").rstrip("/")  # the LRS's xAPI base, e.g. …/xAPI
SIGNAAL_XAPI_USERNAME = env.get("SIGNAAL_XAPI_USERNAME", "")  # HTTP Basic credentials of Signaal at the LRS
SIGNAAL_XAPI_PASSWORD = env.get("SIGNAAL_XAPI_PASSWORD", "")
# The key of the actor's pseudonym (HMAC-SHA256 of the user id). Empty: derived from SECRET_KEY. Changing it gives
# every officer a new pseudonym in the LRS.
SIGNAAL_XAPI_ACTOR_KEY = env.get("SIGNAAL_XAPI_ACTOR_KEY", "")
SIGNAAL_XAPI_TIMEOUT = float(env.get("SIGNAAL_XAPI_TIMEOUT", 10))  # seconds per request to the LRS
SIGNAAL_XAPI_BATCH = int(env.get("SIGNAAL_XAPI_BATCH", 100))  # statements per POST
# Retry back-off when the LRS is down or refuses (seconds, the last one repeats): a statement is never dropped.
SIGNAAL_XAPI_BACKOFF = [60, 300, 1800, 7200, 21600]
# Statements left "sending" this long (their worker died mid-send) are sent again; the LRS de-duplicates by id.
SIGNAAL_XAPI_SENDING_STALE_SECONDS = int(env.get("SIGNAAL_XAPI_SENDING_STALE_SECONDS", 10 * 60))
