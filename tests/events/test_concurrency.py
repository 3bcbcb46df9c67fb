"""No overbooking: 50 simultaneous bookings, each on its own connection, at 10 seats."""

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone

from events.concurrency import fire
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Booking, Occurrence
from events.occurrences import sync_occurrences


def ten_seats(home, **fields):
    """A committed event with 10 seats in three days; returns its occurrence."""
    calendar = EventIndexPageFactory(parent=home, slug="events-concurrency")
    start = timezone.now() + dt.timedelta(days=3)
    event = EventPageFactory(
        parent=calendar,
        start=start,
        end=start + dt.timedelta(hours=2),
        registration_mode="site",
        capacity=10,
        **fields,
    )
    return sync_occurrences(event)[0]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL (DATABASE_URL=postgres://…): the in-memory SQLite test database "
    "cannot serve 50 connections; on SQLite run `manage.py check_booking_concurrency`, "
    "which uses the real file database and its IMMEDIATE transactions",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_simultaneous_bookings_never_exceed_ten_seats(home):
    occurrence = ten_seats(home, waiting_list=True)

    outcomes, created = fire(occurrence.pk, 50)

    assert outcomes["confirmed"] == 10
    assert outcomes["waiting"] == 40
    assert sum(outcomes.values()) == 50  # no errors, nothing unaccounted for
    assert Booking.objects.filter(occurrence=occurrence).count() == 50 == len(created)
    occurrence = Occurrence.objects.get(pk=occurrence.pk)
    confirmed = Booking.objects.filter(occurrence=occurrence, status="confirmed")
    assert occurrence.booked_places == 10 == sum(b.places for b in confirmed)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (see above)")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_waiting_list_the_rest_are_refused(home):
    occurrence = ten_seats(home, waiting_list=False, max_places=2)
    outcomes, _created = fire(occurrence.pk, 50, places=2)
    assert outcomes["confirmed"] == 5 and outcomes["refused"] == 45
    assert Occurrence.objects.get(pk=occurrence.pk).booked_places == 10
