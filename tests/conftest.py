"""Fixtures every test module can use. App-specific fixtures live in tests/<area>/conftest.py."""

import io

import pytest
from wagtail.models import Locale, Site

from tests.cache import clear_cache
from tests.indexing import indexes_off, wanted


def pytest_configure(config):
    """Images encoded at their libraries' fastest settings in tests.

    Every test that renders the demo makes its image renditions again (they roll back with
    the test), and every test image is drawn and saved as PNG: AVIF at libavif's fastest
    speed (10 instead of Pillow's 6; at 6 encoding was ~80 % of the time of the demo-wide
    tests), WebP at method 0 (instead of 4), PNG at zlib level 1 (instead of the optimised
    level 9 of core.artwork). The images have the same pixels and sizes, only less
    compressed; production is untouched.
    """
    from PIL import AvifImagePlugin, Image, PngImagePlugin, WebPImagePlugin  # noqa: F401

    fastest = {
        "AVIF": {"speed": 10},
        "WEBP": {"method": 0},
        "PNG": {"optimize": False, "compress_level": 1},
    }
    for image_format, options in fastest.items():
        Image.SAVE[image_format] = _fast_save(Image.SAVE[image_format], options)


def _fast_save(save, options):
    def save_fast(image, fp, filename):
        image.encoderinfo.update(options)
        return save(image, fp, filename)

    return save_fast


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Runs just before the test databases are set up: migrated SQLite comes from a copy
    kept between runs while the migrations are the same (tests/template_database.py)."""
    from tests import template_database

    template_database.install()


@pytest.fixture(autouse=True)
def _clear_cache():
    clear_cache()
    yield
    clear_cache()


@pytest.fixture(autouse=True)
def _indexes(request):
    """Saves skip the search and reference indexes unless the test reads them (tests/indexing.py)."""
    if wanted(request.node):
        yield
        return
    with indexes_off():
        yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's language, whatever the one before it activated."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def site(db):
    """The default site, whose root is the Chinese home page made by the migrations."""
    return Site.objects.select_related("root_page").get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def home_en(home, locale_en):
    """The English home page, a real translation of the Chinese one."""
    existing = home.get_translation_or_none(locale_en)
    if existing:
        return existing.specific
    page = home.copy_for_translation(locale_en)
    page.title = "Scholarly Xicheng"
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


# -- the demo site, built once per test process -------------------------------------------
#
# Building the whole demo takes seconds; a dozen tests read it. The first of them (tests that
# ask for `demo` run last, see pytest_collection_modifyitems) builds it inside a transaction
# that stays open; each demo test then runs in a savepoint inside it, rolled back as usual,
# so every one sees the demo exactly as built. Before any test that does not ask for the
# demo, the transaction is rolled back: such tests never see it. Should a demo test come
# after that, it builds the demo again inside its own transaction (slower, still correct).


class SharedDemo:
    def __init__(self):
        self.atomic = None
        self.blocker = None

    @property
    def is_open(self):
        return self.atomic is not None

    def build(self, blocker):
        from django.core.management import call_command
        from django.db import transaction

        self.blocker = blocker
        with blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            call_command("load_demo", stdout=io.StringIO())
            # As `make run` does: every page rendered once, so the image renditions exist
            # before the demo tests open the pages (else each test makes them again).
            call_command("warm_renditions", stdout=io.StringIO())

    def discard(self):
        from django.db import transaction

        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None


SHARED_DEMO = SharedDemo()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Tests reading the demo run last among the database tests, so the demo is built once.

    Runs before pytest-django's own (stable) sort, which then puts transactional tests after
    all of them, as Django's runner does: a transactional test with serialized_rollback leaves
    the tables empty until the next such test restores them, so nothing may run in between.
    """
    items.sort(key=lambda item: "demo" in getattr(item, "fixturenames", ()))

    # With `--dist loadgroup` (make test, CI) all of them go to one worker, which builds the
    # demo once for the run instead of once per worker; the others share out the rest.
    for item in items:
        if "demo" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("demo"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_finish(session):
    """Put the group in the test ids where pytest-xdist's own renaming did not take.

    pytest-xdist 3.8 groups a test by renaming it (``…::test@demo``) through
    ``Node._nodeid``, which pytest 9.2 no longer reads (ids are ``Node._id``): the demo tests
    were spread over both workers, each building the demo, and again after any other test.
    Runs in each worker before it reports its collection to the scheduler.
    """
    if not getattr(session.config.option, "loadgroup", False):
        return
    from _pytest.nodeid import coerce_node_id

    for item in session.items:
        names = sorted({str(mark.args[0]) for mark in item.iter_markers("xdist_group")})
        if names and "@" not in item.nodeid.rpartition("]")[2]:
            item._id = coerce_node_id(f"{item.nodeid}@{'_'.join(names)}")


def pytest_runtest_setup(item):
    # Runs before the item's fixtures: no test transaction is open yet.
    if SHARED_DEMO.is_open and "demo" not in getattr(item, "fixturenames", ()):
        SHARED_DEMO.discard()


@pytest.fixture(scope="session")
def _shared_demo(django_db_setup, django_db_blocker):
    # Session scope: set up before the test's own (function-scoped) transaction opens.
    SHARED_DEMO.build(django_db_blocker)
    yield SHARED_DEMO
    SHARED_DEMO.discard()


@pytest.fixture
def demo(_shared_demo, db):
    """The whole demo site, as `make run` builds it."""
    if not _shared_demo.is_open:
        from django.core.management import call_command

        call_command("load_demo", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)
