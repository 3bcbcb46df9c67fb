"""Fixtures every test module can use. App-specific fixtures live in tests/<area>/conftest.py."""

import gc
import io

import pytest
from wagtail.models import Locale, Site

from tests import fast_images, template_database
from tests.cache import clear_cache
from tests.indexing import indexes_off, wanted
from tests.shared_data import REGISTRY, SHARED_DEMO
from tests.stack_reserve import pytest_runtest_protocol  # noqa: F401 — a hook: each test on one large frame-stack block


def pytest_configure(config):
    """Images made at their libraries' fastest settings (tests/fast_images.py); the garbage
    collector tuned for a test process."""
    fast_images.install()

    # The garbage collector, tuned for a test process: at Python's default thresholds
    # (700, 10, 10) it ran after every 700 objects allocated and not freed, a factory-built
    # page or a rendered demo page being tens of thousands, and each older-generation run
    # walked the heap of Django, Wagtail and the collected tests again. Whole suite, warm,
    # two workers, back to back: user CPU 183 s with Python's defaults, 171 s with these;
    # later, on a slower and noisier machine, within the spread of runs (docs/testing.md).
    # Memory: the largest worker ~0.46 GB either way. Servers keep Python's defaults.
    gc.set_threshold(50_000, 20, 100)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Runs just before the test databases are set up: migrated SQLite comes from a copy
    kept between runs while the migrations are the same (tests/template_database.py)."""
    template_database.install()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test, the migrated database again, not the empty one it leaves.

    Django flushes every table after a transactional test (TransactionTestCase): the root
    page, the site and the locales the migrations made are gone until a test with
    serialized_rollback loads them back, so pytest-django runs transactional tests last. On
    SQLite in memory the migrated copy is loaded back instead (a few milliseconds), once the
    test's fixtures (pytest-django's flush among them) are torn down: the next test finds
    the database as the migrations left it, whatever ran before.
    """
    result = yield
    if template_database.in_use() is not None and _is_transactional(item):
        from django.db import connection
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            template_database.load_database(connection, template_database.in_use())
    return result


def _is_transactional(item):
    """As pytest-django decides it (its own ordering of tests)."""
    from pytest_django.plugin import validate_django_db

    names = getattr(item, "fixturenames", ())
    if "transactional_db" in names or "live_server" in names:
        return True
    marker = item.get_closest_marker("django_db")
    if marker is None:
        return False
    transaction, reset_sequences, *_ = validate_django_db(marker)
    return bool(transaction or reset_sequences)


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
def site_settings_rows(site):
    """Every site setting's row for the default site, made now.

    For tests that serve pages over a live server: a page and its embed loaded at once
    would each find no row and both create it, over the one in-memory SQLite connection
    the server's threads share (IntegrityError, a 500 in the frame)."""
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.contrib.settings.registry import registry

    return [model.for_site(site) for model in registry if issubclass(model, BaseSiteSetting)]


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


