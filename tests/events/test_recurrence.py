"""Series entered once: occurrences with their own seats, exceptions, .ics RRULE/EXDATE,
the calendar listing each date, one date cancelled on its own."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from events import booking as service
from events.occurrences import cancel_occurrence, sync_occurrences

pytestmark = pytest.mark.django_db


def saturday(weeks=1):
    today = timezone.localdate()
    day = today + dt.timedelta(days=(5 - today.weekday()) % 7 or 7) + dt.timedelta(weeks=weeks - 1)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(10)))


@pytest.fixture
def story_time(make_bookable):
    start = saturday()
    return make_bookable(
        title="周六故事时间",
        start=start,
        end=start + dt.timedelta(hours=1),
        repeat="weekly",
        repeat_until=(start + dt.timedelta(weeks=5)).date(),
        repeat_exceptions=[
            {"type": "date", "value": (start + dt.timedelta(weeks=2)).date().isoformat()}
        ],
        capacity=2,
    )


def test_weekly_series_has_one_occurrence_per_date_minus_exceptions(story_time):
    starts = [o.start for o in story_time.occurrences.all()]
    first = saturday()
    assert starts == [first + dt.timedelta(weeks=w) for w in (0, 1, 3, 4, 5)]


def test_each_occurrence_has_its_own_seats(story_time):
    first, second = story_time.occurrences.all()[:2]
    for phone in ("13800000001", "13800000002"):
        service.book(first.pk, places=1, name="甲", phone=phone)
    assert service.book(first.pk, places=1, name="乙", phone="13800000003").status == "waiting"
    assert service.book(second.pk, places=1, name="丙", phone="13800000004").status == "confirmed"


def test_monthly_nth_weekday_rule(make_bookable):
    start = timezone.make_aware(dt.datetime(2030, 1, 5, 14))  # first Saturday of January 2030
    event = make_bookable(
        start=start,
        end=start + dt.timedelta(hours=2),
        repeat="monthly_weekday",
        repeat_until=dt.date(2030, 4, 30),
    )
    days = [timezone.localtime(o.start).date() for o in event.occurrences.all()]
    assert days == [
        dt.date(2030, 1, 5),
        dt.date(2030, 2, 2),
        dt.date(2030, 3, 2),
        dt.date(2030, 4, 6),
    ]


def test_ics_feed_carries_rrule_and_exdate(client, story_time):
    cancel_occurrence(story_time.occurrences.all()[1], note="场地另有安排")
    body = client.get(story_time.url + "ics/").content.decode()
    assert "RRULE:FREQ=WEEKLY;UNTIL=" in body
    assert body.count("EXDATE") >= 1
    exdates = [line for line in body.splitlines() if line.startswith("EXDATE")]
    assert any(saturday(3).strftime("%Y%m%d") in line for line in exdates)
    assert any(saturday(2).strftime("%Y%m%d") in line for line in exdates)


def test_calendar_lists_each_date(client, calendar, story_time):
    html = client.get(calendar.url).content.decode()
    assert html.count("周六故事时间") == 5


def test_cancel_one_date_notifies_its_bookings(story_time, django_capture_on_commit_callbacks):
    first, second = story_time.occurrences.all()[:2]
    service.book(
        first.pk, places=1, name="甲", phone="13800000001", email="a@example.org", notify=False
    )
    service.book(
        second.pk, places=1, name="乙", phone="13800000002", email="b@example.org", notify=False
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert cancel_occurrence(first, note="馆内停电") == 1
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert "馆内停电" in mail.outbox[0].body
    with pytest.raises(service.BookingRefused):
        service.book(first.pk, places=1, name="丙", phone="13800000003")


def test_shortening_the_series_cancels_booked_dates_and_drops_empty_ones(story_time):
    occurrences = list(story_time.occurrences.all())
    service.book(occurrences[-1].pk, places=1, name="甲", phone="13800000001")
    story_time.repeat_until = timezone.localtime(occurrences[1].start).date()
    sync_occurrences(story_time)
    remaining = list(story_time.occurrences.all())
    assert len(remaining) == 3
    assert remaining[-1].cancelled and remaining[-1].pk == occurrences[-1].pk


def test_series_validation(make_event):
    from django.core.exceptions import ValidationError

    start = saturday()
    with pytest.raises(ValidationError) as error:
        make_event(start=start, end=start + dt.timedelta(days=2), repeat="weekly")
    assert "系列活动的每一场须在一天内结束" in str(error.value)
