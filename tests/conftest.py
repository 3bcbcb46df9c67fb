"""Fixtures every test module can use. App-specific fixtures live in tests/<area>/conftest.py."""

import io

import pytest
from wagtail.models import Locale, Site

from tests.cache import clear_cache


@pytest.fixture(autouse=True)
def _clear_cache():
    clear_cache()
    yield
    clear_cache()


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


@pytest.fixture
def demo(db):
    """The whole demo site, as `make run` builds it."""
    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)
