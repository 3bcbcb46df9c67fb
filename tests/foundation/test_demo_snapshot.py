"""The demo kept between runs (tests/demo_snapshot.py): its key follows what it is built from."""

import datetime

import pytest

from tests import demo_snapshot, template_database
from tests.foundation.test_template_database import edit_files_named

pytestmark = pytest.mark.django_db

needs_template = pytest.mark.skipif(
    not template_database.in_memory(), reason="PostgreSQL builds the demo every run"
)


@needs_template
def test_the_key_changes_with_the_day_and_with_any_project_file(monkeypatch):
    assert demo_snapshot.usable()
    before = demo_snapshot.key()
    assert demo_snapshot.key() == before

    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    monkeypatch.setattr(demo_snapshot.timezone, "localdate", lambda: tomorrow)
    assert demo_snapshot.key() != before
    monkeypatch.undo()

    edit_files_named(monkeypatch, "demo_data.py")
    assert demo_snapshot.key() != before


def test_source_files_leave_out_tests_docs_and_what_runs_write():
    names = {
        path.relative_to(demo_snapshot.BASE_DIR).parts[0] for path in demo_snapshot.source_files()
    }
    assert {"events", "core", "templates", "config"} <= names
    assert not names & {"tests", "docs", "var", ".venv", ".git", ".hypothesis", "node_modules"}
