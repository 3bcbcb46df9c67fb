"""The page cache serves anonymous readers: hits, HEAD, keys, display preference, Vary, 304."""

import pytest

from core.display import COOKIE_NAME

from .helpers import get, published

pytestmark = pytest.mark.django_db


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


def test_the_sitemap_is_served_from_the_cache(client, standard):
    # Crawlers ask for it often; it was rendered on every request (bench: 13 % of the
    # minimal view's rate).
    first, state = get(client, "/sitemap.xml")
    assert (first.status_code, state) == (200, "miss")
    second, state = get(client, "/sitemap.xml")
    assert state == "hit"
    assert second.content == first.content
    assert "s-maxage=600" in second["Cache-Control"]
