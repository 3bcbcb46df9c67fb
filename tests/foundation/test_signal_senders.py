"""Model-signal receivers name their senders: a save of an unrelated model runs none of ours."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.models import Collection, Locale

from core.signals import MENU_VERSION_KEY

pytestmark = pytest.mark.django_db


# The page cache's purge watches every snippet and setting, including ones registered later,
# so it listens to every save by design and checks the sender itself (core/invalidation.py).
CATCH_ALL = {"core.invalidation"}


def project_receivers(signal, sender):
    sync, async_ = signal._live_receivers(sender)
    return [
        receiver
        for receiver in [*sync, *async_]
        if receiver.__module__.split(".")[0] in settings.PROJECT_APPS
        and receiver.__module__ not in CATCH_ALL
    ]


@pytest.mark.parametrize("signal", [post_save, post_delete])
@pytest.mark.parametrize("model", [Tag, Collection])
def test_no_project_receiver_runs_for_unrelated_models(signal, model):
    assert project_receivers(signal, model) == []


@pytest.mark.parametrize("signal", [post_save, post_delete])
def test_locales_drop_only_the_cached_lookups(signal):
    # Sites and locales are read from the cache (core.lookups); a change drops them.
    assert [r.__module__ for r in project_receivers(signal, Locale)] == ["core.lookups"]


def test_menu_version_moves_for_menus_only(home):
    from core.factories import MenuFactory

    cache.set(MENU_VERSION_KEY, 1, None)
    Tag.objects.create(name="无关的标签")
    assert cache.get(MENU_VERSION_KEY) == 1
    MenuFactory(name="页脚菜单")
    assert cache.get(MENU_VERSION_KEY) == 2


def test_search_dictionary_learns_from_books_only():
    from recommendations.models import Book

    assert [r.__name__ for r in project_receivers(post_save, Book)] == ["teach_name"]


def test_search_dictionary_learns_from_published_pages():
    from wagtail.signals import page_published

    from spaces.models import ReadingSpacePage

    names = [r.__name__ for r in project_receivers(page_published, ReadingSpacePage)]
    assert "teach_name" in names
