"""The migrated test database kept between runs (tests/template_database.py)."""

import importlib.util
from pathlib import Path

import pytest
from django.apps import apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from tests import template_database

pytestmark = pytest.mark.django_db


def migration_files():
    found = set()
    for app in apps.get_app_configs():
        module_name, _ = MigrationLoader.migrations_module(app.label)
        spec = module_name and importlib.util.find_spec(module_name)
        for directory in (spec and spec.submodule_search_locations) or ():
            found |= {(app.label, p.stem) for p in Path(directory).glob("[0-9]*.py")}
    return found


def test_this_run_s_database_has_every_migration_applied():
    """Whether it was migrated now or copied from an earlier run."""
    applied = set(MigrationRecorder(connection).applied_migrations())
    missing = migration_files() - applied
    assert len(applied) > 250
    assert not missing


def edit_files_named(monkeypatch, name):
    """Files called ``name`` read as if a line had been added to them."""
    read_bytes = Path.read_bytes

    def edited(path):
        data = read_bytes(path)
        return data + b"\n# edited" if path.name == name else data

    monkeypatch.setattr(Path, "read_bytes", edited)


def test_the_key_changes_with_any_migration_file(monkeypatch):
    before = template_database.key()
    assert template_database.key() == before
    edit_files_named(monkeypatch, "0001_initial.py")
    assert template_database.key() != before
