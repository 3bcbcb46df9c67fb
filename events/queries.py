"""Event querysets other pages reuse: a space's, a brand's or the home page's upcoming events.

``upcoming_events(brand=…, venue=…, promoter=…, limit=…)`` runs a fixed number of queries (the events
with venue and brand joined, then images and their renditions), whatever the limit.
Render the result with ``{% include "events/includes/event_list.html" with events=… %}``.
"""

from django.db.models import Prefetch, Q
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
    of them, events in their language) or the active language. A running series counts by
    its next date (one query more for all series)."""
    from events.calendar import expand_series, series_running

    now = now or timezone.now()
    queryset = event_queryset().filter(Q(end__gte=now) | series_running(now))
    events = _scoped(queryset, brand, venue, locale, limit, ("start", "pk"), promoter)
    return expand_series(events, now=now, per_series=1)[: limit or None]


def past_events(brand=None, venue=None, limit=6, now=None, locale=None):
    """Events already over, most recent first."""
    queryset = event_queryset().filter(end__lt=now or timezone.now())
    return _scoped(queryset, brand, venue, locale, limit, ("-start", "-pk"))


# -- booking and attendance figures (for the stats app): aggregates only, no people --------


def _booking_scope(start=None, end=None):
    from events.models import Booking

    bookings = Booking.objects.filter(occurrence__cancelled=False)
    if start is not None:
        bookings = bookings.filter(occurrence__start__gte=start)
    if end is not None:
        bookings = bookings.filter(occurrence__start__lt=end)
    return bookings


def _figures():
    from django.db.models import Count, Q, Sum

    from events.models import Booking

    confirmed = Q(status=Booking.Status.CONFIRMED)
    return {
        "bookings": Count("pk", filter=confirmed),
        "people": Sum("places", filter=confirmed),
        "attended": Sum("places", filter=confirmed & Q(attended_at__isnull=False)),
        "waiting": Count("pk", filter=Q(status=Booking.Status.WAITING)),
        "cancelled": Count("pk", filter=Q(status=Booking.Status.CANCELLED)),
    }


def _clean(row):
    return {
        key: (value or 0) if key not in ("month", "event_id", "title") else value
        for key, value in row.items()
    }


def booking_figures_by_month(start=None, end=None):
    """[{month: date (1st, Asia/Shanghai), bookings, people, attended, waiting, cancelled}],
    one query; ``start``/``end`` bound the occurrences' start times."""
    from django.db.models.functions import TruncMonth

    rows = (
        _booking_scope(start, end)
        .annotate(month=TruncMonth("occurrence__start"))
        .values("month")
        .annotate(**_figures())
        .order_by("month")
    )
    return [_clean(row) for row in rows]


def booking_figures_by_event(start=None, end=None):
    """[{event_id, title, bookings, people, attended, waiting, cancelled}] per event (the
    default-language page), one query, largest attendance first."""
    rows = (
        _booking_scope(start, end)
        .values("occurrence__event_id", "occurrence__event__title")
        .annotate(**_figures())
        .order_by("-attended", "occurrence__event__title")
    )
    return [
        _clean(
            {
                "event_id": row.pop("occurrence__event_id"),
                "title": row.pop("occurrence__event__title"),
                **row,
            }
        )
        for row in rows
    ]


def booking_totals(start=None, end=None):
    """One dict of the same figures over all events in the range."""
    return _clean(_booking_scope(start, end).aggregate(**_figures()))
