# The two set-up commands: `make run` serves the demo site, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Front-end packages: Leaflet (served by us) and axe-core (browser tests), never from a CDN.
NODE_STAMP := node_modules/.installed-stamp

.PHONY: install run test lint format check bench

install: $(STAMP) $(NODE_STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# `make run PORT=8001` serves on another port; links in e-mails follow (BASE_URL).
# The site runs with DEBUG off, as visitors see it (the portal's own 404 and 500 pages);
# `make run DEBUG=1` shows Django's debug pages instead. --insecure serves the static files.
PORT ?= 8000
DEBUG ?= 0
BASE_URL ?= http://127.0.0.1:$(PORT)
RUN_ENV := BASE_URL=$(BASE_URL)

run: install
	$(RUN_ENV) $(PY) manage.py migrate --noinput
	$(RUN_ENV) $(PY) manage.py setup_portal
	$(RUN_ENV) DEBUG=1 $(PY) manage.py seed_demo --if-empty --partner-feeds --logins
	$(RUN_ENV) DEBUG=1 $(PY) manage.py create_local_admin
	$(RUN_ENV) DEBUG=$(DEBUG) $(PY) manage.py runserver --insecure 127.0.0.1:$(PORT)

# The suite runs in one process per core (at most 4; each browser test starts its own Chromium);
# `make test TEST_WORKERS=0` runs it in this process alone.
TEST_WORKERS ?= auto
test: install
	$(PY) -m pytest --numprocesses=$(TEST_WORKERS) --maxprocesses=4

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

bench: install
	$(PY) bench/search_bench.py
