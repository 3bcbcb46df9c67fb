"""Book lists on brand pages and on the home page (recommendations.BookListPage)."""

import pytest

from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from brands.models import BrandBookList
from recommendations.factories import BookListPageFactory, RecommendationIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lists_index(home):
    return RecommendationIndexPageFactory(parent=home, slug="books")


def test_brand_page_shows_its_live_book_lists_in_order(client, home, lists_index):
    brand = ReadingBrandPageFactory(parent=ReadingBrandIndexPageFactory(parent=home, slug="brands"))
    first = BookListPageFactory(parent=lists_index, title="寒假亲子书单")
    second = BookListPageFactory(parent=lists_index, title="长者大字书单")
    hidden = BookListPageFactory(parent=lists_index, title="草稿书单")
    hidden.unpublish()
    for order, book_list in enumerate((second, first, hidden)):
        BrandBookList.objects.create(page=brand, book_list=book_list, sort_order=order)
    html = client.get(brand.url).content.decode()
    assert html.index("长者大字书单") < html.index("寒假亲子书单")
    assert "草稿书单" not in html


def test_home_shows_the_chosen_or_the_latest_book_list(client, home, lists_index):
    older = BookListPageFactory(parent=lists_index, title="去年的书单", year=2020)
    BookListPageFactory(parent=lists_index, title="今年的书单", year=2026)
    html = client.get("/").content.decode()
    assert "今年的书单" in html and "去年的书单" not in html
    assert 'href="/books/"' in html
    home.featured_book_list = older
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert "去年的书单" in html and "今年的书单" not in html
