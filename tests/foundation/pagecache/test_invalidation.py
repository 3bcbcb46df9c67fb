"""What editors change shows on the next request: purges on publishing, moving, snippets, settings, schedules, other processes, the CDN."""

import datetime
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from core import pagecache
from core.models import Menu, NavigationSettings, SiteSettings
from home.factories import StandardPageFactory

from .helpers import get, published

pytestmark = pytest.mark.django_db


def test_publish_shows_on_the_next_request(client, standard, committed):
    get(client, "/guide/")
    with committed():
        published(standard, title="借书与还书指南")
    response, state = get(client, "/guide/")
    assert state == "miss"
    assert "借书与还书指南" in response.content.decode()


def test_unpublish_shows_on_the_next_request(client, standard, committed):
    assert get(client, "/guide/")[0].status_code == 200
    with committed():
        standard.unpublish()
    assert client.get("/guide/").status_code == 404


def test_moving_and_deleting_a_page_purge(client, home, standard, committed):
    other = StandardPageFactory(parent=home, title="其他", slug="other")
    get(client, "/other/")
    version = pagecache.cache_version()
    with committed():
        standard.move(other, pos="last-child")
    assert pagecache.cache_version() != version
    version = pagecache.cache_version()
    with committed():
        other.delete()
    assert pagecache.cache_version() != version


def test_snippet_and_setting_edits_show_on_the_next_request(client, site, standard, committed):
    menu = Menu.objects.create(
        name="主导航", items=[("link", {"url": "https://example.org/", "label": "旧链接"})]
    )
    nav = NavigationSettings.for_site(site)
    nav.main_menu = menu
    nav.save()
    assert "旧链接" in get(client, "/guide/")[0].content.decode()
    assert get(client, "/guide/")[1] == "hit"

    menu.items = [("link", {"url": "https://example.org/", "label": "新链接"})]
    with committed():
        menu.save()
    response, state = get(client, "/guide/")
    assert state == "miss"
    assert "新链接" in response.content.decode()

    site_settings = SiteSettings.for_site(site)
    site_settings.organiser = "北京市西城区文化和旅游局"
    with committed():
        site_settings.save()
    assert "北京市西城区文化和旅游局" in client.get("/guide/").content.decode()


def test_book_snippet_edit_purges(committed):
    from recommendations.factories import BookFactory

    book = BookFactory()
    version = pagecache.cache_version()
    book.title = "红楼梦（校注本）"
    with committed():
        book.save()
    assert pagecache.cache_version() != version


def test_scheduled_go_live_shows_on_the_next_request(client, standard, committed):
    get(client, "/guide/")
    standard.title = "定时发布的新标题"
    revision = standard.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    assert "定时发布的新标题" not in get(client, "/guide/")[0].content.decode()
    with committed():
        call_command("publish_scheduled")
    response, state = get(client, "/guide/")
    assert state == "miss"
    assert "定时发布的新标题" in response.content.decode()


def test_rendering_during_a_purge_is_not_stored_as_fresh(client, standard, monkeypatch):
    """A page rendered from data older than a purge must not be kept under the new version."""
    from home.models import StandardPage

    original = StandardPage.serve

    def serve_then_purge(self, request, *args, **kwargs):
        response = original(self, request, *args, **kwargs)
        pagecache.purge_site()  # an editor publishes while this page renders
        return response

    monkeypatch.setattr(StandardPage, "serve", serve_then_purge)
    get(client, "/guide/")
    monkeypatch.setattr(StandardPage, "serve", original)
    assert get(client, "/guide/")[1] == "miss"


def test_an_evicted_version_never_revives_old_entries(client, standard):
    from django.core.cache import cache

    get(client, "/guide/")
    cache.delete(pagecache.VERSION_KEY)
    assert get(client, "/guide/")[1] == "miss"


def test_purge_from_another_process_reaches_this_one(client, standard, settings, tmp_path):
    """gunicorn workers and publish_scheduled are separate processes: the default file
    cache is shared, so a purge in one is seen by all (local memory would not be)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache" / "django"),
            "KEY_PREFIX": "sxc",
        }
    }
    get(client, "/guide/")
    assert get(client, "/guide/")[1] == "hit"
    # Another process with the embedded defaults (config.settings.base, VAR_DIR/cache).
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "CACHE_KEY_PREFIX", "DJANGO_SETTINGS_MODULE")
    }
    env.update(VAR_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="config.settings.base")
    code = "import django; django.setup(); from core.pagecache import purge_site; purge_site()"
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=django_settings.BASE_DIR)
    assert get(client, "/guide/")[1] == "miss"


PURGED = []


class RecordingBackend(BaseBackend):
    """A CDN that remembers what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


def test_configured_cdn_is_purged_with_the_site(standard, settings, committed):
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "tests.foundation.pagecache.test_invalidation.RecordingBackend"}
    }
    PURGED.clear()
    with committed():
        published(standard, title="借书指南（修订）")
    assert any(url.endswith("/guide/") for url in PURGED)
    assert any(url.endswith("/feeds/articles.rss") for url in PURGED)
