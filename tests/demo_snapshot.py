"""The demo as the tests read it, kept between runs while nothing it is built from changed.

Building the demo for the tests (``load_demo``, then ``warm_renditions``) takes ~35 s of
CPU. On SQLite in memory it is built once and kept: the database and the media files it
wrote, in ``var/test-databases/demo-<key>/``. Each test process then copies them in
(SQLite's backup API, then the files) in about a second, and teaches the search segmenter
the demo's names as the build would have (search.dictionary). `make test` builds it beside
the test workers (tests/prepare.py), which wait for it under a file lock only if they reach
the demo's tests first; without that, the first worker to need it builds it, the same way.

The key covers everything the demo is built from: the migrated database it starts from
(tests/template_database.py), today's date (the demo's events, campaigns and figures are
laid out around it), and every file of the project outside tests/, docs/ and var/ (models,
loaders, demo data, templates: the renditions warmed depend on them), plus the test
modules that build it. Editing any of them makes a new key and the next run builds
afresh. PostgreSQL runs build the demo every time, as before.
"""

import hashlib
import shutil
import sys
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

from tests import template_database

BASE_DIR = template_database.BASE_DIR
# Besides these, every file or directory whose name starts with a dot (.git, .venv, the
# .hypothesis examples database the tests themselves write).
SKIPPED_DIRECTORIES = {
    "var",
    "node_modules",
    "staticfiles",
    "media",
    "tests",
    "docs",
    "__pycache__",
    "htmlcov",
    "build",
}
BUILDERS = (
    "tests/conftest.py",
    "tests/shared_data.py",
    "tests/demo_snapshot.py",
    "tests/fast_images.py",
    "tests/prepare.py",
)


def usable():
    """Only over a test database copied from a kept template (SQLite in memory)."""
    return template_database.in_use() is not None


def key():
    digest = hashlib.sha256()

    def add(label, data):
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    add("template", template_database.in_use().name.encode())
    add("today", f"{timezone.localdate().isoformat()} {sys.version}".encode())
    for path in sorted(source_files()):
        add(str(path.relative_to(BASE_DIR)), path.read_bytes())
    for name in BUILDERS:
        add(name, (BASE_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


def source_files(directory=BASE_DIR):
    for path in directory.iterdir():
        if path.name.startswith("."):
            continue
        if path.is_dir():
            if path.name not in SKIPPED_DIRECTORIES and not path.name.endswith(".egg-info"):
                yield from source_files(path)
        elif path.is_file() and path.suffix not in (".pyc", ".sqlite3"):
            yield path


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return {path.relative_to(root) for path in root.rglob("*") if path.is_file()}


def restore_or_build(build):
    """The kept demo copied into this process's database; if none is kept, ``build()`` run
    here (its result is then in this database) and kept first."""
    kept = keep(build)
    if kept is not None:
        kept.restore()


def keep(build):
    """``build()`` run and kept, unless a demo is kept already: that one is returned, for
    copying in. One process builds at a time; the others wait here for its copy."""
    snapshot = Snapshot()
    with template_database.lock("demo"):
        if snapshot.exists():
            return snapshot
        snapshot.build(build)
    return None


class Snapshot:
    def __init__(self):
        self.directory = template_database.DIRECTORY / f"demo-{key()}"
        self.database = self.directory / "demo.sqlite3"
        self.media = self.directory / "media"

    def exists(self):
        return self.database.exists()

    def restore(self):
        template_database.load_database(connection, self.database)
        if self.media.exists():
            shutil.copytree(self.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
        from search.dictionary import names_from_database
        from search.segment import add_words

        add_words(names_from_database())

    def build(self, build):
        media_before = media_files()
        build()
        self.save(media_before)

    def save(self, media_before):
        for other in template_database.DIRECTORY.glob("*demo-*"):
            shutil.rmtree(other, ignore_errors=True)
        staging = self.directory.with_name(f"partial-{self.directory.name}")
        root = Path(settings.MEDIA_ROOT)
        for relative in sorted(media_files() - media_before):
            target = staging / "media" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / relative, target)
        template_database.save_database(connection, staging / "demo.sqlite3")
        staging.rename(self.directory)  # whole, or not there at all
