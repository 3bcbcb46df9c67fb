"""Uncached rendering within 12 queries, the same for 5 and for 50 items (issue 11).

"Uncached" is a page-cache miss in a running site, the usual one: the page's 60-second
lifetime is over. The page cache is off (as in every test) and what is kept across requests
— menus, renditions, and the sites, locales and site settings kept under the page-cache
version (core.lookups) — was filled by an earlier request. The first render right after a
purge reads those again too (about six queries more, once per purge, not per page type).
The other page types: test_query_budget_reading.py and test_query_budget_pages.py.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from core.factories import ImageFactory
from home.factories import StandardPageFactory
from honours.factories import HonourRollIndexPageFactory, HonourRollPageFactory
from tests.cache import clear_cache

BUDGET = 12

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("one_pixel_renditions")]


def uncached_queries(client, url):
    clear_cache()
    for _ in range(2):  # fills menus, site roots, renditions (and creates settings rows)
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def five_then_fifty(client, url, add_items):
    add_items(5)
    five = uncached_queries(client, url)
    add_items(45)
    fifty = uncached_queries(client, url)
    return five, fifty


@pytest.fixture
def logo(db):
    return ImageFactory(title="共用标志")


@pytest.mark.parametrize(
    "index_factory, child_factory, slug",
    [
        (ReadingBrandIndexPageFactory, ReadingBrandPageFactory, "brands"),
        (CampaignIndexPageFactory, CampaignPageFactory, "family-reading"),
        (HonourRollIndexPageFactory, HonourRollPageFactory, "honours"),
    ],
)
def test_index_pages(client, home, logo, index_factory, child_factory, slug):
    index = index_factory(parent=home, slug=slug)
    # What an editor's page has: a logo on brands, a first publication date everywhere.
    extra = {"first_published_at": timezone.now()}
    if slug == "brands":
        extra["logo"] = logo

    def add(n):
        for _ in range(n):
            child_factory(parent=index, **extra)

    five, fifty = five_then_fifty(client, index.url, add)
    assert five == fifty <= BUDGET, (slug, five, fifty)


def test_standard_page(client, home):
    page = StandardPageFactory(parent=home, slug="about")

    def add(n):
        for _ in range(n):
            StandardPageFactory(parent=page)

    five, fifty = five_then_fifty(client, page.url, add)
    assert five == fifty <= BUDGET


def test_api_page_listing(client, home):
    def add(n):
        for _ in range(n):
            StandardPageFactory(parent=home)

    five, fifty = five_then_fifty(client, "/api/v2/pages/?limit=50", add)
    assert five == fifty <= BUDGET


def test_article_feed(client, home):
    from articles.factories import ArticleIndexPageFactory, ArticlePageFactory

    news = ArticleIndexPageFactory(parent=home, slug="news")

    def add(n):
        for _ in range(n):
            ArticlePageFactory(parent=news)

    five, fifty = five_then_fifty(client, "/feeds/articles.rss", add)
    assert five == fifty <= BUDGET
