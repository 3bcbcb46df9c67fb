"""Event pages: status shown in words, JSON-LD, validation."""

import datetime as dt
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from events import choices
from events.queries import past_events, upcoming_events
from spaces.factories import ReadingSpaceIndexPageFactory, ReadingSpacePageFactory

pytestmark = pytest.mark.django_db


def event_json_ld(html):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == "Event":
            return data
    raise AssertionError("no Event JSON-LD")


@pytest.fixture
def venue(home):
    finder = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
    return ReadingSpacePageFactory(
        parent=finder, title="示例驿站", address="西城区示例路（示例地址）"
    )


def test_scheduled_event_json_ld(client, make_event, venue):
    event = make_event(title="讲座", venue=venue, capacity=50, organiser="示例主办方")
    html = client.get(event.url).content.decode()
    data = event_json_ld(html)
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "示例驿站"
    assert data["location"]["address"]["streetAddress"] == "西城区示例路（示例地址）"
    assert data["organizer"]["name"] == "示例主办方"
    assert data["maximumAttendeeCapacity"] == 50
    assert data["startDate"].endswith("+08:00")
    assert "previousStartDate" not in data
    assert "50 人" in html


def test_rescheduled_event_shows_previous_date(client, make_event):
    previous = timezone.make_aware(dt.datetime(2031, 3, 1, 19, 0))
    event = make_event(
        title="改期的分享会",
        start=previous + dt.timedelta(days=7),
        end=previous + dt.timedelta(days=7, hours=2),
        status=choices.RESCHEDULED,
        previous_start=previous,
        status_note="因场地调整改期。",
    )
    html = client.get(event.url).content.decode()
    assert "已改期" in html and "原定 3月1日 19:00" in html and "因场地调整改期" in html
    data = event_json_ld(html)
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"] == "2031-03-01T19:00:00+08:00"


def test_cancelled_and_postponed_are_said_in_words(client, make_event):
    cancelled = make_event(
        title="取消的活动", status=choices.CANCELLED, status_note="嘉宾行程调整。"
    )
    postponed = make_event(title="延期的活动", status=choices.POSTPONED)
    html = client.get(cancelled.url).content.decode()
    assert "<strong>已取消</strong>" in html and "嘉宾行程调整" in html
    assert "添加到日历" not in html  # no calendar button for a cancelled event
    assert event_json_ld(html)["eventStatus"] == "https://schema.org/EventCancelled"
    html = client.get(postponed.url).content.decode()
    assert "<strong>已延期</strong>" in html and "新时间另行通知" in html
    assert event_json_ld(html)["eventStatus"] == "https://schema.org/EventPostponed"
    listing = client.get("/events/").content.decode()
    assert listing.count("<strong>已取消</strong>") == 1
    assert listing.count("<strong>已延期</strong>") == 1


def test_online_and_mixed_attendance(client, make_event, venue):
    online = make_event(title="线上讲座", online_url="https://live.example.org/a", place_name="")
    mixed = make_event(title="线上线下", venue=venue, online_url="https://live.example.org/b")
    data = event_json_ld(client.get(online.url).content.decode())
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://live.example.org/a"}
    data = event_json_ld(client.get(mixed.url).content.decode())
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]


def test_brand_is_organizer_and_super_event(client, home, make_event):
    brands = ReadingBrandIndexPageFactory(parent=home, slug="brands")
    brand = ReadingBrandPageFactory(parent=brands, title="示例读书会品牌", organiser="示例联盟")
    event = make_event(title="品牌活动", brand=brand)
    html = client.get(event.url).content.decode()
    data = event_json_ld(html)
    assert data["organizer"]["name"] == "示例联盟"
    assert data["superEvent"]["name"] == "示例读书会品牌"
    assert "示例读书会品牌" in html
    assert [e.title for e in upcoming_events(brand=brand)] == ["品牌活动"]
    assert list(brand.events.all()) == [event]


def test_registration_link_page_or_url(client, home, make_event):
    event = make_event(registration_page=home)
    assert event.registration_link() == home.url
    assert "报名参加" in client.get(event.url).content.decode()
    event = make_event(registration_url="https://signup.example.org/x")
    assert event.registration_link() == "https://signup.example.org/x"
    cancelled = make_event(
        registration_url="https://signup.example.org/y", status=choices.CANCELLED
    )
    assert "报名参加" not in client.get(cancelled.url).content.decode()


def test_validation(make_event):
    event = make_event()
    event.end = event.start - dt.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "end" in error.value.message_dict
    event = make_event()
    event.status = choices.RESCHEDULED
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "previous_start" in error.value.message_dict
    event = make_event()
    event.place_name = ""
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "place_name" in error.value.message_dict


def test_queries_upcoming_and_past(make_event, venue):
    soon = make_event(title="明天", venue=venue, start=timezone.now() + dt.timedelta(days=1))
    later = make_event(title="下周", venue=venue)
    past_start = timezone.now() - dt.timedelta(days=2)
    past = make_event(
        title="前天", venue=venue, start=past_start, end=past_start + dt.timedelta(hours=1)
    )
    assert upcoming_events(venue=venue) == [soon, later]
    assert upcoming_events(venue=venue, limit=1) == [soon]
    assert past_events(venue=venue) == [past]
    assert upcoming_events() == [soon, later]


def test_english_event_links_the_english_venue(client, make_event, venue, locale_en, home_en):
    venue_en = venue.copy_for_translation(locale_en, copy_parents=True)
    venue_en.title = "Sample reading station"
    venue_en.save_revision().publish()
    event = make_event(title="中文活动", venue=venue)
    event_en = event.copy_for_translation(locale_en, copy_parents=True)
    event_en.title = "English event"
    event_en.save_revision().publish()
    event_en.refresh_from_db()
    html = client.get(event_en.url).content.decode()
    assert "Sample reading station" in html
    assert event_json_ld(html)["location"]["name"] == "Sample reading station"
    assert "示例驿站" in client.get(event.url).content.decode()
