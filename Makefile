# Two commands on a fresh machine: `make run` and `make test`. Both create .venv and install first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: install test-deps run test test-fast demo check lint screenshots

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Ralph, the LRS the xAPI tests send statements to, lives in its own virtualenv (tests/lrs.py).
RALPH_VENV ?= .venv-ralph
$(RALPH_VENV)/.installed: requirements-ralph.txt
	test -x $(RALPH_VENV)/bin/python || $(PYTHON) -m venv $(RALPH_VENV)
	$(RALPH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-ralph.txt
	touch $@

install: $(VENV)/.installed $(RALPH_VENV)/.installed

# The SSO tests' OpenID provider (tests/oidc_provider/: the npm package oidc-provider, run by Node.js 20) is
# installed from its package-lock.json; `make run` never needs it. Without npm the SSO tests fail with a message;
# SIGNAAL_SKIP_SSO=1 skips them (and this step) explicitly.
OIDC_PROVIDER := tests/oidc_provider
$(OIDC_PROVIDER)/node_modules/.package-lock.json: $(OIDC_PROVIDER)/package-lock.json $(OIDC_PROVIDER)/package.json
	npm ci --prefix $(OIDC_PROVIDER) --no-audit --no-fund --loglevel=error
	touch $@

test-deps:
	@if [ "$$SIGNAAL_SKIP_SSO" = "1" ]; then echo "SIGNAAL_SKIP_SSO=1: the SSO test provider is not installed"; \
	elif command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory $(OIDC_PROVIDER)/node_modules/.package-lock.json; \
	else echo "npm not found: the SSO tests will fail (install Node.js 20 and npm, or set SIGNAAL_SKIP_SSO=1)"; fi

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@echo "Signaal: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@echo "Worker: manage.py run_worker runs tasks and the schedule beside the server (mail printed here); Ctrl-C stops both."
	$(PY) manage.py run_worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver 127.0.0.1:$(PORT)

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

# Includes the browser journeys (tests/browser/), which need /usr/bin/chromium; without it they fail with
# a clear message. SIGNAAL_SKIP_BROWSER=1 skips them explicitly.
test: install test-deps
	$(PY) -m pytest

# The developer's loop: no browser, no PostgreSQL-only tests, no crawl, no subprocess or full-migration tests
# (marker slow); SQLite in memory (DATABASE_URL is ignored), one pytest-xdist worker per core (WORKERS=0: none),
# each test file on one worker (--dist loadfile) so rows a module shares (tests/conftest.py module_db) are built once.
# Compiled modules and pytest's rewritten test modules are kept in __pycache__ even where the environment sets
# PYTHONDONTWRITEBYTECODE: without them every worker compiles every test and project module again (about 2.5 s each).
WORKERS ?= auto
test-fast: install test-deps
	PYTHONDONTWRITEBYTECODE= SIGNAAL_TEST_SQLITE=memory SIGNAAL_FUZZ_EXAMPLES=5 $(PY) -m pytest -q -n $(WORKERS) --dist loadfile --reuse-db \
	  -m "not browser and not postgres and not crawl and not slow"

# Re-take the README screenshots (docs/screenshots/*.png) from the demo data, on a real server.
screenshots: install
	$(PY) docs/take_screenshots.py

# ruff (rules in pyproject.toml), ruff format and djhtml: the same checks as .pre-commit-config.yaml.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	git ls-files '*.html' | xargs $(VENV)/bin/djhtml --check

check: install
	$(PY) manage.py check
	DJANGO_SETTINGS_MODULE=signaal.settings.test $(PY) manage.py makemigrations --check --dry-run

.PHONY: prod-like prod-like-down
# The production topology on loopback (docs/deploy.md): nginx (TLS, static files), two gunicorn app servers on the
# production settings, two workers, PostgreSQL primary + streaming replica, Redis; demo content loaded. Needs nginx.
prod-like: install
	$(PY) -m signaal.deploy up --demo

prod-like-down: install
	$(PY) -m signaal.deploy down

.PHONY: bench bench-spray bench-logins load
bench-logins: install  ## 100 logins at once, PBKDF2 against Argon2id, written to bench/README.md
	$(PY) bench/logins.py

load: install  ## the officer journey under load on gunicorn + PostgreSQL + Redis against a bare endpoint
	$(PY) bench/load.py

bench-spray: install  ## guesses per hour one address can spray before the login throttle
	$(PY) bench/spray.py

bench: install  ## build the 65k-officer dataset and measure dashboards on SQLite and PostgreSQL (not part of make test)
	bash bench/run
