"""The demo content of spaces and events: enough, varied, truthful about being samples."""

import datetime as dt
import io
from importlib import import_module

import pytest
from django.utils import timezone

from core.demo_context import DemoContext
from events import choices
from events.calendar import weekend_range
from events.models import EventPage
from spaces.choices import SPACE_TYPES
from spaces.models import ReadingSpacePage

pytestmark = pytest.mark.django_db


def load(*apps):
    ctx = DemoContext(io.StringIO())
    for app in apps:
        import_module(f"{app}.demo").load(ctx)
    return ctx


def test_demo_spaces_and_events(client, site):
    load("home", "spaces", "events")
    spaces = ReadingSpacePage.objects.live().filter(locale__language_code="zh-hans")
    assert spaces.count() >= 30
    assert len(set(spaces.values_list("subdistrict", flat=True))) >= 10
    assert set(spaces.values_list("space_type", flat=True)) == {code for code, _ in SPACE_TYPES}
    assert spaces.filter(open_24h=True).count() >= 3
    assert spaces.exclude(accessibility=[]).count() >= 5
    assert spaces.filter(opening_exceptions__every_year=True).distinct().count() >= 5
    assert all("示例" in title for title in spaces.values_list("title", flat=True))
    assert all("示例地址" in address for address in spaces.values_list("address", flat=True))
    for lat, lng in spaces.values_list("latitude", "longitude"):
        assert 39.86 <= float(lat) <= 39.95 and 116.32 <= float(lng) <= 116.41

    events = EventPage.objects.live().filter(locale__language_code="zh-hans")
    assert events.count() >= 20
    upcoming = events.filter(end__gte=timezone.now()).count()
    assert 0.35 <= upcoming / events.count() <= 0.65
    assert events.filter(status=choices.CANCELLED).exists()
    assert events.filter(status=choices.POSTPONED).exists()
    assert events.filter(status=choices.RESCHEDULED, previous_start__isnull=False).exists()

    # A resident's path: filter by sub-district and open now, this weekend's events, the .ics.
    assert client.get("/spaces/?street=shichahai&open=1").status_code == 200
    weekend = client.get("/events/?when=weekend").context["events"].object_list
    saturday, monday = weekend_range(timezone.localdate())
    if timezone.now() < monday - dt.timedelta(hours=3):  # the last demo event ends Sunday 21:00
        assert len(weekend) >= 1
    event = (weekend or EventPage.objects.live().filter(end__gte=timezone.now()))[0]
    assert client.get(event.url + "ics/")["Content-Type"].startswith("text/calendar")
    assert client.get("/en/spaces/").status_code == 200
    assert client.get("/en/events/").status_code == 200

    # Loading again creates nothing new.
    assert load("spaces", "events").summary() == "无新增"


def test_demo_takes_bookings(site):
    """Nearly full, full with a waiting list, a weekly series, a year of attendance; all samples."""
    from events.models import Booking, Occurrence
    from events.queries import booking_figures_by_month

    load("home", "spaces", "brands", "events")
    by_slug = {
        o.event.slug: o
        for o in Occurrence.objects.filter(end__gte=timezone.now()).select_related("event")
    }
    nearly = by_slug["picture-book-weekend"]
    assert 0 < nearly.seats_left(nearly.event.capacity) <= 3
    full = by_slug["elderly-smartphone-reading"]
    assert full.seats_left(full.event.capacity) == 0
    assert full.bookings.filter(status="waiting").count() >= 3
    story = EventPage.objects.get(slug="story-time-weekly")
    assert story.repeat == choices.WEEKLY and story.occurrences.count() >= 10
    assert len(booking_figures_by_month()) >= 11
    assert Booking.objects.filter(attended_at__isnull=False).exists()
    assert not Booking.objects.filter(is_sample=False).exists()
