"""Books are moderated with the pages that show them (docs/editor-guide.md, 图书的规则).

- A moderator approving (publishing) a page publishes the not-yet-published books that
  page shows, exactly as the moderator saw them in the preview (the draft row of a book
  that was never published *is* its latest version). Changes to an already published book
  are not published this way: the moderator did not see them in the page's preview; they
  go through the book's own 提交审核.
- When a book is published, the pages showing it are re-indexed for search and cached
  pages are made stale, so page, API and search show the same version.
"""

from django.db import transaction
from wagtail.models import ReferenceIndex
from wagtail.signals import page_published, published

from core.pagecache import purge_site


def referenced_books(instance):
    """The Book objects ``instance`` refers to (foreign keys, inline rows, StreamField)."""
    from django.contrib.contenttypes.models import ContentType

    from recommendations.models import Book

    book_type = ContentType.objects.get_for_model(Book)
    ids = {
        int(object_id)
        for content_type_id, object_id, *_ in ReferenceIndex._extract_references_from_object(
            instance
        )
        if content_type_id == book_type.pk and str(object_id).isdigit()
    }
    return list(Book.objects.filter(pk__in=ids)) if ids else []


def publish_new_books(sender, instance, revision=None, user=None, **kwargs):
    for book in referenced_books(instance):
        if book.live:
            continue
        book_revision = book.latest_revision or book.save_revision(user=user)
        book_revision.publish(user=user)


def book_published(sender, instance, **kwargs):
    from recommendations.models import Book

    if not isinstance(instance, Book):
        return
    from wagtail.search.index import insert_or_update_object

    def refresh():
        for page in pages_showing(instance):
            insert_or_update_object(page)
        purge_site()

    transaction.on_commit(refresh)


def pages_showing(book):
    """Live pages that refer to ``book`` (from Wagtail's reference index)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    ids = (
        ReferenceIndex.get_references_to(book)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.live().filter(pk__in=[int(i) for i in ids]).specific())


def connect():
    page_published.connect(publish_new_books, dispatch_uid="recommendations-publish-new-books")
    published.connect(book_published, dispatch_uid="recommendations-book-published")
