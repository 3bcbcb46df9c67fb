"""The migrated SQLite test database, kept between runs while the migrations are the same.

Each test worker used to run all ~260 migrations into its in-memory database (~18 s on the
2-core machine, most of it Django re-rendering the model states). The first run after a
change to any migration still does, then copies the result to
``var/test-databases/<key>.sqlite3``; later runs copy that file into memory with SQLite's
backup API (as Django's own parallel runner clones an in-memory database) in well under a
second.

The key covers everything a migrated database depends on: every installed app's migration
files, the pinned versions of every package (requirements-dev.lock), the post_migrate
handler that grants snippet permissions (editorial.signals, editorial.roles) with the
snippet models it grants them for, this module, and the Django and SQLite versions. Any
change to one of them makes a new key, so a stale database is never used. PostgreSQL runs
migrate as before.
"""

import fcntl
import hashlib
import importlib.util
import os
import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path

import django
from django.conf import settings

BASE_DIR = Path(__file__).resolve().parent.parent
DIRECTORY = BASE_DIR / "var" / "test-databases"
KEY_FILES = ("requirements-dev.lock", "editorial/signals.py", "editorial/roles.py")


def key():
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader
    from wagtail.snippets.models import get_snippet_models

    digest = hashlib.sha256()

    def add(label, data):
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    add("versions", f"{django.__version__} {sqlite3.sqlite_version}".encode())
    add("helper", Path(__file__).read_bytes())
    for name in KEY_FILES:
        add(name, (BASE_DIR / name).read_bytes())
    snippets = sorted(model._meta.label for model in get_snippet_models())
    add("snippets", " ".join(snippets).encode())
    # The files themselves, found without importing them: Django's MigrationLoader would
    # reload modules the migrate command may already have imported.
    for app in sorted(apps.get_app_configs(), key=lambda app: app.label):
        module_name, _ = MigrationLoader.migrations_module(app.label)
        spec = module_name and importlib.util.find_spec(module_name)
        for directory in (spec and spec.submodule_search_locations) or ():
            for path in sorted(Path(directory).glob("*.py")):
                add(f"{app.label}/{path.name}", path.read_bytes())
    return digest.hexdigest()[:16]


def install():
    """Wrap SQLite's create_test_db; call before the test databases are set up."""
    from django.db.backends.sqlite3.creation import DatabaseCreation

    if getattr(DatabaseCreation.create_test_db, "from_template", False):
        return
    original = DatabaseCreation.create_test_db

    def create_test_db(self, verbosity=1, autoclobber=False, serialize=True, keepdb=False):
        name = self._get_test_db_name()
        if keepdb or not self.is_in_memory_db(name):
            return original(self, verbosity, autoclobber, serialize, keepdb)
        global _in_use
        path = DIRECTORY / f"{key()}.sqlite3"
        built = False
        if not path.exists():
            # One process migrates (`make test` starts one beside lint, tests/prepare.py);
            # the others wait for its copy instead of migrating the same database at once.
            with lock("template"):
                if not path.exists():
                    name = original(self, verbosity, autoclobber, serialize, keepdb)
                    _save(self.connection, path)
                    built = True
        if not built:
            name = _restore(self, name, path, serialize)
        _in_use = path
        return name

    create_test_db.from_template = True
    DatabaseCreation.create_test_db = create_test_db


@contextmanager
def lock(name):
    """One process at a time across the run's processes (``make test``'s preparation, the
    pytest workers): the others wait here for what it makes."""
    DIRECTORY.mkdir(parents=True, exist_ok=True)
    with open(DIRECTORY / f".{name}.lock", "w") as file:
        fcntl.flock(file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(file, fcntl.LOCK_UN)


def _save(connection, path):
    save_database(connection, path)
    for other in DIRECTORY.glob("*.sqlite3"):
        if other != path:
            other.unlink(missing_ok=True)


def save_database(connection, path):
    """Copy the connection's database to ``path``, atomically: a reader sees all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    with closing(sqlite3.connect(partial)) as target:
        connection.ensure_connection()
        connection.connection.backup(target)
    os.replace(partial, path)


def load_database(connection, path):
    """Replace everything in the connection's database with the copy at ``path``."""
    connection.ensure_connection()
    with closing(sqlite3.connect(path)) as source:
        source.backup(connection.connection)


def in_memory():
    """Whether the tests run on SQLite in memory (the settings, before any database exists)."""
    database = settings.DATABASES["default"]
    return database["ENGINE"].endswith("sqlite3") and database.get("NAME") in (":memory:", "")


def in_use():
    """The template this run's database was copied from (None on PostgreSQL or a file)."""
    return _in_use


_in_use = None


def _restore(creation, name, path, serialize):
    from django.core.management import call_command

    connection = creation.connection
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
    load_database(connection, path)
    if serialize:
        connection._test_serialized_contents = creation.serialize_db_to_string()
    call_command("createcachetable", database=connection.alias)
    return name


def setup():
    """The test database of this process, from the kept template (made first if missing)."""
    from django.test.utils import setup_databases

    install()
    return setup_databases(
        verbosity=0, interactive=False, aliases={"default"}, serialized_aliases=set()
    )
