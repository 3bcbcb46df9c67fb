"""Possible duplicate books: the same ISBN, or the same title by the same authors.

Two records of one book split its recommendations and lists, and look identical in the
chooser. The book form warns before saving one (``recommendations.forms``) and the chooser
marks the candidates. Translations of a book (same ``translation_key``) are not duplicates,
and only books of the same language version (locale) are compared.
"""

from django.db.models import Q

from recommendations.isbn import SEPARATORS


def normalise_title(title):
    return SEPARATORS.sub("", (title or "").strip().strip("《》")).lower()


def normalise_authors(authors):
    names = (authors or "").replace("，", "、").replace(",", "、").split("、")
    return tuple(sorted(SEPARATORS.sub("", n).lower() for n in names if n.strip()))


def _key_matches(a, b):
    if a.isbn and a.isbn == b.isbn:
        return True
    return normalise_title(a.title) == normalise_title(b.title) and normalise_authors(
        a.authors
    ) == normalise_authors(b.authors)


def candidates_for(book, model=None):
    """Other books that may be the same edition as ``book`` (saved or not), one query."""
    model = model or type(book)
    title = (book.title or "").strip().strip("《》")
    if not title and not book.isbn:
        return []
    match = Q(title__iexact=title) if title else Q()
    if book.isbn:
        match |= Q(isbn=book.isbn)
    others = model.objects.filter(match, locale_id=book.locale_id)
    if book.pk:
        others = others.exclude(pk=book.pk)
    if book.translation_key:
        others = others.exclude(translation_key=book.translation_key)
    return [other for other in others.order_by("pk") if _key_matches(book, other)]


def duplicate_ids(books):
    """The ids among ``books`` that have a possible duplicate anywhere, in one query."""
    books = list(books)
    if not books:
        return set()
    model = type(books[0])
    titles = {(b.title or "").strip() for b in books}
    isbns = {b.isbn for b in books if b.isbn}
    pool = list(
        model.objects.filter(Q(title__in=titles) | Q(isbn__in=isbns)).only(
            "pk", "title", "authors", "isbn", "locale_id", "translation_key"
        )
    )
    found = set()
    for book in books:
        for other in pool:
            if (
                other.pk != book.pk
                and other.locale_id == book.locale_id
                and other.translation_key != book.translation_key
                and _key_matches(book, other)
            ):
                found.add(book.pk)
                break
    return found
