"""Event querysets other pages reuse: a space's, a brand's or the home page's upcoming events.

``upcoming_events(brand=…, venue=…, promoter=…, limit=…)`` runs a fixed number of queries (the events
with venue, brand and images joined; one more for the dates of series), whatever the limit;
the page gives the events' images to ``core.image_renditions.attach_renditions``.
Render the result with ``{% include "events/includes/event_list.html" with events=… %}``.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale

from core.image_renditions import with_renditions
from core.visibility import public_pages
from events import choices

# The audiences an event is for, for other apps' labels (the statistics).
AUDIENCES = choices.AUDIENCES


def event_queryset():
    from events.models import EventPage

    return (
        public_pages(EventPage.objects)
        .defer_streamfields()
        .select_related("venue", "brand", "image", "listing_image")
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
    with_renditions(events, "image", "listing_image")
    return expand_series(events, now=now, per_series=1)[: limit or None]


def past_events(brand=None, venue=None, limit=6, now=None, locale=None):
    """Events already over, most recent first."""
    queryset = event_queryset().filter(end__lt=now or timezone.now())
    events = _scoped(queryset, brand, venue, locale, limit, ("-start", "-pk"))
    return with_renditions(events, "image", "listing_image")


# -- counts for the statistics (stats app): aggregate queries, original language only --


def _events_between(start, end):
    from django.conf import settings

    from events.choices import CANCELLED
    from events.models import EventPage

    return (
        EventPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, start__gte=start, start__lt=end)
        .exclude(status=CANCELLED)
        .order_by()
    )


def _held_and_upcoming(now):
    from django.db.models import Count, Q

    return {
        "held": Count("pk", filter=Q(end__lt=now)),
        "upcoming": Count("pk", filter=Q(end__gte=now)),
    }


def event_counts_by(field, start, end, now=None):
    """[(value of ``field``, held, upcoming)] for events starting in [start, end), not
    cancelled; ``field`` e.g. "brand__title" or "venue__subdistrict" (one query)."""
    rows = (
        _events_between(start, end)
        .values(field)
        .annotate(**_held_and_upcoming(now or timezone.now()))
    )
    return [(row[field], row["held"], row["upcoming"]) for row in rows]


def event_counts_by_month(start, end, now=None):
    """{(year, month): (held, upcoming)} in Beijing time (one query)."""
    from django.db.models.functions import TruncMonth

    rows = (
        _events_between(start, end)
        .annotate(month=TruncMonth("start"))
        .values("month")
        .annotate(**_held_and_upcoming(now or timezone.now()))
    )
    return {(row["month"].year, row["month"].month): (row["held"], row["upcoming"]) for row in rows}


def event_counts_by_audience(start, end):
    """{audience code: events for it}, plus "total" (one query)."""
    from django.db.models import Count

    from core.fields import contains_code
    from events.choices import AUDIENCES

    aggregates = {
        code: Count("pk", filter=contains_code("audiences", code)) for code, _ in AUDIENCES
    }
    return _events_between(start, end).aggregate(total=Count("pk"), **aggregates)


def public_event_rows(start=None, end=None, request=None):
    """Live events (original language) as open-data rows: no registration data (two queries)."""
    from django.conf import settings

    from events.models import EventPage

    events = (
        public_pages(EventPage.objects)
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .defer_streamfields()
        .select_related("venue", "brand")
        .order_by("start", "pk")
    )
    if start is not None:
        events = events.filter(start__gte=start)
    if end is not None:
        events = events.filter(start__lt=end)
    for event in events:
        yield {
            "title": event.title,
            "start": timezone.localtime(event.start).isoformat(),
            "end": timezone.localtime(event.end).isoformat(),
            "status": str(event.get_status_display()),
            "brand": event.brand.title if event.brand_id else "",
            "venue": event.location_name or "",
            "address": event.location_address or "",
            "subdistrict": event.venue.get_subdistrict_display() if event.venue_id else "",
            "audiences": "、".join(str(label) for label in event.audience_labels()),
            "online": bool(event.online_url),
            "url": event.get_full_url(request) or "",
        }


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


def upcoming_without_registration(now=None, limit=10):
    """Live, scheduled events still to come with neither a sign-up form, a sign-up link, nor a
    note saying none is needed (e.g. “无需报名”): for the editors' dashboard."""
    from events import choices
    from events.models import EventPage

    return list(
        EventPage.objects.live()
        .filter(
            start__gte=now or timezone.now(),
            status=choices.SCHEDULED,
            registration_page__isnull=True,
            registration_url="",
            registration_note="",
        )
        # Booking on this site is registration too.
        .exclude(registration_mode="site")
        .order_by("start")[:limit]
    )
