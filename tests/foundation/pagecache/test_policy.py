"""One cache policy for pages, routable routes, search and feeds."""

import pytest

from .helpers import get

pytestmark = pytest.mark.django_db


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


@pytest.mark.indexes
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


def test_making_a_page_private_shows_on_the_next_request(client, standard, committed):
    from wagtail.models import PageViewRestriction

    get(client, "/guide/")
    assert get(client, "/guide/")[1] == "hit"
    with committed():
        PageViewRestriction.objects.create(
            page=standard, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
    response, state = get(client, "/guide/")
    assert state == ""  # the password form sets the CSRF cookie: never stored
    assert 'name="password"' in response.content.decode()
    assert "private" in response["Cache-Control"]
