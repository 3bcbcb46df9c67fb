# 书香西城 — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
PORT ?= 8000
PYTEST_WORKERS ?= auto
HOST ?= 127.0.0.1
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
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

.PHONY: run renditions dev static test install migrate demo lint format serve messages bench bench-search clean help

help:
	@echo "make run    — install, migrate, load the demo, serve http://$(HOST):$(PORT) as production would"
	@echo "make dev    — the same with runserver: DEBUG, auto-reload, no page cache"
	@echo "make bench  — queries, render time and cached throughput per page type (docs/performance.md)"
	@echo "make test   — ruff, migration check, the whole pytest suite"

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "需要 Python 3.11 或更高版本 / Python >= 3.11 is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[prod,dev]"
	@touch $(STAMP)

install: $(STAMP)

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
# templates warm up there) and the forked workers share it.
run: renditions
	$(call banner,production mode: DEBUG off · page cache on · gunicorn $(WORKERS) workers · make dev for auto-reload)
	$(call with_scheduler,$(RUN_SETTINGS),DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/gunicorn config.wsgi --preload --bind $(HOST):$(PORT) --workers $(WORKERS) --log-level warning)

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
	$(BIN)/python scripts/check_layers.py

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS)

messages: install
	cd . && $(BIN)/python manage.py makemessages -l en --ignore=.venv --ignore=staticfiles
	$(BIN)/python manage.py compilemessages --ignore=.venv

bench-search: install
	$(BIN)/python manage.py bench_search

clean:
	rm -rf $(VENV) var staticfiles
