import datetime

import pytest

from recommendations.factories import (
    BookFactory,
    BookListPageFactory,
    BookRecommendationPageFactory,
    CoverFactory,
    RecommendationIndexPageFactory,
)
from tests.shared_data import SharedData, default_home


def new_index(home):
    page = RecommendationIndexPageFactory(parent=home, slug="books", title="好书推荐")
    page.save_revision().publish()
    return page


def new_book(**fields):
    fields.setdefault("cover", CoverFactory())
    return BookFactory(**fields)


def new_recommendation(index, book=None, **fields):
    page = BookRecommendationPageFactory(parent=index, book=book or new_book(), **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def new_list(index, books, **fields):
    page = BookListPageFactory(parent=index, books=books, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class SharedCatalogue(SharedData):
    """The index with two recommendations and one list that differ in every filterable way,
    built once per process for the ~30 filter tests (tests/shared_data.py)."""

    fixture = "catalogue"
    reader = "catalogue"

    def build(self):
        index = new_index(default_home())
        kids = new_book(
            title="草房子", category="children", age_groups=["primary"], themes=["童年"]
        )
        city = new_book(title="城记", category="humanities", age_groups=["adult"], themes=["北京"])
        science = new_book(title="时间简史", category="science", age_groups=["secondary", "adult"])
        return {
            "index": index,
            "kids": new_recommendation(
                index, kids, title="推荐草房子", recommended_on=datetime.date(2025, 5, 1)
            ),
            "city": new_recommendation(
                index, city, title="推荐城记", recommended_on=datetime.date(2026, 3, 1)
            ),
            "list": new_list(
                index, [science, kids], title="科普书单", year=2024, audience=["secondary"]
            ),
        }

    def refresh(self, value):
        for page in value.values():
            page.refresh_from_db()


SHARED_CATALOGUE = SharedCatalogue()


_shared_catalogue = SHARED_CATALOGUE.session_fixture()


@pytest.fixture
def catalogue(_shared_catalogue, db):
    """Two recommendations and one list (``kids``, ``city``, ``list``) and their ``index``."""
    return _shared_catalogue.current()


@pytest.fixture
def index(request, home):
    return SHARED_CATALOGUE.part(request, "index", lambda: new_index(home))


@pytest.fixture
def make_book(db):
    return new_book


@pytest.fixture
def make_recommendation(index, make_book):
    def make(book=None, **fields):
        return new_recommendation(index, book, **fields)

    return make


@pytest.fixture
def make_list(index):
    def make(books, **fields):
        return new_list(index, books, **fields)

    return make
