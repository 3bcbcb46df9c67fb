"""Event querysets other pages reuse: a space's, a brand's or the home page's upcoming events.

``upcoming_events(brand=…, venue=…, promoter=…, limit=…)`` runs a fixed number of queries (the events
with venue and brand joined, then images and their renditions), whatever the limit.
Render the result with ``{% include "events/includes/event_list.html" with events=… %}``.
"""

from django.db.models import Prefetch
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale


def event_queryset():
    from events.models import EventPage

    images = get_image_model().objects.prefetch_renditions()
    return (
        EventPage.objects.live()
        .public()
        .defer_streamfields()
        .select_related("venue", "brand")
        .prefetch_related(
            Prefetch("image", queryset=images), Prefetch("listing_image", queryset=images)
        )
    )


def _same_page(queryset, field, page):
    """Events pointing at ``page`` or any translation of it, in ``page``'s language."""
    return queryset.filter(
        **{f"{field}__translation_key": page.translation_key}, locale_id=page.locale_id
    )


def _scoped(queryset, brand, venue, locale, limit, order, promoter=None):
    """Events of a brand, a venue, a promoter, or (none given) the active language."""
    if brand is not None:
        queryset = _same_page(queryset, "brand", brand)
    if venue is not None:
        queryset = _same_page(queryset, "venue", venue)
    if promoter is not None:
        # Many-to-many: an event may name the promoter and a translation of them.
        queryset = _same_page(queryset, "promoters", promoter).distinct()
    if brand is None and venue is None and promoter is None:
        queryset = queryset.filter(locale=locale or Locale.get_active())
    queryset = queryset.order_by(*order)
    return list(queryset[:limit] if limit else queryset)


def upcoming_events(brand=None, venue=None, limit=6, now=None, locale=None, promoter=None):
    """Events not yet over, soonest first; for a brand, a venue, a promoter (any translation
    of them, events in their language) or the active language."""
    queryset = event_queryset().filter(end__gte=now or timezone.now())
    return _scoped(queryset, brand, venue, locale, limit, ("start", "pk"), promoter)


def past_events(brand=None, venue=None, limit=6, now=None, locale=None):
    """Events already over, most recent first."""
    queryset = event_queryset().filter(end__lt=now or timezone.now())
    return _scoped(queryset, brand, venue, locale, limit, ("-start", "-pk"))
