"""Recommendation pages and book lists other apps read: the home page's book list."""

from core.queries import chosen_translation
from recommendations.models import BookListPage


def latest_book_list(locale, featured_id=None):
    """The editor's book list (its translation into ``locale``), else the newest in ``locale``."""
    lists = (
        BookListPage.objects.live()
        .filter(locale_id=locale)
        .select_related("image", "listing_image")
        .prefetch_related("image__renditions", "listing_image__renditions")
    )
    chosen = chosen_translation(lists, featured_id)
    if chosen is not None:
        return chosen
    return lists.order_by("-year", "-first_published_at").first()
