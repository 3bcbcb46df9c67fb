# 书香西城 — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
PORT ?= 8000
PYTEST_WORKERS ?= auto
HOST ?= 127.0.0.1
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
# Python's bytecode cache stays on for these commands even where the environment turns it
# off (this machine sets PYTHONDONTWRITEBYTECODE=1): otherwise every test worker, test
# subprocess and server start compiles the project's modules again (~2.6 s of CPU each;
# a dozen per `make test`). The __pycache__ folders are ignored by git.
unexport PYTHONDONTWRITEBYTECODE
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ADMIN_USER ?= admin
ADMIN_PASSWORD ?= shuxiang-admin-2026
# Workflow e-mails and API URLs link to the address being served (an address set in the
# environment wins, e.g. the public https:// one behind a proxy).
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
# How often `make run` publishes and unpublishes pages whose go-live / expiry time has come.
SCHEDULE_SECONDS ?= 60
# How often `make run` checks links (check_links) and deletes expired message contact details.
HEALTH_SECONDS ?= 3600
# `make run` serves as production would (config.settings.run): gunicorn, this many workers.
WORKERS ?= 2
RUN_SETTINGS := config.settings.run
VAR_DIR ?= var
BENCH_DIR ?= var/bench
BENCH_ARGS ?=
STATIC_STAMP := staticfiles/staticfiles.json

# Templates are indented by djhtml with two spaces; `make format` applies it, `make lint` checks it.
TEMPLATES = $(shell find . -path ./.venv -prune -o -path ./staticfiles -prune -o -path ./var -prune \
	-o -name '*.html' -path '*/templates/*' -print | sort)

.PHONY: run renditions dev static test test-browser install lock migrate demo lint format serve messages bench bench-search clean help backup restore

help:
	@echo "make run    — install, migrate, load the demo, serve http://$(HOST):$(PORT) as production would"
	@echo "make dev    — the same with runserver: DEBUG, auto-reload, no page cache"
	@echo "make bench  — queries, render time and cached throughput per page type (docs/performance.md)"
	@echo "make test   — ruff, migration check, the whole pytest suite"
	@echo "make test-browser — axe, tap targets, reflow in Chromium over the served demo (CI runs it)"

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "需要 Python 3.11 或更高版本 / Python >= 3.11 is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Exact versions from the lock file (compiled from pyproject.toml by `make lock`), then the
# project itself without resolving again. Plain pip: it uses the machine's pip configuration
# (index, mirrors, local wheels) like any other install.
# Then the project's own modules are compiled once, in parallel (~1.7 s of CPU): otherwise each
# process started on a fresh checkout (test workers, the test preparation, the migration
# check, servers) compiles what it imports at the same time as the others.
$(STAMP): $(BIN)/python pyproject.toml requirements-dev.lock
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m compileall -q -j 0 -x '/(\.[a-z]+|node_modules|var|staticfiles|tests|docs)/' .
	@touch $(STAMP)

install: $(STAMP)

# After changing dependencies in pyproject.toml: pin the versions anew for production
# (requirements.lock: the runtime and [prod] extra) and development (+ [dev]); commit both.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet "pip-tools>=7.4,<8"
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
		--extra prod -o requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
		--extra prod --extra dev -o requirements-dev.lock pyproject.toml

migrate: install
	$(BIN)/python manage.py migrate --no-input

demo: migrate
	$(BIN)/python manage.py load_demo --site-url http://$(HOST):$(PORT)
	@$(BIN)/python manage.py ensure_demo_users --admin-user "$(ADMIN_USER)" --admin-password "$(ADMIN_PASSWORD)"

# Hashed, compressed static files for WhiteNoise; redone only when a static file changed.
$(STATIC_STAMP): $(STAMP) $(shell find static -type f 2>/dev/null)
	DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/python manage.py collectstatic --no-input -v0

static: $(STATIC_STAMP)

define banner
	@echo ""
	@echo "  书香西城 is at   http://$(HOST):$(PORT)/   (English: http://$(HOST):$(PORT)/en/)"
	@echo "  Admin / 后台:    http://$(HOST):$(PORT)/admin/   login $(ADMIN_USER) / $(ADMIN_PASSWORD)"
	@echo "  定时任务 / scheduler: publish_scheduled, send_event_reminders, purge_bookings every $(SCHEDULE_SECONDS)s"
	@echo "  链接检查 / link check + message retention: every $(HEALTH_SECONDS)s in the background"
	@echo "  $(1)"
	@echo ""
endef