# -- data built once per test process: the demo, the stats world (tests/shared_data.py) ----


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Tests reading shared data (the demo, the stats world: tests/shared_data.py) run after
    the others, those reading the same data together, so each is built once.

    Runs before pytest-django's own (stable) sort, which then puts transactional tests after
    all of them, as Django's runner does: a transactional test with serialized_rollback leaves
    the tables empty until the next such test restores them, so nothing may run in between.
    """
    in_memory = template_database.in_memory()
    # The demo's tests after all the others: on SQLite in memory, a cold run builds the demo
    # beside the workers (tests/prepare.py) while they run everything else.
    ranked = [shared for shared in REGISTRY if shared is not SHARED_DEMO] + [SHARED_DEMO]
    order = {shared.fixture: rank for rank, shared in enumerate(ranked, start=1)}

    def shared_rank(item):
        names = getattr(item, "fixturenames", ())
        return max((order[name] for name in names if name in order), default=0)

    items.sort(key=shared_rank)

    # With `--dist loadgroup` (make test, CI) pytest-xdist hands out the biggest group first,
    # then the single tests in collection order, each to the first worker free.
    # - Tests that read one set of shared data form a group, on one worker, which builds it
    #   once for the run instead of once per worker. Not the demo on SQLite in memory: each
    #   worker copies the kept one in about a second, so its tests are shared out like any.
    # - The tests that need no database are the biggest group, so one worker starts with
    #   them: on a cold run both workers would otherwise wait idle for the migrations.
    # - The tests that drive Chromium over a live server form a group too: the editorial walk
    #   alone takes ~25 s and, being transactional, is collected last, where it ended the run
    #   on one worker while the other had nothing left to do. Only on SQLite in memory, where
    #   the database is put back after a transactional test (pytest_runtest_teardown), may
    #   they run before other tests.
    for item in items:
        names = getattr(item, "fixturenames", ())
        shared = [name for name in order if name in names]
        if in_memory:
            shared = [name for name in shared if name != SHARED_DEMO.fixture]
            if "live_server" in names:
                shared = ["live_server"]
        if not _uses_database(item):
            shared = ["no_database"]
        if shared:
            item.add_marker(pytest.mark.xdist_group(shared[-1]))


def _uses_database(item):
    """As pytest-django decides it: a django_db mark, or the db fixtures."""
    names = getattr(item, "fixturenames", ())
    return item.get_closest_marker("django_db") is not None or bool(
        {"db", "transactional_db", "live_server"} & set(names)
    )


@pytest.hookimpl(tryfirst=True)
def pytest_collection_finish(session):
    """Put the group in the test ids where pytest-xdist's own renaming did not take; then
    freeze what is alive (modules, settings, the collected tests), which lives to the end:
    the collector no longer walks it on every full collection.

    pytest-xdist 3.8 groups a test by renaming it (``…::test@demo``) through
    ``Node._nodeid``, which pytest 9.2 no longer reads (ids are ``Node._id``): the demo tests
    were spread over both workers, each building the demo, and again after any other test.
    Runs in each worker before it reports its collection to the scheduler.
    """
    if getattr(session.config.option, "loadgroup", False):
        _name_groups(session.items)
    gc.collect()
    gc.freeze()


def _name_groups(items):
    from _pytest.nodeid import coerce_node_id

    for item in items:
        names = sorted({str(mark.args[0]) for mark in item.iter_markers("xdist_group")})
        if names and "@" not in item.nodeid.rpartition("]")[2]:
            item._id = coerce_node_id(f"{item.nodeid}@{'_'.join(names)}")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # Runs before the item's fixtures: no test transaction is open yet. And before pytest's
    # skip marks are evaluated: a skipped transactional test still has the migrated database
    # loaded back after it, which fails while shared data holds its transaction open.
    names = getattr(item, "fixturenames", ())
    for shared in REGISTRY:
        if shared.is_open and shared.fixture not in names:
            shared.discard()


_shared_demo = SHARED_DEMO.session_fixture()


@pytest.fixture
def demo(_shared_demo, db):
    """The whole demo site, as `make run` builds it."""
    if not _shared_demo.is_open:
        from django.core.management import call_command

        call_command("load_demo", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def one_pixel_renditions():
    """Renditions made as they always are (rows, files, cached lists), each file one pixel.

    For the query-count tests: what they count does not depend on the pixels, and each made
    the six renditions (three formats, two sizes) of 50 items' images, decoded, resized and
    encoded for nothing (~5 s of the three budget modules' ~30)."""
    from unittest import mock

    from django.core.files.base import ContentFile
    from PIL import Image
    from wagtail.images.models import AbstractImage

    png = io.BytesIO()
    Image.new("RGB", (1, 1)).save(png, "PNG")

    def one_pixel(image, filter, *, source=None):
        name = f"px-{image.pk}-{filter.get_cache_key(image)}-{filter.spec.replace('|', '.')}"
        return ContentFile(png.getvalue(), name=f"{name[:55]}.png")

    with mock.patch.object(AbstractImage, "generate_rendition_file", one_pixel):
        yield
