"""bench/load.py only: the production settings (PostgreSQL, Redis, DEBUG off, full middleware) behind the
topology's proxy, plus the bare ceiling endpoints (bench/loadbench/urls.py)."""

from signaal.settings.production import *  # noqa: F403

ROOT_URLCONF = "loadbench.urls"