# The scheduler loops run with the server's settings (so they purge the same page cache)
# and stop with it: publishing every SCHEDULE_SECONDS, the link check and the retention
# purge of message contact details every HEALTH_SECONDS.
define with_scheduler
	@( while sleep $(SCHEDULE_SECONDS); do \
	   DJANGO_SETTINGS_MODULE=$(1) $(BIN)/python manage.py publish_scheduled >/dev/null 2>&1; \
	   DJANGO_SETTINGS_MODULE=$(1) $(BIN)/python manage.py send_event_reminders >/dev/null 2>&1; \
	   DJANGO_SETTINGS_MODULE=$(1) $(BIN)/python manage.py purge_bookings >/dev/null 2>&1; done ) & \
	scheduler=$$!; \
	( while sleep $(HEALTH_SECONDS); do DJANGO_SETTINGS_MODULE=$(1) $(BIN)/python manage.py check_links >/dev/null 2>&1; \
	  DJANGO_SETTINGS_MODULE=$(1) $(BIN)/python manage.py purge_message_personal_data >/dev/null 2>&1; done ) & \
	health=$$!; trap 'kill $$scheduler $$health 2>/dev/null' EXIT INT TERM; \
	$(2)
endef

# Every live page rendered once before serving, so no reader waits for image renditions.
renditions: demo static
	DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/python manage.py warm_renditions

# --preload: the master imports config.wsgi once (jieba, the site dictionary and the search
# templates warm up there) and the forked workers share it. --timeout 90: a page whose
# image renditions (AVIF, WebP) are new can take longer than gunicorn's default 30 s on a
# busy small machine (an editor's fresh upload).
run: renditions
	$(call banner,production mode: DEBUG off · page cache on · gunicorn $(WORKERS) workers · make dev for auto-reload)
	$(call with_scheduler,$(RUN_SETTINGS),DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/gunicorn config.wsgi --preload --bind $(HOST):$(PORT) --workers $(WORKERS) --timeout 90 --log-level warning)

dev: demo
	$(call banner,development mode: DEBUG on · auto-reload · no page cache)
	$(call with_scheduler,config.settings.dev,$(BIN)/python manage.py runserver $(HOST):$(PORT))

# A scratch copy of the demo (database and media) in $(BENCH_DIR), served as make run does.
bench: demo static
	rm -rf $(BENCH_DIR) && mkdir -p $(BENCH_DIR)
	$(BIN)/python -c "import sqlite3; sqlite3.connect('$(VAR_DIR)/db.sqlite3').backup(sqlite3.connect('$(BENCH_DIR)/db.sqlite3'))"
	ln -s $(abspath $(VAR_DIR)/media) $(BENCH_DIR)/media
	VAR_DIR=$(abspath $(BENCH_DIR)) DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python manage.py bench_pages $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check --tabwidth 2 $(TEMPLATES)
	$(BIN)/python scripts/check_layers.py

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml --tabwidth 2 $(TEMPLATES)

# Beside lint and pytest: tests/prepare.py makes what the pytest workers copy (or finds it
# kept): the migrated test database, then the demo; `makemigrations --check` runs (a Django
# start-up, ~3 s of CPU). All must pass. docs/testing.md: where the time goes.
test: install
	@log=$$(mktemp); export DJANGO_SETTINGS_MODULE=config.settings.test; \
	$(BIN)/python -m tests.prepare & prepared=$$!; \
	$(BIN)/python manage.py makemigrations --check --dry-run > $$log 2>&1 & check=$$!; \
	unset DJANGO_SETTINGS_MODULE; \
	$(MAKE) --no-print-directory lint; linted=$$?; \
	[ $$linted = 0 ] && { $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadgroup; tests=$$?; }; \
	wait $$prepared; prepared=$$?; wait $$check; migrations=$$?; echo "makemigrations --check:"; cat $$log; rm -f $$log; \
	[ $$migrations = 0 ] || echo "makemigrations --check failed: models and migrations differ"; \
	[ $$prepared = 0 ] || echo "python -m tests.prepare failed (its error is above)"; \
	[ $$linted = 0 ] && [ "$$tests" = 0 ] && [ $$migrations = 0 ] && [ $$prepared = 0 ]

# Accessibility and design checks in headless Chromium (axe-core: `npm ci`) over every page
# type, both languages and the three display modes, against a served scratch copy of the demo.
test-browser: demo static
	scripts/browser_checks.sh

messages: install
	cd . && $(BIN)/python manage.py makemessages -l en --ignore=.venv --ignore=staticfiles
	$(BIN)/python manage.py compilemessages --ignore=.venv

bench-search: install
	$(BIN)/python manage.py bench_search

# Backups (docs/deployment.md): database + media + manifest + SHA256SUMS in var/backups/<time>/.
# `make restore` restores BACKUP (default: the newest) after verifying it; YES=1 skips the question.
backup: install
	$(BIN)/python manage.py backup

restore: install
	@backup="$(or $(BACKUP),$$(ls -1d var/backups/*/ 2>/dev/null | tail -n 1))"; \
	test -n "$$backup" || { echo "没有找到备份：先运行 make backup，或指定 BACKUP=<目录>"; exit 1; }; \
	$(BIN)/python manage.py restore "$$backup" $(if $(YES),--yes,)

clean:
	rm -rf $(VENV) var staticfiles
