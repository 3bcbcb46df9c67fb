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


def test_english_brand_page_shows_the_english_book_lists(
    client, home, home_en, locale_en, lists_index
):
    """A brand translated by copying keeps its links to the Chinese lists: the English page
    shows their English translations, and the Chinese list where none exists."""
    from django.utils.translation import override

    brand = ReadingBrandPageFactory(parent=ReadingBrandIndexPageFactory(parent=home, slug="brands"))
    translated = BookListPageFactory(parent=lists_index, title="寒假亲子书单")
    untranslated = BookListPageFactory(parent=lists_index, title="长者大字书单")
    for order, book_list in enumerate((translated, untranslated)):
        BrandBookList.objects.create(page=brand, book_list=book_list, sort_order=order)
    brand.save_revision().publish()
    copies = []
    for page, title in ((brand, "Sample brand"), (translated, "Winter holiday family list")):
        copy = page.copy_for_translation(locale_en, copy_parents=True)
        copy.title = copy.draft_title = title
        copy.save_revision().publish()
        copies.append(copy.specific)
    brand_en, list_en = copies
    assert [link.book_list_id for link in brand_en.book_list_links.all()] == [
        translated.pk,
        untranslated.pk,
    ]  # the copy still points at the Chinese lists
    assert [p.pk for p in brand_en.get_book_lists()] == [list_en.pk, untranslated.pk]
    with override("en"):
        html = client.get(brand_en.url).content.decode()
    assert "Winter holiday family list" in html and "寒假亲子书单" not in html
