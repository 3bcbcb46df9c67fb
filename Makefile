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
# How often `make run` publishes and unpublishes pages whose go-live / expiry time has come.
SCHEDULE_SECONDS ?= 60

.PHONY: run test install migrate demo lint format serve messages bench-search clean help

help:
	@echo "make run    — install, migrate, load the demo, serve http://$(HOST):$(PORT)"
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

run: demo
	@echo ""
	@echo "  书香西城 is at   http://$(HOST):$(PORT)/   (English: http://$(HOST):$(PORT)/en/)"
	@echo "  Admin / 后台:    http://$(HOST):$(PORT)/admin/   login $(ADMIN_USER) / $(ADMIN_PASSWORD)"
	@echo "  定时发布 / scheduled publishing: publish_scheduled runs every $(SCHEDULE_SECONDS)s in the background"
	@echo ""
	@( while sleep $(SCHEDULE_SECONDS); do $(BIN)/python manage.py publish_scheduled >/dev/null 2>&1; done ) & \
	scheduler=$$!; trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

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
