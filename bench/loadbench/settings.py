"""bench/load.py only: the production settings (PostgreSQL, Redis, DEBUG off, full middleware), except that the
session and CSRF cookies go over plain HTTP on loopback and static files need no collectstatic run."""

from signaal.settings.production import *  # noqa: F403
from signaal.settings.production import STORAGES

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
ROOT_URLCONF = "loadbench.urls"
