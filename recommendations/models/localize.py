"""Show each book in the reader's language with a fixed number of queries."""

from wagtail.models import Locale


def active_locale():
    try:
        return Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return None


def localize_books(books, locale=None, themes=False):
    """``{book.pk: the live translation in locale (or the book itself)}`` in one query (two
    with ``themes``, for the page that shows a book's themes)."""
    from .books import Book

    books = [b for b in books if b is not None]
    locale = locale or active_locale()
    result = {book.pk: book for book in books}
    if locale is None:
        return result
    foreign = {book.translation_key: book for book in books if book.locale_id != locale.pk}
    if foreign:
        translations = Book.objects.filter(
            translation_key__in=foreign, locale=locale, live=True
        ).select_related("cover")
        if themes:
            translations = translations.prefetch_related("themes")
        for translation in translations:
            result[foreign[translation.translation_key].pk] = translation
    return result
