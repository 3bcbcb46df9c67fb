"""Article querysets other apps read: the home page's latest articles, a brand's articles."""

from articles.models import ArticlePage
from core.image_renditions import with_renditions
from core.queries import translation_key_of
from core.visibility import public_pages


def live_articles():
    """Live articles with what a card shows: images joined, tags prefetched (renditions:
    ``core.image_renditions.attach_renditions``)."""
    return (
        public_pages(ArticlePage.objects)
        .select_related("lead_image", "listing_image")
        .prefetch_related("tags")
        .order_by("-date", "-pk")
    )


def latest_articles(locale, count=4, pinned_id=None):
    """The newest live articles in ``locale``; a pinned one (chosen in any language) first."""
    articles = live_articles().filter(locale=locale)
    if pinned_id is None:
        chosen = list(articles[:count])
    else:
        key = translation_key_of(pinned_id)
        first = list(articles.filter(translation_key__in=key)[:1])
        chosen = first + list(articles.exclude(translation_key__in=key)[: count - len(first)])
    return with_renditions(chosen, "lead_image", "listing_image")


def articles_about_brand(brand, limit=6):
    """The latest live articles that name ``brand`` or any translation of it, in its language."""
    articles = (
        public_pages(ArticlePage.objects)
        # A translated article may still point at the original brand: follow the key.
        .filter(brand__translation_key=brand.translation_key, locale_id=brand.locale_id)
        .select_related("lead_image", "listing_image")
        .order_by("-date", "-pk")[:limit]
    )
    return with_renditions(articles, "lead_image", "listing_image")
