from recommendations.forms import MAX_LIST_ITEMS, BookListPageForm

from .book_list import BookListItem, BookListPage
from .books import Book, BookTag
from .choices import AgeGroup, BookFormat, BookLanguage, Category, Season
from .index import RecommendationIndexPage
from .recommendation import BookRecommendationPage, RelatedBook

__all__ = [
    "MAX_LIST_ITEMS",
    "AgeGroup",
    "Book",
    "BookFormat",
    "BookLanguage",
    "BookListItem",
    "BookListPage",
    "BookListPageForm",
    "BookRecommendationPage",
    "BookTag",
    "Category",
    "RecommendationIndexPage",
    "RelatedBook",
    "Season",
]
