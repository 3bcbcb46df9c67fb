"""On publishing an event: its occurrences follow its dates, a raised capacity moves the
waiting list up, and a cancellation or postponement is told to everyone booked."""

from django.db import transaction
from wagtail.models import Locale
from wagtail.signals import page_published


def event_published(sender, instance, **kwargs):
    from events.booking import promote_waiting
    from events.notify import notify_event_change
    from events.occurrences import sync_occurrences

    if instance.locale_id != Locale.get_default().pk:
        return
    if not instance.books_on_site and not instance.occurrences.exists():
        return
    sync_occurrences(instance)
    promote_waiting(instance)
    transaction.on_commit(lambda: notify_event_change(instance))


def connect():
    from events.models import EventPage

    page_published.connect(event_published, sender=EventPage, dispatch_uid="events_published")
