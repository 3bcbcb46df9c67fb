"""Retention purge (anonymise, keep counts), day-before reminders (idempotent), figures."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry

from events import booking as service
from events.models import Booking
from events.queries import booking_figures_by_event, booking_figures_by_month, booking_totals

pytestmark = pytest.mark.django_db


def past_event(make_bookable, days_ago):
    start = timezone.now() - dt.timedelta(days=days_ago)
    event = make_bookable(start=start, end=start + dt.timedelta(hours=2))
    occurrence = event.occurrences.get()
    Booking.objects.create(
        occurrence=occurrence,
        places=2,
        name="赵建国",
        phone="13900001111",
        email="zhao@example.org",
        answers=[{"question": "年龄", "answer": "70"}],
        attended_at=start,
    )
    return event


def test_purge_anonymises_after_retention_and_keeps_counts(make_bookable, settings):
    settings.BOOKING_RETENTION_DAYS = 30
    old = past_event(make_bookable, 31)
    recent = past_event(make_bookable, 10)
    call_command("purge_bookings", verbosity=0)
    purged = Booking.objects.get(occurrence__event=old)
    assert (purged.name, purged.phone, purged.email, purged.answers) == ("", "", "", [])
    assert purged.anonymised_at and purged.places == 2 and purged.attended_at
    assert Booking.objects.get(occurrence__event=recent).phone == "13900001111"
    entry = PageLogEntry.objects.get(action="sxc.booking_purge")
    assert entry.page_id == old.pk and entry.data["bookings"] == 1
    assert booking_totals()["attended"] == 4  # both events' places still count
    call_command("purge_bookings", verbosity=0)
    assert PageLogEntry.objects.filter(action="sxc.booking_purge").count() == 1


def test_reminders_go_once_to_tomorrows_confirmed_bookings(make_bookable):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    start = timezone.make_aware(dt.datetime.combine(tomorrow, dt.time(15)))
    event = make_bookable(start=start, end=start + dt.timedelta(hours=1), capacity=1)
    occurrence = event.occurrences.get()
    service.book(
        occurrence.pk, places=1, name="甲", phone="13800000001", email="a@example.org", notify=False
    )
    service.book(
        occurrence.pk, places=1, name="乙", phone="13800000002", email="b@example.org", notify=False
    )  # waiting: no reminder
    later = make_bookable()  # a week away: no reminder yet
    service.book(
        later.occurrences.get().pk,
        places=1,
        name="丙",
        phone="13800000003",
        email="c@example.org",
        notify=False,
    )
    call_command("send_event_reminders", verbosity=0)
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert mail.outbox[0].subject.startswith("明天见")
    assert any(name.endswith(".ics") for name, *_ in mail.outbox[0].attachments)
    call_command("send_event_reminders", verbosity=0)
    assert len(mail.outbox) == 1


def test_figures_are_aggregates_by_month_and_event(make_bookable):
    event = past_event(make_bookable, 40)
    month = booking_figures_by_month()
    assert month[0]["people"] == 2 and month[0]["attended"] == 2
    assert booking_figures_by_event()[0]["event_id"] == event.pk
    assert set(month[0]) == {"month", "bookings", "people", "attended", "waiting", "cancelled"}
