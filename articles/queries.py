"""Article querysets other apps read: the home page's latest articles, a brand's articles."""

from articles.models import ArticlePage
from core.queries import translation_key_of


def live_articles():
    """Live articles with what a card shows (lead image, listing image, tags) prefetched."""
    return (
        ArticlePage.objects.live()
        .select_related("lead_image", "listing_image")
        .prefetch_related("lead_image__renditions", "listing_image__renditions", "tags")
        .order_by("-date", "-pk")
    )


def latest_articles(locale, count=4, pinned_id=None):
    """The newest live articles in ``locale``; a pinned one (chosen in any language) first."""
    articles = live_articles().filter(locale=locale)
    if pinned_id is None:
        return list(articles[:count])
    key = translation_key_of(pinned_id)
    first = list(articles.filter(translation_key__in=key)[:1])
    return first + list(articles.exclude(translation_key__in=key)[: count - len(first)])


def articles_about_brand(brand, limit=6):
    """The latest live articles that name ``brand`` or any translation of it, in its language."""
    return (
        ArticlePage.objects.live()
        # A translated article may still point at the original brand: follow the key.
        .filter(brand__translation_key=brand.translation_key, locale_id=brand.locale_id)
        .select_related("lead_image", "listing_image")
        .prefetch_related("lead_image__renditions", "listing_image__renditions")
        .order_by("-date", "-pk")[:limit]
    )
