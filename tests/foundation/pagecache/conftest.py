"""Fixtures of the page-cache tests: the cache is on (tests elsewhere keep it off)."""

import pytest

from home.factories import StandardPageFactory


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE = True


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the purge) as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def standard(home):
    return StandardPageFactory(parent=home, title="借书指南", slug="guide")
