import hashlib
import os
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-signaal"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Four eyes as in production: trainers submit, the Redactie publishes (SIGNAAL_ALLOW_DIRECT_PUBLISH stays off;
# tests/test_four_eyes.py switches it on where it checks what a deployment that allows it gets).
# The worker tests (tests/test_worker.py) start real `run_worker` processes with these settings and this switch:
# the database backend, and Django's SMTP backend to the test's SMTP server (EMAIL_HOST/EMAIL_PORT from the env).
if env.get("SIGNAAL_TEST_WORKER"):  # noqa: F405
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# `make test`: SQLite tests use a file, not shared-cache memory, so concurrent-writer tests see real SQLite
# locking (BEGIN IMMEDIATE + busy timeout) as the local mode does. With xdist, pytest-django gives each worker
# its own file (name + "_gw0", ...).
# `make test-fast` (SIGNAAL_TEST_SQLITE=memory): SQLite in memory whatever DATABASE_URL says: a file on the
# tmpfs /dev/shm, so `--reuse-db` keeps the migrated database between runs and file locking stays real.
# Without /dev/shm it is Django's shared-cache memory database (migrated every run; the threaded SQLite test
# skips itself there: shared-cache memory has table locks, not the busy timeout).
SQLITE_IN_MEMORY = False
if os.environ.get("SIGNAAL_TEST_SQLITE") == "memory":
    DATABASES = {"default": database_config(None)}  # noqa: F405
    shm = Path("/dev/shm")  # nosec B108 - a test database in RAM, named per worktree
    if shm.is_dir():
        worktree = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:10]  # noqa: F405
        DATABASES["default"]["TEST"] = {"NAME": str(shm / f"signaal-test-{worktree}.sqlite3")}
    else:
        SQLITE_IN_MEMORY = True
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".pytest-db.sqlite3")}  # noqa: F405
