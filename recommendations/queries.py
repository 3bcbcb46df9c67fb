"""Recommendation pages and book lists other apps read: the home page's book list, which
books are recommended (the statistics) and book lists as open-data rows.

A book counts as recommended when a live recommendation page or a live book list (in the
original language) includes it; each book counts once.
"""

from django.conf import settings
from django.db.models import Count, Q

from core.fields import contains_code
from core.image_renditions import with_renditions
from core.queries import chosen_translation
from core.visibility import public_pages
from recommendations.models import Book, BookListItem, BookListPage, BookRecommendationPage, choices

# The age groups and categories of books, for other apps' labels (the statistics).
AgeGroup = choices.AgeGroup
Category = choices.Category


def latest_book_list(locale, featured_id=None):
    """The editor's book list (its translation into ``locale``), else the newest in ``locale``."""
    lists = (
        public_pages(BookListPage.objects)
        .filter(locale_id=locale)
        .select_related("image", "listing_image")
    )
    chosen = chosen_translation(lists, featured_id)
    if chosen is None:
        chosen = lists.order_by("-year", "-first_published_at").first()
    return with_renditions(chosen, "image", "listing_image")


def recommended_books():
    language = settings.LANGUAGE_CODE
    recommended = BookRecommendationPage.objects.live().filter(locale__language_code=language)
    listed = BookListItem.objects.filter(page__live=True, page__locale__language_code=language)
    return Book.objects.filter(
        Q(pk__in=recommended.values("book_id")) | Q(pk__in=listed.values("book_id"))
    )


def recommended_counts_by_category():
    """{category code: recommended books} (one query)."""
    rows = recommended_books().order_by().values("category").annotate(n=Count("pk"))
    return {row["category"]: row["n"] for row in rows}


def recommended_counts_by_age_group():
    """{age group code: recommended books for it}, plus "total" (one query)."""
    aggregates = {
        code: Count("pk", filter=contains_code("age_groups", code)) for code in AgeGroup.values
    }
    return recommended_books().aggregate(total=Count("pk"), **aggregates)


def public_book_list_rows(request=None):
    """Every book on every live book list, in list order, as open-data rows (two queries)."""
    lists = (
        public_pages(BookListPage.objects)
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .defer_streamfields()
        .prefetch_related("items__book")
        .order_by("-year", "path")
    )
    for book_list in lists:
        url = book_list.get_full_url(request) or ""
        books = [item.book for item in book_list.items.all() if item.book_id]
        for position, book in enumerate(books, start=1):
            yield {
                "list": book_list.title,
                "year": book_list.year,
                "position": position,
                "title": book.title,
                "authors": book.authors,
                "publisher": book.publisher,
                "published": book.year or "",
                "isbn": book.isbn,
                "category": str(book.get_category_display()),
                "url": url,
            }
