"""Data built once per test process for the tests that read it: the demo, the stats world.

Building the whole demo takes seconds, and the hand-counted world of the stats tests almost
half a second; dozens of tests read each. The first test that asks for one builds it inside
a transaction that stays open; each such test then runs in a savepoint inside it, rolled
back as usual, so every one sees the data exactly as built. Before any test that does not
ask for it, the transaction is rolled back: such tests never see it. Should a test that
asks come after that, its fixture builds the data again inside the test's own transaction
(slower, still correct).

tests/conftest.py keeps the tests that ask for one contiguous (and, under
``--dist loadgroup``, on one worker: an xdist group named after the fixture) and discards
the data before any other test.
"""

import io

import pytest

REGISTRY = []


class SharedData:
    fixture = None  # the name of the fixture the tests ask for
    reader = None  # the per-test fixture giving the whole data as built (see part())

    def __init__(self):
        self.atomic = None
        self.blocker = None
        self.value = None
        REGISTRY.append(self)

    @property
    def is_open(self):
        return self.atomic is not None

    def open(self, blocker):
        from django.db import transaction

        if self.is_open:  # a module that imports the fixture has its own copy of it
            return
        self.blocker = blocker
        with blocker.unblock():
            self.before_transaction()
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            self.value = self.build()

    def build(self):
        raise NotImplementedError

    def current(self):
        """What a test reads: the data as built, refreshed from the database (an earlier
        test's changes were rolled back); or, once discarded, built again in the test's
        own transaction."""
        if not self.is_open:
            return self.build()
        self.refresh(self.value)
        return self.value

    def refresh(self, value):
        pass

    def part(self, request, key, make):
        """For a fixture of one part of the data that tests not asking for it use too: that
        part of the shared data when the test asks for it, else ``make()``, made for this
        test alone."""
        if self.fixture in request.fixturenames:
            return request.getfixturevalue(self.reader)[key]
        return make()

    def session_fixture(self):
        """``_shared_<fixture>``: opens the data once, before any test's own transaction
        (session scope), and discards it at the end of the run."""

        @pytest.fixture(scope="session", name=f"_shared_{self.fixture}")
        def shared(django_db_setup, django_db_blocker):
            self.open(django_db_blocker)
            yield self
            self.discard()

        return shared

    def discard(self):
        from django.db import transaction

        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
            self.after_rollback()
        self.atomic = None
        self.value = None

    def before_transaction(self):
        pass

    def after_rollback(self):
        pass


def default_home():
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


class SharedDemo(SharedData):
    """The whole demo site, as `make run` builds it.

    On SQLite in memory the demo is committed instead: copied in from the kept snapshot,
    built first if there is none (tests/demo_snapshot.py); after the rollback, the migrated
    database is put back.
    """

    fixture = "demo"
    committed = False

    def before_transaction(self):
        from tests import demo_snapshot

        if not demo_snapshot.usable():
            return
        demo_snapshot.restore_or_build(self.load)
        self.committed = True

    def build(self):
        if not self.committed:  # else already in the database
            self.load()

    @staticmethod
    def load():
        from django.core.management import call_command

        call_command("load_demo", stdout=io.StringIO())
        # As `make run` does: every page rendered once, so the image renditions exist
        # before the demo tests open the pages (else each test makes them again).
        call_command("warm_renditions", stdout=io.StringIO())

    def after_rollback(self):
        if self.committed:
            from django.db import connection

            from tests import template_database

            template_database.load_database(connection, template_database.in_use())
            self.committed = False


SHARED_DEMO = SharedDemo()
