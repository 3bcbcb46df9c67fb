"""schema.org objects for books, recommendations and book lists."""

from django.utils.html import strip_tags

from core import jsonld


def person_list(names):
    return [{"@type": "Person", "name": name} for name in names]


def book_object(book, request, url=None, with_context=False):
    """A ``Book`` (the work) with a ``workExample`` (this edition)."""
    if book is None:
        return None
    image = jsonld.image_object(book.cover, request, "fill-600x850") if book.cover_id else None
    authors = person_list(book.author_list)
    edition = {
        "@type": "Book",
        "name": book.title,
        "alternativeHeadline": book.subtitle,
        "isbn": book.isbn,
        "bookFormat": f"https://schema.org/{book.book_format}" if book.book_format else None,
        "publisher": {"@type": "Organization", "name": book.publisher} if book.publisher else None,
        "datePublished": str(book.year) if book.year else None,
        "author": authors,
        "translator": person_list(
            [n.strip() for n in book.translator.replace("，", "、").split("、") if n.strip()]
        ),
        "inLanguage": book.language,
        "numberOfPages": book.pages,
        "image": image,
    }
    data = {
        "@type": "Book",
        "name": book.title,
        "author": authors,
        "genre": book.category_label,
        "keywords": ", ".join(book.theme_names),
        "audience": [
            {"@type": "PeopleAudience", "audienceType": label} for label in book.age_group_labels
        ],
        "image": image,
        "url": url,
        "workExample": edition,
    }
    if with_context:
        data = {"@context": jsonld.CONTEXT, **data}
    return data


def recommendation_object(page, book, request):
    data = book_object(book, request, url=page.get_full_url(request), with_context=True)
    if data is None:
        return None
    data["review"] = {
        "@type": "Review",
        "name": page.title,
        "reviewBody": strip_tags(page.reason).strip(),
        "author": {
            "@type": "Person",
            "name": page.recommender_name,
            "jobTitle": page.recommender_title,
        }
        if page.recommender_name
        else None,
        "datePublished": page.recommended_on.isoformat() if page.recommended_on else None,
        "inLanguage": page.locale.language_code,
    }
    return data


def item_list_object(page, entries, request):
    """``ItemList`` whose positions point at the books (their recommendation page if any)."""
    return {
        "@context": jsonld.CONTEXT,
        "@type": "ItemList",
        "name": page.title,
        "description": page.intro,
        "url": page.get_full_url(request),
        "numberOfItems": len(entries),
        "itemListOrder": "https://schema.org/ItemListOrderAscending",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "url": entry["url"],
                "item": book_object(entry["book"], request, url=entry["url"]),
            }
            for position, entry in enumerate(entries, start=1)
        ],
    }
