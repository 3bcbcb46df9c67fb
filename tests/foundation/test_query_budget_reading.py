"""Within 12 queries and the same for 5 and 50 items (issue 11): the home page, the
recommendation index, a recommendation, a book list, an article, and the pages API asked
for every field of a type. Measured as in test_query_budget (a page-cache miss)."""

import pytest
from wagtail.models import Site

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from core.factories import ImageFactory
from recommendations.factories import (
    BookFactory,
    BookListPageFactory,
    BookRecommendationPageFactory,
    RecommendationIndexPageFactory,
)
from recommendations.models import BookListItem, RelatedBook
from tests.foundation.test_query_budget import BUDGET, five_then_fifty, uncached_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("one_pixel_renditions")]


@pytest.fixture
def picture(db):
    return ImageFactory(title="共用图片")


@pytest.fixture
def books_index(home):
    return RecommendationIndexPageFactory(parent=home, slug="books")


def test_home_page(client, home, picture):
    news = ArticleIndexPageFactory(parent=home, slug="news")
    brands = ReadingBrandIndexPageFactory(parent=home, slug="brands")
    books_index = RecommendationIndexPageFactory(parent=home, slug="books")
    home.hero_image = picture
    home.save()

    def add(n):
        for _ in range(n):
            ArticlePageFactory(parent=news, lead_image=picture)
            ReadingBrandPageFactory(parent=brands, logo=picture)
            BookListPageFactory(parent=books_index, image=picture)

    five, fifty = five_then_fifty(client, "/", add)
    assert five == fifty <= BUDGET, (five, fifty)


def test_recommendation_index(client, books_index, picture):
    def add(n):
        for _ in range(n):
            BookRecommendationPageFactory(parent=books_index, book=BookFactory(cover=picture))
            BookListPageFactory(parent=books_index, books=[BookFactory(cover=picture)])

    five, fifty = five_then_fifty(client, books_index.url, add)
    assert five == fifty <= BUDGET, (five, fifty)


def test_recommendation_page(client, books_index, picture):
    page = BookRecommendationPageFactory(parent=books_index, book=BookFactory(cover=picture))

    def add(n):
        for _ in range(n):
            RelatedBook.objects.create(page=page, book=BookFactory(cover=picture))

    five, fifty = five_then_fifty(client, page.url, add)
    assert five == fifty <= BUDGET, (five, fifty)


def test_book_list_page(client, books_index, picture):
    page = BookListPageFactory(parent=books_index)

    def add(n):
        for _ in range(n):
            BookListItem.objects.create(page=page, book=BookFactory(cover=picture))

    five, fifty = five_then_fifty(client, page.url, add)
    assert five == fifty <= BUDGET, (five, fifty)


def test_article_page(client, home, picture):
    news = ArticleIndexPageFactory(parent=home, slug="news")
    page = ArticlePageFactory(parent=news, lead_image=picture)

    def add(n):
        for i in range(n):
            other = ArticlePageFactory(parent=news, lead_image=picture)
            page.related_pages.create(related_page=other)
            page.tags.add(f"标签{page.tags.count()}-{i}")
        page.save()

    five, fifty = five_then_fifty(client, page.url, add)
    assert five == fifty <= BUDGET, (five, fifty)


@pytest.mark.parametrize(
    "page_type",
    [
        "recommendations.BookRecommendationPage",
        "recommendations.BookListPage",
        "articles.ArticlePage",
    ],
)
def test_api_listing_with_every_field(client, home, books_index, picture, page_type):
    news = ArticleIndexPageFactory(parent=home, slug="news")

    def add(n):
        for _ in range(n):
            book = BookFactory(cover=picture)
            if page_type.endswith("BookRecommendationPage"):
                page = BookRecommendationPageFactory(parent=books_index, book=book)
                RelatedBook.objects.create(page=page, book=BookFactory(cover=picture))
            elif page_type.endswith("BookListPage"):
                BookListPageFactory(parent=books_index, books=[book, BookFactory(cover=picture)])
            else:
                ArticlePageFactory(parent=news, lead_image=picture, tag_names=["亲子", "阅读"])

    url = f"/api/v2/pages/?type={page_type}&fields=*&limit=50"
    five, fifty = five_then_fifty(client, url, add)
    assert five == fifty <= BUDGET, (five, fifty)


def test_site_root_edit_shows_without_a_publish_signal(client, home):
    # The sites (with their specific root page) are cached (core.lookups): a save of the
    # root page drops them at once, before any purge on commit.
    client.get("/")
    home.hero_title = "新的首屏标题"
    home.save()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert "新的首屏标题" in client.get("/").content.decode()


def test_uncached_queries_counts_the_third_request(client, home):
    assert uncached_queries(client, "/") <= BUDGET
