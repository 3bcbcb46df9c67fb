import pytest

from recommendations.factories import (
    BookFactory,
    BookListPageFactory,
    BookRecommendationPageFactory,
    CoverFactory,
    RecommendationIndexPageFactory,
)


@pytest.fixture
def index(home):
    page = RecommendationIndexPageFactory(parent=home, slug="books", title="好书推荐")
    page.save_revision().publish()
    return page


@pytest.fixture
def make_book(db):
    def make(**fields):
        fields.setdefault("cover", CoverFactory())
        return BookFactory(**fields)

    return make


@pytest.fixture
def make_recommendation(index, make_book):
    def make(book=None, **fields):
        page = BookRecommendationPageFactory(parent=index, book=book or make_book(), **fields)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def make_list(index):
    def make(books, **fields):
        page = BookListPageFactory(parent=index, books=books, **fields)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make
