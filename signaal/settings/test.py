from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-signaal"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The worker tests (tests/test_worker.py) start real `run_worker` processes with these settings and this switch:
# the database backend, and Django's SMTP backend to the test's SMTP server (EMAIL_HOST/EMAIL_PORT from the env).
if env.get("SIGNAAL_TEST_WORKER"):  # noqa: F405
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# SQLite tests use a file, not shared-cache memory, so concurrent-writer tests see real SQLite
# locking (BEGIN IMMEDIATE + busy timeout) as the local mode does.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".pytest-db.sqlite3")}  # noqa: F405
