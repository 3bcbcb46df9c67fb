"""The anonymous full-page cache (core.pagecache, core.pagecache_middleware)."""

import datetime
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone

from core import pagecache
from core.display import COOKIE_NAME
from core.models import Menu, NavigationSettings, SiteSettings
from core.pagecache_middleware import HIT_HEADER, PageCacheMiddleware
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


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


def get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.get(HIT_HEADER, "")


def published(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


# -- hits and misses -----------------------------------------------------------------------


def test_second_anonymous_request_is_a_hit_without_queries(
    client, standard, django_assert_num_queries
):
    first, state = get(client, "/guide/")
    assert (first.status_code, state) == (200, "miss")
    with django_assert_num_queries(0):
        second, state = get(client, "/guide/")
    assert state == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "Content-Security-Policy" in second


def test_head_is_served_from_the_cache(client, standard):
    get(client, "/guide/")
    response, state = get(client, "/guide/", REQUEST_METHOD="HEAD")
    assert state == "hit"


def test_query_string_and_language_are_part_of_the_key(client, standard, home_en):
    get(client, "/guide/")
    assert get(client, "/guide/?utm_source=wechat")[1] == "miss"
    assert get(client, "/guide/?utm_source=wechat")[1] == "hit"
    assert get(client, "/en/")[1] == "miss"
    assert get(client, "/")[1] == "miss"


def test_switch_off(client, standard, settings):
    settings.PAGE_CACHE = False
    get(client, "/guide/")
    assert get(client, "/guide/")[1] == ""


# -- invalidation --------------------------------------------------------------------------


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


# -- who never gets or makes a cached page -------------------------------------------------


def test_logged_in_editor_never_gets_a_cached_page(client, standard):
    get(client, "/guide/")
    assert get(client, "/guide/")[1] == "hit"
    editor = get_user_model().objects.create_superuser("editor-x", "e@example.org", "pw-12345")
    client.force_login(editor)
    response, state = get(client, "/guide/")
    assert state == ""
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    client.logout()
    client.cookies.clear()
    # What the editor saw was not stored for anonymous readers either.
    assert get(client, "/guide/")[1] == "hit"


def test_form_page_with_csrf_token_is_never_stored(client, home):
    from engagement.factories import FormFieldFactory, FormPageFactory

    form = FormPageFactory(parent=home, slug="feedback")
    FormFieldFactory(page=form)
    for _ in range(2):
        response, state = get(client, "/feedback/")
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert state == ""
        assert "public" not in response["Cache-Control"]


def test_response_setting_a_cookie_is_never_stored():
    factory = RequestFactory()

    def view(request):
        response = HttpResponse("<p>hello</p>")
        response.set_cookie("tracking", "1")
        return pagecache.apply_cache_policy(request, response, 60)

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        request = factory.get("/cookie/")
        request.user = _anonymous()
        response = middleware(request)
        assert response.get(HIT_HEADER, "") == ""
        assert "private" in response["Cache-Control"]


def test_session_cookie_bypasses_the_cache(client, standard):
    get(client, "/guide/")
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "not-a-session"
    assert get(client, "/guide/")[1] == ""


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


# -- display preference, Vary, conditional GET ---------------------------------------------


def test_large_text_and_normal_visitors_never_get_each_others_page(client, standard):
    from django.test import Client

    large = Client()
    large.cookies[COOKIE_NAME] = "large"
    for _ in range(2):
        normal_html = client.get("/guide/").content.decode()
        large_html = large.get("/guide/").content.decode()
        assert 'class="pref-large"' in large_html
        assert "pref-large" not in normal_html
    other_cookie = Client()
    other_cookie.cookies["_ga"] = "GA1.2.3"
    response, state = get(other_cookie, "/guide/")
    assert state == "hit"  # an unrelated cookie does not split the cache
    assert "pref-large" not in response.content.decode()


def test_toggling_the_preference_shows_at_once(client, standard):
    get(client, "/guide/")
    client.get("/display/", {"toggle": "contrast", "next": "/guide/"})
    assert 'class="pref-contrast"' in client.get("/guide/").content.decode()


def test_anonymous_pages_do_not_vary_on_cookie_and_revalidate(client, standard):
    response, _ = get(client, "/guide/")
    assert "Cookie" not in response.get("Vary", "")
    assert "Accept-Language" not in response.get("Vary", "")
    assert "max-age=0" in response["Cache-Control"]
    assert "s-maxage=60" in response["Cache-Control"]


def test_conditional_get_answers_304(client, standard, committed):
    first, _ = get(client, "/guide/")
    etag = first["ETag"]
    assert etag
    response, state = get(client, "/guide/", HTTP_IF_NONE_MATCH=etag)
    assert (response.status_code, state) == (304, "hit")
    assert response.content == b""
    with committed():
        published(standard, title="新标题")
    assert client.get("/guide/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_hit_reports_its_age(client, standard):
    get(client, "/guide/")
    response, _ = get(client, "/guide/")
    assert int(response["Age"]) >= 0


# -- one policy for pages, routes, search and feeds ----------------------------------------


def test_routes_of_a_routable_page_get_the_policy(client, home):
    from articles.models import ArticleIndexPage

    index = ArticleIndexPage(title="资讯", slug="news")
    home.add_child(instance=index)
    index.save_revision().publish()
    for url in ("/news/", "/news/feed/rss/"):
        response, state = get(client, url)
        assert response.status_code == 200
        assert "s-maxage" in response["Cache-Control"], url
        assert get(client, url)[1] == "hit"


def test_search_and_feeds_get_the_policy(client, home):
    for url in ("/search/?q=%E9%98%85%E8%AF%BB", "/feeds/articles.rss"):
        response, _ = get(client, url)
        assert response.status_code == 200
        assert "s-maxage" in response["Cache-Control"], url
        assert "Cookie" not in response.get("Vary", "")
        assert get(client, url)[1] == "hit", url


def test_no_page_type_is_kept_longer_than_a_minute():
    """Time-dependent text (open now, campaign status, this weekend) is at most 60 s old."""
    from django.apps import apps

    from core.models import BasePage

    for model in apps.get_models():
        if issubclass(model, BasePage):
            assert 0 < model.cache_max_age <= 60, model
