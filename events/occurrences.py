"""Keep an event's occurrences in step with its dates and series rule, on every publish.

A single event has one occurrence that follows its start (rescheduling moves it, bookings
stay). A series gets one per date of its rule within a year; a future date that drops out
of the rule is deleted when nobody booked it, otherwise cancelled and everyone told.
"""

from django.db import transaction
from django.utils import timezone

from core.pagecache import purge_site
from events.models import Booking, Occurrence


def sync_occurrences(event, now=None):
    """``event`` is the default-language page; returns its occurrences, soonest first."""
    now = now or timezone.now()
    duration = event.end - event.start
    existing = list(Occurrence.objects.filter(event=event).order_by("start"))
    if not event.is_series:
        keep = existing[0] if existing else Occurrence(event=event, start=event.start)
        if keep.pk is None or (keep.start, keep.end) != (event.start, event.end):
            keep.start, keep.end = event.start, event.end
            keep.save()
        retire = existing[1:]
    else:
        by_start = {occurrence.start: occurrence for occurrence in existing}
        wanted = event.occurrence_starts()
        for start in wanted:
            occurrence = by_start.get(start)
            if occurrence is None:
                Occurrence.objects.create(event=event, start=start, end=start + duration)
            elif occurrence.end != start + duration:
                occurrence.end = start + duration
                occurrence.save(update_fields=["end"])
        wanted_set = set(wanted)
        retire = [o for o in existing if o.start not in wanted_set]
    for occurrence in retire:
        if occurrence.end < now:
            continue  # history: attendance figures stay
        if occurrence.bookings.exists():
            cancel_occurrence(occurrence, note="")
        else:
            occurrence.delete()
    return list(Occurrence.objects.filter(event=event).order_by("start"))


def cancel_occurrence(occurrence, note=""):
    """Cancel one date of an event; everyone booked (or waiting) on it is told once."""
    with transaction.atomic():
        occurrence = Occurrence.objects.select_for_update().get(pk=occurrence.pk)
        if occurrence.cancelled:
            return 0
        occurrence.cancelled = True
        occurrence.cancel_note = note[:200]
        occurrence.save(update_fields=["cancelled", "cancel_note"])
        transaction.on_commit(purge_site)
        bookings = list(occurrence.bookings.exclude(status=Booking.Status.CANCELLED))
        from events.notify import send_booking_mail

        for booking in bookings:
            transaction.on_commit(lambda b=booking: send_booking_mail(b, "occurrence_cancelled"))
    return len(bookings)
